// Facts stated in passing inside a source's description become the outlet's own claims.
import { describe, expect, it } from "vitest";
import { en, fr } from "./test-sentences";

describe("a fact inside a source's description", () => {
  it("becomes an author's claim of its own, figures with their commas kept", () => {
    const greyline = en("Greyline, which runs 41 of the city's 52 routes, said the fares were fair.");
    expect(greyline.map((c) => [c.quote, c.attributionLevel])).toEqual([
      ["which runs 41 of the city's 52 routes", "author_assertion"],
      ["the fares were fair", "official_statement"],
    ]);
    expect(en("Arless Valley Hydro, which serves roughly 58,000 homes, said the breach was contained.").map((c) => c.quote)).toContain("which serves roughly 58,000 homes");
    expect(fr("La commune, qui verse au club une subvention annuelle de 24 000 euros, assure qu’elle ne savait rien.").map((c) => c.quote)).toContain("qui verse au club une subvention annuelle de 24 000 euros");
  });

  it("leaves asides about who spoke, a person's own story and how the outlet got a text inside the source", () => {
    const asides = [
      en("An official, who asked not to be named because she was not authorised to speak, said the line would close."),
      en("Joan Pike, who has lived on Mill Lane for 51 years, said the water rose in minutes."),
      en("Tom Reid, who chairs the Kiriama Poultry Farmers Cooperative, said prices had halved."),
      fr("Le rapport, dont La Gazette du Val a pu consulter une copie, indique que le coût a doublé."),
    ];
    for (const claims of asides) expect(claims).toHaveLength(1);
  });
});
