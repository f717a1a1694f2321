// Shared helpers for the evaluation, written to reproduce shared/tools/score_extraction.py
// exactly (its figures are the reference): same span overlap, same normalisation of names.
import { readFileSync } from "node:fs";

export type Extractor = (text: string) => {
  claims: Array<{
    start: number;
    end: number;
    quote: string;
    claimant?: string | null;
    claimantSpan?: { start: number; end: number } | null;
    cueSpan?: { start: number; end: number } | null;
    attributionLevel?: string;
    hedged?: boolean;
    checkworthiness?: number;
  }>;
};

export type Range = [number, number];

export function overlap(a: Range, b: Range): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

/** Reads a file the way Python's open(...).read() does: UTF-8 with universal newlines
 *  (\r\n and \r become \n), so that code-point offsets agree with the reference scorer. */
export function readTextLikePython(path: string): string {
  return readFileSync(path, "utf8").replace(/\r\n?/g, "\n");
}

/** Reads a file byte-exact, as the extractor CLI does. */
export function readRaw(path: string): string {
  return readFileSync(path, "utf8");
}

export function cpLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

const STOP = new Set(["the", "les", "des", "une", "qui", "and"]);

/** score_extraction.py norm(): NFKD, drop non-ASCII, lower, words of 3+ chars minus a few stop words. */
export function normWords(s: string | null | undefined): Set<string> {
  const ascii = (s ?? "").normalize("NFKD").replace(/[^\x00-\x7f]/g, "").toLowerCase();
  const out = new Set<string>();
  for (const m of ascii.matchAll(/[a-z0-9]+/g)) if (m[0].length > 2 && !STOP.has(m[0])) out.add(m[0]);
  return out;
}
