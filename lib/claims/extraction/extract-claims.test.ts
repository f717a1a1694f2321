import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims";
import type { ExtractedClaim } from "./types";

const cps = (s: string) => [...s];

function claimFor(claims: ExtractedClaim[], fragment: string): ExtractedClaim {
  const c = claims.find((x) => x.quote.includes(fragment));
  if (!c) throw new Error(`no claim containing ${JSON.stringify(fragment)} in ${JSON.stringify(claims.map((x) => x.quote))}`);
  return c;
}

describe("offsets", () => {
  it("are exact code points with emoji, zero-width characters, RTL text and CRLF", () => {
    const text =
      "Titre 🎉 du jour\r\n\r\nLe ministre 👍 a déclaré lundi que l’inflation a atteint 5 % en mars.\r\n" +
      "La\u200b police a indiqué que 12 personnes ont été arrêtées. « Nous avons 😀 agi vite », a-t-elle ajouté.\r\n" +
      "مرحبا بالعالم. Selon le rapport de l’Insee, le chômage a baissé de 2 %.";
    const { claims } = extractClaims({ text, language: "fr" });
    expect(claims.length).toBeGreaterThanOrEqual(5);
    const chars = cps(text);
    for (const c of claims) {
      expect(chars.slice(c.start, c.end).join("")).toBe(c.quote);
      if (c.cueSpan) expect(chars.slice(c.cueSpan.start, c.cueSpan.end).join("")).toBe(c.cue);
      if (c.claimantSpan) expect(c.claimant?.startsWith(chars.slice(c.claimantSpan.start, c.claimantSpan.end).join(""))).toBe(true);
    }
    expect(claimFor(claims, "l’inflation").cue).toBe("a déclaré");
    expect(claimFor(claims, "2 %").attributionLevel).toBe("document");
  });
});

describe("boilerplate never becomes a claim", () => {
  it("skips a glued related headline and trailing widgets", () => {
    const text =
      "Titre de l’article\nLe conseil a voté le budget.\n" +
      "Macron et Scholz Berlin salue le nouveau plan européen Mardi, la ministre a déclaré que le plan coûterait 3 milliards.\n\n" +
      "Faire un don\nSoutenez notre site !\n5,00 €\nCommentaires récents\n";
    const { claims, removed } = extractClaims({ text });
    expect(removed.map((r) => r.reason)).toEqual(["related_headline", "donation", "donation", "donation", "comments"]);
    for (const r of removed) for (const c of claims) expect(c.end <= r.start || c.start >= r.end).toBe(true);
    expect(claimFor(claims, "3 milliards").claimant).toMatch(/^la ministre/);
  });

  it("makes no claim of a short line with no final stop, but reads one that announces a quotation", () => {
    // (And "voted to add four routes" adds routes, not words.)
    const text =
      "Council approves the bus plan\nLocal News\n\nVideo Unavailable\n\nThe council voted 7-2 to add four routes.\n\n" +
      "Ridgeport man arrested after police chase\n\nThe mayor said:\n\n“The routes will start in May.”\n";
    const { claims } = extractClaims({ text, language: "en" });
    const slice = (c: { start: number; end: number }) => [...text].slice(c.start, c.end).join("");
    expect(claims.filter((c) => c.start > 30).map(slice)).toEqual(["The council voted 7-2 to add four routes", "The routes will start in May"]);
    expect(claimFor(claims, "routes will start").claimant).toBe("The mayor");
  });

  it("makes no claim of a longer line set apart with no final stop, but keeps a summary's points", () => {
    const text =
      "Storm live\n\nThe storm reached the coast at dawn, the agency said.\n\n" +
      "Halcyra’s new smart ring can now flag signs of sleep apnea in older users\n\n" +
      "Summary\nAt least 12 people have died, according to the interior ministry\n" +
      "Rail links between the two largest cities are suspended until Friday\n\n• A red wind warning is in force until 18:00 on Tuesday\n";
    const quotes = extractClaims({ text, language: "en" }).claims.map((c) => c.quote);
    expect(quotes.some((q) => q.includes("smart ring"))).toBe(false);
    // Before the first full sentence, the same line is the standfirst, and a claim.
    const dek = extractClaims({ text: "Rugby bill\n\nThree clubs have folded in 18 months, leaving hundreds of staff unpaid\n\nBy Owen Price\n\nThe bill was published on Monday, the department said.\n", language: "en" }).claims;
    expect(dek.some((c) => c.quote.startsWith("Three clubs have folded"))).toBe(true);
    for (const point of ["At least 12 people have died", "Rail links between the two largest cities", "A red wind warning"]) expect(quotes.some((q) => q.includes(point))).toBe(true);
  });
});

