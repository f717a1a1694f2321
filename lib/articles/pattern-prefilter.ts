// A cheap test that rules a regular expression out before it runs: the literal strings one of
// which every match must contain. The cleaner tries some 170 line patterns on every short line of
// a page, and most lines hold none of the words a pattern needs. One pass over the lower-cased
// line finds which of all the patterns' strings it holds (`Prefilter`), and a pattern none of
// whose strings is there is not run (the same idea as RE2's prefilter, kept to what is plainly
// sound).
import { parseRegExpLiteral, type AST } from "@eslint-community/regexpp";

type Needs = string[] | null;

/** Lower-cased strings one of which occurs (in lower case) in any text the pattern matches, or
 *  null when nothing can be said. Test with a `Prefilter`. */
export function requiredLiterals(re: RegExp): Needs {
  const needs = ofAlternatives(parseRegExpLiteral(re).pattern.alternatives);
  return needs && usable(needs) ? needs : null;
}

// (A single letter rules out almost nothing; a mark such as "|" or "@" rules out most lines.)
function usable(needs: string[]): boolean {
  return needs.every((s) => s.length >= 2 || RARE_MARK.test(s));
}

const RARE_MARK = /^[^\p{L}\p{N}\s.,'’-]$/u;

/** Which of many patterns may match a lower-cased line, found in one pass over it for all of them:
 *  an Aho–Corasick automaton over the strings the patterns need, with every transition worked
 *  out beforehand so that each character of the line costs two array reads. Overlapping strings
 *  ("read", "read more") are all found. */
export class Prefilter {
  // Each code unit the strings use gets a small number; 0 stands for every other one.
  private readonly symbolOf = new Uint16Array(0x10000);
  private readonly symbols: number;
  private readonly next: Uint32Array;
  // The patterns one of whose strings ends at each state (its suffixes' included).
  private readonly ends: number[][];
  // The patterns that need nothing.
  private readonly always: number[];
  private readonly patterns: number;

  /** `needs[i]`: the strings one of which pattern i needs (`requiredLiterals`), or null. */
  constructor(needs: Needs[]) {
    this.patterns = needs.length;
    this.always = needs.flatMap((n, i) => (n ? [] : [i]));
    const strings = [...new Set(needs.flatMap((n) => n ?? []))];
    let symbols = 1;
    for (const s of strings) for (let i = 0; i < s.length; i++) this.symbolOf[s.charCodeAt(i)] ||= symbols++;
    this.symbols = symbols;
    // The trie of the strings.
    const children: Array<Map<number, number>> = [new Map()];
    const ends: number[][] = [[]];
    for (const s of strings) {
      let state = 0;
      for (let i = 0; i < s.length; i++) {
        const a = this.symbolOf[s.charCodeAt(i)]!;
        let child = children[state]!.get(a);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          ends.push([]);
          children[state]!.set(a, child);
        }
        state = child;
      }
      needs.forEach((n, i) => {
        if (n?.includes(s)) ends[state]!.push(i);
      });
    }
    // Breadth first, each state's missing transitions are its longest proper suffix's.
    const next = new Uint32Array(children.length * symbols);
    const fail = new Uint32Array(children.length);
    const queue = [0];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (let a = 0; a < symbols; a++) {
        const child = children[state]!.get(a);
        const viaFail = state === 0 ? 0 : next[fail[state]! * symbols + a]!;
        if (child === undefined) {
          next[state * symbols + a] = viaFail;
          continue;
        }
        next[state * symbols + a] = child;
        fail[child] = viaFail;
        ends[child] = [...new Set([...ends[child]!, ...ends[viaFail]!])];
        queue.push(child);
      }
    }
    this.next = next;
    this.ends = ends;
  }

  /** Per pattern, 1 when it may match `lower` (a lower-cased line). */
  mayMatch(lower: string): Uint8Array {
    const may = new Uint8Array(this.patterns);
    for (const i of this.always) may[i] = 1;
    const { next, symbols, symbolOf, ends } = this;
    let state = 0;
    for (let i = 0; i < lower.length; i++) {
      state = next[state * symbols + symbolOf[lower.charCodeAt(i)]!]!;
      const here = ends[state]!;
      for (let k = 0; k < here.length; k++) may[here[k]!] = 1;
    }
    return may;
  }
}

