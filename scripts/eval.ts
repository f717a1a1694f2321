// npm run eval -- DIR_OR_FILE...   Scores the extraction engine in-process (no subprocess per
// article) with the same figures as shared/tools/score_extraction.py, one JSON line per target
// (same keys as the reference scorer; CLEF adds p_at_20), preceded by a readable summary.
import { evaluate } from "@/lib/claims/extraction/eval/run";

const targets = process.argv.slice(2).filter((a) => a !== "--");
if (targets.length === 0) {
  process.stderr.write("usage: npm run eval -- DIR_OR_FILE...\n");
  process.exit(2);
}
const f = (x: number) => x.toFixed(3);
let failed = false;
for (const t of targets) {
  const t0 = performance.now();
  try {
    const rep = evaluate(t);
    const ms = (performance.now() - t0).toFixed(0);
    if (rep.kind === "polnear") {
      const r = rep.result;
      process.stderr.write(`polnear ${t}: cue F1 ${f(r.cue_f1)} (P ${f(r.cue_precision)} R ${f(r.cue_recall)}), source F1 ${f(r.source_f1)} (P ${f(r.source_precision)} R ${f(r.source_recall)}), content recall ${f(r.content_recall)}, relations found ${f(r.relation_recall)} [${ms} ms]\n`);
      process.stdout.write(JSON.stringify(r) + "\n");
    } else if (rep.kind === "clef") {
      const r = rep.result;
      process.stderr.write(`clef ${t}: MAP ${f(r.map)}, P@20 ${f(r.p_at_20)}, min AP ${f(r.min_ap)} over ${r.debates} debates [${ms} ms]\n`);
      process.stdout.write(JSON.stringify(r) + "\n");
    } else {
      for (const row of rep.result.rows) process.stdout.write(JSON.stringify(row) + "\n");
      const r = rep.result.total;
      process.stderr.write(`gold ${t}: check-worthy recall ${f(r.checkworthy_recall!)}, precision ${f(r.precision!)}, level ${f(r.attribution_accuracy!)}, claimant ${f(r.claimant_accuracy!)}, hedging ${f(r.hedge_accuracy!)}, boilerplate claims ${r.boilerplate_claims}, offset errors ${r.bad_offsets} [${ms} ms]\n`);
      process.stdout.write(JSON.stringify(r) + "\n");
    }
  } catch (e) {
    failed = true;
    process.stderr.write(`eval: ${(e as Error).message}\n`);
  }
}
process.exit(failed ? 1 : 0);