describe("attribution structure", () => {
  it("reads a French direct quote with an inverted pronoun and resolves it to the last named person", () => {
    const text =
      "Titre\nJean Dupont, maire de Lyon, a annoncé lundi la fermeture de 3 écoles. Il a ajouté que les travaux coûteraient 2 millions d’euros.\n« Nous ne céderons pas », a-t-il affirmé.";
    const { claims } = extractClaims({ text, language: "fr" });
    const works = claimFor(claims, "2 millions");
    expect(works.claimant).toMatch(/^Jean Dupont, maire de Lyon/);
    expect(works.cue).toBe("a ajouté");
    // « a ajouté que … coûteraient »: the conditional of reported speech, not a hedge.
    expect(works.hedged).toBe(false);
    const quote = claimFor(claims, "Nous ne céderons pas");
    expect(quote.quoteType).toBe("direct");
    expect(quote.cue).toBe("a-t-il affirmé");
    expect(quote.claimant).toMatch(/^Jean Dupont/);
    expect(quote.attributionLevel).toBe("named_on_record");
  });

  it("gives a surname alone the gender of the full name, so 'she' passes a man quoted by surname", () => {
    const text =
      "Headline\nRegional harbourmaster Dave Pennell put the loss at 2,000 litres. “It is not a small spill,” Pennell said.\n\n" +
      "For oyster farmer Mere Tautari, whose family has farmed the harbour since the 1970s, the spill has already cost a week of sales. She said she had pulled her entire crop of 40,000 dozen from sale.";
    const c = claimFor(extractClaims({ text, language: "en" }).claims, "pulled her entire crop");
    expect(c.claimant).toBe("Mere Tautari");
  });

  it("takes up with 'he' a person named as the subject of a verb since the last speaker", () => {
    const text =
      "Headline\n“It is not a small spill,” said harbourmaster Craig Pennell.\n\n" +
      "Tidewater general manager Brent Holloway was having none of it. “Every fault on that vessel is logged and fixed,” he said.";
    expect(claimFor(extractClaims({ text, language: "en" }).claims, "Every fault").claimant).toBe("Brent Holloway");
  });

  it("takes up with « elle » a woman introduced by a relative clause, her surname elided (N’Guessan)", () => {
    const text =
      "Titre\n« La détention préventive est devenue une peine », affirme Me Aya Touré-Kacou, avocate de plusieurs détenus.\n\n" +
      "Parmi eux, Adjoua N’Guessan-Kra, dont le fils est incarcéré depuis 2021. « Son dossier est toujours au cabinet du juge », nous a-t-elle confié. Elle dit avoir déjà déboursé 150 000 FCFA en frais d’avocat.";
    const { claims } = extractClaims({ text, language: "fr" });
    expect(claimFor(claims, "Son dossier").claimant).toBe("Adjoua N’Guessan-Kra");
    expect(claimFor(claims, "150 000 FCFA").claimant).toBe("Adjoua N’Guessan-Kra");
  });

  it("takes no street for a person, and keeps a lower-case role with its name as the subject of a second verb", () => {
    const kells = extractClaims({ text: "Headline\nMaya Brennan reached Kanal Street on Monday. She said water had reached the first-floor windows.", language: "en" }).claims;
    expect(claimFor(kells, "first-floor").claimant).toBe("Maya Brennan");
    const leader = extractClaims({ text: "Headline\nCouncil leader Susan Dunleavy said it was the fourth cancellation this year and accused the government of “managed decline” of the fleet.", language: "en" }).claims;
    expect(claimFor(leader, "managed decline").claimant).toBe("Council leader Susan Dunleavy");
  });

  it("takes up with « il » a name set in apposition after a role opening the sentence, and with « elle » after an opening phrase the body that just spoke", () => {
    const text =
      "Titre\nNotre reporter, présent dans les tribunes, a vu deux membres du service d’ordre bousculés.\n\n" +
      "Pour l’Association régionale des arbitres, c’est « l’agression de trop ». Dans une déclaration lue lundi devant la presse, elle a annoncé que ses 140 membres ne dirigeraient plus aucun match.\n\n" +
      "Le président de la zone, Pape Ibrahima Seck-Gning, conteste. Il affirme que « douze agents de sécurité » avaient été déployés.";
    const { claims } = extractClaims({ text, language: "fr" });
    expect([claimFor(claims, "140 membres").claimant, claimFor(claims, "140 membres").attributionLevel]).toEqual(["l’Association régionale des arbitres", "official_statement"]);
    expect(claimFor(claims, "douze agents").claimant).toContain("Pape Ibrahima Seck-Gning");
  });

  it("takes up with « le chercheur », « le militant » the expert or campaigner just named, not a place written after « du »", () => {
    const text = "Titre\nMathieu Bérubé, professeur d’éthique numérique à l’Université du Haut-Marigot, a étudié l’outil. Le chercheur soutient qu’un outil entraîné sur des données biaisées reproduit ces biais.";
    expect(claimFor(extractClaims({ text, language: "fr" }).claims, "données biaisées").claimant).toBe("Mathieu Bérubé");
    const morvan = "Titre\nYannick Morvan, porte-parole du collectif, conteste. « Ce seraient les plus hautes éoliennes de Bretagne », assure le militant.";
    expect(claimFor(extractClaims({ text: morvan, language: "fr" }).claims, "hautes éoliennes").attributionLevel).toBe("named_on_record");
    // An indefinite one stays unnamed.
    const un = "Titre\nMathieu Bérubé a étudié l’outil. Un chercheur soutient qu’un outil entraîné sur des données biaisées reproduit ces biais.";
    expect(claimFor(extractClaims({ text: un, language: "fr" }).claims, "données biaisées").attributionLevel).toBe("anonymous_described");
  });

  it("takes up with a French « il » or « elle » the body of the last sentence whose gender it shows", () => {
    const ministere = "Titre\nLe ministère de la Solidarité et des Services aux citoyens défend son projet pilote. Dans une déclaration écrite, il affirme que « chaque dossier signalé est révisé par un agent ». Il ajoute que l’outil a permis de réduire de 11 jours le délai moyen.";
    const claims = extractClaims({ text: ministere, language: "fr" }).claims;
    for (const q of ["chaque dossier", "11 jours"]) expect(claimFor(claims, q).attributionLevel).toBe("official_statement");
    expect(claimFor(claims, "11 jours").claimant).toMatch(/^Le ministère de la Solidarité/);
    const prefecture = "Titre\nDans une réponse écrite, la préfecture assure que « quatre contrôles » ont été menés, quand un ancien technicien de la coopérative soutient que la moitié des compteurs n’ont pas été relevés. Elle ajoute qu’aucune infraction n’a été constatée.";
    expect(claimFor(extractClaims({ text: prefecture, language: "fr" }).claims, "aucune infraction").claimant).toMatch(/^la préfecture/);
    // (An adjective of place after the institution's noun is no person's role: « morvadien ».)
    const commerce = "Titre\nLe ministère morvadien du Commerce a dénoncé mercredi des « allégations sans fondement », tandis que la Fédération morvadienne du textile assurait que ses membres « ne retiennent aucun passeport ». Dans un communiqué, il affirme que 412 inspections ont été menées en 2024.";
    expect(claimFor(extractClaims({ text: commerce, language: "fr" }).claims, "412 inspections")).toMatchObject({ claimant: expect.stringMatching(/^Le ministère morvadien du Commerce/), attributionLevel: "official_statement" });
    // A role with its holder's name is a person, whom « il » takes up.
    const pdg = "Titre\nLe PDG du CISSS, Benoît Arsenault-Giguère, a reconnu que l’urgence « fonctionne au-delà de sa capacité ». Il estime que la moitié des patients pourraient être soignés ailleurs.";
    expect(claimFor(extractClaims({ text: pdg, language: "fr" }).claims, "moitié des patients").attributionLevel).toBe("named_on_record");
  });

  it("takes up with « a-t-elle déclaré » the person just quoted by her role and name, whatever the table knows of her first name", () => {
    const text = "Titre\nAncienne cité sidérurgique, Saint-Orlan a perdu son dernier haut fourneau en 2016. Sa maire, Josiane Lamarque-Buisson (sans étiquette), conteste le tableau dressé par le candidat. « Deux usines ont fermé ici depuis 2020, pas davantage », nous a-t-elle déclaré vendredi.";
    expect(claimFor(extractClaims({ text, language: "fr" }).claims, "Deux usines").claimant).toMatch(/Josiane Lamarque-Buisson/);
  });

  it("takes up with « la retraitée » the woman named with that description and an age, and with « ajoute-t-elle » the same woman", () => {
    const text = "Titre\nClaire Martin, 74 ans, retraitée, habite la rue depuis 1990. Sophie Roux, infirmière, vit en face depuis 2015. « L’eau est montée jusqu’au premier étage en deux heures », raconte la retraitée. « Personne ne nous a prévenus avant 22 heures », ajoute-t-elle.";
    const claims = extractClaims({ text, language: "fr" }).claims;
    for (const q of ["L’eau est montée", "Personne ne nous"]) expect(claimFor(claims, q).claimant).toBe("Claire Martin");
  });

  it("takes up with « l’élue » the last person named with an elected office, past a resident named since", () => {
    const text = "Titre\nLe ministère indique que son programme permet de verser 275 000 $, alors que la mairesse, Lise Thibodeau-Caron, évoque « une solution durable ».\n\nRéjean Arsenault, 74 ans, ne décolère pas. « Où est-ce que je vais aller ? », dénonce le retraité.\n\n« Ce n’est pas une question d’argent, c’est une question de sécurité », assure l’élue.";
    expect(claimFor(extractClaims({ text, language: "fr" }).claims, "question d’argent").claimant).toBe("Lise Thibodeau-Caron");
  });

  it("reads a compound first name (Marc-Olivier) as a first name, so a role before it names a person « il » takes up", () => {
    const text = "Titre\nRéjean Arsenault, 74 ans, ne décolère pas.\n\nLe géomorphologue Marc-Olivier Dubé-Ouellet, du Laboratoire des littoraux de l’Est, rappelle que la côte est exposée. « Il y a trente ans, la glace protégeait la falaise », explique-t-il.";
    expect(claimFor(extractClaims({ text, language: "fr" }).claims, "trente ans").claimant).toContain("Marc-Olivier Dubé-Ouellet");
  });

  it("takes up with « le jeune homme de 27 ans » the man just named", () => {
    const text = "Titre\nL’arbitre Malick Ndour-Thiam a été évacué. « Ils m’ont frappé avec des bâtons et des pierres », a raconté lundi le jeune homme de 27 ans, joint par téléphone.";
    const c = claimFor(extractClaims({ text, language: "fr" }).claims, "bâtons");
    expect([c.claimant, c.attributionLevel]).toEqual(["Malick Ndour-Thiam", "named_on_record"]);
  });

  it("takes up with « la société » a body named by its acronym", () => {
    const text = "Titre\nLa SETO rejette toute responsabilité. Dans un communiqué transmis lundi, la société affirme prélever « moins de 4 % » des volumes autorisés.";
    const c = claimFor(extractClaims({ text, language: "fr" }).claims, "moins de 4");
    expect([c.claimant, c.attributionLevel]).toEqual(["la société (company, SETO)", "official_statement"]);
  });

  it("resolves 'he said' to the person named in an earlier sentence", () => {
    const { claims } = extractClaims({ text: "Headline\nJohn Smith, the mayor, arrived late. He said the budget would rise by 5 percent.", language: "en" });
    const c = claimFor(claims, "budget would rise");
    expect(c.claimant).toBe("John Smith");
    expect(cps("Headline\nJohn Smith, the mayor, arrived late.").slice(c.claimantSpan!.start, c.claimantSpan!.end).join("")).toBe("John Smith");
    // "said … would rise": the tense of reported speech, not a hedge.
    expect(c.hedged).toBe(false);
  });

  it("splits one sentence with two sources into two claims", () => {
    const text =
      "Titre\nLa Maison Blanche a déclaré la semaine dernière que la Russie avait rencontré des problèmes avec les drones, achetés dans le cadre de ce que l’administration dit être un plan visant à acquérir des centaines d’appareils.";
    const { claims } = extractClaims({ text, language: "fr" });
    const first = claimFor(claims, "rencontré des problèmes");
    const second = claimFor(claims, "centaines d’appareils");
    expect(first).not.toBe(second);
    expect(first.quote).not.toContain("centaines");
    expect(first.claimant).toMatch(/^La Maison Blanche/);
    expect(second.claimant).toMatch(/^l’administration/);
    expect(first.attributionLevel).toBe("official_statement");
  });

  it("keeps the name before an apposition as the second source after « quand » or 'while'", () => {
    const en = extractClaims({ text: "Title\n\nA senior official said legislation was unlikely before 2027, while Stake Aware Ireland, a charity, says it received 640 calls last year.", language: "en" }).claims;
    const official = claimFor(en, "legislation was unlikely");
    expect(official.quote).toBe("legislation was unlikely before 2027");
    expect([claimFor(en, "640 calls").claimant, claimFor(en, "640 calls").attributionLevel]).toEqual(["Stake Aware Ireland, a charity", "official_statement"]);
    const fr = extractClaims({ text: "Titre\n\nL’exploitant table sur un redémarrage le 15 juin, quand Sandrine Moreau-Vidal, déléguée du syndicat Sud-Atome, juge ce calendrier « intenable ».", language: "fr" }).claims;
    expect(claimFor(fr, "intenable").claimant).toBe("Sandrine Moreau-Vidal, déléguée du syndicat Sud-Atome");
    // A view set against the first speaker's words (« tandis que… estime ») is a second claim,
    // whatever its verb; « Il a dit qu'il estime que… » stays one.
    const contrast = extractClaims({ text: "Titre\n\nLe maire promet une réouverture en mai, tandis que la déléguée du syndicat estime que ce calendrier est intenable.", language: "fr" }).claims;
    expect(claimFor(contrast, "réouverture").quote).toBe("une réouverture en mai");
    expect(claimFor(contrast, "intenable").claimant).toBe("la déléguée du syndicat");
    const nested = extractClaims({ text: "Titre\n\nIl a dit qu’il estime que le pont est fragile.", language: "fr" }).claims;
    expect(nested).toHaveLength(1);
    // The first source's words end before its cue once the second source's are cut off.
    const selon = extractClaims({ text: "Titre\n\nLe projet coûtera 4 millions d’euros, selon la mairie, alors que Jeanne Rivard, déléguée syndicale, estime qu’il en coûtera le double.", language: "fr" }).claims;
    expect([claimFor(selon, "4 millions").quote, claimFor(selon, "4 millions").claimant]).toEqual(["Le projet coûtera 4 millions d’euros", "la mairie"]);
    expect(claimFor(selon, "le double").claimant).toBe("Jeanne Rivard, déléguée syndicale");
    const according = extractClaims({ text: "Title\n\nThe project will cost $4 million, according to the council, while Jane Rivard, a union delegate, believes it will cost twice that.", language: "en" }).claims;
    expect(claimFor(according, "$4 million").quote).toBe("The project will cost $4 million");
  });

  it("reads English postposed, inverted and prepositional attributions", () => {
    const text = [
      "Headline",
      "“We will rebuild the school by June,” said Tracy Chapman, the lead author.",
      "The minister resigned on Friday, sources said.",
      "According to the census bureau, the population grew by 2 percent last year.",
      "Rep. Gwen Moore (D-Wis.) said Friday that the bill would cost $4 billion.",
    ].join("\n");
    const { claims } = extractClaims({ text, language: "en" });
    expect(claimFor(claims, "rebuild the school").claimant).toBe("Tracy Chapman");
    expect(claimFor(claims, "rebuild the school").quoteType).toBe("direct");
    expect(claimFor(claims, "minister resigned").claimant).toBe("sources");
    expect(claimFor(claims, "population grew").cue).toBe("According to");
    expect(claimFor(claims, "$4 billion").claimant).toBe("Rep. Gwen Moore (D-Wis.)");
  });

  it("keeps a quotation that runs over two sentences as one claim", () => {
    const text = "Headline\n“Mitt Romney was prepared. Mitt Romney was qualified,” Sen. Claire McCaskill said.";
    const { claims } = extractClaims({ text, language: "en" });
    expect(claims).toHaveLength(1);
    expect(claims[0]!.quote).toBe("Mitt Romney was prepared. Mitt Romney was qualified");
    expect(claims[0]!.claimant).toBe("Sen. Claire McCaskill");
    expect(claims[0]!.cue).toBe("said");
  });

  it("treats a negated reporting verb as a weak candidate", () => {
    const { claims } = extractClaims({ text: "Titre\nLe responsable n’a pas révélé la quantité d’armes que la Russie voulait acheter.", language: "fr" });
    const c = claimFor(claims, "la Russie voulait acheter");
    expect(c.cue).toBe("n’a pas révélé");
    expect(c.checkworthiness).toBeLessThan(0.5);
  });
});

