// Re-anchors claims on an article's corrected text (docs/decisions/020-reanchoring.md).
// One character diff of old → new text is computed once; a claim whose words the diff left
// untouched is mapped through it in O(log n). Only claims whose own words were edited, moved or
// deleted are searched for, and a match is only taken when it cannot be confused with another
// place: a claim is orphaned rather than moved to the wrong words.
import { cleanupSemantic, DIFF_DELETE, DIFF_EQUAL, DIFF_INSERT, makeDiff, type Diff } from "@sanity/diff-match-patch";
import { ANCHOR_CONTEXT_LENGTH, anchorsIn } from "@/lib/claims/anchor";
import { CodePointIndex, codePointLength } from "@/lib/articles/text-offsets";

export type AnchorState = "exact" | "moved" | "fuzzy" | "orphaned";
export type ClaimAnchor = { id: string; start: number; end: number; quote: string; prefix: string; suffix: string };
export type ReanchoredClaim = {
  id: string;
  state: AnchorState;
  /** Code points in the new text; null when orphaned (old offsets would point at unrelated words). */
  start: number | null;
  end: number | null;
  /** From the new text when anchored; the old quote, prefix and suffix when orphaned. */
  quote: string;
  prefix: string;
  suffix: string;
  /** Similarity of the new words to the old quote, 0..1 (1 for exact and moved). For an orphan,
   * that of the closest match turned down: 1 when it was turned down as ambiguous. */
  score: number;
};
export type ReanchorOptions = { fuzzyMinScore?: number; diffTimeoutMs?: number };

/** A quarter of the characters may differ: enough for a corrected figure, a fixed typo or an
 * inserted word in a sentence-long quote, while two different sentences stay far below it. */
export const FUZZY_MIN_SCORE = 0.75;
/** Candidates whose ranks are closer than this are "equally good": we orphan rather than guess. */
export const AMBIGUITY_MARGIN = 0.1;
/** Context (32 code points each side) is strong evidence between two copies of the same words. */
export const CONTEXT_WEIGHT = 0.5;
/** Closeness to the old position only breaks ties when the distances differ by paragraphs. */
export const CLOSENESS_WEIGHT = 0.25;
/** Code points over which closeness decays by 1/e: about two paragraphs. */
export const CLOSENESS_SCALE = 1000;
/** A single occurrence of a quote this short ("12 %") is only taken with its context agreeing. */
export const UNIQUE_MATCH_MIN_LENGTH = 20;
export const UNIQUE_MATCH_MIN_CONTEXT = 0.5;
/** Shorter quotes are not searched fuzzily across the text: too many look-alikes. */
export const SEARCH_MIN_QUOTE_LENGTH = 16;
/** A match made mostly of text that already stood elsewhere in the old text is someone else's. */
export const MAX_FOREIGN_FRACTION = 0.25;
/** Bounds the diff of a fully rewritten text; past it the rest counts as rewritten and claims
 * there are searched for, which is slower but still correct. */
export const DIFF_TIMEOUT_MS = 100;

const SEED_WORDS = 3;
const SEED_MIN_LENGTH = 8;
const MAX_SEED_HITS = 8;
const MAX_CANDIDATES = 50;

type Seg = { op: number; oldStart: number; oldEnd: number; newStart: number; newEnd: number };

/** Maps UTF-16 positions of the old text to the new one through a diff. */
class EditMap {
  private readonly segs: Seg[] = [];

  constructor(diffs: Diff[]) {
    let o = 0;
    let n = 0;
    for (const [op, text] of diffs) {
      const seg = {
        op,
        oldStart: o,
        oldEnd: op === DIFF_INSERT ? o : o + text.length,
        newStart: n,
        newEnd: op === DIFF_DELETE ? n : n + text.length,
      };
      this.segs.push(seg);
      o = seg.oldEnd;
      n = seg.newEnd;
    }
  }

