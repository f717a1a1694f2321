import ipaddr from "ipaddr.js";

/** Whether an IP address is on the public internet, not loopback, private, link-local, multicast,
 * reserved or otherwise special; article URLs resolving elsewhere are refused unless an admin
 * allows private addresses (server-side request forgery). */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  return parsed.range() === "unicast";
}
