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
