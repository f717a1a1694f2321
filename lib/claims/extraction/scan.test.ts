// The whole-text scan gives what matchAll gives, and leaves the shared pattern ready for the next
// article.
import { describe, expect, it } from "vitest";
import { allMatches } from "./scan";

const spans = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, m[0], m[1]]);

describe("allMatches", () => {
  it("finds every match with its groups and offsets, as matchAll does", () => {
    const re = /(\p{Lu})\p{Ll}+/gu;
    const text = "Selon Marie Dupont, l’ONU et 😀 Kyiv…";
    expect(spans(allMatches(re, text))).toEqual(spans([...text.matchAll(re)]));
    expect(allMatches(re, text).map((m) => m[0])).toEqual(["Selon", "Marie", "Dupont", "Kyiv"]);
  });

  it("moves past empty matches, a whole emoji at a time under the u flag", () => {
    const re = /x*/gu;
    const text = "a😀xxb";
    expect(spans(allMatches(re, text))).toEqual(spans([...text.matchAll(re)]));
  });

  it("starts from the beginning whatever an earlier scan left, and leaves the pattern reset", () => {
    const re = /\d+/g;
    re.lastIndex = 5;
    expect(allMatches(re, "12 and 345").map((m) => m[0])).toEqual(["12", "345"]);
    expect(re.lastIndex).toBe(0);
    expect(allMatches(re, "no digits")).toEqual([]);
  });
});
