// Moving a claim's ends one word at a time, for the keyboard and the span buttons. Offsets are
// code points; a word is a run of characters that are not whitespace, so punctuation stays with
// its word ("million," moves as one).

export type SpanEnd = "start" | "end";

const isSpace = (point: string | undefined) => point !== undefined && /\s/u.test(point);

/** The span after moving `which` end one word `direction` (-1 left, +1 right) in `points` (the
 * text as code points). The span never becomes empty: a move that would is ignored. */
export function stepSpan(points: readonly string[], span: { start: number; end: number }, which: SpanEnd, direction: -1 | 1) {
  const next = which === "start" ? { ...span, start: stepStart(points, span.start, direction) } : { ...span, end: stepEnd(points, span.end, direction) };
  return next.end > next.start ? next : span;
}

// A start sits at the beginning of a word.
function stepStart(points: readonly string[], start: number, direction: -1 | 1): number {
  let i = start;
  if (direction > 0) {
    while (i < points.length && !isSpace(points[i])) i++;
    while (i < points.length && isSpace(points[i])) i++;
    return i < points.length ? i : start;
  }
  while (i > 0 && isSpace(points[i - 1])) i--;
  while (i > 0 && !isSpace(points[i - 1])) i--;
  return i;
}

// An end sits just after the last character of a word.
function stepEnd(points: readonly string[], end: number, direction: -1 | 1): number {
  let i = end;
  if (direction > 0) {
    while (i < points.length && isSpace(points[i])) i++;
    while (i < points.length && !isSpace(points[i])) i++;
    return i;
  }
  while (i > 0 && !isSpace(points[i - 1])) i--;
  while (i > 0 && isSpace(points[i - 1])) i--;
  return i;
}

/** An offset moved to the nearest word edge: the start of the word it falls in for a start, the
 * end of that word for an end, so a dragged end never cuts a word in half. */
export function snapToWord(points: readonly string[], offset: number, which: SpanEnd): number {
  let i = Math.max(0, Math.min(points.length, offset));
  if (which === "start") {
    while (i < points.length && isSpace(points[i])) i++;
    while (i > 0 && !isSpace(points[i - 1])) i--;
    return i;
  }
  while (i > 0 && isSpace(points[i - 1])) i--;
  while (i < points.length && !isSpace(points[i])) i++;
  return i;
}

/** The code-point offsets where the words of [start, end) begin, after the first one: the places
 * a claim can be split. */
export function wordStarts(points: readonly string[], span: { start: number; end: number }): number[] {
  const starts: number[] = [];
  for (let i = span.start + 1; i < span.end; i++) {
    if (!isSpace(points[i]) && isSpace(points[i - 1])) starts.push(i);
  }
  return starts;
}

// A sentence ends at . ! ? or … (with any closing quotes or brackets after it) followed by
// whitespace, or at a line break: the unit a keyboard user picks first when adding a claim.
const ENDS_SENTENCE = /[.!?…]/u;
const CLOSES = /[»"”’')\]]/u;

/** The sentence that starts at or after `from` (leading whitespace skipped), or null at the end of
 * the text. A claim-sized first guess that the word steps then trim. */
export function sentenceAfter(points: readonly string[], from: number): { start: number; end: number } | null {
  let start = Math.max(0, from);
  while (start < points.length && isSpace(points[start])) start++;
  if (start >= points.length) return null;
  let end = start;
  while (end < points.length && points[end] !== "\n") {
    const point = points[end++]!;
    if (!ENDS_SENTENCE.test(point)) continue;
    for (;;) {
      if (end < points.length && (ENDS_SENTENCE.test(points[end]!) || CLOSES.test(points[end]!))) end++;
      // French typography puts a (non-breaking) space before a closing guillemet: « … finis. »
      else if (points[end] !== "\n" && isSpace(points[end]) && points[end + 1] === "»") end += 2;
      else break;
    }
    if (end >= points.length || isSpace(points[end])) break;
  }
  // Never end on whitespace (a line that ends in spaces).
  while (end > start && isSpace(points[end - 1])) end--;
  return { start, end };
}

/** The last whole sentence that ends at or before `before` (the one preceding a span that starts
 * there, even mid-sentence), or null at the start of the text. */
export function sentenceBefore(points: readonly string[], before: number): { start: number; end: number } | null {
  let end = Math.min(points.length, before);
  while (end > 0 && isSpace(points[end - 1])) end--;
  if (end === 0) return null;
  // Sentences never cross a line break: walk forward from the start of this line.
  let lineStart = end - 1;
  while (lineStart > 0 && points[lineStart - 1] !== "\n") lineStart--;
  let found: { start: number; end: number } | null = null;
  for (let next = sentenceAfter(points, lineStart); next && next.end <= end; next = sentenceAfter(points, next.end)) found = next;
  return found ?? (lineStart > 0 ? sentenceBefore(points, lineStart) : null);
}
