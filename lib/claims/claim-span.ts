import { AppError } from "@/lib/http/app-error";

/** Refuses a span that is empty, reversed or outside a text of `length` code points, naming the
 * offending field. */
export function assertSpan(start: number, end: number, length: number): void {
  if (start >= length) throw AppError.validation({ start: [`The text has ${length} code points; start must be below that.`] });
  if (end > length) throw AppError.validation({ end: [`The text has ${length} code points; end must be at most that.`] });
  if (end <= start) throw AppError.validation({ end: ["end must be after start: a claim covers at least one character."] });
}
