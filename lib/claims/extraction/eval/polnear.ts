// PolNeAR (BRAT standoff) scoring, as score_extraction.py polnear(): cue and source span
// precision/recall by overlap, content recall (half of the gold content covered) and relations
// found (content covered by a claim whose cue overlaps the gold cue).
import { readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { overlap, readRaw, readTextLikePython, type Extractor, type Range } from "./common";

export interface GoldRelation {
  Content: Range;
  Cue: Range;
  Source?: Range;
}

export function readAnn(content: string): GoldRelation[] {
  const spans = new Map<string, Range>();
  const rels: Array<Record<string, string>> = [];
  for (const line of content.split("\n")) {
    if (line.startsWith("T")) {
      const [tid, mid] = line.split("\t");
      if (!tid || !mid) continue;
      const sp = mid.indexOf(" ");
      const parts = mid.slice(sp + 1).split(";").map((p) => p.trim().split(/\s+/).map(Number));
      spans.set(tid, [parts[0]![0]!, parts[parts.length - 1]![1]!]);
    } else if (line.startsWith("E")) {
      const args = line.split("\t")[1] ?? "";
      const r: Record<string, string> = {};
      for (const a of args.split(/\s+/).filter(Boolean)) {
        const [k, v] = a.split(":");
        if (k && v) r[k] = v;
      }
      rels.push(r);
    }
  }
  const out: GoldRelation[] = [];
  for (const r of rels) {
    const g: Partial<GoldRelation> = {};
    for (const k of ["Content", "Cue", "Source"] as const) {
      const v = r[k];
      if (v && spans.has(v)) g[k] = spans.get(v)!;
    }
    if (g.Content && g.Cue) out.push(g as GoldRelation);
  }
  return out;
}

export function scorePolnear(extract: Extractor, dir: string) {
  let tpC = 0, fnC = 0, cueTp = 0, cuePred = 0, cueGold = 0, srcTp = 0, srcPred = 0, srcGold = 0;
  let relFound = 0, relTotal = 0, nPred = 0;
  const anns = readdirSync(join(dir, "attributions")).filter((f) => f.endsWith(".ann")).sort();
  const cache = new Map<string, ReturnType<Extractor>["claims"]>();
  for (const f of anns) {
    const base = basename(f).replace(/_[^_]*$/, "");
    const txt = join(dir, "text", base + ".txt");
    const gold = readAnn(readTextLikePython(join(dir, "attributions", f)));
    let pred = cache.get(txt);
    if (!pred) {
      pred = extract(readRaw(txt)).claims;
      cache.set(txt, pred);
    }
    nPred += pred.length;
    const span = (d: { start: number; end: number } | null | undefined): Range | null => (d ? [d.start, d.end] : null);
    const pcues = pred.map((p) => span(p.cueSpan)).filter((x): x is Range => !!x);
    const psrcs = pred.map((p) => span(p.claimantSpan)).filter((x): x is Range => !!x);
    const gcues = gold.map((g) => g.Cue);
    const gsrcs = gold.filter((g) => g.Source).map((g) => g.Source!);
    cuePred += pcues.length; cueGold += gcues.length;
    srcPred += psrcs.length; srcGold += gsrcs.length;
    cueTp += pcues.filter((c) => gcues.some((g) => overlap(c, g) > 0)).length;
    srcTp += psrcs.filter((s) => gsrcs.some((g) => overlap(s, g) > 0)).length;
    for (const g of gold) {
      relTotal++;
      const c = g.Content;
      const need = 0.5 * (c[1] - c[0]);
      const hit = pred.filter((p) => overlap([p.start, p.end], c) >= need);
      if (hit.length) tpC++;
      else fnC++;
      if (hit.some((p) => p.cueSpan && overlap([p.cueSpan.start, p.cueSpan.end], g.Cue) > 0)) relFound++;
    }
  }
  const res = {
    set: dir,
    relations: relTotal,
    content_recall: tpC / Math.max(1, tpC + fnC),
    cue_precision: cueTp / Math.max(1, cuePred),
    cue_recall: Math.min(1, cueTp / Math.max(1, cueGold)),
    source_precision: srcTp / Math.max(1, srcPred),
    source_recall: Math.min(1, srcTp / Math.max(1, srcGold)),
    relation_recall: relFound / Math.max(1, relTotal),
    claims_predicted: nPred,
    cue_f1: 0,
    source_f1: 0,
  };
  const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
  res.cue_f1 = f1(res.cue_precision, res.cue_recall);
  res.source_f1 = f1(res.source_precision, res.source_recall);
  return res;
}
