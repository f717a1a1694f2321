import { describe, expect, it } from "vitest";
import { detectLanguage } from "./detect-language";

describe("detectLanguage", () => {
  it("recognises French", () => {
    expect(detectLanguage("Le gouvernement a annoncé mardi que les prix de l’énergie seront gelés pour les ménages.")).toBe("fr");
  });
  it("recognises English", () => {
    expect(detectLanguage("The government said on Tuesday that energy prices would be frozen for households.")).toBe("en");
  });
  it("falls back when there is nothing to go on", () => {
    expect(detectLanguage("12345 !!!", "fr")).toBe("fr");
  });
});