  private first(pred: (s: Seg) => boolean): number {
    let lo = 0;
    let hi = this.segs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pred(this.segs[mid]!)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** Insertions just before a start are not part of the claim; a replacement of its first words is. */
  mapStart(p: number): number {
    const g = this.segs[this.first((s) => s.oldEnd > p)];
    if (!g) return this.segs.at(-1)?.newEnd ?? 0;
    return g.op === DIFF_EQUAL ? g.newStart + p - g.oldStart : g.newStart;
  }

  /** Insertions just after an end are not part of the claim; a replacement of its last words is. */
  mapEnd(p: number): number {
    const i = this.first((s) => s.oldEnd >= p);
    const g = this.segs[i];
    if (!g) return this.segs.at(-1)?.newEnd ?? 0;
    if (g.op === DIFF_EQUAL) return g.newStart + p - g.oldStart;
    const next = this.segs[i + 1];
    return next?.op === DIFF_INSERT ? next.newEnd : g.newStart;
  }

  untouched(s: number, e: number): boolean {
    const g = this.segs[this.first((x) => x.oldEnd > s)];
    return g !== undefined && g.op === DIFF_EQUAL && g.oldEnd >= e;
  }

  /** Units of new [u, v) that the diff carries over from old text outside old [s, e). */
  foreignUnits(u: number, v: number, s: number, e: number): number {
    let foreign = 0;
    for (let i = this.first((x) => x.newEnd > u); i < this.segs.length; i++) {
      const g = this.segs[i]!;
      if (g.newStart >= v) break;
      if (g.op !== DIFF_EQUAL) continue;
      const a = Math.max(u, g.newStart);
      const b = Math.min(v, g.newEnd);
      const oa = g.oldStart + a - g.newStart;
      foreign += b - a - Math.max(0, Math.min(oa + b - a, e) - Math.max(oa, s));
    }
    return foreign;
  }
}

type Context = { oldText: string; newText: string; oldIdx: CodePointIndex; newIdx: CodePointIndex; map: EditMap };
type Candidate = { start: number; end: number; similarity: number; rank: number };
type Located =
  | { found: true; start: number; end: number; sameWords: boolean; score: number; searched: boolean }
  | { found: false; score: number };

export function reanchor(
  oldText: string,
  newText: string,
  anchors: readonly ClaimAnchor[],
  options: ReanchorOptions = {},
): ReanchoredClaim[] {
  const minScore = options.fuzzyMinScore ?? FUZZY_MIN_SCORE;
  const diffs = cleanupSemantic(
    makeDiff(oldText, newText, { checkLines: true, timeout: (options.diffTimeoutMs ?? DIFF_TIMEOUT_MS) / 1000 }),
  );
  const ctx: Context = {
    oldText,
    newText,
    oldIdx: new CodePointIndex(oldText),
    newIdx: new CodePointIndex(newText),
    map: new EditMap(diffs),
  };
  const located = anchors.map((a) => locate(a, ctx, minScore));
  dropCollisions(anchors, located);
  const anchorOf = anchorsIn(newText);
  return anchors.map((a, i) => {
    const l = located[i]!;
    if (!l.found) {
      return { id: a.id, state: "orphaned", start: null, end: null, quote: a.quote, prefix: a.prefix, suffix: a.suffix, score: l.score };
    }
    const anchor = anchorOf(ctx.newIdx.toCodePoint(l.start), ctx.newIdx.toCodePoint(l.end));
    const same = anchor.start === a.start;
    const state = !l.sameWords ? "fuzzy" : same ? "exact" : "moved";
    return { id: a.id, state, ...anchor, score: l.score };
  });
}

function locate(a: ClaimAnchor, ctx: Context, minScore: number): Located {
  const { map, newText } = ctx;
  const quoteLength = codePointLength(a.quote);
  if (quoteLength === 0) return { found: false, score: 0 };
  const s = ctx.oldIdx.toUnit(a.start);
  const e = ctx.oldIdx.toUnit(a.end);
  // Offsets that do not hold the quote in the old text (an earlier orphan, a stale anchor) say
  // nothing about where its words were, so they are only looked for in newly written text.
  const valid = a.end > a.start && ctx.oldText.slice(s, e) === a.quote;
  if (valid && map.untouched(s, e)) {
    return { found: true, start: map.mapStart(s), end: map.mapEnd(e), sameWords: true, score: 1, searched: false };
  }
  const hint = valid ? map.mapStart(s) : ctx.newIdx.toUnit(a.start);
  const foreign = (u: number, v: number) => (valid ? map.foreignUnits(u, v, s, e) : map.foreignUnits(u, v, 0, 0)) / (v - u);
  const rate = (u: number, v: number, similarity: number): Candidate => ({
    start: u,
    end: v,
    similarity,
    rank: similarity + CONTEXT_WEIGHT * contextAgreement(a, ctx, u, v) + CLOSENESS_WEIGHT * Math.exp(-Math.abs(u - hint) / CLOSENESS_SCALE),
  });

  const exact = occurrences(newText, a.quote)
    .filter((u) => foreign(u, u + a.quote.length) <= MAX_FOREIGN_FRACTION)
    .map((u) => rate(u, u + a.quote.length, 1));
  if (exact.length === 1) {
    const only = exact[0]!;
    if (quoteLength >= UNIQUE_MATCH_MIN_LENGTH || contextAgreement(a, ctx, only.start, only.end) >= UNIQUE_MATCH_MIN_CONTEXT) {
      return { found: true, start: only.start, end: only.end, sameWords: true, score: 1, searched: true };
    }
  } else if (exact.length > 1) {
    const best = unambiguous(exact);
    return best ? { found: true, start: best.start, end: best.end, sameWords: true, score: 1, searched: true } : { found: false, score: 1 };
  }

  let closest = 0;
  if (valid) {
    // The diff says where the claim's words went: take them if they are still close enough.
    const [u, v] = tidy(newText, map.mapStart(s), map.mapEnd(e), a.quote);
    if (v > u) {
      const cand = newText.slice(u, v);
      if (sameWords(cand, a.quote)) return { found: true, start: u, end: v, sameWords: true, score: 1, searched: false };
      closest = similarity(a.quote, cand, minScore);
      if (closest >= minScore) return { found: true, start: u, end: v, sameWords: false, score: closest, searched: false };
    }
  }
  // A fuzzy search would only find again the exact words just turned down for weak context.
  if (exact.length > 0 || quoteLength < SEARCH_MIN_QUOTE_LENGTH) return { found: false, score: closest };

  const fuzzy: Candidate[] = [];
  for (const guess of seedStarts(a.quote, newText)) {
    const slack = (a.quote.length >> 2) + 8;
    const from = Math.max(0, guess - slack);
    const window = newText.slice(from, Math.min(newText.length, guess + a.quote.length + slack));
    const hit = closestSubstring(a.quote, window);
    const [u, v] = tidy(newText, from + hit.start, from + hit.end, a.quote);
    if (v <= u || foreign(u, v) > MAX_FOREIGN_FRACTION) continue;
    const score = similarity(a.quote, newText.slice(u, v), minScore);
    closest = Math.max(closest, score);
    if (score >= minScore) fuzzy.push(rate(u, v, score));
  }
  const best = unambiguous(fuzzy);
  if (!best) return { found: false, score: closest };
  const same = sameWords(newText.slice(best.start, best.end), a.quote);
  return { found: true, start: best.start, end: best.end, sameWords: same, score: same ? 1 : best.similarity, searched: true };
}

/** The best candidate, or null when another place is about as good (we never guess). */
function unambiguous(cands: Candidate[]): Candidate | null {
  if (cands.length === 0 || cands.length > MAX_CANDIDATES) return null;
  const sorted = [...cands].sort((x, y) => y.rank - x.rank);
  const best = sorted[0]!;
  const rival = sorted.find((c) => c.end <= best.start || c.start >= best.end);
  return rival && best.rank - rival.rank < AMBIGUITY_MARGIN ? null : best;
}

/** A searched match that lands on words another claim (with other old words) now holds was taken
 * from that claim's text: two claims cannot both be right, so the searched one is orphaned. */
function dropCollisions(anchors: readonly ClaimAnchor[], located: Located[]): void {
  const before = [...located];
  before.forEach((l, i) => {
    if (!l.found || !l.searched) return;
    const a = anchors[i]!;
    const clash = before.some((m, j) => {
      if (j === i || !m.found) return false;
      const b = anchors[j]!;
      const oldDisjoint = b.end <= a.start || b.start >= a.end;
      return oldDisjoint && m.start < l.end && l.start < m.end;
    });
    if (clash) located[i] = { found: false, score: l.score };
  });
}

function contextAgreement(a: ClaimAnchor, ctx: Context, u: number, v: number): number {
  const cu = ctx.newIdx.toCodePoint(u);
  const cv = ctx.newIdx.toCodePoint(v);
  const prefix = ctx.newIdx.slice(Math.max(0, cu - ANCHOR_CONTEXT_LENGTH), cu);
  const suffix = ctx.newIdx.slice(cv, cv + ANCHOR_CONTEXT_LENGTH);
  return (similarity(a.prefix, prefix) + similarity(a.suffix, suffix)) / 2;
}

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let u = text.indexOf(quote); u >= 0 && found.length <= MAX_CANDIDATES; u = text.indexOf(quote, u + 1)) found.push(u);
  return found;
}

