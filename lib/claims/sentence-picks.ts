// The sentences a keyboard user steps through to add a claim (`n` and `N` in the workspace): the
// extractor's own sentence splitter (abbreviations, initials, decimals, French quotation marks),
// with the article's removed boilerplate left out, in code points like every offset of the app.
import { CodePointIndex, spanToCodePoints, type Span } from "@/lib/articles/text-offsets";
import { splitSentences } from "./extraction/sentences";

/** The sentences of `text`, in order, none overlapping `removed` (both in code points). */
export function sentenceSpans(text: string, removed: readonly Span[]): Span[] {
  const index = new CodePointIndex(text);
  const blocked = removed.map((r) => ({ start: index.toUnit(r.start), end: index.toUnit(r.end), reason: "removed" }));
  return splitSentences(text, blocked).map((sentence) => spanToCodePoints(index, sentence));
}

/** The first sentence that starts at or after `from`, or null after the last one. */
export function sentenceAfter(sentences: readonly Span[], from: number): Span | null {
  return sentences.find((sentence) => sentence.start >= from) ?? null;
}

/** The last sentence that ends at or before `before`, or null before the first one. */
export function sentenceBefore(sentences: readonly Span[], before: number): Span | null {
  return sentences.findLast((sentence) => sentence.end <= before) ?? null;
}
