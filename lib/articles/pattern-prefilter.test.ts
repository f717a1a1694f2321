import { describe, expect, it } from "vitest";
import { firstCharacters, Prefilter, requiredLiterals } from "./pattern-prefilter";

// Every line a pattern matches must pass its prefilter: the prefilter only saves work.
function passes(re: RegExp, line: string): boolean {
  const first = firstCharacters(re);
  const lower = line.toLowerCase();
  return letsThrough(re, lower) && (!first || first.includes(lower[0] ?? ""));
}

// Whether a pattern's needed strings let a line through.
function letsThrough(re: RegExp, line: string): boolean {
  return new Prefilter([requiredLiterals(re)]).mayMatch(line.toLowerCase())[0] === 1;
}

// The patterns (by their needed strings) that may match a line.
function mayMatchOf(needs: Array<string[] | null>, lower: string): number[] {
  return [...new Prefilter(needs).mayMatch(lower)].flatMap((may, i) => (may ? [i] : []));
}

describe("pattern prefilter", () => {
  it("needs one of the words of an alternation, in lower case", () => {
    expect(requiredLiterals(/^(?:Read more|Lire aussi)\s*:.*$/iu)?.sort()).toEqual(["lire aussi", "read more"]);
    expect(letsThrough(/^(?:Read more|Lire aussi)\s*:.*$/iu, "à lire aussi : la suite")).toBe(true);
    expect(letsThrough(/^(?:Read more|Lire aussi)\s*:.*$/iu, "the mayor said on monday")).toBe(false);
  });

  it("takes a needed word from a look-ahead, and the rarer of two", () => {
    expect(requiredLiterals(/^(?=.*\bcookies?\b)(?=.*\b(?:accept|consent)\b).{0,400}$/iu)).toEqual(["cookie"]);
  });

  it("needs a rare mark from a small class", () => {
    expect(requiredLiterals(/^\p{Lu}[^.!?]{1,60}(?:\s[·|]\s[^.!?]{1,40}){2,4}$/u)?.sort()).toEqual(["|", "·"]);
  });

  it("says nothing when a branch needs nothing, or a word is optional", () => {
    expect(requiredLiterals(/^(?:\d+|comments?)$/iu)).toBeNull();
    expect(requiredLiterals(/^(?:please )?share$/iu)).toEqual(["share"]);
    expect(requiredLiterals(/^(?:please )?\p{Lu}+$/u)).toBeNull();
  });

  it("finds the first character of a pattern anchored at the start, past its look-aheads", () => {
    expect(firstCharacters(/^(?=.{0,80}$)(?:Share|Tweet)\b.*$/iu)?.sort()).toEqual(["s", "t"]);
    expect(firstCharacters(/^\p{Lu}\p{Ll}+ in \p{Lu}\p{Ll}+$/u)).toBeNull();
    expect(firstCharacters(/(?:T&Cs apply)$|^Gamble/iu)).toBeNull();
  });

  it("lets through every line its pattern matches", () => {
    const cases: Array<[RegExp, string]> = [
      [/^(?:Read more|Lire aussi)\s*:.*$/iu, "LIRE AUSSI : Budget 2025"],
      [/^(?=.*\bcookies?\b)(?=.*\b(?:accept|consent)\b).{0,400}$/iu, "We use Cookies. Accept all"],
      [/^\p{Lu}[^.!?]{1,60}(?:\s[·|]\s[^.!?]{1,40}){2,4}$/u, "Mis à jour · 12 mars · 14h02"],
      [/^(?=.{0,80}$)(?:Share|Tweet)\b.*$/iu, "TWEET this story"],
    ];
    for (const [re, line] of cases) {
      expect(re.test(line)).toBe(true);
      expect(passes(re, line)).toBe(true);
    }
  });

  it("finds every pattern whose strings a line holds in one pass, overlapping strings included", () => {
    const needs = [["read more"], ["read"], ["ad m"], ["more", "plus"], ["|", "©"], ["he"], null];
    expect(mayMatchOf(needs, "to read more: the ad manager")).toEqual([0, 1, 2, 3, 5, 6]);
    expect(mayMatchOf(needs, "© apf")).toEqual([4, 6]);
    expect(mayMatchOf(needs, "rea d mor e")).toEqual([6]);
    expect(mayMatchOf(needs, "")).toEqual([6]);
  });

  it("finds a string after a false start that shares its beginning", () => {
    expect(mayMatchOf([["abonnez-vous"], ["bonne"], ["zz"]], "abonne abonnez-vous")).toEqual([0, 1]);
  });
});
