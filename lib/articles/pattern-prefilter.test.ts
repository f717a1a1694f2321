import { describe, expect, it } from "vitest";
import { firstCharacters, requiredIn, requiredLiterals } from "./pattern-prefilter";

// Every line a pattern matches must pass its prefilter: the prefilter only saves work.
function passes(re: RegExp, line: string): boolean {
  const first = firstCharacters(re);
  const lower = line.toLowerCase();
  return requiredIn(requiredLiterals(re), lower) && (!first || first.includes(lower[0] ?? ""));
}

describe("pattern prefilter", () => {
  it("needs one of the words of an alternation, in lower case", () => {
    expect(requiredLiterals(/^(?:Read more|Lire aussi)\s*:.*$/iu)?.sort()).toEqual(["lire aussi", "read more"]);
    expect(requiredIn(requiredLiterals(/^(?:Read more|Lire aussi)\s*:.*$/iu), "à lire aussi : la suite")).toBe(true);
    expect(requiredIn(requiredLiterals(/^(?:Read more|Lire aussi)\s*:.*$/iu), "the mayor said on monday")).toBe(false);
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
});
