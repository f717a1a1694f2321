import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims";
import { byCue, en, fr } from "./test-sentences";


describe("attribution shapes found in news copy", () => {
  it("reads the words of a quotation ending on a relative clause, before an inverted cue, as the quotation", () => {
    const c = byCue(fr("« Nous respectons à la lettre notre autorisation, qui a été renouvelée en mars », insiste Karim Benslimane-Tazi, directeur général de la SETO."), "insiste");
    expect([c.claimant?.startsWith("Karim Benslimane-Tazi"), c.quote]).toEqual([true, "Nous respectons à la lettre notre autorisation, qui a été renouvelée en mars"]);
  });

  it("reads a first name ending like a participle (Aisling, Renée) as the subject, not a leading phrase", () => {
    const c = byCue(en("Aisling Brennock, principal of the school, said the school had stayed open because 14 of its 52 teachers are not union members."), "said");
    expect([c.claimant, c.attributionLevel]).toEqual(["Aisling Brennock, principal of the school", "named_on_record"]);
    expect(byCue(en("Citing two officials, the Times reported that the plan had failed."), "reported").claimant).toBe("the Times");
  });

  it("reads « Une accusation que rejette X : « … » » as X's words after the colon", () => {
    const c = byCue(fr("Une accusation que rejette Olivier Lambotte, l’éleveur : « Le sas sert tous les jours, on a même les factures du désinfectant. »"), "rejette");
    expect([c.claimant, c.quote, c.attributionLevel]).toEqual(["Olivier Lambotte, l’éleveur", "Le sas sert tous les jours, on a même les factures du désinfectant", "named_on_record"]);
  });

  it("steps over a stressed pronoun after the verb (« annonce, lui, une affluence… »), and reads a short clause with an irregular past after 'says'", () => {
    const club = byCue(fr("Le club annonce, lui, une affluence officielle de 1 450 personnes, quand les supporters dénoncent une tribune vide."), "annonce");
    expect([club.claimant, club.quote]).toEqual(["Le club", "une affluence officielle de 1 450 personnes"]);
    expect(byCue(fr("La direction de Mabrinval parle, elle, de « 85 postes concernés »."), "parle, elle, de").quote).toBe("85 postes concernés");
    expect(byCue(en("While the health office puts the number of affected children at 86, the parents’ committee says more than 120 fell ill."), "says").quote).toBe("more than 120 fell ill");
  });

  it("ends the words at a semicolon before a new subject, and reads what was not published or confirmed as the outlet's statement", () => {
    const claims = en("Velonia says about 3,100 of its soldiers are held in Karskan camps; Karsk has never published a figure.");
    expect(claims.map((c) => [c.cue, c.quote])).toEqual([
      ["says", "about 3,100 of its soldiers are held in Karskan camps"],
      [null, "Karsk has never published a figure"],
    ]);
    expect(en("The trust has not confirmed any deaths.").map((c) => c.attributionLevel)).toEqual(["author_assertion"]);
    // A quantity in quotation marks put on something: "puts the journey at “well over an hour”".
    expect(byCue(en("The group says the hospital is 64km away; Ms Costigan puts the journey at “well over an hour in winter”."), "puts").claimant).toBe("Ms Costigan");
  });

  it("reads a figure's comparison after 'X showed last month,' as part of the words before the cue", () => {
    const c = byCue(en("Consumer prices rose 3.2% year-on-year in March, figures from the National Statistics Office showed last month, down from a peak of 11.3% in late 2022."), "showed");
    expect([c.attributionLevel, c.quote.startsWith("Consumer prices rose 3.2%"), c.quote.endsWith("in late 2022")]).toEqual(["document", true, true]);
  });

  it("reads a pronoun right after a noun as a relative clause without 'that', not as a speaker", () => {
    const claims = en("The fund holds enough assets to cover 54% of the benefits it has promised to some 19,000 city workers, the report found.");
    expect(claims.map((c) => [c.cue, c.attributionLevel])).toEqual([["found", "document"]]);
    expect(claims[0]!.quote).toMatch(/^The fund holds enough assets/);
  });

  it("reads a French inverted cue after a clause and its comma, not after an aside on the subject", () => {
    const bus = byCue(fr("Les bus de la ligne 214 passent désormais par le col, ce qui rallonge chaque course de 25 minutes, indiquent les Transports publics du Haut-Vallon (TPHV)."), "indiquent");
    expect([bus.claimant, bus.quote]).toEqual(["les Transports publics du Haut-Vallon", "Les bus de la ligne 214 passent désormais par le col, ce qui rallonge chaque course de 25 minutes"]);
    expect(byCue(fr("Le délai moyen entre l’inscription et l’attribution d’un logement atteint six ans et quatre mois, précise la société de logement."), "précise").quote).toMatch(/^Le délai moyen/);
    // An aside on the subject: the words after the verb are its object.
    expect(byCue(fr("Les analyses du laboratoire cantonal, publiées lundi, font état de 46 microgrammes de microcystines par litre."), "font état de").quote).toContain("46 microgrammes");
  });

  it("reads « Et d’ajouter : « … » », « Et de préciser que… » as the last speaker going on", () => {
    const claims = fr("« Le budget est serré », a déclaré le maire Jean Dupont. Et de préciser que la commune a perdu 2 millions d’euros de dotation. Et d’ajouter : « Nous ne faisons que compenser ce manque. »");
    expect(claims.map((c) => [c.cue, c.claimant])).toEqual([
      ["a déclaré", "le maire Jean Dupont (mayor)"],
      ["de préciser", "le maire Jean Dupont (mayor)"],
      ["d’ajouter", "le maire Jean Dupont (mayor)"],
    ]);
  });

  it("reads a quotation resumed after its inverted source as one statement", () => {
    const c = byCue(en("“The ruling,” said labour lawyer Meera Iyer, “is the first in the country to examine how an algorithm controls the worker.”"), "said");
    expect(c.claimant).toBe("labour lawyer Meera Iyer");
    expect(c.quote).toContain("is the first in the country");
  });

  it("keeps a passive with no agent inside the words a speaker's closing cue reports", () => {
    const claims = en("The lake would not reopen until two samples came back clear, she said. No human illness had been reported so far, she added.");
    expect(claims.map((c) => [c.cue, c.quote])).toEqual([
      ["said", "The lake would not reopen until two samples came back clear"],
      ["added", "No human illness had been reported so far"],
    ]);
  });

  it("keeps an event confirmed or announced inside a clause of time or cause in the outlet's sentence", () => {
    const culled = en("Veterinary officers have culled thousands of chickens on six farms after laboratory tests confirmed an outbreak of avian influenza, the first this year.");
    expect(culled.map((c) => [c.cue, c.claimant])).toEqual([[null, null]]);
    expect(culled[0]!.quote).toContain("after laboratory tests confirmed an outbreak");
    const ferme = fr("La ferme a été placée en quarantaine mardi après que des analyses ont confirmé un foyer de grippe aviaire.");
    expect(ferme.map((c) => [c.cue, c.quote])).toEqual([[null, "La ferme a été placée en quarantaine mardi après que des analyses ont confirmé un foyer de grippe aviaire"]]);
    const appealed = en("Torran Energy appealed to ministers after the council’s planning committee refused the development by nine votes to three in March 2023.");
    expect(appealed.map((c) => c.cue)).toEqual([null]);
    // A finding with a clause, and words reported with "that", are still the source's.
    expect(byCue(en("Hunting was suspended on Tuesday, after an aerial survey found the herd had fallen to its lowest level in two decades."), "found").claimant).toBe("an aerial survey");
    expect(byCue(en("Prices rose after the minister said that taxes would be cut by a third."), "said").quote).toBe("taxes would be cut by a third");
  });

  it("reads quotations marked with two apostrophes", () => {
    const claims = en("''You don't have to save a quarter of a million dollars,'' Mr. McKinley said. ''Do what you can now.''");
    // The quotation resumed after "Mr. McKinley said." is the rest of the same statement.
    expect(claims.map((c) => [c.quote, c.claimant, c.cue])).toEqual([
      ["You don't have to save a quarter of a million dollars,'' Mr. McKinley said. ''Do what you can now", "Mr. McKinley", "said"],
    ]);
  });

  it("reads a role and a name set off by commas before a closing cue", () => {
    const c = byCue(en("The government will create an independent regulator, the sports minister, Helen Achterberg, said on Tuesday."), "said");
    expect([c.claimant, c.quote]).toEqual(["the sports minister, Helen Achterberg", "The government will create an independent regulator"]);
    expect(byCue(en("The plan will cost £40m, Helen Achterberg, the sports minister, said."), "said").claimant).toBe("Helen Achterberg, the sports minister");
    // The paper told is the audience, not the source.
    expect(byCue(en("The fund ran dry in May, its chairman, Tom Reed, told the Herald."), "told").claimant).toBe("its chairman, Tom Reed");
  });

  it("reads a one-word reply before an inverted cue as the reply, not the source", () => {
    const c = byCue(fr("Faux, rétorque le cabinet de la préfète : « Les golfs sont soumis aux mêmes restrictions que les particuliers. »"), "rétorque");
    expect([c.claimant, c.quote]).toEqual(["le cabinet de la préfète", "Les golfs sont soumis aux mêmes restrictions que les particuliers"]);
    expect(byCue(fr("Non, répond le chirurgien : les patients graves sont vus en moins de 20 minutes."), "répond").quote).toBe("les patients graves sont vus en moins de 20 minutes");
    expect(byCue(en("Wrong, says the transport ministry: the bridge was inspected in May."), "says").claimant).toBe("the transport ministry");
    // Without a colon, the reply is what the source said; a second cue keeps its own words.
    const claims = fr("Faux, rétorque la direction, qui assure qu’aucun quart n’a dépassé dix heures.");
    expect([byCue(claims, "rétorque").claimant, byCue(claims, "rétorque").quote]).toEqual(["la direction", "Faux"]);
    expect([byCue(claims, "assure").claimant, byCue(claims, "assure").quote]).toEqual(["la direction", "aucun quart n’a dépassé dix heures"]);
  });

  it("reads « Pour » with a role, a profession or a body as the view's source, not « Pour la première fois »", () => {
    const c = byCue(fr("Pour la procureure, Sandrine Moréac, « la sécurité des enfants a été sacrifiée à des économies »."), "Pour");
    expect([c.claimant, c.quote]).toEqual(["la procureure, Sandrine Moréac", "la sécurité des enfants a été sacrifiée à des économies"]);
    expect(byCue(fr("Pour l’économiste Mathieu Sorel, la pénurie tient d’abord à la chute du nombre de candidats."), "Pour").claimant).toBe("l’économiste Mathieu Sorel");
    expect(fr("Pour la première fois, le club a perdu douze matchs.").map((x) => x.cue)).toEqual([null]);
  });

  it("ends a « selon » or \"according to\" source at its comma when what follows is a clause, not a description of the source", () => {
    const c = byCue(fr("Selon la fiche de rappel publiée sur le portail public, un défaut d’isolation de certaines cellules provoque, dans de rares cas, un emballement thermique."), "Selon");
    expect([c.claimant, c.quote, c.attributionLevel]).toEqual(["la fiche de rappel publiée sur le portail public", "un défaut d’isolation de certaines cellules provoque, dans de rares cas, un emballement thermique", "document"]);
    const report = byCue(en("According to the museum’s annual report, attendance fell 12 percent last year, to about 310,000 visitors."), "According to");
    expect([report.claimant, report.quote]).toEqual(["the museum’s annual report", "attendance fell 12 percent last year, to about 310,000 visitors"]);
    // A role, a profession, a body, a relative clause or a participle after the comma describes the source.
    expect(byCue(en("According to Jane Roe, a nurse at the clinic, the ward closed."), "According to").claimant).toBe("Jane Roe, a nurse at the clinic");
    expect(byCue(fr("Selon le rapport, publié mardi, le chômage a baissé."), "Selon").quote).toBe("le chômage a baissé");
    expect(byCue(fr("D’après Marie Roux, pédiatre à Brest, les cas augmentent."), "D’après").claimant).toBe("Marie Roux, pédiatre à Brest");
    expect(byCue(fr("Selon l’Insee, l’institut national de la statistique, le chômage a baissé."), "Selon").claimant).toBe("l’Insee, l’institut national de la statistique");
  });

  it("reads a source and cue after the words, then a time and a clause about the saying", () => {
    const c = byCue(en("The province will cut moose tags by 34 per cent this fall, the Ministry of Natural Resources said Tuesday, after an aerial survey found the herd had fallen."), "said");
    expect([c.claimant, c.quote]).toEqual(["the Ministry of Natural Resources", "The province will cut moose tags by 34 per cent this fall"]);
    expect(byCue(en("The province will cut moose tags this fall, the Ministry of Natural Resources said, as the herd fell."), "said").quote).toBe("The province will cut moose tags this fall");
  });

  it("keeps a French doublet of one noun's two genders inside the source", () => {
    const c = byCue(fr("L’Alliance des enseignantes et enseignants de Beaulac soutient que ses membres n’ont reçu aucune consigne."), "soutient");
    expect([c.claimant, c.attributionLevel]).toEqual(["L’Alliance des enseignantes et enseignants de Beaulac", "official_statement"]);
    expect(byCue(fr("Les directrices et directeurs d’école estiment que la réforme est mal préparée."), "estiment").claimant).toBe("Les directrices et directeurs d’école");
  });

  it("leaves the tail of a time phrase out of a role and name before the cue", () => {
    const c = byCue(fr("Invité d’une radio nationale ce matin, le ministre des Armées, Hervé Castagnol, a assuré que le site restera ouvert."), "a assuré");
    expect([c.claimantSpan && c.claimant?.startsWith("le ministre des Armées, Hervé Castagnol"), c.attributionLevel]).toEqual([true, "named_on_record"]);
  });

  it("reads a French inverted source past the place it spoke, not a word governed by that place", () => {
    expect(byCue(fr("« Je n’ai jamais été informé », a répété à la barre Patrice Dufermont, 54 ans."), "a répété").claimant).toBe("Patrice Dufermont");
    expect(byCue(fr("« Nous irons jusqu’au bout », a déclaré au micro de Radio Lize le maire, Paul Got."), "a déclaré").claimant).toMatch(/^le maire, Paul Got/);
    expect(byCue(fr("« C’est fini », a déclaré à la sortie de la réunion la ministre, Anne Roy."), "a déclaré").claimant).toMatch(/^la ministre, Anne Roy/);
    expect(byCue(fr("« Nous ne céderons pas », a lancé au micro le secrétaire général du syndicat, Nico Balthasar."), "a lancé").claimant).toBe("le secrétaire général du syndicat, Nico Balthasar");
  });

  it("gives a clause opening on « Selon elle » to that source, not to a verb further on", () => {
    const claims = fr("« La glace fond plus tôt », souligne Ondine Marchetti, limnologue. Selon elle, cette débâcle expose les lacs au soleil et explique l’écart.\n\n« Certains lacs pourraient ne plus geler », a-t-elle ajouté.");
    expect(byCue(claims, "Selon").claimant).toBe("Ondine Marchetti");
    expect(byCue(claims, "a-t-elle ajouté").claimant).toBe("Ondine Marchetti");
  });

  it("gives a second verb joined by « et » the first one's subject", () => {
    const claims = fr("L’avocate des mis en examen, Me Laure Vidalenc, dénonce « un dossier monté sur des suppositions » et assure que ses clients « n’ont jamais mis les pieds » à Lussac.");
    expect(byCue(claims, "assure").claimant).toBe(byCue(claims, "dénonce").claimant);
    expect(byCue(claims, "assure").claimant).toContain("Laure Vidalenc");
  });

  it("takes no circumstance or adverb for the source", () => {
    // A fronted gerund ("In defending…") or an imperative ("Perhaps go… and ask") has no source
    // of its own, and no word before it stands for one.
    for (const text of ["Perhaps go a step further, and ask whether you would vote for him.", "He met the board. Promptly voted against the bill, a move that angered many."]) {
      for (const c of en(text)) expect([c.claimant, c.attributionLevel]).toEqual([null, "author_assertion"]);
    }
    // "While Obama said…": the subordinator is not part of the name.
    expect(byCue(en("While Obama said the deal was good, others disagreed."), "said").claimant).toBe("Obama");
    // "would sometimes tell": the modal belongs to the verb.
    expect(byCue(en("Supervisors would sometimes tell employees to open accounts."), "tell").claimant).toBe("Supervisors");
    // ("Kelly" ends in -ly but is a name.)
    expect(byCue(en("Kelly said the bridge would close on Monday."), "said").claimant).toBe("Kelly");
  });

  it("keeps a quotation split around its attribution as one claim", () => {
    const claims = en("“Are we where we need to be? Probably not,” Ms. Moore said. “Are we going to get there? Absolutely.”");
    expect(claims.map((c) => [c.quote, c.claimant, c.cue])).toEqual([
      ["Are we where we need to be? Probably not,” Ms. Moore said. “Are we going to get there? Absolutely", "Ms. Moore", "said"],
    ]);
    const [c] = en("“Every time you say that,” Tester said, referring to the excuse, “you give ammunition to the people who want to break up the banks.”");
    expect(c!.quote).toContain("you give ammunition");
    expect(c!.quote).toContain("Every time you say that");
    const [d] = en("“We'll walk away that much more in love with this country,” he said, “the only place on earth where this could happen.”");
    expect(d!.quote).toContain("We'll walk away");
    expect(d!.quote).toContain("the only place on earth");
  });

  it("keeps a French quotation split around an inverted attribution as one claim", () => {
    const claims = extractClaims({ text: "Titre\n« Il n’y a pas d’alternative », a-t-il dit lundi, « et nous irons jusqu’au bout ».", language: "fr" }).claims;
    const c = claims.find((x) => x.cue === "a-t-il dit");
    expect(c?.quote).toContain("Il n’y a pas d’alternative");
    expect(c?.quote).toContain("nous irons jusqu’au bout");
  });

  it("does not join a quotation in the next paragraph to the previous speaker's claim", () => {
    const claims = en("“We are ready,” Ms. Moore said.\n“The polls are wrong about this race.”");
    expect(claims).toHaveLength(2);
  });

  it("does not take a fronted circumstance for the words attributed", () => {
    expect(en("In interviews, Trump has questioned the very need for moderators.")[0]!.quote).toBe("the very need for moderators");
    expect(en("Initially, state regulators did not consider Mr. Clarke a realistic option.")[0]!.quote).toBe("Mr. Clarke a realistic option");
    // A quotation before the subject still is the claim.
    expect(en("“We will win,” Figueroa told USA Today.")[0]!.quote).toBe("We will win");
  });

  it("keeps the words leading into a partial quotation", () => {
    const [c] = en("With thousands of vote counting systems, “there is no one single point of failure,” he said.");
    expect(c!.quote).toBe("With thousands of vote counting systems, “there is no one single point of failure,”");
  });

  it("reads a verb of saying after a preposition as an attribution", () => {
    const claims = en("President Barack Obama responded to a Gold Star mother by saying his refusal to use the words was a manufactured issue.");
    const saying = claims.find((c) => c.cue === "saying");
    expect(saying?.quote).toBe("his refusal to use the words was a manufactured issue");
    expect(saying?.claimant).toBe("President Barack Obama");
  });

  it("keeps a pronoun's clause inside the words reported with 'that'", () => {
    const claims = en("Fowler noted that at one of his first DNC meetings, in 1972, he supported a decision to nominate Sargent Shriver.");
    expect(claims.find((c) => c.cue === "noted")?.quote).toContain("he supported a decision");
  });

  it("keeps an attribution embedded without punctuation inside the outer claim", () => {
    const claims = en("Retired Gen. Michael Flynn said Donald Trump was right when he said the generals have been reduced to rubble.");
    expect(claims[0]!.claimant).toBe("Retired Gen. Michael Flynn");
    expect(claims[0]!.quote).toBe("Donald Trump was right when he said the generals have been reduced to rubble");
  });

  it("keeps a parenthetical attribution inside the claim it attributes", () => {
    const [c] = en("Acts of protest, Mr. Obama said, are acts of patriotism.");
    expect(c!.quote).toBe("Acts of protest, Mr. Obama said, are acts of patriotism");
    expect(c!.claimant).toBe("Mr. Obama");
  });

  it("reads speaker labels in transcripts and headlines", () => {
    const claims = en("PENCE: Gennifer Flowers will not be attending the debate. Donald Trump was mocking the effort.");
    expect(claims[0]!.cue).toBe(":");
    expect(claims[0]!.claimant).toBe("PENCE");
    expect(claims[0]!.quote).toContain("Donald Trump was mocking the effort");
  });

  it("takes the next paragraph as the quotation announced by 'He said:'", () => {
    const claims = en("Trump spoke in Ohio on Monday. He said:\n\n“We have a situation where our inner cities are suffering.”");
    const c = claims.find((x) => x.quote.includes("inner cities"))!;
    expect(c.cue).toBe("said");
    expect(c.claimant).toBe("Trump");
  });

  it("reads a dash attribution after a quotation", () => {
    const [c] = en("“The most unqualified candidate to ever run for president.” ― Francisco Herrero");
    expect(c!.cue).toBe("―");
    expect(c!.claimant).toBe("Francisco Herrero");
  });

  it("reads a quotation followed by a subject with appositives", () => {
    const [c] = en("“It’s an invasion of the state regulatory domain,” Scott Pruitt, the attorney general of Oklahoma, said at an event.");
    expect(c!.quote).toBe("It’s an invasion of the state regulatory domain");
    expect(c!.claimant).toBe("Scott Pruitt, the attorney general of Oklahoma");
  });

  it("reads a passive with an agent as an attribution to the agent", () => {
    const [c] = en("The Democratic nominee has been endorsed by dozens of newspapers.");
    expect(c!.claimant).toBe("dozens of newspapers");
    expect(c!.quote).toBe("The Democratic nominee");
  });

  it("does not take a relative 'that' for a complementizer", () => {
    const [c] = en("Trump called for female contestants to wear shorter dresses that showed more cleavage.");
    expect(c!.cue).toBe("called for");
    expect(c!.quote.startsWith("female contestants to wear")).toBe(true);
  });

  it("leaves out an anonymity formula and modal verbs inside reported words", () => {
    const claims = en("A spokesman for the utility, who declined to be named, said crews would request help from three states.");
    expect(claims).toHaveLength(1);
    expect(claims[0]!.claimant).toBe("A spokesman for the utility, who declined to be named");
    expect(claims[0]!.attributionLevel).toBe("anonymous_described");
  });

  it("reads French « Pour X, … » and relative clauses inside the subject", () => {
    const claims = extractClaims({
      language: "fr",
      text: "Titre de l’article\nLes syndicats, qui réclamaient le retrait du texte, ont salué « une première victoire ». Pour Laurent Berger, secrétaire général de la CFDT, « le compte n’y est pas encore ».",
    }).claims;
    const berger = claims.find((c) => c.quote.includes("le compte"))!;
    expect(berger.claimant).toBe("Laurent Berger, secrétaire général de la CFDT");
    expect(berger.quoteType).toBe("direct");
    const relative = claims.find((c) => c.cue === "réclamaient")!;
    expect(relative.quote).toBe("le retrait du texte");
  });

  it("reads nominal cues, attitude adjectives, fronted cues and 'is expected to'", () => {
    const claims = en(
      [
        "Politifact checked Donald Trump’s claim that there were thousands of shootings in Chicago.",
        "Democrats were frustrated that the vote was delayed again.",
        "Said Ellis: “I don’t get the sense she’s interested in tax reform.”",
        "About one of every nine voters this fall is expected to be Latino.",
      ].join("\n"),
    );
    const claim = claims.find((c) => c.cue === "claim")!;
    expect(claim.claimant).toBe("Donald Trump");
    expect(claim.quote).toBe("there were thousands of shootings in Chicago");
    expect(claims.find((c) => c.cue === "were frustrated")!.claimant).toBe("Democrats");
    expect(claims.find((c) => c.cue === "Said")!.claimant).toBe("Ellis");
    const expected = claims.find((c) => c.cue === "is expected")!;
    expect(expected.claimant).toBeNull();
    expect(expected.attributionLevel).toBe("hedged_unsourced");
  });
});
