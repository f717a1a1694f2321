import { describe, expect, it } from "vitest";
import { paragraphsOf, segmentText } from "./segment-text";

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

describe("paragraphsOf", () => {
  const text = "Le maire a parlé.\n\nIl a dit « 3 € » 🙂.\r\n\r\nFin.";
  const points = Array.from(text);
  const claim = { id: "a", start: 3, end: Array.from(text.slice(0, text.indexOf("3") + 1)).length };

  it("cuts after blank lines, keeping every code point and offset of the text", () => {
    const paragraphs = paragraphsOf(segmentText(text, [claim]));
    expect(paragraphs.map((p) => p.map((s) => s.text).join(""))).toEqual(["Le maire a parlé.\n\n", "Il a dit « 3 € » 🙂.\r\n\r\n", "Fin."]);
    for (const segment of paragraphs.flat()) expect(points.slice(segment.start, segment.end).join("")).toBe(segment.text);
    expect(paragraphs.flat().map((s) => s.text).join("")).toBe(text);
  });

  it("keeps a claim that crosses a paragraph break in both paragraphs, with its id", () => {
    const paragraphs = paragraphsOf(segmentText(text, [claim]));
    expect(paragraphs[0]!.at(-1)).toMatchObject({ text: "maire a parlé.\n\n", spanIds: ["a"] });
    expect(paragraphs[1]![0]).toMatchObject({ text: "Il a dit « 3", spanIds: ["a"] });
  });

  it("leaves a single line break inside its paragraph", () => {
    expect(paragraphsOf(segmentText("one\ntwo", []))).toHaveLength(1);
  });
});
