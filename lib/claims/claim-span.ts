import { AppError } from "@/lib/http/app-error";
import { anchorAt } from "./anchor";

/** Refuses a span that is empty, reversed or outside a text of `length` code points, naming the
 * offending field. */
export function assertSpan(start: number, end: number, length: number): void {
  if (start >= length) throw AppError.validation({ start: [`The text has ${length} code points; start must be below that.`] });
  if (end > length) throw AppError.validation({ end: [`The text has ${length} code points; end must be at most that.`] });
  if (end <= start) throw AppError.validation({ end: ["end must be after start: a claim covers at least one character."] });
}

/** The anchor columns of a claim on the span [start, end) of the article's current text, after
 * checking the span. */
export function anchorColumns(article: { text: string; textHash: string }, start: number, end: number) {
  assertSpan(start, end, Array.from(article.text).length);
  const anchor = anchorAt(article.text, start, end);
  return {
    quote: anchor.quote,
    anchorStart: anchor.start,
    anchorEnd: anchor.end,
    anchorPrefix: anchor.prefix,
    anchorSuffix: anchor.suffix,
    anchorState: "exact" as const,
    anchorTextHash: article.textHash,
  };
}
