import { describe, expect, it } from "vitest";
import { segmentText } from "./segment-text";

describe("segmentText", () => {
  it("returns the whole text as one segment when there are no spans", () => {
    expect(segmentText("Bonjour.", [])).toEqual([{ text: "Bonjour.", start: 0, end: 8, spanIds: [] }]);
  });

  it("marks nested and overlapping spans on every segment they cover", () => {
    const segments = segmentText("abcdefgh", [
      { id: "outer", start: 1, end: 7 },
      { id: "inner", start: 3, end: 5 },
      { id: "overlap", start: 6, end: 8 },
    ]);
    expect(segments.map((s) => [s.text, s.spanIds])).toEqual([
      ["a", []],
      ["bc", ["outer"]],
      ["de", ["outer", "inner"]],
      ["f", ["outer"]],
      ["g", ["outer", "overlap"]],
      ["h", ["overlap"]],
    ]);
  });

  it("counts offsets in code points, so emoji and accents do not shift highlights", () => {
    const text = "🇫🇷 Le préfet a dit « oui ».";
    const start = Array.from(text).indexOf("«");
    const segments = segmentText(text, [{ id: "q", start, end: start + 7 }]);
    expect(segments.find((s) => s.spanIds.includes("q"))?.text).toBe("« oui »");
  });

  it("ignores spans outside the text instead of failing", () => {
    expect(segmentText("abc", [{ id: "bad", start: 2, end: 10 }])).toEqual([{ text: "abc", start: 0, end: 3, spanIds: [] }]);
  });
});
