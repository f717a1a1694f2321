import { describe, expect, it } from "vitest";
import { unicodeWords } from "./unicode-words";

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
});
