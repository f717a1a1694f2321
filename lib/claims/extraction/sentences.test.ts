import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";
import { findQuoteRegions, regionAt } from "./quotes";
import { tokenize } from "./tokens";
import { findCues } from "./cues";

const split = (text: string) => splitSentences(text, []).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it("handles French quotes, non-breaking spaces and abbreviations", () => {
    const text = "Titre\nM. Dupont est arrivé\u202F! « Quel désastre ? », a-t-il dit. Le Dr. Martin l’a confirmé. Les U.S. Marines sont partis.";
    expect(split(text)).toEqual(["Titre", "M. Dupont est arrivé\u202F!", "« Quel désastre ? », a-t-il dit.", "Le Dr. Martin l’a confirmé.", "Les U.S. Marines sont partis."]);
  });
  it("splits after a closing quote and never across lines", () => {
    const text = "“We will win.” Then he left.\r\nNext line without stop\nLast one.";
    expect(split(text)).toEqual(["“We will win.”", "Then he left.", "Next line without stop", "Last one."]);
  });
  it("keeps decimals and initials inside a sentence", () => {
    expect(split("Growth was 3.5 percent, J. Smith said. It fell.")).toEqual(["Growth was 3.5 percent, J. Smith said.", "It fell."]);
  });
});

describe("findQuoteRegions", () => {
  it("pairs mixed marks and quotes that continue over paragraphs", () => {
    const text = "“La seule chose est moderne.\n\nMais nous ne savons pas », a déclaré Ignat. \"Short\" and “open\n“continued”";
    const regions = findQuoteRegions(text).map((r) => text.slice(r.start, r.end));
    expect(regions).toEqual(["“La seule chose est moderne.\n\nMais nous ne savons pas »", "\"Short\"", "“open\n“continued”"]);
  });
  it("pairs a curly mark with a straight one, in either order, and keeps straight quotes nested in curly ones", () => {
    const text = "There was “no evidence\" yet.\n\n\"We see no link,\" the mayor said, adding it would take \"more hours” to know. “He said \"no\" to me,” she said.";
    const regions = findQuoteRegions(text).map((r) => text.slice(r.start, r.end));
    expect(regions).toEqual(["“no evidence\"", "\"We see no link,\"", "\"more hours”", "“He said \"no\" to me,”"]);
  });
  it("closes a quotation whose closing mark was typed as an opening one", () => {
    const text = "The site rated it “Mostly False.“ Then “it changed,” he said.";
    expect(findQuoteRegions(text).map((r) => text.slice(r.start, r.end))).toEqual(["“Mostly False.“", "“it changed,”"]);
  });
  it("pairs British single marks, not the apostrophes of contractions and plural possessives", () => {
    const text = "‘We won’t know for weeks,’ she said. The farmers’ union was shocked. ‘The river is dead.\n\n‘It will take years.’";
    expect(findQuoteRegions(text).map((r) => text.slice(r.start, r.end))).toEqual(["‘We won’t know for weeks,’", "‘The river is dead.\n\n‘It will take years.’"]);
  });
  it("finds the innermost region around a position when quotations nest", () => {
    const text = "\"PENCE: She said “no” twice.\n\n\"She knows it.\n\n\"WALLACE: And “yes”?\"";
    const regions = findQuoteRegions(text);
    const at = (word: string) => {
      const r = regionAt(regions, text.indexOf(word));
      return r ? text.slice(r.start, r.end) : null;
    };
    expect(at("no")).toBe("“no”");
    expect(at("knows")).toBe(text);
    expect(at("WALLACE")).toBe(text);
    expect(at("yes")).toBe("“yes”");
  });
  it("splits a French quotation around an incise left inside it", () => {
    const text = "« Nous avons tout essayé. Depuis mars, rien, a expliqué Nathalie Brun, directrice. Fermer la nuit est douloureux, poursuit-elle. Voilà. »";
    expect(findQuoteRegions(text).map((r) => text.slice(r.start, r.end))).toEqual(["« Nous avons tout essayé. Depuis mars, rien", "Fermer la nuit est douloureux", "Voilà. »"]);
  });
  it("keeps the Rev. and Prof. inside their sentence", () => {
    expect(split("“It is good,” said the Rev. Peter Wherry. Prof. Smith agreed.")).toEqual(["“It is good,” said the Rev. Peter Wherry.", "Prof. Smith agreed."]);
  });
});

describe("findCues", () => {
  const cues = (s: string, lang: "fr" | "en") => findCues(tokenize(s, 0, s.length), lang).map((c) => s.slice(tokenize(s, 0, s.length)[c.i0]!.s, tokenize(s, 0, s.length)[c.i1 - 1]!.e));
  it("finds French cues in all tenses, inverted and negated", () => {
    expect(cues("Il a également déclaré que tout allait bien.", "fr")).toEqual(["a également déclaré"]);
    expect(cues("« Non », a-t-il dit.", "fr")).toEqual(["a-t-il dit"]);
    expect(cues("Elle affirmait que c'était faux, selon le journal.", "fr")).toEqual(["affirmait", "selon"]);
    expect(cues("Le ministre n’a pas révélé le montant.", "fr")).toEqual(["n’a pas révélé"]);
    expect(cues("D’après le rapport, la dette augmente.", "fr")).toEqual(["D’après"]);
  });
  it("finds English cues and ignores the same words used as nouns", () => {
    expect(cues("He has repeatedly said that taxes would fall.", "en")).toEqual(["has repeatedly said"]);
    expect(cues("It was reported that the plant closed.", "en")).toEqual(["was reported"]);
    expect(cues("According to the report, 20 states voted.", "en")).toEqual(["According to"]);
    expect(cues("The report and the claims were in 20 states.", "en")).toEqual([]);
  });

  it("ends a sentence after a single capital when a sentence opener follows, and not after an initial", () => {
    const sents = (text: string) => splitSentences(text, []).map((x) => text.slice(x.start, x.end));
    expect(sents("Elle vit dans la tour B. Son voisin est parti.")).toEqual(["Elle vit dans la tour B.", "Son voisin est parti."]);
    expect(sents("The report was written by J. Smith and A. Jones.")).toHaveLength(1);
  });
  it("ends a sentence after a unit stuck to a figure (\"£30m.\"), and not after « M. » before a name", () => {
    const sents = (text: string) => splitSentences(text, []).map((x) => text.slice(x.start, x.end));
    expect(sents("He called for an emergency fund of £30m. The post has been shared 9,000 times.")).toEqual(["He called for an emergency fund of £30m.", "The post has been shared 9,000 times."]);
    expect(sents("Selon M. Dupont, le chantier reprendra lundi.")).toHaveLength(1);
  });
});
