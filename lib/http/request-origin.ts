/** The origin a request was served on, as the client saw it (behind a proxy: its forwarded host and
 * protocol), or null when the request names no host. */
export function requestOrigin(headers: Headers, requestUrl?: string): string | null {
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!host) return null;
  const protocol = headers.get("x-forwarded-proto") ?? (requestUrl ? new URL(requestUrl).protocol.replace(":", "") : "http");
  return `${protocol}://${host}`;
}
