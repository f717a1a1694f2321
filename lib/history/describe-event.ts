/** One line saying what a history event did, for timelines. */
export function describeEvent(event: { type: string; before: unknown; after: unknown }): string {
  const after = (event.after ?? {}) as Record<string, unknown>;
  const changed = Object.keys(after).filter((k) => k !== "version");
  switch (event.type) {
    case "claim_created":
      return after.origin === "extractor" ? "Suggested by the extractor" : "Created";
    case "claim_updated":
      return `Edited ${changed.join(", ") || "fields"}`;
    case "claim_transitioned":
      return `${String(after.action ?? "moved").replace("_", " ")} → ${String(after.status ?? "").replace("_", " ")}`;
    case "claim_reanchored":
      return `Re-anchored after a correction (${String(after.state ?? "")})`;
    case "claim_linked":
      return after.sameAsId ? "Linked as the same claim as another" : "Unlinked from the same claim";
    case "comment_added":
      return "Commented";
    default:
      return event.type.replace("_", " ");
  }
}
