// A claimant written as an acronym the article spelt out before shows its full name.
import { describe, expect, it } from "vitest";
import { acronymDefinitions, longFormBefore, withLongForm } from "./acronyms";
import { en, fr } from "./test-sentences";

describe("acronyms defined in the article", () => {
  it("read the long form back from the bracket, little words spelt only where they must be", () => {
    expect(longFormBefore("Selon la direction départementale de la protection des populations", "DDPP")).toBe("direction départementale de la protection des populations");
    expect(longFormBefore("a walkout called by the Aircrew and Cabin Staff Union", "ACSU")).toBe("Aircrew and Cabin Staff Union");
    expect(longFormBefore("a déclaré le porte-parole du Service départemental d’incendie et de secours", "SDIS")).toBe("Service départemental d’incendie et de secours");
    expect(longFormBefore("Les militants d’Ensemble pour Vierlemont", "EPV")).toBe("Ensemble pour Vierlemont");
    expect(longFormBefore("le rapport de l’Agence régionale de cybersécurité des Hautes-Marches", "ARCHM")).toBe("Agence régionale de cybersécurité des Hautes-Marches");
  });

  it("take no dateline, credit or unrelated words for a long form", () => {
    expect(longFormBefore("APC MONTCLAR, 14 mars", "APC")).toBeNull();
    expect(longFormBefore("the water was cold and clear", "WHO")).toBeNull();
    expect(acronymDefinitions("The National Medicines Safety Authority (NMSA) said… (NMSA) again.").get("NMSA")).toBe("National Medicines Safety Authority");
  });

  it("add the full name to a claimant written as the bare acronym, and to nothing else", () => {
    const defs = new Map([["ARS", "agence régionale de santé"]]);
    expect(withLongForm("l’ARS", defs)).toBe("l’ARS (agence régionale de santé)");
    expect(withLongForm("ARS (health agency)", defs)).toBe("ARS (agence régionale de santé, health agency)");
    expect(withLongForm("un médecin de l’ARS", defs)).toBe("un médecin de l’ARS");
    expect(withLongForm("l’OMS", defs)).toBe("l’OMS");
  });

  it("in an article, « selon l’ARS » names the agency the reader was introduced to", () => {
    const claims = fr("L’agence régionale de santé (ARS) a relevé douze cas en mai. Selon l’ARS, trois enfants ont été hospitalisés.");
    expect(claims.find((c) => c.quote.startsWith("trois enfants"))?.claimant).toBe("l’ARS (agence régionale de santé)");
    const nmsa = en("The National Medicines Safety Authority (NMSA) opened a review on Monday. The NMSA said 41 patients had reported side effects.");
    expect(nmsa.find((c) => c.quote.includes("41 patients"))?.claimant).toBe("The NMSA (National Medicines Safety Authority)");
  });
});
