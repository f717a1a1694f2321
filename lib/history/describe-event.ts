/** One line saying what a history event did, for timelines. */
export function describeEvent(event: { type: string; before: unknown; after: unknown }): string {
  const after = (event.after ?? {}) as Record<string, unknown>;
  const changed = Object.keys(after).filter((k) => k !== "version");
  switch (event.type) {
    case "claim_created":
      return after.origin === "extractor" ? "Suggested by the extractor" : "Created";
    case "claim_updated":
      if (changed.length === 1 && changed[0] === "acceptedAt") return after.acceptedAt ? "Accepted the suggestion" : "Made a suggestion again";
      return `Edited ${changed.join(", ") || "fields"}`;
    case "claim_split":
      return after.splitFrom ? "Split off another claim" : "Split in two";
    case "claim_merged":
      return after.mergedInto ? "Merged into another claim (dismissed)" : "Another claim merged into this one";
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
