import { describe, expect, it } from "vitest";
import { sentenceAfter, sentenceBefore, snapToWord, stepSpan, wordStarts } from "./word-steps";

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

describe("sentences for a new claim by keyboard", () => {
  const text = "Le maire a déclaré : « Les travaux sont finis. » Il a ajouté qu’ils ont coûté 3,5 M€… Selon lui, c’est fini !\nSecond paragraph here.  ";
  const points = Array.from(text);
  const at = (span: { start: number; end: number } | null, from: string[] = points) => (span ? from.slice(span.start, span.end).join("") : null);

  it("takes the sentence at or after an offset, ending after its punctuation and closing quotes", () => {
    expect(at(sentenceAfter(points, 0))).toBe("Le maire a déclaré : « Les travaux sont finis. »");
    const second = sentenceAfter(points, sentenceAfter(points, 0)!.end);
    expect(at(second)).toBe("Il a ajouté qu’ils ont coûté 3,5 M€…");
    expect(at(sentenceAfter(points, second!.end))).toBe("Selon lui, c’est fini !");
  });

  it("stops at a line break, skips the whitespace before a sentence, and never ends on spaces", () => {
    expect(at(sentenceAfter(points, text.indexOf("!") + 1))).toBe("Second paragraph here.");
    expect(sentenceAfter(points, points.length - 1)).toBeNull();
    const unfinished = Array.from("no full stop at all   ");
    expect(at(sentenceAfter(unfinished, 0), unfinished)).toBe("no full stop at all");
  });

  it("does not end a sentence inside a number or an abbreviation without a space", () => {
    const growth = Array.from("Growth was 3.5 percent in 2023. Then it fell.");
    expect(at(sentenceAfter(growth, 0), growth)).toBe("Growth was 3.5 percent in 2023.");
  });

  it("finds the sentence before a span, across a line break, and none before the first", () => {
    const third = text.indexOf("Selon");
    expect(at(sentenceBefore(points, third))).toBe("Il a ajouté qu’ils ont coûté 3,5 M€…");
    expect(at(sentenceBefore(points, text.indexOf("Second")))).toBe("Selon lui, c’est fini !");
    expect(sentenceBefore(points, 0)).toBeNull();
    // From the middle of a sentence: the whole sentence before it, on this line or the one above.
    expect(at(sentenceBefore(points, text.indexOf("coûté")))).toBe("Le maire a déclaré : « Les travaux sont finis. »");
    expect(at(sentenceBefore(points, text.indexOf("paragraph")))).toBe("Selon lui, c’est fini !");
    expect(sentenceBefore(points, text.indexOf("maire"))).toBeNull();
  });
});
