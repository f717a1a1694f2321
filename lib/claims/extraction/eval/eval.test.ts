import { describe, expect, it } from "vitest";
import { averagePrecision, precisionAt } from "./clef";
import { normWords, overlap } from "./common";
import { readAnn } from "./polnear";

describe("evaluation helpers (mirror score_extraction.py)", () => {
  it("reads BRAT relations, merging discontinuous spans and skipping relations without a cue", () => {
    const ann = [
      "T1\tSource 0 5\tSmith",
      "T2\tCue 6 10\tsaid",
      "T3\tContent 11 20;25 30\tpart one part two",
      "T4\tAttribution 6 10\tsaid",
      "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
      "T5\tContent 40 50\tno cue",
      "E2\tAttribution:T4 Content:T5",
    ].join("\n");
    expect(readAnn(ann)).toEqual([{ Content: [11, 30], Cue: [6, 10], Source: [0, 5] }]);
  });

  it("computes average precision with ties kept in input order, like Python's stable sort", () => {
    expect(averagePrecision([0.9, 0.1, 0.5], [1, 0, 1])).toBeCloseTo((1 / 1 + 2 / 2) / 2);
    expect(averagePrecision([0.5, 0.5], [0, 1])).toBeCloseTo(0.5);
    expect(precisionAt([0.9, 0.8, 0.1], [1, 0, 1], 2)).toBe(0.5);
  });

  it("normalises claimant names like the reference scorer", () => {
    expect([...normWords("l’administration Biden (administration)")]).toEqual(["ladministration", "biden", "administration"]);
    expect(normWords(null).size).toBe(0);
    expect(overlap([0, 10], [5, 20])).toBe(5);
    expect(overlap([0, 4], [5, 20])).toBe(0);
  });
});
