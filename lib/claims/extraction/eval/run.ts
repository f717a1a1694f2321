// Dispatches eval targets by shape: a PolNeAR directory (text/ + attributions/), a CLEF directory
// of .tsv files, or *.txt files with a *.gold.json beside them (or a directory of those).
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { extractClaims } from "../extract-claims";
import type { Extractor } from "./common";
import { scoreClef } from "./clef";
import { goldPathFor, scoreGold } from "./gold";
import { scorePolnear } from "./polnear";

export const engine: Extractor = (text) => extractClaims({ text });

export type EvalReport =
  | { kind: "polnear"; result: ReturnType<typeof scorePolnear> }
  | { kind: "clef"; result: ReturnType<typeof scoreClef> }
  | { kind: "gold"; result: ReturnType<typeof scoreGold> };

export function evaluate(target: string, extract: Extractor = engine): EvalReport {
  const st = statSync(target);
  if (st.isDirectory()) {
    if (existsSync(join(target, "text")) && existsSync(join(target, "attributions"))) return { kind: "polnear", result: scorePolnear(extract, target) };
    const entries = readdirSync(target);
    if (entries.some((e) => e.endsWith(".tsv"))) return { kind: "clef", result: scoreClef(extract, target) };
    const golds = entries.filter((e) => e.endsWith(".txt") && existsSync(goldPathFor(join(target, e)))).map((e) => join(target, e)).sort();
    if (golds.length) return { kind: "gold", result: scoreGold(extract, golds) };
    throw new Error(`${target}: not a PolNeAR dir, a CLEF dir or a dir of *.txt with *.gold.json`);
  }
  if (target.endsWith(".txt") && existsSync(goldPathFor(target))) return { kind: "gold", result: scoreGold(extract, [target]) };
  throw new Error(`${target}: expected a directory or a .txt file with a .gold.json beside it`);
}
