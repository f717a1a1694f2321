import { describe, expect, it } from "vitest";
import { sentenceAfter, sentenceBefore, sentenceSpans } from "./sentence-picks";

const text = "M. Dupont a déclaré : « Les travaux sont finis. » Il a ajouté qu’ils ont coûté 3,5 M€ 🙂.\nLire aussi : autre chose\nGrowth was 3.5 percent. Then it fell.";
const points = Array.from(text);
const removedStart = points.indexOf("L", points.indexOf("\n"));
const removed = [{ start: removedStart, end: removedStart + Array.from("Lire aussi : autre chose").length }];
const sentences = sentenceSpans(text, removed);
const words = (span: { start: number; end: number } | null) => (span ? points.slice(span.start, span.end).join("") : null);

describe("sentences a keyboard user picks for a new claim", () => {
  it("are the extractor's sentences, in code points, without removed boilerplate", () => {
    expect(sentences.map(words)).toEqual([
      "M. Dupont a déclaré : « Les travaux sont finis. »",
      "Il a ajouté qu’ils ont coûté 3,5 M€ 🙂.",
      "Growth was 3.5 percent.",
      "Then it fell.",
    ]);
  });

  it("steps to the next sentence after a span, and to the previous whole sentence before one", () => {
    expect(words(sentenceAfter(sentences, 0))).toBe("M. Dupont a déclaré : « Les travaux sont finis. »");
    expect(words(sentenceAfter(sentences, sentences[1]!.end))).toBe("Growth was 3.5 percent.");
    // From the middle of a sentence, back to the whole sentence before it.
    expect(words(sentenceBefore(sentences, text.indexOf("coûté")))).toBe("M. Dupont a déclaré : « Les travaux sont finis. »");
    expect(sentenceBefore(sentences, 3)).toBeNull();
    expect(sentenceAfter(sentences, points.length)).toBeNull();
  });
});
