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
