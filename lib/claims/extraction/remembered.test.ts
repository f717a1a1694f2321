import { describe, expect, it } from "vitest";
import { remembered } from "./remembered";

describe("answers kept for phrases judged again", () => {
  it("judges each phrase once, answers as the judgement did, and forgets everything past its limit", () => {
    const judged: string[] = [];
    const isShort = remembered((phrase) => {
      judged.push(phrase);
      return phrase.length < 6;
    }, 2);
    expect([isShort("Trump"), isShort("the ministry"), isShort("Trump"), isShort("the ministry")]).toEqual([true, false, true, false]);
    expect(judged).toEqual(["Trump", "the ministry"]);
    isShort("Kim");
    isShort("Putin");
    isShort("Trump");
    expect(judged).toEqual(["Trump", "the ministry", "Kim", "Putin", "Trump"]);
  });
});
