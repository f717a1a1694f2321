/** A run of text and the ids of the spans that cover all of it. */
export type Segment = { text: string; start: number; end: number; spanIds: string[] };

/**
 * Cuts `text` at every start and end of `spans` (code-point offsets, end exclusive), so that a page
 * can highlight overlapping and nested claims: each segment lists every span covering it.
 */
export function segmentText(text: string, spans: { id: string; start: number; end: number }[]): Segment[] {
  const points = Array.from(text);
  const cuts = new Set<number>([0, points.length]);
  for (const span of spans) {
    if (span.start >= 0 && span.end <= points.length && span.start < span.end) {
      cuts.add(span.start);
      cuts.add(span.end);
    }
  }
  const ordered = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < ordered.length; i++) {
    const start = ordered[i]!;
    const end = ordered[i + 1]!;
    segments.push({
      text: points.slice(start, end).join(""),
      start,
      end,
      spanIds: spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.id),
    });
  }
  return segments;
}

/**
 * The segments grouped by paragraph: a segment that crosses a blank line is cut after it (the line
 * breaks stay at the end of the paragraph they close, so the text and its offsets are unchanged).
 * Each paragraph can then be its own block, which the browser skips laying out while off screen.
 */
export function paragraphsOf(segments: Segment[]): Segment[][] {
  const paragraphs: Segment[][] = [[]];
  for (const segment of segments) {
    let start = segment.start;
    // Pieces each ending just after a run of two or more line breaks, plus what follows the last.
    const pieces = segment.text.split(/(?<=\n[^\S\n]*\n\s*)(?=\S)/u);
    pieces.forEach((piece, i) => {
      const end = start + Array.from(piece).length;
      paragraphs.at(-1)!.push({ text: piece, start, end, spanIds: segment.spanIds });
      if (i < pieces.length - 1) paragraphs.push([]);
      start = end;
    });
  }
  return paragraphs.filter((paragraph) => paragraph.length > 0);
}
