import { describe, expect, it } from "vitest";
import { anyCase, forLowerCase, unicodeWords } from "./unicode-words";

describe("word boundaries that know accented letters", () => {
  it("matches French words that start or end on an accented letter, and only whole words", () => {
    expect(/\b(?:moitié|à cause de)\b/i.test("la moitié des élèves")).toBe(false);
    const re = unicodeWords(/\b(?:moitié|à cause de|provoqué)\b/i);
    expect(re.test("la moitié des élèves")).toBe(true);
    expect(re.test("fermé à cause de la grève")).toBe(true);
    expect(re.test("un incendie provoqué par la foudre")).toBe(true);
    expect(re.test("les moitiés")).toBe(false);
    expect(re.test("déjà cause de")).toBe(false);
    expect(unicodeWords(/\baugment\w*\b/i).test("les prix ont augmenté de 9 %")).toBe(true);
  });

  it("spells words in any case without the i flag, so that a capital can still be required after them", () => {
    const re = new RegExp(`^(?:${anyCase("read more|à lire")})\\s+(?=\\p{Lu})`, "u");
    expect(re.test("READ MORE Parents demand answers")).toBe(true);
    expect(re.test("À lire Budget 2025")).toBe(true);
    expect(re.test("Read more about it")).toBe(false);
    // (Under the i flag, \p{Lu} matches any letter.)
    expect(/^read more\s+(?=\p{Lu})/iu.test("Read more about it")).toBe(true);
  });

  it("rewrites a case-insensitive pattern for lower-cased text, and refuses one that names a capital", () => {
    const re = forLowerCase(/\b(?:declined to comment|n['’]a pas donné suite)\b/iu)!;
    expect(re.flags).toBe("u");
    expect(re.test("The Ministry DECLINED TO COMMENT on Friday.".toLowerCase())).toBe(true);
    expect(re.test("L’ÉLYSÉE N’A PAS DONNÉ SUITE".toLowerCase())).toBe(true);
    expect(re.test("the ministry commented")).toBe(false);
    // (Letters and digits of any case stay allowed: \p{L}, \p{Ll}, \p{N}, \S.)
    expect(forLowerCase(/^(?:photo|crédit)\s*:\s*[\p{L}\p{N}]\S+$/iu)).not.toBeNull();
    // A capital required, or spelt in the pattern, would no longer match lower-cased text.
    expect(forLowerCase(/^(?:photo)\s*:\s*\p{Lu}/iu)).toBeNull();
    expect(forLowerCase(/T&Cs apply/iu)).toBeNull();
    expect(forLowerCase(/[A-Z]{2}/iu)).toBeNull();
    // A pattern without the i flag is left as it is.
    expect(forLowerCase(/said/u)).toBeNull();
  });
});
