// Where a claim splits in two: pure, so the server's rule and the editor's preview agree.
import { AppError } from "@/lib/http/app-error";

export type Span = { start: number; end: number };

/**
 * Splits the span [start, end) of `text` at code point `at`: the first part ends before the
 * whitespace at the cut and the second starts after it, so neither quote begins or ends with a
 * space. Refuses (422 on `at`) a cut that leaves either part without words.
 */
export function splitSpan(text: string, span: Span, at: number): [Span, Span] {
  const points = Array.from(text);
  if (!Number.isInteger(at) || at <= span.start || at >= span.end) {
    throw AppError.validation({ at: [`Split inside the claim: between ${span.start + 1} and ${span.end - 1}.`] });
  }
  let firstEnd = at;
  while (firstEnd > span.start && isSpace(points[firstEnd - 1]!)) firstEnd--;
  let secondStart = at;
  while (secondStart < span.end && isSpace(points[secondStart]!)) secondStart++;
  if (firstEnd === span.start || secondStart === span.end) {
    throw AppError.validation({ at: ["Splitting here would leave one part with no words."] });
  }
  return [
    { start: span.start, end: firstEnd },
    { start: secondStart, end: span.end },
  ];
}

function isSpace(point: string): boolean {
  return /\s/u.test(point);
}