/** Likely starts of an edited quote: where runs of its words still occur, grouped by vote. */
function seedStarts(quote: string, text: string): number[] {
  const words = [...quote.matchAll(/\S+/g)];
  const guesses: number[] = [];
  for (let i = 0; i < words.length; i += SEED_WORDS) {
    const first = words[i]!;
    const last = words[Math.min(i + SEED_WORDS, words.length) - 1]!;
    const seed = quote.slice(first.index, last.index + last[0].length);
    if (seed.length < SEED_MIN_LENGTH) continue;
    const hits = occurrences(text, seed);
    // A seed found everywhere says nothing about where the quote went.
    if (hits.length <= MAX_SEED_HITS) for (const h of hits) guesses.push(h - first.index);
  }
  guesses.sort((x, y) => x - y);
  const tolerance = Math.max(8, quote.length >> 2);
  const groups: { at: number; votes: number }[] = [];
  for (const g of guesses) {
    const last = groups.at(-1);
    if (last && g - last.at <= tolerance) last.votes++;
    else groups.push({ at: g, votes: 1 });
  }
  return groups.sort((x, y) => y.votes - x.votes).slice(0, 5).map((g) => g.at);
}

/** The substring of `w` with the fewest edits to `q` (Sellers); ties keep the longer match. */
function closestSubstring(q: string, w: string): { start: number; end: number } {
  const end = bestEnd(q, w);
  const rev = (x: string) => x.split("").reverse().join("");
  return { start: end - bestEnd(rev(q), rev(w.slice(0, end))), end };
}