describe("attribution levels", () => {
  const en = extractClaims({
    language: "en",
    text: [
      "Headline",
      "AP journalists witnessed police firing tear gas at the crowd.",
      "“We will rebuild the school by June,” said Tracy Chapman, the lead author.",
      "The White House said in a statement that the talks had failed.",
      "The report found that 40 percent of bridges were in poor condition.",
      "A senior administration official, who spoke on condition of anonymity, said the deal was close.",
      "The minister resigned on Friday, sources said.",
      "The New York Post reports that the mayor was hospitalised on Sunday.",
      "The Times, citing two officials, reported that the plan was dropped.",
      "The minister reportedly met the lobbyist twice in March.",
      "The bridge collapsed on Tuesday, killing 12 people.",
    ].join("\n"),
  }).claims;
  it.each([
    ["tear gas", "witnessed"],
    ["rebuild the school", "named_on_record"],
    ["talks had failed", "official_statement"],
    ["40 percent of bridges", "document"],
    ["deal was close", "anonymous_described"],
    ["minister resigned", "anonymous_bare"],
    ["hospitalised", "secondary_report"],
    ["plan was dropped", "secondary_report"],
    ["reportedly met", "hedged_unsourced"],
    ["bridge collapsed", "author_assertion"],
  ])("English: %s → %s", (fragment, level) => {
    expect(claimFor(en, fragment).attributionLevel).toBe(level);
  });

  const fr = extractClaims({
    language: "fr",
    text: [
      "Titre",
      "« Les chars sont entrés dans la ville à l’aube », a constaté notre envoyé spécial.",
      "Le ministre serait impliqué dans l’affaire.",
      "Selon des sources, le ministre a démissionné.",
      "Selon un journal italien, le pape a rencontré le président.",
      "La préfecture a indiqué dans un communiqué que 12 personnes avaient été arrêtées.",
      "Selon les chiffres de l’Insee, le chômage a baissé de 0,3 point.",
      "Un responsable américain, qui s’est exprimé sous couvert d’anonymat, a déclaré que l’accord était proche.",
      "La Corée du Nord a cherché à renforcer ses relations avec la Russie.",
    ].join("\n"),
  }).claims;
  it.each([
    ["Les chars", "witnessed"],
    ["serait impliqué", "hedged_unsourced"],
    ["ministre a démissionné", "anonymous_bare"],
    ["le pape", "secondary_report"],
    ["12 personnes", "official_statement"],
    ["chômage", "document"],
    ["l’accord était proche", "anonymous_described"],
    ["La Corée du Nord", "author_assertion"],
  ])("French: %s → %s", (fragment, level) => {
    expect(claimFor(fr, fragment).attributionLevel).toBe(level);
  });
});

