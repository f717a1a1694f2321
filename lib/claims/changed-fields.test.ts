import { describe, expect, it } from "vitest";
import { changedFields } from "./changed-fields";

describe("changedFields", () => {
  it("keeps only the fields whose values changed, before and after", () => {
    const result = changedFields({ summary: "a", hedged: false, evidence: [{ url: "https://x" }] }, { summary: "b", hedged: false, evidence: [{ url: "https://x" }] });
    expect(result).toEqual({ before: { summary: "a" }, after: { summary: "b" }, changed: ["summary"] });
  });
  it("treats a field set to null as changed, and undefined as null", () => {
    expect(changedFields({ verdict: "true" as string | null }, { verdict: null }).changed).toEqual(["verdict"]);
    expect(changedFields({ notes: null }, { notes: undefined }).changed).toEqual([]);
  });
});