function bestEnd(q: string, w: string): number {
  let prev = new Int32Array(w.length + 1);
  let cur = new Int32Array(w.length + 1);
  for (let i = 1; i <= q.length; i++) {
    cur[0] = i;
    const c = q.charCodeAt(i - 1);
    for (let j = 1; j <= w.length; j++) {
      cur[j] = Math.min(prev[j - 1]! + (c === w.charCodeAt(j - 1) ? 0 : 1), prev[j]! + 1, cur[j - 1]! + 1);
    }
    [prev, cur] = [cur, prev];
  }
  let end = 0;
  for (let j = 1; j <= w.length; j++) if (prev[j]! <= prev[end]!) end = j;
  return end;
}

const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/** Drops whitespace the quote does not have at its edges, completes cut words, keeps surrogate
 * pairs whole: the new quote should read as words, not as the diff's character boundaries. */
function tidy(text: string, u: number, v: number, quote: string): [number, number] {
  if (!SPACE.test(quote[0] ?? "")) while (u < v && SPACE.test(text[u]!)) u++;
  if (!SPACE.test(quote.at(-1) ?? "")) while (v > u && SPACE.test(text[v - 1]!)) v--;
  if (WORD.test(quote[0] ?? "")) while (u > 0 && WORD.test(text[u - 1]!) && WORD.test(text[u]!)) u--;
  if (WORD.test(quote.at(-1) ?? "")) while (v < text.length && WORD.test(text[v]!) && WORD.test(text[v - 1]!)) v++;
  if (isLowSurrogate(text, u)) u--;
  if (isLowSurrogate(text, v)) v++;
  return [u, v];
}

function isLowSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff && i > 0;
}

/** Whitespace is typography (non-breaking spaces, CRLF, doubled spaces), not words. */
function sameWords(a: string, b: string): boolean {
  // Compared in one pass that stops at the first difference: `b` may be a whole rewritten text.
  let i = skipSpace(a, 0);
  let j = skipSpace(b, 0);
  while (i < a.length && j < b.length) {
    const spaceA = SPACE.test(a[i]!);
    if (spaceA !== SPACE.test(b[j]!)) return false;
    if (spaceA) {
      i = skipSpace(a, i);
      j = skipSpace(b, j);
    } else if (a[i++] !== b[j++]) return false;
  }
  return skipSpace(a, i) === a.length && skipSpace(b, j) === b.length;
}

function skipSpace(s: string, i: number): number {
  while (i < s.length && SPACE.test(s[i]!)) i++;
  return i;
}

function similarity(a: string, b: string, floor = 0): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  // The length gap is a lower bound of the distance: a rewritten region thousands of characters
  // long is rejected without an O(n·m) comparison.
  if (Math.min(a.length, b.length) / longer < floor) return 0;
  return 1 - levenshtein(a, b) / longer;
}

function levenshtein(a: string, b: string): number {
  let prev = Int32Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const c = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j - 1]! + (c === b.charCodeAt(j - 1) ? 0 : 1), prev[j]! + 1, cur[j - 1]! + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}