/** The lower-cased characters a match must start with when the pattern is anchored at the start
 *  of the text (every branch opens on "^"), or null when any character may start it. */
export function firstCharacters(re: RegExp): string[] | null {
  const alternatives = parseRegExpLiteral(re).pattern.alternatives;
  const chars = new Set<string>();
  for (const alt of alternatives) {
    const [anchor, ...rest] = alt.elements;
    if (anchor?.type !== "Assertion" || anchor.kind !== "start") return null;
    const first = firstOfSequence(rest);
    if (!first) return null;
    for (const c of first) chars.add(c);
  }
  return [...chars];
}

// Look-arounds and word boundaries take no character: the first one taken is further on.
function firstOfSequence(elements: AST.Element[]): string[] | null {
  for (const el of elements) {
    if (el.type === "Assertion" && el.kind !== "start" && el.kind !== "end") continue;
    if (el.type === "Character") return lowerChar(el.value);
    if (el.type === "Group" || el.type === "CapturingGroup") {
      const chars: string[] = [];
      for (const alt of el.alternatives) {
        const first = firstOfSequence(alt.elements);
        if (!first) return null;
        chars.push(...first);
      }
      return chars;
    }
    if (el.type === "Quantifier" && el.min >= 1) return firstOfSequence([el.element]);
    if (el.type === "CharacterClass") return ofClass(el);
    return null;
  }
  return null;
}

// (Looked up in lower case whatever the pattern's flags, which only makes the test let more through.)
function lowerChar(code: number): string[] | null {
  const c = String.fromCodePoint(code).toLowerCase();
  return [...c].length === 1 ? [c] : null;
}

function ofAlternatives(alternatives: AST.Alternative[]): Needs {
  const all = new Set<string>();
  for (const alt of alternatives) {
    const needs = ofSequence(alt.elements);
    if (!needs) return null;
    for (const s of needs) all.add(s);
  }
  return [...all];
}

// Each element of a sequence is a necessary condition of its own; keep the most selective one.
// Runs of plain characters make one string; anything else ends the run.
function ofSequence(elements: AST.Element[]): Needs {
  const candidates: Needs[] = [];
  let run = "";
  const flush = () => {
    if (run) candidates.push([run]);
    run = "";
  };
  for (const el of elements) {
    const ch = el.type === "Character" ? String.fromCodePoint(el.value).toLowerCase() : null;
    // (A character whose lower case is longer, like "İ", cannot be searched for as itself.)
    if (ch !== null && [...ch].length === 1) {
      run += ch;
      continue;
    }
    flush();
    if (el.type === "Quantifier" && el.min >= 1) candidates.push(ofSequence([el.element]));
    else if (el.type === "Group" || el.type === "CapturingGroup") candidates.push(ofAlternatives(el.alternatives));
    // (A class of a few plain characters, "[·|]", needs one of them.)
    else if (el.type === "CharacterClass") candidates.push(ofClass(el));
    // A look-ahead or look-behind that must succeed finds its text within the same string.
    else if (el.type === "Assertion" && (el.kind === "lookahead" || el.kind === "lookbehind") && !el.negate) candidates.push(ofAlternatives(el.alternatives));
  }
  flush();
  let best: Needs = null;
  for (const c of candidates) if (c && (!best || score(c) > score(best))) best = c;
  return best;
}

function ofClass(cls: AST.CharacterClass): Needs {
  if (cls.negate || cls.elements.length > 4) return null;
  const chars = cls.elements.map((e) => (e.type === "Character" ? String.fromCodePoint(e.value).toLowerCase() : null));
  return chars.every((c): c is string => c !== null && [...c].length === 1) ? chars : null;
}

// A usable list first; then longer strings, which are rarer, and fewer of them, which are cheaper
// to look for.
function score(needs: string[]): number {
  return (usable(needs) ? 10_000 : 0) + Math.min(...needs.map((s) => s.length)) * 100 - needs.length;
}
