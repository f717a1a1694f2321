import { describe, expect, it } from "vitest";
import { CodePointIndex, codePointLength } from "./text-offsets";

describe("CodePointIndex", () => {
  it("is the identity on text without surrogate pairs", () => {
    const idx = new CodePointIndex("Le ministre a dit.\r\n");
    expect(idx.toCodePoint(5)).toBe(5);
    expect(idx.toUnit(5)).toBe(5);
    expect(idx.length).toBe(20);
  });

  it("counts an emoji as one code point", () => {
    const text = "a🎉b👍🏽c";
    const idx = new CodePointIndex(text);
    expect(idx.length).toBe([...text].length);
    const b = text.indexOf("b");
    expect(idx.toCodePoint(b)).toBe(2);
    const c = text.indexOf("c");
    expect(idx.toCodePoint(c)).toBe([...text].indexOf("c"));
    expect(idx.toUnit(idx.toCodePoint(c))).toBe(c);
    expect(idx.slice(1, 3)).toBe("🎉b");
  });

  it("round-trips every index with zero-width, RTL and CRLF text mixed with emoji", () => {
    const text = "مرحبا 😀\u200b بالعالم\r\nשלום 🇫🇷 x\u200d";
    const idx = new CodePointIndex(text);
    const cps = [...text];
    for (let cp = 0; cp <= cps.length; cp++) {
      expect(idx.toCodePoint(idx.toUnit(cp))).toBe(cp);
      expect(idx.slice(0, cp)).toBe(cps.slice(0, cp).join(""));
    }
    expect(codePointLength(text)).toBe(cps.length);
  });
});
