import { describe, expect, it } from "vitest";
import { describeEvent } from "./describe-event";

describe("describeEvent", () => {
  it("says which fields an edit changed, leaving out the version", () => {
    expect(describeEvent({ type: "claim_updated", before: {}, after: { version: 3, summary: "x", hedged: true } })).toBe("Edited summary, hedged");
  });
  it("says the action and the status a transition led to", () => {
    expect(describeEvent({ type: "claim_transitioned", before: {}, after: { action: "request_changes", status: "changes_requested" } })).toBe("request changes → changes requested");
  });
  it("tells the extractor's suggestions from claims made by hand", () => {
    expect(describeEvent({ type: "claim_created", before: null, after: { origin: "extractor" } })).toBe("Suggested by the extractor");
    expect(describeEvent({ type: "claim_created", before: null, after: { origin: "manual" } })).toBe("Created");
  });
  it("names splits, merges and acceptances", () => {
    expect(describeEvent({ type: "claim_split", before: {}, after: { splitInto: "c2" } })).toBe("Split in two");
    expect(describeEvent({ type: "claim_split", before: null, after: { splitFrom: "c1" } })).toBe("Split off another claim");
    expect(describeEvent({ type: "claim_merged", before: {}, after: { mergedInto: "c1" } })).toBe("Merged into another claim (dismissed)");
    expect(describeEvent({ type: "claim_merged", before: {}, after: { mergedFrom: "c2" } })).toBe("Another claim merged into this one");
    expect(describeEvent({ type: "claim_updated", before: {}, after: { version: 2, acceptedAt: "2026-11-26T00:00:00.000Z" } })).toBe("Accepted the suggestion");
  });
  it("tells a link as the same claim from its undoing", () => {
    expect(describeEvent({ type: "claim_linked", before: { sameAsId: null }, after: { sameAsId: "x" } })).toBe("Linked as the same claim as another");
    expect(describeEvent({ type: "claim_linked", before: { sameAsId: "x" }, after: { sameAsId: null } })).toBe("Unlinked from the same claim");
  });
});
