// CLEF CheckThat! 2019 task 1 scoring, as score_extraction.py clef(): each debate becomes one
// text (a sentence a line); a line scores the highest check-worthiness of the claims overlapping
// it; average precision of that ranking per debate, then the mean over debates.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { cpLength, overlap, readTextLikePython, type Extractor, type Range } from "./common";

export function averagePrecision(scores: number[], labels: number[]): number {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]!); // stable, like Python
  let hits = 0;
  let ap = 0;
  order.forEach((i, k) => {
    if (labels[i]) {
      hits++;
      ap += hits / (k + 1);
    }
  });
  return ap / Math.max(1, labels.reduce((a, b) => a + b, 0));
}

export function precisionAt(scores: number[], labels: number[], k: number): number {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  return order.slice(0, k).filter((i) => labels[i]).length / k;
}

export function scoreClef(extract: Extractor, dir: string) {
  const aps: number[] = [];
  const p20: number[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".tsv")).sort()) {
    const rows = readTextLikePython(join(dir, f)).split("\n").filter((l) => l.trim()).map((l) => l.split("\t"));
    const lines = rows.map((r) => r[2] ?? "");
    const labels = rows.map((r) => parseInt(r[3] ?? "0", 10) || 0);
    const pred = extract(lines.join("\n") + "\n").claims;
    const spans: Range[] = [];
    let pos = 0;
    for (const l of lines) {
      const n = cpLength(l);
      spans.push([pos, pos + n]);
      pos += n + 1;
    }
    const score = lines.map(() => 0);
    // Claims and lines are both in text order: a sweep keeps this linear.
    for (const p of pred) {
      for (let i = lowerBound(spans, p.start); i < spans.length && spans[i]![0] < p.end; i++) {
        if (overlap([p.start, p.end], spans[i]!) > 0) score[i] = Math.max(score[i]!, p.checkworthiness ?? 0);
      }
    }
    aps.push(averagePrecision(score, labels));
    p20.push(precisionAt(score, labels, 20));
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  return { set: dir, debates: aps.length, map: mean(aps), min_ap: aps.length ? Math.min(...aps) : 0, p_at_20: mean(p20) };
}

function lowerBound(spans: Range[], start: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![1] <= start) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo - 1);
}
