import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/http/app-error";
import { splitSpan } from "./split-span";

const text = "The council voted on Tuesday to close the bridge.";
const span = { start: 0, end: Array.from(text).length };
const quote = (s: { start: number; end: number }) => Array.from(text).slice(s.start, s.end).join("");

describe("splitSpan", () => {
  it("cuts at a word boundary, leaving the space out of both quotes", () => {
    const at = text.indexOf(" to close");
    const [first, second] = splitSpan(text, span, at);
    expect(quote(first)).toBe("The council voted on Tuesday");
    expect(quote(second)).toBe("to close the bridge.");
    expect(splitSpan(text, span, at + 1)).toEqual([first, second]);
  });
  it("refuses a cut on an end or outside the claim, naming `at`", () => {
    for (const at of [0, span.end, -3, span.end + 4, 2.5]) {
      expect(() => splitSpan(text, span, at)).toThrow(AppError);
      try {
        splitSpan(text, span, at);
      } catch (error) {
        expect(Object.keys((error as AppError).fields ?? {})).toEqual(["at"]);
      }
    }
  });
  it("refuses a cut that leaves one side with only spaces", () => {
    const padded = "  words";
    expect(() => splitSpan(padded, { start: 0, end: 7 }, 1)).toThrow(AppError);
    expect(splitSpan(padded, { start: 0, end: 7 }, 3)).toEqual([{ start: 0, end: 3 }, { start: 3, end: 7 }]);
  });
});
