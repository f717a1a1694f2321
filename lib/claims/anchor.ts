// Claim anchors in the manner of W3C Web Annotation: a TextPositionSelector (start, end in Unicode
// code points, end exclusive) together with a TextQuoteSelector (the quote, with some context
// before and after it), so a claim can be found again after the article's text is corrected.
import { createHash } from "node:crypto";

export const ANCHOR_CONTEXT_LENGTH = 32;

export type Anchor = { start: number; end: number; quote: string; prefix: string; suffix: string };

export function textHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** Builds the anchor of the code-point span [start, end) of `text`. */
export function anchorAt(text: string, start: number, end: number): Anchor {
  return anchorsIn(text)(start, end);
}

/** An anchor builder for many spans of one text (splits the text into code points once). */
export function anchorsIn(text: string): (start: number, end: number) => Anchor {
  const points = Array.from(text);
  return (start, end) => anchorOfPoints(points, start, end);
}

function anchorOfPoints(points: string[], start: number, end: number): Anchor {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > points.length) {
    throw new RangeError(`Span [${start}, ${end}) is not inside a text of ${points.length} code points.`);
  }
  return {
    start,
    end,
    quote: points.slice(start, end).join(""),
    prefix: points.slice(Math.max(0, start - ANCHOR_CONTEXT_LENGTH), start).join(""),
    suffix: points.slice(end, end + ANCHOR_CONTEXT_LENGTH).join(""),
  };
}

/** Code-point offset of the first occurrence of `quote` in `text`, or -1. */
export function codePointIndexOf(text: string, quote: string, fromCodePoint = 0): number {
  const fromUnit = Array.from(text).slice(0, fromCodePoint).join("").length;
  const unit = text.indexOf(quote, fromUnit);
  return unit < 0 ? -1 : Array.from(text.slice(0, unit)).length;
}