describe("check-worthiness and hedging", () => {
  it("ranks numbers and events above hopes, opinions and predictions", () => {
    const { claims } = extractClaims({
      language: "en",
      text: "Headline\nThe bridge collapsed on Tuesday, killing 12 people.\nI hope we will win.\nI think this is a great country.\nUnemployment fell to 3.9 percent in May, the lowest since 2000.",
    });
    const fact = claimFor(claims, "bridge collapsed").checkworthiness;
    const stat = claimFor(claims, "Unemployment").checkworthiness;
    expect(fact).toBeGreaterThanOrEqual(0.5);
    expect(stat).toBeGreaterThanOrEqual(0.5);
    expect(claimFor(claims, "great country").checkworthiness).toBeLessThan(0.5);
    expect(claimFor(claims, "we will win").checkworthiness).toBeLessThan(0.3);
  });

  it("ranks a speaker's bare disagreement, which only introduces their words, low", () => {
    const { claims } = extractClaims({ language: "fr", text: "Titre\nLe président de la zone n°4, Pape Ibrahima Seck-Gning, conteste. Il affirme que douze agents de sécurité avaient été déployés." });
    expect(claimFor(claims, "conteste").checkworthiness).toBeLessThan(0.5);
    expect(claimFor(claims, "douze agents").checkworthiness).toBeGreaterThanOrEqual(0.5);
  });

  it("flags conditionals and modals as hedged but not a hypothetical's nouns", () => {
    const { claims } = extractClaims({
      language: "fr",
      text: "Titre\nLes drones pourraient transporter trois fois plus de munitions.\nLe portrait du président a été dévoilé hier.",
    });
    expect(claimFor(claims, "pourraient").hedged).toBe(true);
    expect(claimFor(claims, "portrait").hedged).toBe(false);
  });
});
