import { describe, expect, it } from "vitest";
import { anchorAt, codePointIndexOf, textHash } from "./anchor";

describe("anchorAt", () => {
  it("keeps the quote with up to 32 code points of context on each side", () => {
    const text = "x".repeat(40) + "CLAIM" + "y".repeat(40);
    const anchor = anchorAt(text, 40, 45);
    expect(anchor.quote).toBe("CLAIM");
    expect(anchor.prefix).toBe("x".repeat(32));
    expect(anchor.suffix).toBe("y".repeat(32));
  });

  it("counts code points, not UTF-16 units (emoji, flags)", () => {
    const text = "😀 a dit « oui »";
    const start = codePointIndexOf(text, "« oui »");
    expect(start).toBe(8); // 😀 is one code point (two UTF-16 units)
    expect(anchorAt(text, start, start + 7).quote).toBe("« oui »");
  });

  it("refuses spans outside the text, empty or reversed", () => {
    expect(() => anchorAt("abc", 2, 5)).toThrow(RangeError);
    expect(() => anchorAt("abc", 1, 1)).toThrow(RangeError);
    expect(() => anchorAt("abc", 2, 1)).toThrow(RangeError);
  });
});

describe("textHash", () => {
  it("differs when one character of the text changes", () => {
    expect(textHash("Le préfet")).not.toBe(textHash("Le prefet"));
    expect(textHash("same")).toBe(textHash("same"));
  });
});
