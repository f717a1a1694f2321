import { describe, expect, it } from "vitest";
import { snapToWord, stepSpan, wordStarts } from "./word-steps";

const text = "Repairs will cost €4 million, the mayor said.";
const points = Array.from(text);
const quote = (span: { start: number; end: number }) => points.slice(span.start, span.end).join("");
const spanOf = (words: string) => {
  const start = Array.from(text.slice(0, text.indexOf(words))).length;
  return { start, end: start + Array.from(words).length };
};

describe("stepSpan", () => {
  it("moves the start a word left or right, landing on a word's first character", () => {
    const span = spanOf("cost €4 million");
    expect(quote(stepSpan(points, span, "start", -1))).toBe("will cost €4 million");
    expect(quote(stepSpan(points, span, "start", 1))).toBe("€4 million");
  });
  it("moves the end a word left or right, keeping punctuation with its word", () => {
    const span = spanOf("cost €4");
    expect(quote(stepSpan(points, span, "end", 1))).toBe("cost €4 million,");
    expect(quote(stepSpan(points, span, "end", -1))).toBe("cost");
  });
  it("never empties the span nor leaves the text", () => {
    const one = spanOf("cost");
    expect(stepSpan(points, one, "end", -1)).toEqual(one);
    expect(stepSpan(points, one, "start", 1)).toEqual(one);
    expect(quote(stepSpan(points, spanOf("Repairs"), "start", -1))).toBe("Repairs");
    expect(quote(stepSpan(points, spanOf("said."), "end", 1))).toBe("said.");
  });
  it("counts code points, not UTF-16 units, around emoji", () => {
    const flag = Array.from("Le 🇫🇷 port ferme");
    expect(stepSpan(flag, { start: 0, end: 2 }, "end", 1)).toEqual({ start: 0, end: 5 });
  });
});

describe("snapToWord and wordStarts", () => {
  it("snaps a dragged start to its word's beginning and a dragged end to its word's end", () => {
    const inside = text.indexOf("illion");
    expect(points.slice(snapToWord(points, inside, "start")).join("").startsWith("million,")).toBe(true);
    expect(points.slice(0, snapToWord(points, inside, "end")).join("").endsWith("€4 million,")).toBe(true);
  });
  it("lists where each word after the first begins", () => {
    const span = spanOf("cost €4 million");
    expect(wordStarts(points, span).map((i) => points.slice(i, i + 2).join(""))).toEqual(["€4", "mi"]);
  });
});
