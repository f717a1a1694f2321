// Scoring against a reference annotation (*.gold.json beside the *.txt), as score_extraction.py
// gold(): recall of check-worthy claims, precision among candidates scored ≥ 0.5, attribution
// level / claimant / hedging accuracy on matched claims, claims from boilerplate, offset errors.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { cpLength, normWords, overlap, readRaw, readTextLikePython, type Extractor, type Range } from "./common";

interface GoldClaim {
  quote: string;
  claimant: string | null;
  attribution_level: string;
  hedged: boolean;
  checkworthy: boolean;
}

export function goldPathFor(txt: string): string {
  return txt.replace(/(\.[a-z]{2})?\.txt$/, "") + ".gold.json";
}

export function scoreGoldFile(extract: Extractor, txt: string) {
  const g = JSON.parse(readFileSync(goldPathFor(txt), "utf8")) as { claims: GoldClaim[]; boilerplate?: string[] };
  const text = readTextLikePython(txt);
  const cps = [...text];
  const pred = extract(readRaw(txt)).claims;
  const badOffsets = pred.filter((p) => cps.slice(p.start, p.end).join("") !== p.quote).length;
  const loc = (q: string): Range => {
    const i = text.indexOf(q);
    if (i < 0) throw new Error(`gold quote not found in ${txt}: ${q.slice(0, 60)}`);
    const s = cpLength(text.slice(0, i));
    return [s, s + cpLength(q)];
  };
  const matched = new Set<object>();
  let lvlOk = 0, clOk = 0, hedgeOk = 0, foundCw = 0, nCw = 0;
  for (const c of g.claims) {
    const gs = loc(c.quote);
    const need = 0.5 * (gs[1] - gs[0]);
    const hit = pred.filter((p) => overlap([p.start, p.end], gs) >= need);
    if (c.checkworthy) nCw++;
    if (!hit.length) continue;
    if (c.checkworthy) foundCw++;
    for (const p of hit) matched.add(p);
    // Python's max() keeps the first of equal maxima.
    let best = hit[0]!;
    for (const p of hit) if (overlap([p.start, p.end], gs) > overlap([best.start, best.end], gs)) best = p;
    if (best.attributionLevel === c.attribution_level) lvlOk++;
    if (!!best.hedged === c.hedged) hedgeOk++;
    const gc = normWords(c.claimant);
    const pc = normWords(best.claimant);
    if ((gc.size === 0 && pc.size === 0) || [...gc].some((w) => pc.has(w))) clOk++;
  }
  const nMatch = g.claims.filter((c) => {
    const gs = loc(c.quote);
    return pred.some((p) => overlap([p.start, p.end], gs) >= 0.5 * cpLength(c.quote));
  }).length;
  let bp = 0;
  for (const b of g.boilerplate ?? []) {
    const bs = loc(b);
    bp += pred.filter((p) => overlap([p.start, p.end], bs) > 0).length;
  }
  const strong = pred.filter((p) => (p.checkworthiness ?? 0) >= 0.5);
  return {
    file: basename(txt),
    gold_claims: g.claims.length,
    checkworthy_recall: foundCw / Math.max(1, nCw),
    predicted: pred.length,
    precision: strong.filter((p) => matched.has(p)).length / Math.max(1, strong.length),
    attribution_accuracy: lvlOk / Math.max(1, nMatch),
    claimant_accuracy: clOk / Math.max(1, nMatch),
    hedge_accuracy: hedgeOk / Math.max(1, nMatch),
    boilerplate_claims: bp,
    bad_offsets: badOffsets,
  };
}

export function scoreGold(extract: Extractor, files: string[]) {
  const rows = files.map((f) => scoreGoldFile(extract, f));
  const keys = ["checkworthy_recall", "precision", "attribution_accuracy", "claimant_accuracy", "hedge_accuracy"] as const;
  const total: Record<string, number> = {};
  for (const k of keys) total[k] = rows.reduce((a, r) => a + r[k], 0) / Math.max(1, rows.length);
  total.boilerplate_claims = rows.reduce((a, r) => a + r.boilerplate_claims, 0);
  total.bad_offsets = rows.reduce((a, r) => a + r.bad_offsets, 0);
  return { rows, total };
}
