import { describe, expect, it } from "vitest";
import { fieldRows, typeLabel } from "./describe-schema";

describe("reading a JSON Schema as field rows", () => {
  it("labels references, enums, nullable unions and arrays", () => {
    expect(typeLabel({ $ref: "#/components/schemas/Claim" })).toEqual({ type: "Claim", ref: "Claim" });
    expect(typeLabel({ type: "string", enum: ["fr", "en"] }).type).toBe('one of: "fr", "en"');
    expect(typeLabel({ anyOf: [{ type: "string" }, { type: "null" }] }).type).toBe("string or null");
    expect(typeLabel({ type: "array", items: { $ref: "#/components/schemas/Comment" } })).toEqual({ type: "array of Comment", ref: "Comment" });
  });

  it("flattens nested objects, marks required fields and keeps constraints as notes", () => {
    const rows = fieldRows({
      type: "object",
      required: ["version"],
      properties: {
        version: { type: "integer", minimum: 1, maximum: Number.MAX_SAFE_INTEGER },
        summary: { type: "string", maxLength: 200, description: "A short headline" },
        anchor: { type: "object", properties: { start: { anyOf: [{ type: "integer" }, { type: "null" }] } } },
        evidence: { type: "array", maxItems: 50, items: { type: "object", required: ["url"], properties: { url: { type: "string" } } } },
      },
    });
    expect(rows).toEqual([
      { name: "version", type: "integer", ref: undefined, required: true, notes: ["≥ 1"] },
      { name: "summary", type: "string", ref: undefined, required: false, notes: ["A short headline", "at most 200 characters"] },
      { name: "anchor", type: "object", ref: undefined, required: false, notes: [] },
      { name: "anchor.start", type: "integer or null", ref: undefined, required: false, notes: [] },
      { name: "evidence", type: "array of object", ref: undefined, required: false, notes: ["at most 50 items"] },
      { name: "evidence[].url", type: "string", ref: undefined, required: true, notes: [] },
    ]);
  });
});
