// Rules added to raise attribution recall on news copy (issue 3), each checked on short
// sentences written for the purpose, in English and, where the same rule applies, in French.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims";
import { byCue, en, fr } from "./test-sentences";


describe("sources and coordination", () => {
  it("scores a note on the reporting below the check-worthy line (\"has been approached for comment\", \"went unanswered\", « n’a pas pu être joint »)", () => {
    const notes = en("The Department for Transport has been approached for comment. Calls and messages to the minister's office went unanswered. When contacted, the club's manager did not answer calls.");
    expect(notes.map((c) => c.checkworthiness < 0.5)).toEqual([true, true, true]);
    expect(fr("Le maire n’a pas pu être joint mardi.").every((c) => c.checkworthiness < 0.5)).toBe(true);
  });

  it("scores a request below the check-worthy line (\"urged residents to…\", « réclame un moratoire »), not \"called it a disaster\"", () => {
    expect(byCue(en("The district urged residents to limit outdoor exercise between noon and 6 p.m. on alert days."), "urged").checkworthiness).toBeLessThan(0.5);
    expect(byCue(fr("L’association réclame un moratoire sur les expulsions jusqu’au 31 mai."), "réclame").checkworthiness).toBeLessThan(0.5);
    expect(byCue(en("The district said 40 residents were treated for asthma on Monday."), "said").checkworthiness).toBeGreaterThanOrEqual(0.5);
    // (And one the outlet states: « Le CISSS invite la population à composer le 811 ».)
    expect(fr("Le CISSS invite la population à composer le 811 avant de se rendre à l’urgence.")[0]!.checkworthiness).toBeLessThan(0.5);
    expect(en("Residents are urged to check the State Fire Authority website before travelling.")[0]!.checkworthiness).toBeLessThan(0.5);
  });

  it("reads \"individuals accused of supplying…\" as the accused, not as accusers, and keeps \"were accused of\" a passive", () => {
    const sanctions = en("The government on Tuesday imposed sanctions on 14 companies and six individuals accused of supplying drone engines to the army.");
    expect(sanctions.map((c) => [c.cue, c.attributionLevel])).toEqual([[null, "author_assertion"]]);
    expect(en("Three officers were accused of lying to the inquiry.")[0]!.attributionLevel).toBe("hedged_unsourced");
  });

  it("keeps refusing to act, inside a clause of time, in the outlet's sentence (\"…remained closed after dockworkers refused to handle the ship\")", () => {
    const terminal = en("The terminal remained closed for a third day on Thursday after dockworkers refused to handle the fire-damaged ship.");
    expect(terminal.map((c) => [c.cue, c.attributionLevel])).toEqual([[null, "author_assertion"]]);
    expect(byCue(en("The union refused to comment on the report."), "refused").claimant).toBe("The union");
  });

  it("reads \"their delivery counters\" as a noun, and \"Smith counters that…\" as a rebuttal", () => {
    expect(en("Several restaurants in the old city shut their delivery counters for the afternoon.").every((c) => c.cue === null)).toBe(true);
    expect(byCue(en("Smith counters that the figures are wrong."), "counters").claimant).toBe("Smith");
  });

  it("reads a French clause closed by one comma before a verb of saying as the words said, and an indefinite source after an evidence verb as its subject", () => {
    const arena = byCue(fr("L’aréna de Port-Laurier affiche complet, rapporte la station communautaire Radio Boréale."), "rapporte");
    expect([arena.claimant?.startsWith("la station communautaire Radio Boréale"), arena.quote]).toEqual([true, "L’aréna de Port-Laurier affiche complet"]);
    const source = byCue(fr("Un ADN inconnu a été isolé sur le couteau. Cet homme est mort en 2019, a indiqué une source à notre rédaction."), "a indiqué");
    expect([source.quote, source.attributionLevel]).toEqual(["Cet homme est mort en 2019", "anonymous_bare"]);
    // (An apposition takes two commas: « Jean Dupont, maire de Lyon, a annoncé la fermeture ».)
    expect(byCue(fr("Jean Dupont, maire de Lyon, a annoncé la fermeture du site."), "a annoncé").claimant?.startsWith("Jean Dupont")).toBe(true);
  });

  it("reads what a court case seeks as its object, not a stance (\"two-thirds of the cases sought less than $3,000\")", () => {
    const cases = en("Nearly two-thirds of the cases sought less than $3,000 in back rent.");
    expect(cases.map((c) => [c.cue, c.quote])).toEqual([[null, "Nearly two-thirds of the cases sought less than $3,000 in back rent"]]);
    expect(byCue(en("The union seeks a 5% rise for all drivers."), "seeks").claimant).toBe("The union");
  });

  it("reads a relative clause ending a clause before an inverted cue as the words said (« …, qui en compte sept, a annoncé le HCSA »)", () => {
    const c = byCue(fr("L’événement a été classé au niveau 1 de l’échelle internationale, qui en compte sept, a annoncé le Haut Conseil de la sûreté atomique le 20 février."), "a annoncé");
    expect([c.claimant?.startsWith("le Haut Conseil de la sûreté atomique"), c.quote]).toEqual([true, "L’événement a été classé au niveau 1 de l’échelle internationale, qui en compte sept"]);
    // (After a noun phrase, the relative clause still belongs to the subject.)
    expect(byCue(en("Derek Mitchell, who served as ambassador until this year, said the talks had stalled."), "said").claimant?.startsWith("Derek Mitchell")).toBe(true);
  });

  it("reads « appeler » with the people called on quoted as a call (« a appelé « les deux parties à reprendre le dialogue » »), not a phone call", () => {
    const c = byCue(fr("Dans un communiqué publié mercredi soir, le ministère des Transports a appelé « les deux parties à reprendre le dialogue »."), "a appelé");
    expect([c.claimant?.startsWith("le ministère des Transports"), c.attributionLevel]).toEqual([true, "official_statement"]);
    expect(fr("Le voisin a appelé les pompiers vers minuit.").every((x) => x.cue === null)).toBe(true);
  });

  it("reads \"fumed\" after a quotation as a verb of saying, and \"Toxic fumes\" as smoke", () => {
    const fumed = byCue(en("‘They told us at the gate, after we’d checked the bags in,’ fumed mum-of-three Kerry Ashdown, 38."), "fumed");
    expect([fumed.claimant?.startsWith("mum-of-three Kerry Ashdown"), fumed.attributionLevel]).toEqual([true, "named_on_record"]);
    expect(en("Toxic fumes filled the hall on Monday night.").every((c) => c.cue === null)).toBe(true);
  });

  it("reads a French adverb in -ment between the auxiliary and the participle (« a seulement indiqué », « a fermement démenti »)", () => {
    expect(byCue(fr("Une porte-parole de l’enseigne a seulement indiqué que le magasin accueillait 2 300 clients par jour."), "a seulement indiqué").attributionLevel).toBe("official_statement");
    expect(byCue(fr("Le ministre a fermement démenti que la réforme serait abandonnée."), "a fermement démenti").claimant?.startsWith("Le ministre")).toBe(true);
  });

  it("skips the outlet spoken to after an inverted cue (« a dénoncé auprès de l'APC Mathieu Crozier »)", () => {
    const c = byCue(fr("« C'est une mise en danger de la population », a dénoncé auprès de l'APC Mathieu Crozier, infirmier aux urgences."), "a dénoncé");
    expect([c.claimant?.startsWith("Mathieu Crozier"), c.attributionLevel]).toEqual([true, "named_on_record"]);
  });

  it("keeps a role's apposed name for a second verb and for a relative 'who said' after 'according to'", () => {
    const trust = byCue(en("The trust’s chief executive, Martin Oyelaran, apologised to patients and said about 140 procedures had been affected so far."), "said");
    expect([trust.claimant, trust.attributionLevel]).toEqual(["The trust’s chief executive, Martin Oyelaran", "named_on_record"]);
    const pellow = byCue(en("Forty-one roads remained closed, according to Joanna Pellow, the council’s head of highways, who said clearing them could take most of the week."), "said");
    expect([pellow.claimant, pellow.attributionLevel]).toEqual(["Joanna Pellow, the council’s head of highways", "named_on_record"]);
  });

  it("keeps a relative 'where' inside an apposition in the subject, and gives a gerund in a relative clause no source of its own", () => {
    expect(byCue(en("Harlow's, the regional supermarket chain where the positive samples were taken, said in a statement that it had removed all affected products."), "said").claimant).toBe("Harlow's, the regional supermarket chain where the positive samples were taken");
    const office = en("The Delmore County Prosecutor’s Office, which joined the defense in asking for the conviction to be vacated, said in a statement that it would not retry Oakes.");
    expect(office.filter((c) => c.cue !== null).map((c) => [c.cue, c.quote])).toEqual([["said", "it would not retry Oakes"]]);
  });

  it("keeps a relative clause with its own 'because' inside the subject, and reads 'in that inspection' as a demonstrative", () => {
    const engineer = byCue(en("An engineer involved in that inspection, who spoke on condition of anonymity because he is not authorised to speak to the media, said the report had recommended a 10-tonne load limit."), "said");
    expect([engineer.claimant?.startsWith("An engineer involved in that inspection, who spoke on condition of anonymity"), engineer.attributionLevel]).toEqual([true, "anonymous_described"]);
    const contractor = byCue(en("A contractor who worked on the utility's IT systems, and who asked not to be identified because of a non-disclosure agreement, said two-factor authentication had never been switched on."), "said");
    expect(contractor.claimant?.startsWith("A contractor who worked on the utility's IT systems")).toBe(true);
    // (A clause of its own before the comma still ends the subject: "…because he was ill, the mayor said".)
    expect(byCue(en("The meeting was cancelled because the chair was ill, the mayor said."), "said").claimant).toBe("the mayor");
  });

  it("reads words after a noun of speech and a colon as those of whom it names (« Réponse de la maire, X : « … » »)", () => {
    const reponse = byCue(fr("Réponse immédiate de la maire, Hélène Garandeau : « M. Ancelin oublie que l’État nous a retiré 2,3 millions d’euros. »"), ":");
    expect([reponse.claimant?.startsWith("la maire, Hélène Garandeau"), reponse.attributionLevel]).toEqual([true, "named_on_record"]);
    expect(byCue(en("Reaction from the club's owner, Conrad Vail: “We are not going bust.”"), ":").claimant).toBe("the club's owner, Conrad Vail");
  });

  it("reads records obtained through a public records request as the subject of their plain verb, not a request, and a permit as a document", () => {
    const records = byCue(en("Records from Quillen Animal Services, obtained by the Ledger through a public records request, show one prior complaint about the dog, filed in March of last year."), "show");
    expect([records.claimant, records.attributionLevel, records.quote.startsWith("one prior complaint")]).toEqual(["Records from Quillen Animal Services, obtained by the Ledger through a public records request", "document", true]);
    expect(byCue(en("The event permit, obtained by KTQR through a public records request, lists a maximum capacity of 9,500."), "lists").attributionLevel).toBe("document");
    // (Verbs of saying still invert in their plain form, and "request" is still a verb after a subject.)
    expect(byCue(en("The bridge will stay shut until March, say officials."), "say").claimant).toBe("officials");
    expect(byCue(en("Residents request that the council publish the survey."), "request").claimant).toBe("Residents");
  });

  it("reads a plural-looking verb after a noun with its article, and an apposition, before 'that' as the verb", () => {
    const c = byCue(en("The National Association of Title Examiners, a trade group, estimates that forged-deed complaints rose 40 percent last year."), "estimates");
    expect([c.attributionLevel, c.quote]).toEqual(["official_statement", "forged-deed complaints rose 40 percent last year"]);
    expect(en("The group's estimates that complaints rose were wrong.").every((x) => x.cue === null)).toBe(true);
    expect(en("The estimates that were published last year were wrong.").every((x) => x.cue === null)).toBe(true);
  });

  it("reads a French verb that is also a noun past an adverb (« montre d'ailleurs que »), and « nous avons réécouté » as the outlet's witness", () => {
    expect(byCue(fr("Le même bilan montre d'ailleurs que 124 500 logements avaient été agréés en 2016."), "montre").attributionLevel).toBe("document");
    expect(byCue(fr("La ministre a parlé d'agrément mardi. Nous avons réécouté l'émission : à aucun moment la ministre n'a employé le mot « agrément »."), "réécouté").attributionLevel).toBe("witnessed");
  });

  it("reads « défendre » with quoted words and « parler d’un … « … » » as reporting them, not « défendre son projet »", () => {
    const reforme = byCue(fr("Devant la presse, la ministre Carole Wengler a défendu une réforme « juste et indispensable »."), "a défendu");
    expect([reforme.claimant?.startsWith("la ministre Carole Wengler"), reforme.quote]).toEqual([true, "une réforme « juste et indispensable »"]);
    expect(byCue(fr("Le ministre délégué Étienne Lachance-Roy parle d’un simple outil « d’aide à la décision »."), "parle d’").attributionLevel).toBe("named_on_record");
    expect(fr("Le maire a défendu son projet devant le conseil municipal.").every((c) => c.cue === null)).toBe(true);
  });

  it("reads « assurer », « reconnaître » before the subject's own infinitive as reporting it", () => {
    expect(byCue(fr("Gérard Fauchet a contesté. Il a reconnu en revanche ne pas pouvoir produire la moindre facture."), "a reconnu").quote).toBe("en revanche ne pas pouvoir produire la moindre facture");
    expect(byCue(fr("La conseillère Marie Dupont assure ne pas s’y opposer."), "assure").claimant).toBe("La conseillère Marie Dupont");
    expect(fr("Le gouvernement a reconnu la victoire du candidat sortant.").every((c) => c.cue === null)).toBe(true);
  });

  it("reads « reconnaître » with quoted words in its object as reporting them, and as an act without", () => {
    const region = byCue(fr("À la région, on reconnaît un démarrage « très en dessous des engagements »."), "reconnaît");
    expect([region.claimant, region.attributionLevel]).toEqual(["la région", "official_statement"]);
    expect(fr("Le gouvernement a reconnu l’état de catastrophe naturelle pour 42 communes.").every((c) => c.cue === null)).toBe(true);
    // (A verb inside a relative clause does not take the main verb's quotation.)
    const asso = fr("Sur Facebook, l’association Dossiers rouverts, qui soutient Fabrice Delvigne depuis 2016, salue « une victoire pour toutes les personnes condamnées à tort ».");
    expect(asso.some((c) => c.cue === "soutient")).toBe(false);
  });

  it("reads an inverted source that is a role in lower case before a name ('said board member X')", () => {
    const c = byCue(en("“We are balancing this budget on the backs of people who have no other way to get to work,” said board member Rolando Petrakis, who voted no."), "said");
    expect([c.claimant, c.attributionLevel]).toEqual(["board member Rolando Petrakis", "named_on_record"]);
    // (Not an object in lower case: "any text that mentions war reparations".)
    expect(en("The president has reportedly ordered his delegation not to sign any text that mentions war reparations.").some((x) => x.cue === "mentions")).toBe(false);
  });

  it("finds the words before 'according to' / « selon » closing a sentence that opens on a circumstance", () => {
    const c = byCue(en("On Sunday, water was cut off for two hours, according to the council."), "according to");
    expect([c.quote, c.claimant]).toEqual(["On Sunday, water was cut off for two hours", "the council"]);
    const f = byCue(fr("À Puyrenac, l’eau du robinet a même été coupée deux heures dimanche, selon nos confrères de Radio Sorlande."), "selon");
    expect([f.quote, f.attributionLevel]).toEqual(["À Puyrenac, l’eau du robinet a même été coupée deux heures dimanche", "secondary_report"]);
    // (A source opening the sentence still reads its words after it.)
    expect(byCue(fr("Hier, selon la mairie, l’eau a été coupée."), "selon").quote).toBe("l’eau a été coupée");
  });

  it("reads no statement in supporting a number of things or in being told to do something", () => {
    expect(en("The Tolley catchment supports about 310 dairy farms.").map((c) => c.cue)).toEqual([null]);
    const told = en("More than 140 farmers have been told to switch off their irrigators from midnight tonight.");
    expect(told.map((c) => [c.cue, c.attributionLevel])).toEqual([[null, "author_assertion"]]);
  });

  it("reads a document's 'estimates that' after a participle phrase, and a subject whose circumstance aside holds a clause", () => {
    const report = byCue(en("A staff report prepared for the meeting estimates that the nine routes carry about 4,100 riders."), "estimates");
    expect([report.claimant, report.attributionLevel, report.quote]).toEqual(["A staff report prepared for the meeting", "document", "the nine routes carry about 4,100 riders"]);
    const club = byCue(en("The union, in a communique issued after its meeting on Sunday, said the lease was a sale in disguise."), "said");
    expect(club.claimant).toMatch(/^The union, in a communique/);
    expect(club.attributionLevel).toBe("official_statement");
  });

  it("reads a company named with an ampersand as the subject of a second verb, and takes it up as 'the operator'", () => {
    const claims = en("Firth & Isles Ferries apologised to passengers and said a review was under way. The operator said its crew followed procedures.");
    const review = byCue(claims, "said");
    expect([review.claimant, review.attributionLevel]).toEqual(["Firth & Isles Ferries", "official_statement"]);
    expect(claims.at(-1)!.claimant).toBe("The operator (Firth & Isles Ferries)");
  });

  it("gives « selon » later in a sentence its role's name in apposition, and leaves a relative clause on it out", () => {
    const c = byCue(fr("Le bus transportait 34 personnes, selon le bourgmestre de Hollenfeld, Marc Schammel, qui s’est rendu sur place."), "selon");
    expect([c.quote, c.claimant, c.attributionLevel]).toEqual(["Le bus transportait 34 personnes", "le bourgmestre de Hollenfeld, Marc Schammel", "named_on_record"]);
  });

  it("reads 'would' after a verb of saying as the tense of the report, mixed quotation or not", () => {
    const c = byCue(en("The council said the damaged berth had been closed and that repairs would cost ‘well into six figures’."), "said");
    expect(c.hedged).toBe(false);
  });

  it("reads « en affirmant que… » as the main subject's words, past a place phrase opening the sentence", () => {
    const c = byCue(fr("Sur Facebook, le collectif Sorlande Vivante a publié dimanche des photos du canal en affirmant qu’il est « pompé à blanc chaque nuit »."), "en affirmant");
    expect([c.claimant, c.attributionLevel, c.quote]).toEqual(["le collectif Sorlande Vivante", "secondary_report", "il est « pompé à blanc chaque nuit »"]);
    expect(byCue(fr("Il a quitté la salle en déclarant que le vote était truqué."), "en déclarant").quote).toBe("le vote était truqué");
    // (« en » before a noun in -ant is no gerund.)
    expect(fr("Les prix sont en croissant constant.").map((x) => x.cue)).toEqual([null]);
  });

  it("marks an unsourced hedge as hedged", () => {
    const c = en("The governor is said to have personally negotiated the deal with the developer's chairman.")[0]!;
    expect([c.attributionLevel, c.hedged]).toEqual(["hedged_unsourced", true]);
  });

  it("reads « parler d'une « … » » as putting words of one's own on something", () => {
    const c = byCue(fr("Le Syndicat du personnel des transports parle d’une « économie sur le dos des plus fragiles »."), "parle d’");
    expect(c.quote).toContain("économie sur le dos des plus fragiles");
  });

  it("reads an inverted source that holds a slash ('9/11 widow')", () => {
    const c = byCue(en("“They are 100 percent wrong,” said 9/11 widow Terry Strada."), "said");
    expect(c.claimant).toBe("9/11 widow Terry Strada");
    expect(c.quote).toBe("They are 100 percent wrong");
  });

  it("ends a first statement where a coordinated verb of saying of the same subject begins", () => {
    const claims = en("Clinton has encouraged European nations to spend more on defense but has said she will hold firm to U.S. commitments.");
    expect(byCue(claims, "has said").quote).toBe("she will hold firm to U.S. commitments");
    expect(byCue(claims, "has said").claimant).toBe("Clinton");
    expect(byCue(claims, "has encouraged").quote).toBe("European nations to spend more on defense");
    const fr1 = fr("Le ministre a salué l’accord signé à Bruxelles mais a affirmé que la réforme prendrait du temps.");
    expect(byCue(fr1, "a affirmé").quote).toBe("la réforme prendrait du temps");
    expect(byCue(fr1, "a salué").quote).toBe("l’accord signé à Bruxelles");
  });

  it("keeps an infinitive inside reported words as part of them", () => {
    const claims = en("Clinton spokesman Nick Merrill says that Clinton called Alicia Machado on Friday to express gratitude.");
    expect(byCue(claims, "says").quote).toBe("Clinton called Alicia Machado on Friday to express gratitude");
    expect(claims.some((c) => c.cue === "express")).toBe(false);
  });
});

describe("lexicon", () => {
  it("reads verbs of judgement and of making a position public", () => {
    const c = byCue(en("The senator lambasted the bill as a giveaway to the banks."), "lambasted");
    expect(c.claimant).toBe("The senator");
    expect(byCue(en("Obama pointed out that emissions had fallen for three years."), "pointed out").quote).toBe("emissions had fallen for three years");
    expect(byCue(en("The governor unveiled a plan to rebuild 40 bridges."), "unveiled").quote).toBe("a plan to rebuild 40 bridges");
  });

  it("reads French present tenses that are also nouns as verbs after a subject noun, not after a determiner", () => {
    const c = byCue(fr("Le maire annonce que la route sera fermée jusqu’en mai."), "annonce");
    expect([c.claimant?.startsWith("Le maire"), c.quote]).toEqual([true, "la route sera fermée jusqu’en mai"]);
    expect(byCue(fr("Le rapport note que les prix ont augmenté de 9 %."), "note").attributionLevel).toBe("document");
    expect(byCue(fr("Une vidéo publiée sur les réseaux sociaux par un compte syndical montre des dizaines de salariés en grève."), "montre").attributionLevel).toBe("secondary_report");
    expect(fr("La nouvelle note des services de l’État est parue mardi.").some((x) => x.cue === "note")).toBe(false);
    expect(fr("Il a acheté une montre à 300 euros.").some((x) => x.cue === "montre")).toBe(false);
  });

  it("reads « pointer à la Ne place » as a ranking, and 'Question :' / 'Réponse :' as no speaker", () => {
    expect(fr("L’OCM pointe à la 16e place du championnat, à deux points du premier relégable.").some((x) => x.cue === "pointe")).toBe(false);
    expect(fr("Question : pourquoi une hausse de 8 % ? Réponse : l’État nous a retiré 2,3 millions d’euros de dotations.").some((x) => /^(?:Question|Réponse)/u.test(x.claimant ?? ""))).toBe(false);
  });

  it("reads verbs of taking a position with their particle only", () => {
    expect(byCue(en("Cruz voted against the bill in 2013."), "voted against").quote).toBe("the bill in 2013");
    expect(byCue(en("The mayor weighed in on the dispute over the stadium."), "weighed in").claimant).toBe("The mayor");
    expect(en("He went to Ohio on Monday.").some((c) => c.cue !== null)).toBe(false);
    expect(en("The votes for the bill were counted on Monday.").some((c) => c.cue !== null)).toBe(false);
  });

  it("does not read naming or adjectival participles as cues", () => {
    const claims = en("The program, called EB-5, allows foreign investors to gain citizenship.");
    expect(claims.some((c) => c.cue === "called")).toBe(false);
    expect(en("The gas, known as HFC, is used in refrigerators.").some((c) => c.cue === "known")).toBe(false);
    expect(en("The campaign released a more detailed plan on Monday.").some((c) => c.cue === "detailed")).toBe(false);
    expect(byCue(en("Trump called the report a disgrace."), "called").claimant).toBe("Trump");
  });

  it("does not read the nouns among those forms as cues", () => {
    expect(en("At one point the crowd cheered the mayor.").some((c) => c.cue === "point")).toBe(false);
    expect(en("Her voice was calm during the hearing.").some((c) => c.cue !== null)).toBe(false);
  });
});

describe("quotations continued after an aside", () => {
  it("continues the speaker's claim past a gerund aside or a relative clause in the speaker's description", () => {
    const [a] = en("“This is in their heads,” said Caddell, speaking of Clinton’s health. “It is one of the things worrying them.”");
    expect(a!.cue).toBe("said");
    expect(a!.quote).toContain("worrying them");
    const claims = en("“These are strange days,” said Peter Morgan, a lawyer who has been challenging the coal industry. “I am skeptical.”");
    expect(byCue(claims, "said").quote).toContain("I am skeptical");
  });
});

describe("an attribution set between commas in mid-sentence", () => {
  it("takes the words on both sides, even after a fronted phrase", () => {
    const [a] = en("To understand the real Dred Scott, Chief Justice Roberts said, one should visit this museum.");
    expect(a!.quote).toBe("To understand the real Dred Scott, Chief Justice Roberts said, one should visit this museum");
    expect(a!.claimant).toBe("Chief Justice Roberts");
    const [b] = en("Though the transition was seamless, he said, replacing Clinton would be much harder.");
    expect(b!.quote).toContain("replacing Clinton would be much harder");
    const [c] = fr("Pour comprendre la crise, a-t-il dit, il faut lire ce rapport.");
    expect(c!.quote).toBe("Pour comprendre la crise, a-t-il dit, il faut lire ce rapport");
  });

  it("still leaves out a circumstance or a gerund after the attribution", () => {
    const [a] = en("The plan will fail, Smith said, in an interview on Monday.");
    expect(a!.quote).toBe("The plan will fail");
  });
});

describe("'as X put it' / « comme l'a dit X »", () => {
  it("attributes the main clause to the source of an as-frame, before or after it", () => {
    const a = byCue(en("The main requirement is a lawful source of income, as a Homeland Security memo put it."), "put it");
    expect(a.claimant).toBe("a Homeland Security memo");
    expect(a.quote).toBe("The main requirement is a lawful source of income");
    const b = byCue(en("As Smith noted, the deficit has doubled since 2008."), "noted");
    expect(b.claimant).toBe("Smith");
    expect(b.quote).toBe("the deficit has doubled since 2008");
  });

  it("reads the French frames with the source after the verb or a clitic before it", () => {
    const a = byCue(fr("Comme l’a rappelé le ministre, la réforme coûtera 3 milliards."), "a rappelé");
    expect(a.claimant).toMatch(/^le ministre/);
    expect(a.quote).toBe("la réforme coûtera 3 milliards");
    const b = byCue(fr("Comme le souligne le rapport de l’Insee, le chômage a baissé."), "souligne");
    expect(b.claimant).toMatch(/^le rapport de l’Insee/);
    expect(b.attributionLevel).toBe("document");
    const c = byCue(fr("La dette augmente, comme le ministre l’a reconnu."), "a reconnu");
    expect(c.quote).toBe("La dette augmente");
  });

  it("does not read a time clause with 'as' as a source", () => {
    const claims = en("Prices rose sharply as he talked about the economy in Ohio.");
    expect(claims.some((c) => c.claimant === "he" && c.quote.startsWith("Prices rose"))).toBe(false);
  });
});

describe("a light verb with a piece of communication as its object", () => {
  it("reads 'issued a statement calling…', 'make the case that…' like verbs of saying", () => {
    const a = byCue(en("The Security Council issued a statement calling the test a clear violation."), "issued a statement calling");
    expect(a.claimant).toBe("The Security Council");
    expect(a.quote).toBe("the test a clear violation");
    const b = byCue(en("The administration attempted to make the case that the bill is a bad idea."), "make the case");
    expect(b.claimant).toBe("The administration");
    expect(b.quote).toBe("the bill is a bad idea");
  });

  it("reads light verbs with their own communication nouns", () => {
    expect(byCue(en("He offered no proof that Clinton had a role in the scandal."), "offered no proof").quote).toBe("Clinton had a role in the scandal");
    expect(byCue(en("Trump unleashed a flurry of tweets shaming a former Miss Universe."), "unleashed a flurry of tweets").claimant).toBe("Trump");
    expect(byCue(en("The governor made it clear that the curfew would stay."), "made it clear").quote).toBe("the curfew would stay");
    expect(byCue(en("Several senators have expressed concern about the deal."), "have expressed concern").claimant).toBe("Several senators");
    expect(byCue(en("Critics raised questions about the cost of the plan."), "raised questions").quote).toBe("about the cost of the plan");
    expect(en("The state raised taxes on gasoline last year.").some((c) => c.cue !== null)).toBe(false);
  });

  it("reads « a publié un communiqué » in French", () => {
    const a = byCue(fr("Le ministère a publié lundi un communiqué affirmant que la fraude est exclue."), "a publié lundi un communiqué affirmant");
    expect(a.quote).toBe("la fraude est exclue");
    expect(a.claimant).toMatch(/^Le ministère/);
    expect(a.attributionLevel).toBe("official_statement");
  });

  it("does not take a participle after a noun or a non-speech object for the subject's act", () => {
    expect(en("A report released by the agency found a decline in crime.").some((c) => c.cue?.startsWith("released"))).toBe(false);
    expect(en("The company made a profit of $3 million last year.").some((c) => c.cue !== null)).toBe(false);
  });
});

describe("nouns that look like verbs", () => {
  it("reads 'Republican claims' after a number or determiner as a noun", () => {
    expect(en("PolitiFact rated 32% of Republican claims as false.").some((c) => c.cue === "claims")).toBe(false);
    expect(byCue(en("Trump claims the election was rigged."), "claims").claimant).toBe("Trump");
    // A gerund's object and a noun a relative clause describes are no verbs.
    expect(en("An adjuster handling Calder Flats claims had been told to look hard.").some((c) => c.cue === "claims")).toBe(false);
    const adjuster = byCue(en("An adjuster handling Calder Flats claims, who asked not to be named, told the Post her firm had been instructed to refuse."), "told");
    expect(adjuster.attributionLevel).toBe("anonymous_described");
  });

  it("gives an infinitive cue the subject of the main clause", () => {
    expect(byCue(en("Trump took to Twitter to accuse Clinton of lying."), "accuse").claimant).toBe("Trump");
  });
});

describe("quantifier subjects and relative 'that'", () => {
  it("reads 'Some believe…' / « Certains estiment… » as an unnamed source's stance", () => {
    const a = byCue(en("Some believe the high level of priority shows the campaign is worried."), "believe");
    expect(a.claimant).toBe("Some");
    expect(a.attributionLevel).toBe("anonymous_described");
    expect(byCue(fr("Certains estiment que la réforme coûtera trop cher."), "estiment").attributionLevel).toBe("anonymous_described");
  });

  it("does not take a relative 'that' after a circumstance for the start of the reported words", () => {
    const a = byCue(en("“We are in a critical situation,” Angela Merkel told reporters after the meeting that was held on a boat."), "told");
    expect(a.quote).toBe("We are in a critical situation");
    expect(byCue(en("Merkel told reporters after the meeting that Europe was in a critical situation."), "told").quote).toBe("Europe was in a critical situation");
  });
});

describe("stances", () => {
  it("reads attitude adjectives after degree words and negation", () => {
    const a = byCue(en("Republicans weren’t too concerned about the delay in the vote."), "weren’t too concerned");
    expect(a.claimant).toBe("Republicans");
    expect(byCue(en("McKinley is bearish on the future of student loans."), "is bearish").claimant).toBe("McKinley");
  });

  it("reads « s'est dit / se dit » + adjective in French", () => {
    expect(byCue(fr("Le ministre s’est dit préoccupé par la hausse des prix."), "s’est dit").claimant).toMatch(/^Le ministre/);
    expect(byCue(fr("La maire se dit prête à fermer les écoles."), "se dit").quote).toBe("prête à fermer les écoles");
  });

  it("reads verbs of feeling as stances, not 'like' the preposition", () => {
    expect(byCue(en("Trump loves the old steel towns of Ohio."), "loves").claimant).toBe("Trump");
    expect(en("It looks like a long campaign for the party.").some((c) => c.cue === "like")).toBe(false);
  });

  it("reads a negated stance verb and a third-person verb before an infinitive", () => {
    expect(byCue(en("Clinton did not want to remain in the hospital."), "did not want").quote).toBe("to remain in the hospital");
    expect(byCue(en("The Clinton campaign plans to send Mr. Obama to Florida."), "plans").claimant).toBe("The Clinton campaign");
    expect(en("His plans to expand the airport were approved.").some((c) => c.cue === "plans")).toBe(false);
  });
});

describe("passives of saying and judging with no agent", () => {
  it("attributes the clause to no one in particular (unsourced)", () => {
    const a = byCue(en("Mr. Quiros was accused of using $50 million for personal expenses."), "was accused");
    expect(a.claimant).toBeNull();
    expect(a.quote).toBe("Mr. Quiros was accused of using $50 million for personal expenses");
    expect(a.attributionLevel).toBe("hedged_unsourced");
    expect(byCue(en("While a curfew was announced from midnight, the police did not enforce it."), "was announced").quote).toBe("a curfew was announced from midnight");
    expect(byCue(fr("Le maire a été accusé de favoritisme."), "a été accusé").attributionLevel).toBe("hedged_unsourced");
  });

  it("leaves the sentence to the author when an agent follows later", () => {
    const claims = fr("La découverte a été rapportée pour la première fois par le New York Times.");
    expect(claims).toHaveLength(1);
    expect(claims[0]!.attributionLevel).toBe("author_assertion");
  });
});

describe("clauses outside every attribution", () => {
  it("keeps a clause that no attribution covers as the author's claim, with its subject", () => {
    const claims = en("Cruz exhorted Republicans to vote their conscience at the convention and said he was standing on principle.");
    expect(claims.map((c) => [c.quote, c.cue])).toEqual([
      ["Cruz exhorted Republicans to vote their conscience at the convention", null],
      ["he was standing on principle", "said"],
    ]);
    const fr1 = fr("Le préfet a interdit la manifestation samedi et a affirmé que la sécurité primait.");
    expect(fr1.map((c) => [c.quote, c.cue])).toEqual([
      ["Le préfet a interdit la manifestation samedi", null],
      ["la sécurité primait", "a affirmé"],
    ]);
  });

  it("does not turn a circumstance after the cue into a claim", () => {
    expect(en("“We will win,” Smith said on Monday at the rally in Columbus, Ohio.")).toHaveLength(1);
  });
});

describe("content boundaries", () => {
  it("takes the question quoted in the previous sentence for the words of 'X said' that follows it", () => {
    const a = byCue(en("“Who would have believed we would get 14 million votes?” Trump said, looking out on the crowd."), "said");
    expect(a.quote).toBe("Who would have believed we would get 14 million votes?");
  });

  it("does not cut the reported words at the comma that closes their opening subordinate clause", () => {
    const claims = en("Regulators worried that if the state held up the deal, Patriot could threaten to liquidate its mines.");
    expect(byCue(claims, "worried").quote).toBe("if the state held up the deal, Patriot could threaten to liquidate its mines");
    expect(byCue(claims, "could threaten").quote).toBe("to liquidate its mines");
    const f = fr("Le syndicat craint que si la loi passe, le patronat pourrait exiger davantage de flexibilité.");
    expect(f[0]!.quote).toContain("le patronat pourrait exiger");
  });
});

describe("hearsay adverbs", () => {
  it("are the cue of an unsourced claim", () => {
    const [a] = en("The minister reportedly met the lobbyists twice in May.");
    expect(a!.cue).toBe("reportedly");
    expect(a!.claimant).toBeNull();
    expect(a!.attributionLevel).toBe("hedged_unsourced");
    const [b] = fr("Le ministre aurait prétendument rencontré les lobbyistes.");
    expect(b!.cue).toBe("prétendument");
    expect(b!.attributionLevel).toBe("hedged_unsourced");
  });

  it("reads « aurait alors demandé » as hearsay, an adverb of time between the conditional and its participle", () => {
    const c = byCue(fr("Le premier ministre aurait alors demandé à son conseiller de « préparer sa sortie »."), "aurait alors demandé");
    expect([c.claimant, c.attributionLevel, c.hedged]).toEqual([null, "hedged_unsourced", true]);
  });
});

describe("'per X'", () => {
  it("names a source, unlike 'per gallon'", () => {
    const a = byCue(en("The deal was signed in May, per the Wall Street Journal."), "per");
    expect(a.claimant).toBe("the Wall Street Journal");
    expect(a.quote).toBe("The deal was signed in May");
    expect(en("Gas costs $3 per gallon in Ohio.").some((c) => c.cue !== null)).toBe(false);
  });
});

describe("a participle of saying opening the sentence", () => {
  it("reports what the main clause's subject said, up to the comma", () => {
    const claims = en("Claiming the criticism of Lauer is designed to pressure moderators, Trump told Fox that they hit him hard.");
    expect(byCue(claims, "Claiming").claimant).toBe("Trump");
    expect(byCue(claims, "Claiming").quote).toBe("the criticism of Lauer is designed to pressure moderators");
    expect(byCue(claims, "told").quote).toBe("they hit him hard");
    const cites = en("Citing an unfounded conspiracy theory, Trump repeatedly accused Rafael Cruz of being involved.");
    expect(byCue(cites, "Citing").claimant).toBe("Trump");
    expect(byCue(cites, "repeatedly accused").quote).toBe("Rafael Cruz of being involved");
    const f = fr("Affirmant que la crise était terminée, le ministre a annoncé des baisses d’impôts.");
    expect(byCue(f, "Affirmant").quote).toBe("la crise était terminée");
    expect(byCue(f, "a annoncé").quote).toBe("des baisses d’impôts");
  });
});

describe("postposed sources", () => {
  it("reads 'Y, said one GOP source in the room' after a clause in the past tense", () => {
    const a = byCue(en("The meeting deteriorated from there, said one GOP source in the room."), "said");
    expect(a.claimant).toBe("one GOP source");
    expect(a.quote).toBe("The meeting deteriorated from there");
    expect(a.attributionLevel).toBe("anonymous_described");
    expect(byCue(en("The Texas-based group, founded in 1990, said it would sue."), "said").claimant).toBe("The Texas-based group, founded in 1990");
  });

  it("reads '…, said Jane Smith' as inverted whatever the clause before ends on", () => {
    for (const [sentence, quote] of [
      ["The bridge will stay shut until March, said Jane Smith.", "The bridge will stay shut until March"],
      ["The money went to Acme, said Jane Smith, the council leader.", "The money went to Acme"],
      ["The council spent £2m on the scheme, said Ms Grant Monday.", "The council spent £2m on the scheme"],
    ]) {
      const c = byCue(en(sentence!), "said");
      expect(c.quote).toBe(quote);
      expect(c.claimant).toMatch(/^(?:Jane Smith|Ms Grant)$/u);
    }
    const f = byCue(fr("L’argent a été versé à Acme, a indiqué Jean Dupont."), "a indiqué");
    expect([f.claimant, f.quote]).toEqual(["Jean Dupont", "L’argent a été versé à Acme"]);
  });

  it("ends an inverted source at a time word, not at a name holding one", () => {
    expect(byCue(fr("Les camions font la queue sur deux kilomètres, a constaté notre journaliste mardi matin."), "a constaté").claimant).toBe("notre journaliste");
    expect(byCue(fr("Le pont restera fermé jusqu’en mars, a indiqué la préfète lundi soir."), "a indiqué").claimant).toBe("la préfète");
    expect(byCue(fr("Le pont restera fermé jusqu’en mars, a indiqué Le Journal du Dimanche."), "a indiqué").claimant).toBe("Le Journal du Dimanche");
    expect(byCue(en("The bridge will stay shut, reported The Sunday Times."), "reported").claimant).toBe("The Sunday Times");
  });

  it("reads 'states that' of a text, and the plural noun 'states' as no cue", () => {
    const c = byCue(en("The tribunal’s written decision, seen by the Chronicle, states that the accountants failed to keep any record."), "states");
    expect([c.claimant, c.attributionLevel]).toEqual(["The tribunal’s written decision, seen by the Chronicle", "document"]);
    expect(en("Twelve states have joined the case.").map((x) => x.cue)).toEqual([null]);
  });

  it("reads « justifie » right after a quotation, and not with an object", () => {
    expect(byCue(fr("« Un logement agréé sortira de terre », justifie son directeur, Samuel Brissac."), "justifie").claimant).toBe("son directeur, Samuel Brissac");
    expect(fr("Le régime a affirmé que la “politique hégémonique” de l’Occident justifiait une action militaire.").some((x) => x.cue === "justifiait")).toBe(false);
  });

  it("reads 'put it bluntly:' before the words as a cue, and 'put it on the table' as none", () => {
    const c = byCue(en("The chief executive, Miriam Solberg, put it bluntly: “Scale is survival in this business.”"), "put it bluntly");
    expect([c.claimant, c.quote]).toEqual(["The chief executive, Miriam Solberg", "Scale is survival in this business"]);
    expect(en("She put it on the table before the vote.").some((x) => x.cue?.startsWith("put"))).toBe(false);
  });

  it("reads '…, the commission said in a statement early on Monday' as postposed, and keeps a clause after it", () => {
    const a = byCue(en("Turnout reached 67%, the highest since 2009, the commission said in a statement early on Monday."), "said");
    expect([a.quote, a.claimant]).toEqual(["Turnout reached 67%, the highest since 2009", "the commission"]);
    const claims = en("Negotiators agreed on Thursday to exchange 240 prisoners, the foreign ministry said in a statement, but a third round of talks ended without a deal.");
    expect(byCue(claims, "said").quote).toBe("Negotiators agreed on Thursday to exchange 240 prisoners");
    expect(claims.find((c) => c.quote === "a third round of talks ended without a deal")?.attributionLevel).toBe("author_assertion");
    // A wire dateline is not part of the claim.
    expect(byCue(en("ARDANO, May 7 (Wireline) - The bank kept its rate at 5.25%, the central bank said in a statement."), "said").quote).toBe("The bank kept its rate at 5.25%");
    // (Nor one with a region after the place, in any case.)
    expect(fr("Valbressan (Loire-Mérienne), 12 fév 2026 (AMP) - Le coût du futur stade a doublé en deux ans.")[0]?.quote).toBe("Le coût du futur stade a doublé en deux ans");
    expect(fr("BREZANY (Morvanie), 14 mars (ACP) - Le cessez-le-feu a tenu toute la nuit.")[0]?.quote).toBe("Le cessez-le-feu a tenu toute la nuit");
  });

  it("reads a quotation that ends on an inner quotation", () => {
    const a = byCue(en("\"I've always been insulted by the term 'outreach,' \" he told the group."), "told");
    expect(a.quote).toContain("I've always been insulted");
  });

  it("gives 'After saying…' the subject of the main clause, which keeps its own claim", () => {
    const claims = en("After saying her right foot was swollen, she was taken to the hospital.");
    expect(byCue(claims, "saying").quote).toBe("her right foot was swollen");
    expect(claims.map((c) => c.quote)).toContain("she was taken to the hospital");
  });
});

describe("nominal cues with their owner", () => {
  it("reads a possessive pronoun or name before a claim, with an adjective between", () => {
    const claims = en("Anna Berg opened the new pool on Monday. Contrary to her claim that the pool costs nothing, taxes will rise for every family in town.");
    const c = byCue(claims, "claim");
    expect(c.quote).toBe("the pool costs nothing");
    expect(c.claimant).toBe("Anna Berg");
    expect(claims.map((x) => x.quote)).toContain("taxes will rise for every family in town");
    const d = byCue(en("The video contradicted the county sheriff’s earlier claim that the driver had refused to stop."), "claim");
    expect(d.claimant).toBe("the county sheriff");
    expect(d.quote).toBe("the driver had refused to stop");
  });

  it("reads a promise with its infinitive, which ends at the main verb", () => {
    const c = byCue(en("Governor Lee’s promise to repair every bridge was popular with voters."), "promise");
    expect(c.claimant).toBe("Governor Lee");
    expect(c.quote).toBe("to repair every bridge");
    expect(en("His promises were popular with voters.").some((x) => x.cue === "promises")).toBe(false);
    expect(en("The claim that was filed last week is pending.").some((x) => x.cue === "claim")).toBe(false);
  });

  it("gives a possessive in an opening phrase the subject of the main clause", () => {
    const claims = en("Despite his promise to cut taxes, the mayor raised the property tax by five percent.");
    expect(byCue(claims, "promise").claimant).toBe("the mayor");
    expect(byCue(claims, "promise").quote).toBe("to cut taxes");
    expect(claims.map((c) => c.quote)).toContain("the mayor raised the property tax by five percent");
    const f = fr("Malgré sa promesse de baisser les impôts, le maire a augmenté la taxe foncière de cinq pour cent.");
    expect(byCue(f, "promesse").claimant).toContain("le maire");
    expect(byCue(en("The judge’s conclusion that the files must stay sealed was appealed."), "conclusion").claimant).toBe("The judge");
  });

  it("reads « son affirmation selon laquelle », « l’affirmation du préfet selon laquelle » and « sa promesse de »", () => {
    const claims = fr("Anne Berg a inauguré la piscine lundi. Contrairement à son affirmation selon laquelle le bassin ne coûte rien, les impôts vont augmenter.");
    const c = byCue(claims, "affirmation");
    expect(c.quote).toBe("le bassin ne coûte rien");
    expect(c.claimant).toContain("Anne Berg");
    expect(claims.some((x) => x.cue === "selon")).toBe(false);
    const d = byCue(fr("La vidéo contredit l’affirmation du préfet selon laquelle le conducteur avait refusé de s’arrêter."), "affirmation");
    expect(d.claimant).toBe("préfet");
    expect(d.quote).toBe("le conducteur avait refusé de s’arrêter");
    expect(byCue(fr("Le maire a oublié sa promesse de rénover la piscine."), "promesse").quote).toBe("de rénover la piscine");
  });
});

describe("speaking and intending", () => {
  it("reads 'spoke' only with what was spoken of, not where or to whom", () => {
    expect(en("The senator spoke to reporters on Friday after the vote.").some((c) => c.cue?.includes("spoke"))).toBe(false);
    expect(en("Speaking at a rally in Ohio, the senator thanked his volunteers.").some((c) => c.cue === "Speaking")).toBe(false);
    expect(byCue(en("Obama spoke emotionally of his years in the navy."), "spoke").quote).toContain("his years in the navy");
    expect(en("On Thursday, Trump spoke to a gathering of industry leaders in Ohio.").some((c) => c.cue?.includes("spoke"))).toBe(false);
    expect(en("He spoke against the bronze backdrop of the museum.").some((c) => c.cue?.includes("spoke"))).toBe(false);
    expect(byCue(en("Angela Davis talks to the director about the prison system."), "talks").claimant).toBe("Angela Davis");
  });

  it("keeps an intention inside reported words as part of them, and its infinitive inside it", () => {
    const claims = en("The candidate said she plans to join the protest next week.");
    expect(byCue(claims, "said").quote).toBe("she plans to join the protest next week");
    expect(claims.some((c) => c.cue === "plans")).toBe(false);
    const own = en("The governor plans to call on young people to volunteer.");
    expect(byCue(own, "plans").quote).toBe("to call on young people to volunteer");
    expect(own.some((c) => c.cue === "call")).toBe(false);
    const f = fr("La ministre a dit qu’elle espère rejoindre la manifestation.");
    expect(byCue(f, "a dit").quote).toBe("elle espère rejoindre la manifestation");
    expect(f.some((c) => c.cue === "espère")).toBe(false);
  });
});

describe("evidence verbs, gerunds and continued quotations", () => {
  it("reads 'show' as a verb when a clause or an object pronoun follows it", () => {
    expect(byCue(en("Video of the arrest shows him with his hands raised."), "shows").quote).toBe("him with his hands raised");
    expect(byCue(en("Leaked pages from the 2001 filing show he paid no tax that year."), "show").quote).toBe("he paid no tax that year");
    expect(en("The fear that I saw in the room was real.").some((c) => c.cue === "fear")).toBe(false);
    expect(en("The show that aired on Monday was cancelled.").some((c) => c.cue === "show")).toBe(false);
  });

  it("gives ', arguing…' the subject of a main clause whose verb reports nothing", () => {
    const c = byCue(en("The Herald and two local papers filed a motion to unseal the records, arguing the public had a right to know."), "arguing");
    expect(c.claimant).toBe("The Herald and two local papers");
    expect(c.quote).toBe("the public had a right to know");
  });

  it("reads '“…,” she continued.' as an attribution of the quotation", () => {
    const c = byCue(en("“We will win this seat,” she continued. “The numbers are with us.”"), "continued");
    expect(c.quote).toContain("We will win this seat");
    expect(en("The company continued to grow in Europe last year.").some((x) => x.cue === "continued")).toBe(false);
    expect(byCue(fr("« Nous gagnerons ce siège », poursuit-elle."), "poursuit-elle").quote).toBe("Nous gagnerons ce siège");
  });
});

describe("manner of speaking, labelling, imagining", () => {
  it("reads yelled, retweeted, recited, branded, envisioned, seethed and bristled at", () => {
    expect(byCue(en("“Get out of the road,” she yells while running toward the car."), "yells").quote).toBe("Get out of the road");
    expect(byCue(en("The senator also retweeted a post mocking the governor."), "also retweeted").claimant).toBe("The senator");
    expect(byCue(en("Japan branded the regime an outlaw state."), "branded").quote).toBe("the regime an outlaw state");
    expect(byCue(en("No one in the company could have envisioned what happened next."), "could have envisioned").quote).toBe("what happened next");
    expect(byCue(en("Committee Republicans seethed after the ruling on the files."), "seethed").claimant).toBe("Committee Republicans");
    expect(en("The brand is worth millions.").some((c) => c.cue !== null)).toBe(false);
    expect(en("She sent her best wishes to the family.").some((c) => c.cue !== null)).toBe(false);
  });

  it("reads « a crié », « a hurlé », « a retweeté » in French", () => {
    expect(byCue(fr("« Sortez de la route ! » a crié la policière."), "a crié").claimant).toBe("la policière");
    expect(byCue(fr("Le sénateur a retweeté un message moquant le gouverneur."), "a retweeté").claimant).toContain("Le sénateur");
  });
});

describe("support and oppose as stances", () => {
  it("reads 'support' as a verb after coordinated names, a relative or 'percent', not as a noun", () => {
    expect(byCue(en("The mayors of Lyon, Lille and Nantes support the new tram plan."), "support").claimant).toContain("Nantes");
    expect(byCue(en("Boston is one of many cities that support the new federal rules on power plants."), "support").quote).toBe("the new federal rules on power plants");
    expect(byCue(en("About 4 percent support the Green Party candidate in the poll."), "support").quote).toBe("the Green Party candidate in the poll");
    expect(en("The union announced its support for the strike.").some((c) => c.cue === "support")).toBe(false);
    expect(en("The candidate has just 5 percent support among young voters in the state.").some((c) => c.cue === "support")).toBe(false);
    expect(en("The police overruled that request on Monday, the source added.").some((c) => c.cue === "request")).toBe(false);
  });

  it("gives a verb in a relative clause the noun it stands for, and ends its object at the main verb", () => {
    const e = byCue(en("Cities that oppose the new rules have filed a lawsuit."), "oppose");
    expect(e.claimant).toBe("Cities");
    expect(e.quote).toBe("the new rules");
    const f = byCue(fr("Les maires qui réclament la réforme ont écrit au ministre."), "réclament");
    expect(f.claimant).toBe("Les maires");
    expect(f.quote).toBe("la réforme");
  });

  it("keeps a stance inside reported words as part of them", () => {
    const claims = en("The senator now says she opposes the trade deal.");
    expect(byCue(claims, "says").quote).toBe("she opposes the trade deal");
    expect(claims.some((c) => c.cue === "opposes")).toBe(false);
    const f = fr("La sénatrice affirme qu’elle s’oppose désormais à l’accord commercial.");
    expect(byCue(f, "affirme").quote).toBe("elle s’oppose désormais à l’accord commercial");
  });
});

describe("documents that speak", () => {
  it("reads '“…,” the letter reads.' and 'made the following comment:'", () => {
    const c = byCue(en("“Our support for the schools is not abstract,” the letter reads."), "reads");
    expect(c.claimant).toBe("the letter");
    expect(c.quote).toBe("Our support for the schools is not abstract");
    expect(c.attributionLevel).toBe("document");
    expect(en("He read the report twice before the vote.").some((x) => x.cue !== null)).toBe(false);
    const m = byCue(en("On July 6, the senator made the following comment: “Young people need jobs.”"), "made the following comment");
    expect(m.quote).toBe("Young people need jobs");
    expect(m.claimant).toBe("the senator");
  });

  it("reads « peut-on lire dans le communiqué » and « lit-on dans le rapport »", () => {
    const c = byCue(fr("« La situation est maîtrisée », peut-on lire dans le communiqué de la préfecture."), "peut-on lire");
    expect(c.claimant).toContain("le communiqué de la préfecture");
    expect(c.quote).toBe("La situation est maîtrisée");
    expect(byCue(fr("Le réseau sera rétabli lundi, lit-on dans le rapport du gestionnaire."), "lit-on").quote).toBe("Le réseau sera rétabli lundi");
  });
});

describe("appearing, seeing, maintaining", () => {
  it("does not read appearing somewhere, seeing a thing or keeping something as a stance", () => {
    expect(en("The doctor then appeared on a morning show to defend his remarks.").some((c) => c.cue?.includes("appeared"))).toBe(false);
    expect(en("Officers saw the driver get out of the car with a bag.").some((c) => c.cue === "saw")).toBe(false);
    expect(en("The foundation maintains a program for young leaders in Asia.").some((c) => c.cue === "maintains")).toBe(false);
  });

  it("still reads 'saw X as Y', a reporter who saw, and 'maintains that…'", () => {
    expect(byCue(en("Some voters saw the remark as an insult to veterans."), "saw").quote).toBe("the remark as an insult to veterans");
    const w = byCue(en("An AP photographer saw soldiers fire on the crowd near the station."), "saw");
    expect(w.attributionLevel).toBe("witnessed");
    expect(byCue(en("Her former doctor maintains that she is in good health."), "maintains").quote).toBe("she is in good health");
    expect(byCue(en("The mayor appeared to blame the workers for the delays."), "appeared").claimant).toBe("The mayor");
  });
});

describe("calling in, convening and making plans", () => {
  it("does not read phoning in, convening a meeting or 'made plans to' as attributions", () => {
    expect(en("She called into a radio show on Monday when she was sick.").some((c) => c.cue?.includes("called"))).toBe(false);
    expect(en("The council called an emergency meeting to discuss the test.").some((c) => c.cue === "called")).toBe(false);
    expect(en("They made plans to build a shelter in the woods.").some((c) => c.cue === "plans")).toBe(false);
    expect(byCue(en("The council called the test a threat to peace."), "called").quote).toBe("the test a threat to peace");
    expect(byCue(en("The campaign plans to release new records next week."), "plans").claimant).toBe("The campaign");
  });
});

describe("characterising and questioning with a frame word", () => {
  it("reads painted/cast/linked/pressed/laid out/gone after with their frame word only", () => {
    expect(byCue(en("Obama effectively painted Romney as a rich man out of touch."), "painted").quote).toBe("Romney as a rich man out of touch");
    expect(byCue(en("The governor is casting himself as a champion of small towns."), "is casting").claimant).toBe("The governor");
    expect(byCue(en("Experts have linked the breach to a military hacking group."), "have linked").claimant).toBe("Experts");
    expect(byCue(en("The host had pressed him on his failure to release his returns."), "had pressed").claimant).toBe("The host");
    expect(byCue(en("In a speech on Friday, Clinton laid out her proposals for national service."), "laid out").claimant).toBe("Clinton");
    expect(byCue(en("In recent weeks, Reid has gone after Trump as a danger to the country."), "has gone after").claimant).toBe("Reid");
    expect(en("The house was painted in blue as the owners wished.").some((c) => c.cue !== null)).toBe(false);
    expect(en("The crew painted the fence on Monday.").some((c) => c.cue !== null)).toBe(false);
  });

  it("reads « a présenté X comme Y » and « a dépeint X comme Y », not a plain « a présenté »", () => {
    expect(byCue(fr("Le ministre a présenté la réforme comme une mesure de justice sociale."), "a présenté").quote).toBe("la réforme comme une mesure de justice sociale");
    expect(byCue(fr("L’opposition a dépeint le budget comme un cadeau aux banques."), "a dépeint").quote).toBe("le budget comme un cadeau aux banques");
    expect(fr("Le maire a présenté le nouveau bus aux habitants.").some((c) => c.cue !== null)).toBe(false);
  });
});

describe("taking sides", () => {
  it("reads 'is a staunch opponent of', 'has been a supporter of' and a relative clause of an appositive", () => {
    const a = byCue(en("She has been a consistent and outspoken supporter of the alliance."), "has been a consistent and outspoken supporter of");
    expect(a.quote).toBe("the alliance");
    expect(a.claimant).toBe("She");
    const b = byCue(en("Castañeda, a former minister who is a harsh critic of the president, suggests that Mexico should wait."), "is a harsh critic of");
    expect(b.quote).toBe("the president");
    expect(en("She is a member of the committee.").some((c) => c.cue !== null)).toBe(false);
    expect(en("The supporters of the bill met on Monday.").some((c) => c.cue !== null)).toBe(false);
  });

  it("reads 'took issue with', 'advocates for', 'is doubling down on'", () => {
    expect(byCue(en("Trump took issue with the moderator’s questions."), "took issue").claimant).toBe("Trump");
    expect(byCue(en("The institute advocates for equal funding for all schools."), "advocates for").quote).toBe("equal funding for all schools");
    expect(byCue(en("Trump is doubling down on his attacks on the former champion."), "is doubling down").claimant).toBe("Trump");
  });

  it("reads « est un fervent défenseur de » and « s’en est pris à » in French", () => {
    const a = byCue(fr("La sénatrice est une fervente défenseure du nucléaire civil."), "est une fervente défenseure du");
    expect(a.quote).toBe("nucléaire civil");
    expect(a.claimant).toBe("La sénatrice");
    expect(byCue(fr("Le ministre s’en est pris à l’opposition lors du débat."), "s’en est pris à").quote).toBe("l’opposition lors du débat");
    expect(fr("Elle est une membre du comité.").some((c) => c.cue !== null)).toBe(false);
  });
});

describe("subjects after an opening phrase, attitudes after a contracted verb", () => {
  it("starts the subject at a quantifier after 'In fact,' / « En fait, »", () => {
    const e = byCue(en("In fact, some senators, including the chairman of the committee, were willing to vote for the bill."), "were willing");
    expect(e.claimant).toBe("some senators, including the chairman of the committee");
    const f = byCue(fr("En fait, certains élus, dont le sénateur Martin, se sont dits prêts à voter le texte."), "se sont dits");
    expect(f.claimant).toContain("certains élus");
  });

  it("reads an attitude after a contracted 'she’s'", () => {
    const c = byCue(en("Maria Lopez runs the school. That’s why she’s so frustrated that the state is cutting funds."), "so frustrated");
    expect(c.claimant).toBe("Maria Lopez");
    expect(c.quote).toBe("the state is cutting funds");
  });
});

describe("gerunds after prepositions and adverbs", () => {
  it("reads 'despite admitting that…', 'for saying that…', 'now saying…' and 'It also points out that…'", () => {
    expect(byCue(en("The speaker, despite admitting that he had concerns, backed the bill."), "admitting").quote).toBe("he had concerns");
    expect(byCue(en("The host was criticised for saying that the pills cured everything."), "saying").quote).toBe("the pills cured everything");
    expect(en("The board apologised for promoting the pills on the show.").some((c) => c.cue === "promoting")).toBe(false);
    expect(byCue(en("The report lists the firms. It also points out that the fines are light."), "also points out").quote).toBe("the fines are light");
    const f = byCue(fr("Le maire a été critiqué pour avoir affirmé que la dette était stable."), "avoir affirmé");
    expect(f.quote).toBe("la dette était stable");
    expect(f.claimant).toContain("Le maire");
    expect(byCue(fr("Après avoir dit qu’il resterait, le ministre a démissionné."), "avoir dit").claimant).toContain("le ministre");
  });

  it("gives 'was widely mocked for saying…' the subject, and keeps an -ly adverb inside the cue", () => {
    expect(byCue(en("Dean was widely mocked for saying the candidate uses drugs."), "saying").claimant).toBe("Dean");
    expect(byCue(en("The senator has sharply criticized the trade deals."), "has sharply criticized").claimant).toBe("The senator");
  });
});

describe("citing", () => {
  it("reads ', citing X' after a main clause as the subject's grounds, in both languages", () => {
    const c = byCue(en("“The country has changed,” McConnell said in June 2012, citing the release of political prisoners."), "citing");
    expect(c.claimant).toBe("McConnell");
    expect(c.quote).toBe("the release of political prisoners");
    const f = byCue(fr("Le syndicat a appelé à la grève, citant la hausse des loyers et la baisse des salaires."), "citant");
    expect(f.claimant).toContain("Le syndicat");
    expect(f.quote).toBe("la hausse des loyers et la baisse des salaires");
  });

  it("keeps 'reported, citing two officials, that…' one claim of the outlet, after the chain", () => {
    const claims = en("The Times reported, citing two officials, that the talks had failed.");
    expect(claims).toHaveLength(1);
    expect(byCue(claims, "reported").quote).toBe("the talks had failed");
    const f = fr("Le Monde a rapporté, citant deux responsables, que les négociations avaient échoué.");
    expect(f).toHaveLength(1);
    expect(byCue(f, "a rapporté").quote).toBe("les négociations avaient échoué");
  });
});

describe("perspective phrases", () => {
  it("reads 'in his eyes', 'in the mayor’s view', 'by her own admission', 'by one estimate'", () => {
    const a = byCue(en("Anna Berg opened the pool on Monday. Only local families matter in her eyes."), "in her eyes");
    expect(a.claimant).toBe("Anna Berg");
    expect(a.quote).toBe("Only local families matter");
    const b = byCue(en("In the mayor’s view, the bridge must be rebuilt before winter."), "In the mayor’s view");
    expect(b.claimant).toBe("the mayor");
    expect(b.quote).toBe("the bridge must be rebuilt before winter");
    expect(byCue(en("By Brown’s own admission, his returns are far longer than the summary."), "By Brown’s own admission").claimant).toBe("Brown");
    expect(byCue(en("About 300,000 acres have been damaged by mining, by one estimate."), "by one estimate").quote).toBe("About 300,000 acres have been damaged by mining");
    expect(en("The bill was passed by the Senate in his absence.").some((c) => c.cue !== null)).toBe(false);
  });

  it("reads « à ses yeux », « aux yeux du ministre » and « de l’aveu même du ministre »", () => {
    expect(byCue(fr("Anne Berg a inauguré la piscine lundi. À ses yeux, la réforme est injuste."), "À ses yeux").claimant).toContain("Anne Berg");
    expect(byCue(fr("La réforme est injuste aux yeux du ministre de l’Économie."), "aux yeux du ministre de l’Économie").quote).toBe("La réforme est injuste");
    expect(byCue(fr("De l’aveu même du ministre, le budget est en déficit."), "De l’aveu même du ministre").quote).toBe("le budget est en déficit");
    expect(fr("Il a donné le livre à ses enfants.").some((c) => c.cue !== null)).toBe(false);
    const d = byCue(fr("De source proche du dossier, l’enquête progresse vite."), "De source proche du dossier");
    expect(d.quote).toBe("l’enquête progresse vite");
    // (Close to "the case" describes no one: a bare source.)
    expect(d.attributionLevel).toBe("anonymous_bare");
    expect(byCue(fr("De source policière, l’enquête progresse vite."), "De source policière").attributionLevel).toBe("anonymous_described");
    expect(fr("Le suspect a été interpellé mardi, a-t-on appris de source policière.")).toHaveLength(1);
    expect(fr("Il le sait de source sûre.").some((c) => c.cue !== null)).toBe(false);
  });
});

describe("a lone name as the subject", () => {
  it("remembers a one-word name followed by a verb for a later 'he said'", () => {
    const c = byCue(en("Brown arrived in Ohio on Monday. He said the plant would stay open."), "said");
    expect(c.claimant).toBe("Brown");
    const f = byCue(fr("Dupont est arrivé lundi à Lyon. Il a affirmé que l’usine resterait ouverte."), "a affirmé");
    expect(f.claimant).toBe("Dupont");
    expect(byCue(en("So began the campaign. He said the plant would stay open."), "said").claimant).toBe("He");
  });
});

describe("estimates and discoveries", () => {
  it("reads 'puts the figure at', « a chiffré X à », and 'discovered that' only with a clause", () => {
    // What was put at which figure is the claim; the cue is the verb.
    const c = byCue(en("The foundation puts the figure at $498 billion over ten years."), "puts");
    expect(c.quote).toBe("the figure at $498 billion over ten years");
    expect(byCue(en("The union puts the number of stranded passengers at 40,000."), "puts").quote).toBe("the number of stranded passengers at 40,000");
    expect(byCue(en("The petition, seen by the Ledger, puts the club’s debts at €2.3 million."), "puts").attributionLevel).toBe("document");
    expect(byCue(en("Organisers put attendance at about 3,000."), "put").quote).toBe("attendance at about 3,000");
    expect(en("The storm put the town at risk.").some((x) => x.cue !== null)).toBe(false);
    expect(en("She put the kettle at the back of the stove.").some((x) => x.cue !== null)).toBe(false);
    expect(byCue(fr("La préfecture a chiffré les dégâts à 3 millions d’euros."), "a chiffré").claimant).toContain("La préfecture");
    expect(byCue(en("Investigators have also discovered that the program was infiltrated."), "have also discovered").quote).toBe("the program was infiltrated");
    expect(en("Investigators discovered a body in the river.").some((x) => x.cue !== null)).toBe(false);
    expect(byCue(fr("Les enquêteurs ont découvert que le programme avait été infiltré."), "ont découvert").quote).toBe("le programme avait été infiltré");
    expect(fr("Les enquêteurs ont découvert un corps dans la rivière.").some((x) => x.cue !== null)).toBe(false);
  });
});

describe("idioms of saying", () => {
  it("keeps 'it goes without saying that…' and 'says a lot about…' as the writer's own", () => {
    expect(en("It goes without saying that raising taxes on the rich is popular.").some((c) => c.cue !== null)).toBe(false);
    expect(en("The result says a lot about the state of the party.").some((c) => c.cue !== null)).toBe(false);
    expect(en("That such a network exists says something about the media today.").some((c) => c.cue !== null)).toBe(false);
    expect(byCue(en("The mayor says the bridge will reopen."), "says").claimant).toBe("The mayor");
    expect(byCue(en("The candidate isn’t saying much about his debate preparation."), "isn’t saying").claimant).toBe("The candidate");
    expect(fr("Il va sans dire que la hausse des impôts est impopulaire.").some((c) => c.cue !== null)).toBe(false);
    expect(fr("Ce résultat en dit long sur l’état du parti.").some((c) => c.cue !== null)).toBe(false);
  });
});

describe("content boundaries (third pass)", () => {
  it("takes the clause before 'X said' when only a circumstance follows the cue, even if it opens like a participle", () => {
    const [a] = en("Rising sea levels could flood thousands of homes along the coast, the mayor said in an interview.");
    expect(a!.quote).toBe("Rising sea levels could flood thousands of homes along the coast");
    expect(a!.cue).toBe("said");
    expect(a!.claimant).toBe("the mayor");
    // A fronted participle with reported words after the cue is still circumstance.
    const [b] = en("Speaking on Monday, the mayor said in a statement that the dike would hold.");
    expect(b!.quote).toBe("the dike would hold");
  });

  it("ends reported words at a comma only where a second speaker starts", () => {
    const a = byCue(en("Trump cited problems in the Middle East, China and elsewhere that he blamed on the policies of the president."), "cited");
    expect(a.quote).toBe("problems in the Middle East, China and elsewhere that he blamed on the policies of the president");
    const f = byCue(fr("Le ministre a cité des problèmes au Moyen-Orient, en Chine et ailleurs, qu’il a reprochés au président."), "a cité");
    expect(f.quote).toBe("des problèmes au Moyen-Orient, en Chine et ailleurs, qu’il a reprochés au président");
    // Another source speaking after the comma still gets its own claim.
    const two = en("The ministry said the plant had been repaired, which the union says is not true.");
    expect(byCue(two, "said").quote).toBe("the plant had been repaired");
    expect(byCue(two, "says").claimant).toBe("the union");
  });

  it("reads a French clause with a verb the lexicon does not know before an inverted source", () => {
    const a = byCue(fr("Les travaux dureront deux mois, a précisé la mairie."), "a précisé");
    expect([a.quote, a.claimant]).toEqual(["Les travaux dureront deux mois", "la mairie"]);
    const b = byCue(fr("Le gouvernement veut réduire le déficit, a affirmé le ministre lors d’un débat."), "a affirmé");
    expect(b.quote).toBe("Le gouvernement veut réduire le déficit");
    expect(b.claimant).toContain("le ministre");
    const c = byCue(fr("Montant chaque année, la mer pourrait inonder des milliers de maisons, a indiqué le maire lors d’un entretien."), "a indiqué");
    expect(c.quote).toBe("Montant chaque année, la mer pourrait inonder des milliers de maisons");
    // A subject with its appositive before the verb is still the subject.
    const d = byCue(fr("Jean Dupont, maire de Lyon, a annoncé la fermeture de l’école."), "a annoncé");
    expect([d.quote, d.claimant]).toEqual(["la fermeture de l’école", "Jean Dupont, maire de Lyon (mayor)"]);
  });
});

describe("subjects and frames (third pass)", () => {
  it("starts the subject at a number after an opening phrase, so a later gerund has a source", () => {
    const claims = en("In a column on Monday, two former ministers urged the government to act, arguing that the crisis is getting worse.");
    expect(byCue(claims, "arguing").claimant).toBe("two former ministers");
    expect(byCue(claims, "arguing").quote).toBe("the crisis is getting worse");
    const f = fr("Dans une tribune publiée lundi, deux anciens ministres ont exhorté le gouvernement à agir, affirmant que la crise s’aggrave.");
    expect(byCue(f, "affirmant").claimant).toBe("deux anciens ministres");
  });

  it("ends a subject at an irregular past tense", () => {
    const claims = en("A group of doctors in 2015 sent a letter to the dean of the school, calling for his dismissal.");
    expect(byCue(claims, "calling for").claimant).toBe("A group of doctors in 2015");
    expect(byCue(claims, "calling for").quote).toBe("his dismissal");
  });

  it("reads an unsourced passive of judging after a bare plural or a pronoun", () => {
    const [a] = en("And peacekeepers have been accused of abusing civilians in the region.");
    expect([a!.cue, a!.claimant, a!.quote]).toEqual(["have been accused", null, "peacekeepers have been accused of abusing civilians in the region"]);
    const b = byCue(en("Although the nations joined forces last year, they have often been criticized for being slow to act."), "have often been criticized");
    expect([b.claimant, b.quote]).toEqual([null, "they have often been criticized for being slow to act"]);
  });

  it("reads 'called for' after an appositive and « a appelé à »", () => {
    const a = byCue(en("Jane Roe, director of the coalition, called for more investment in schools."), "called for");
    expect([a.claimant, a.quote]).toEqual(["Jane Roe, director of the coalition", "more investment in schools"]);
    const f = byCue(fr("Jeanne Martin, directrice de l’association, a appelé à davantage d’investissements."), "a appelé à");
    expect([f.claimant, f.quote]).toEqual(["Jeanne Martin, directrice de l’association", "davantage d’investissements"]);
    expect(byCue(fr("Le syndicat appelle à la grève jeudi."), "appelle à").quote).toBe("la grève jeudi");
    // Phoning someone, or a name, is not calling for anything.
    expect(fr("Le ministre a appelé le maire hier soir.").some((c) => c.cue?.includes("appel"))).toBe(false);
    expect(fr("Elle s’appelle Marie.").some((c) => c.cue?.includes("appel"))).toBe(false);
  });

  it("reads 'went on to explain' as the subject saying more", () => {
    const a = byCue(en("The minister went on to explain how the reform would cut costs."), "explain");
    expect([a.claimant, a.quote]).toEqual(["The minister", "how the reform would cut costs"]);
  });

  it("keeps an aside naming some of the source inside an as-frame", () => {
    const a = byCue(en("As many tax experts, including Mr. Goldberg, have pointed out, Mr. Trump is free to disclose his returns."), "have pointed out");
    expect([a.claimant, a.quote]).toEqual(["many tax experts, including Mr. Goldberg", "Mr. Trump is free to disclose his returns"]);
    const f = byCue(fr("Comme plusieurs experts, dont M. Martin, l’ont souligné, le ministre est libre de publier ses comptes."), "ont souligné");
    expect(f.quote).toBe("le ministre est libre de publier ses comptes");
    expect(f.claimant).toContain("plusieurs experts, dont M. Martin");
  });

  it("starts an attribution inside parentheses after the opening one", () => {
    const claims = en("Residents were moved to a gym (the county said that the road remained closed).");
    expect(byCue(claims, "said").claimant).toBe("the county");
    expect(byCue(claims, "said").quote).toBe("the road remained closed");
    const f = fr("Les habitants ont été évacués vers un gymnase (la préfecture a indiqué que la route restait fermée).");
    expect(byCue(f, "a indiqué").quote).toBe("la route restait fermée");
    expect(byCue(f, "a indiqué").claimant).toContain("la préfecture");
  });
});

describe("'seems' and « semble » (third pass)", () => {
  it("reads 'X seems to…' as the author's unsourced hedge on the whole clause", () => {
    const [a] = en("The lack of enthusiasm among young voters seems to be a real issue for the campaign.");
    expect([a!.cue, a!.claimant, a!.quote, a!.attributionLevel]).toEqual(["seems", null, "The lack of enthusiasm among young voters seems to be a real issue for the campaign", "hedged_unsourced"]);
    const [f] = fr("La réforme semble coûter plus cher que prévu.");
    expect([f!.claimant, f!.quote, f!.attributionLevel]).toEqual([null, "La réforme semble coûter plus cher que prévu", "hedged_unsourced"]);
  });

  it("names who it seems so to, and keeps 'appeared to suggest' the subject's", () => {
    const a = byCue(en("The plan seemed credible to many economists."), "seemed");
    expect([a.claimant, a.quote]).toEqual(["many economists", "The plan seemed credible"]);
    const b = byCue(en("The senator appeared to suggest that the vote would be delayed."), "suggest");
    expect([b.claimant, b.quote]).toEqual(["The senator", "the vote would be delayed"]);
    // "seemed eager" is one stance of the subject, read once.
    const c = en("In his latest book, the mayor seemed eager to settle scores.");
    expect(c.map((x) => [x.cue, x.claimant])).toEqual([["seemed eager", "the mayor"]]);
  });
});

describe("'they' after two named parties (third pass)", () => {
  it("resolves a plural pronoun in a relative clause to the coordinated subject of its sentence", () => {
    const claims = en("Vladimir Putin and Kim Jong-un recently exchanged letters in which they called for strategic cooperation.");
    expect(byCue(claims, "called for").claimant).toBe("Vladimir Putin and Kim Jong-un");
    expect(byCue(claims, "called for").quote).toBe("strategic cooperation");
    // The outlet's own clause does not end on the relative pronoun.
    expect(claims.find((c) => c.cue === null)?.quote).toBe("Vladimir Putin and Kim Jong-un recently exchanged letters");
    const f = fr("Le président russe, Vladimir Poutine, et le dirigeant nord-coréen, Kim Jong-un, ont échangé des lettres dans lesquelles ils appelaient à une coopération stratégique.");
    expect(byCue(f, "appelaient à").quote).toBe("une coopération stratégique");
    expect(byCue(f, "appelaient à").claimant).toContain("Kim Jong-un");
    expect(f.find((c) => c.cue === null)?.quote).toBe("Le président russe, Vladimir Poutine, et le dirigeant nord-coréen, Kim Jong-un, ont échangé des lettres");
  });
});

describe("speakers with long descriptions and audiences", () => {
  it("keeps a relative clause on the noun apposed to a name inside the speaker (« éleveur dont la ferme… »)", () => {
    const c = byCue(fr("Bernard Salomon, 67 ans, éleveur dont la ferme se trouve à 900 mètres du site, raconte qu’il entend déjà les éoliennes."), "raconte");
    expect([c.claimant, c.attributionLevel]).toEqual(["Bernard Salomon, 67 ans, éleveur dont la ferme se trouve à 900 mètres du site", "named_on_record"]);
  });

  it("reads a name with a long apposition between a quotation and its cue as the speaker", () => {
    const c = byCue(en("“The sensor drifts in cold weather, and drift looks exactly like a leak,” Mara Lindqvist, an engineer at the Oslund Institute who was not involved in the tests, said."), "said");
    expect(c.claimant).toBe("Mara Lindqvist, an engineer at the Oslund Institute who was not involved in the tests");
    expect(c.quote).toBe("The sensor drifts in cold weather, and drift looks exactly like a leak");
    expect(c.attributionLevel).toBe("named_on_record");
  });

  it("skips the audience between a French cue and its inverted source", () => {
    const c = byCue(fr("« Aucun enfant ne retournera en classe avant lundi », a déclaré devant la presse le maire de Valbonne, Jean Astier."), "a déclaré");
    expect(c.claimant).toContain("le maire de Valbonne, Jean Astier");
    expect(c.quote).toBe("Aucun enfant ne retournera en classe avant lundi");
    expect(byCue(fr("« Le pont restera fermé », a expliqué aux journalistes la préfète, Anne Morvan."), "a expliqué").claimant).toContain("la préfète, Anne Morvan");
    // …and the channel: « a indiqué dans un communiqué l'Autorité… ».
    const debris = byCue(fr("Les débris sont retombés en mer, a indiqué dans un communiqué l’Autorité de sûreté des vols spatiaux."), "a indiqué");
    expect([debris.claimant, debris.attributionLevel, debris.quote]).toEqual(["l’Autorité de sûreté des vols spatiaux", "official_statement", "Les débris sont retombés en mer"]);
  });

  it("reads a possessive name opening a noun phrase as one subject before a colon and a quotation", () => {
    const [c] = en("Grant's solicitor, Amira Haddad, put another version to the jury: “The brakes had been reported faulty twice.”");
    expect([c?.claimant, c?.attributionLevel]).toEqual(["Grant's solicitor, Amira Haddad", "named_on_record"]);
  });
});

describe("British single quotation marks", () => {
  it("gives a quotation in single marks, over two sentences, to the speaker named after it", () => {
    const c = byCue(en("‘Nobody from the trust ever wrote to us. We found out from the paper,’ said Ada Marsh, a retired teacher."), "said");
    expect(c.claimant).toBe("Ada Marsh");
    expect(c.quote).toBe("Nobody from the trust ever wrote to us. We found out from the paper");
  });

  it("does not read a verb inside a single-quoted quotation as a new attribution", () => {
    const claims = en("‘The shrimp die first, and we won’t know for weeks how badly they were hit,’ she said.");
    expect(claims.map((c) => c.cue)).toEqual(["said"]);
  });
});

describe("a French quotation left open around its attribution", () => {
  it("reads « …, a expliqué X. … » and « …, poursuit-elle. … » as the reporter's incise inside the speaker's words", () => {
    const claims = fr("« Depuis mars, nous avons contacté quarante médecins, a expliqué à La Gazette Nathalie Brun, directrice de l’hôpital. Fermer la nuit est douloureux. »");
    const c = byCue(claims, "a expliqué");
    expect([c.claimant, c.attributionLevel]).toEqual(["Nathalie Brun", "named_on_record"]);
    expect(c.quote.startsWith("Depuis mars, nous avons contacté quarante médecins")).toBe(true);
    const d = byCue(fr("La directrice, Nathalie Brun, a reçu la presse. « Le Smur reste basé à Vaudrenne, poursuit-elle. Rien ne change pour les urgences vitales. »"), "poursuit-elle");
    expect(d.claimant).toContain("Nathalie Brun");
  });

  it("reads an incise that closes the quotation (« …, a déclaré X. ») and a source with a possessive, a name and a role", () => {
    const last = byCue(fr("« Les prix ont augmenté de 5 %, toujours plus vite, a déclaré Raphaël Quintard-Obame. »"), "a déclaré");
    expect([last.claimant, last.quote]).toEqual(["Raphaël Quintard-Obame", "Les prix ont augmenté de 5 %, toujours plus vite"]);
    const role = byCue(fr("« Nous nous sommes combattus pendant trente ans, toujours loyalement, a déclaré son adversaire de toujours, Raphaël Quintard-Obame, ancien chef du parti. Nous n’étions d’accord sur rien. »"), "a déclaré");
    expect(role.claimant).toContain("Raphaël Quintard-Obame");
    expect(role.quote.startsWith("Nous nous sommes combattus pendant trente ans")).toBe(true);
    const confirmed = byCue(fr("Le Vigile cite la scénariste Inès Varennes-Touré. « J’ai reconnu mes dialogues presque mot pour mot, a confirmé à Pellicule la scénariste. On m’avait répondu que le projet n’intéressait personne. »"), "a confirmé");
    expect([confirmed.claimant, confirmed.attributionLevel]).toEqual(["Inès Varennes-Touré", "named_on_record"]);
    const tuesday = byCue(fr("« Le lien est robuste, a déclaré mardi l’autrice principale, l’épidémiologiste Clarisse Honnorat-Mbeki. Au-delà de quatre boissons par jour, le surrisque atteint 41 %. »"), "a déclaré");
    expect([tuesday.claimant, tuesday.attributionLevel]).toEqual(["l’autrice principale, l’épidémiologiste Clarisse Honnorat-Mbeki", "named_on_record"]);
    // (Not the rest of the speaker's own sentence: « Le témoin, a ajouté l’avocate, a été entendu… ».)
    expect(fr("« Le témoin, a ajouté l’avocate, a été entendu sans interprète en 2008. »").some((c) => c.quote.includes("entendu sans interprète"))).toBe(true);
  });
});

describe("quantities, elisions before quotation marks, dashed sources, frames after the cue", () => {
  it("reads 'At least 47 people have died, according to…' as a quantity, not a fronted circumstance", () => {
    const c = byCue(en("At least 47 people have died, according to the interior ministry."), "according to");
    expect([c.quote, c.attributionLevel]).toEqual(["At least 47 people have died", "official_statement"]);
    expect(byCue(fr("Au moins 12 personnes ont été blessées, selon la préfecture."), "selon").quote).toBe("Au moins 12 personnes ont été blessées");
  });

  it("reads « assure qu’« … » » with the elision glued to the quotation mark", () => {
    const c = byCue(fr("L’entreprise assure de son côté qu’« aucune coupure n’est à prévoir »."), "assure");
    expect(c.quote).toBe("aucune coupure n’est à prévoir");
  });

  it("reads a quotation then a dash and a titled name on the same line, even split after the quotation", () => {
    const c = byCue(en("CLAIM: “Seal numbers in the sound have tripled in five years.” — state Sen. Ray Kessling, Aug. 7"), "—");
    expect([c.claimant, c.attributionLevel]).toEqual(["state Sen. Ray Kessling", "named_on_record"]);
  });

  it("reads '…, the authority has said, in what campaigners are calling…' as postposed", () => {
    const c = byCue(en("Thousands of fish have died after a chemical leak, the Rivers Authority has said, in what campaigners are calling the worst incident in decades."), "has said");
    expect(c.quote).toBe("Thousands of fish have died after a chemical leak");
  });
});

describe("subjects after a subordinate clause, and appositions with a coordination", () => {
  it("starts the subject after a 'where…' clause set between commas", () => {
    const c = byCue(en("At St Anne’s, where part of a classroom ceiling came down in January, the headteacher, Mark Ellis, said the school was warned in 2021."), "said");
    expect([c.claimant, c.attributionLevel]).toEqual(["the headteacher, Mark Ellis", "named_on_record"]);
  });

  it("keeps a coordination inside an apposition to the subject", () => {
    const c = byCue(en("Stridewell, the running and cycling app with about 9 million users, said Tuesday that a database had been exposed."), "said");
    expect([c.claimant, c.attributionLevel]).toEqual(["Stridewell, the running and cycling app with about 9 million users", "official_statement"]);
  });
});

describe("a relative clause after an inverted source with its apposition", () => {
  it("gives « …, qui dit… » to the named person, not only to the apposition", () => {
    const c = byCue(fr("« Nous avons été prévenus à 23 heures », a affirmé Hélène Barthès, maire de Montaubert, qui dit avoir appris la nouvelle par courriel."), "dit");
    expect([c.claimant?.startsWith("Hélène Barthès, maire de Montaubert"), c.attributionLevel]).toEqual([true, "named_on_record"]);
  });
});

describe("clock times and a reporter named after an evidence verb", () => {
  it("keeps a clock time inside the claim", () => {
    const claims = en("The outage appears to have begun at about 08:45, just as salaries were being paid in.");
    expect(claims.map((c) => c.quote)).toEqual(["The outage appears to have begun at about 08:45, just as salaries were being paid in"]);
  });

  it("reads « …, a constaté une journaliste de l'APF » as the reporter's witness", () => {
    const c = byCue(fr("Le kilo de tomates s’affichait à 4,20 euros, a constaté une journaliste de l’APF."), "a constaté");
    expect([c.claimant, c.attributionLevel]).toEqual(["une journaliste de l’APF", "witnessed"]);
  });
});

describe("French reflexive verbs of saying", () => {
  it("reads « », s’indigne X » as an inverted attribution with its clitic", () => {
    const c = byCue(fr("« Ce projet a été décidé ailleurs », s’indigne Bernard Loubatières, président de l’association."), "s’indigne");
    expect([c.claimant, c.quote]).toEqual(["Bernard Loubatières", "Ce projet a été décidé ailleurs"]);
  });
});

describe("counts that are no speech", () => {
  it("reads 'a video viewed 1.2 million times' and 'a post shared more than 40,000 times' as part of their noun", () => {
    const claims = en("A Facebook post shared more than 40,000 times claimed the dog had mauled three children.");
    expect(byCue(claims, "claimed").claimant).toBe("A Facebook post shared more than 40,000 times");
    expect(en("A video viewed 1.2 million times on TikTok shows men unloading sacks.").some((c) => c.cue === "viewed")).toBe(false);
  });

  it("reads 'the economy added 160,000 jobs' as growth, not words", () => {
    expect(en("The economy added about 160,000 jobs over the period.").map((c) => c.cue)).toEqual([null]);
    expect(byCue(en("“It is over,” he added."), "added").claimant).toBe("he");
  });
});

describe("verbs quoted, coordinated or pronominal, and words that only look like cues", () => {
  it("reads a pronominal verb of saying, inverted or not, and « se réjouir » only with its pronoun", () => {
    const c = byCue(fr("« C’est un soulagement pour les riverains », s’est réjouie Me Lina Vautrin."), "s’est réjouie");
    expect([c.claimant, c.quote]).toEqual(["Me Lina Vautrin", "C’est un soulagement pour les riverains"]);
    expect(byCue(fr("« C’est indigne », s’est indigné le maire de Trévol."), "s’est indigné").claimant).toContain("le maire de Trévol");
    expect(fr("La victoire a réjoui les supporters.").map((x) => x.cue)).toEqual([null]);
    expect(fr("La décision réjouit les habitants du quartier.").map((x) => x.cue)).toEqual([null]);
  });

  it("reads a quotation opening on the subject's verb, and the verb coordinated after it", () => {
    const c = byCue(fr("Dans un communiqué, la direction « regrette la grève » et assure que les salaires seront versés lundi."), "assure");
    expect([c.claimant, c.quote]).toEqual(["la direction", "les salaires seront versés lundi"]);
    expect(byCue(en("The operator “regrets the strike” and insists that every driver will be paid."), "insists").claimant).toContain("The operator");
    // The verb quoted alone is the cue; what follows the quotation is what was said.
    const denied = byCue(fr("La société Brevalis « conteste fermement » avoir reçu la moindre aide publique."), "conteste");
    expect([denied.claimant, denied.quote]).toEqual(["La société Brevalis (company)", "avoir reçu la moindre aide publique"]);
    // « et annonce » + its object: a second verb of the subject.
    expect(byCue(fr("Le collectif a écrit au préfet le 3 mai et annonce un recours devant le tribunal administratif."), "annonce").quote).toBe("un recours devant le tribunal administratif");
  });

  it("leaves out the platform a post was published on from the words posted", () => {
    const c = byCue(fr("Le club de supporters dénonce sur Instagram « un mépris total des abonnés »."), "dénonce");
    expect([c.quote, c.attributionLevel]).toEqual(["un mépris total des abonnés", "secondary_report"]);
    expect(byCue(en("The sheriff wrote on Facebook “the road will stay closed overnight”."), "wrote").quote).toBe("the road will stay closed overnight");
  });

  it("reads no cue in words of saying used in another sense", () => {
    // An adjective opening the sentence is the outlet's comment.
    expect(fr("Plus inquiétant, le fonds de réserve a fondu de moitié.").map((x) => x.cue)).toEqual([null]);
    expect(fr("Fait rassurant, aucun cas grave n’a été signalé.").map((x) => x.cue)).toEqual([null]);
    // Summoned to court, not quoted.
    expect(fr("L’Urssaf a cité le club en faillite devant le tribunal de commerce.").map((x) => x.cue)).toEqual([null]);
    expect(byCue(fr("Le ministre a cité un rapport de 2019 : « la situation est grave »."), "a cité").claimant).toContain("Le ministre");
    // « selon » + a criterion is "depending on".
    expect(fr("L’indemnité va de 250 à 600 euros selon la distance du vol.").some((x) => x.cue === "selon")).toBe(false);
    // A fire advancing, a road linking two towns.
    expect(fr("Le feu avançait vers les premières maisons du hameau.").map((x) => x.cue)).toEqual([null]);
    expect(byCue(fr("Le syndicat avance des chiffres bien plus élevés."), "avance").claimant).toBe("Le syndicat");
    expect(en("The N12 is the only paved road linking the valley to the coast.").map((x) => x.cue)).toEqual([null]);
  });
});

describe("stances before a colon and pronouns after a body's own words", () => {
  it("reads « se veut rassurant : » and « se montre prudente : » as the stance before the words", () => {
    const c = byCue(fr("Le Dr Malik Ferrand, directeur de l’hôpital, se veut rassurant : « Aucun enfant n’est dans un état grave. »"), "se veut rassurant");
    expect([c.claimant, c.quote]).toEqual(["Le Dr Malik Ferrand, directeur de l’hôpital", "Aucun enfant n’est dans un état grave"]);
    expect(fr("Le club se veut ambitieux cette saison.").map((x) => x.cue)).toEqual([null]);
  });

  it("reads « a-t-il indiqué » after a body's own action as that body, not a thing or a person named elsewhere", () => {
    const c = byCue(fr("Photo : Clara Vuille / CHV\n\nLe Service cantonal des routes a fermé le pont lundi après la découverte de fissures, a-t-il indiqué dans un communiqué."), "a-t-il indiqué");
    expect([c.claimant, c.attributionLevel]).toEqual(["Le Service cantonal des routes", "official_statement"]);
    const thing = fr("La ministre a reçu Paul Martin mardi.\n\nLe projet sera abandonné, a-t-il indiqué.");
    expect(byCue(thing, "a-t-il indiqué").claimant).not.toBe("Le projet");
  });
});

describe("objects of saying after a channel, figures claimed, reasons invoked", () => {
  it("reads what was confirmed after the channel, the month or the hearer", () => {
    expect(byCue(fr("La préfecture a confirmé dans un communiqué un « rejet accidentel de chlore » survenu dans la nuit."), "a confirmé").quote).toBe("un « rejet accidentel de chlore » survenu dans la nuit");
    expect(byCue(fr("Le gouvernement a confirmé en mars son intention de prolonger la centrale."), "a confirmé").quote).toBe("son intention de prolonger la centrale");
    expect(byCue(fr("Le parquet a confirmé à La Vigie l’ouverture d’une enquête pour abus de confiance."), "a confirmé").quote).toBe("l’ouverture d’une enquête pour abus de confiance");
  });

  it("reads a figure claimed with « revendiquer », not an attack claimed, and a reason invoked", () => {
    expect(byCue(fr("Les organisateurs revendiquent 38 000 festivaliers sur trois soirs."), "revendiquent").quote).toBe("38 000 festivaliers sur trois soirs");
    expect(fr("Un groupe armé a revendiqué l’attaque.").map((x) => x.cue)).toEqual([null]);
    expect(byCue(fr("La direction invoque un déficit de 4,2 millions d’euros en 2024."), "invoque").quote).toBe("un déficit de 4,2 millions d’euros en 2024");
  });

  it("reads a verb after a body's acronym and before its channel", () => {
    const c = byCue(fr("L’Union des usagers du rail (UUR) juge dans un communiqué que la réforme « pénalise les abonnés »."), "juge");
    expect([c.claimant, c.quote]).toEqual(["L’Union des usagers du rail (UUR)", "la réforme « pénalise les abonnés »"]);
  });

  it("reads a platform closing the words as the post they came through", () => {
    expect(byCue(fr("La direction parle de 40 % de grévistes, le syndicat revendique 85 % sur sa page Facebook."), "revendique").attributionLevel).toBe("secondary_report");
  });

  it("reads the outlet's and its correspondent's own visits", () => {
    const c = byCue(fr("Photo : Marc Roy, La Vigie de Brèves\n\nLa Vigie a constaté mardi après-midi que le chantier était désert."), "a constaté");
    expect([c.quote, c.attributionLevel]).toEqual(["le chantier était désert", "witnessed"]);
    expect(en("When this correspondent visited the temple on Tuesday, the pedestal was surrounded by police tape.")[0]?.attributionLevel).toBe("witnessed");
  });
});

describe("counts set against each other", () => {
  it("reads a count whose « en » takes up what is counted, and cuts the first source's figure at « mais »", () => {
    const claims = fr("La délégation de la Santé fait état de 112 cas, mais l’association des parents d’élèves en recense « plus de 150 ».");
    expect(byCue(claims, "fait état de").quote).toBe("112 cas");
    const parents = byCue(claims, "en recense");
    expect([parents.claimant, parents.quote]).toEqual(["l’association des parents d’élèves", "plus de 150"]);
    expect(byCue(fr("La police en dénombre 1 200 sur le cours Vitton."), "en dénombre").claimant).toMatch(/^La police/);
    // (Not « en » before a noun: « prendre en compte », « en hausse ».)
    expect(fr("Il faut prendre en compte 40 dossiers en retard.").map((x) => x.cue)).toEqual([null]);
  });

  it("gives « selon » after « quand, » or « alors que, » only the rest of the sentence, and the first source its own clause", () => {
    const shootings = fr("L’élue parle de la « quatrième fusillade depuis janvier », quand, selon la préfecture, deux seulement ont eu lieu sur la même période.");
    expect(byCue(shootings, "parle de").quote).toBe("la « quatrième fusillade depuis janvier »");
    expect(byCue(shootings, "selon").quote).toBe("deux seulement ont eu lieu sur la même période");
    const deaths = fr("Le gouverneur a affirmé que « plus de 70 personnes » avaient péri, alors que, selon le ministère de la Santé, 31 décès seulement étaient confirmés mardi soir.");
    expect(byCue(deaths, "a affirmé").quote).toBe("« plus de 70 personnes » avaient péri");
    // (The passive inside the ministry's words is theirs, no hedge of the outlet's.)
    expect(deaths.map((c) => [c.cue, c.quote])).toEqual([["a affirmé", "« plus de 70 personnes » avaient péri"], ["selon", "31 décès seulement étaient confirmés mardi soir"]]);
    // (A long source runs to its comma.)
    const study = fr("Selon le syndicat, un livreur touche 11,40 $ de l’heure, alors que, d’après une étude publiée en mars par la Chaire de recherche sur le travail de plateforme de l’Université de Val-Mercier, ce revenu atteint 12,15 $.");
    expect([byCue(study, "d’après").claimant, byCue(study, "d’après").quote]).toEqual(["une étude publiée en mars par la Chaire de recherche sur le travail de plateforme de l’Université de Val-Mercier (study)", "ce revenu atteint 12,15 $"]);
    const homes = en("The mayor said 300 homes had flooded, while, according to the council, only 120 claims had been filed.");
    expect([byCue(homes, "said").quote, byCue(homes, "according to").quote]).toEqual(["300 homes had flooded", "only 120 claims had been filed"]);
  });

  it("reads a rival count after « quand » or « alors que », claimed or conceded, as its own source's", () => {
    const nurse = fr("La direction parle de « quelques dizaines » de patients réorientés, quand Yannick Lebreuil, délégué syndical, en compte « plus de 120 depuis dimanche ».");
    expect(byCue(nurse, "parle de").quote).toBe("« quelques dizaines » de patients réorientés");
    expect([byCue(nurse, "en compte").claimant, byCue(nurse, "en compte").quote]).toEqual(["Yannick Lebreuil, délégué syndical", "plus de 120 depuis dimanche"]);
    const posts = fr("La CDS recense 41 postes vacants, quand la direction n’en reconnaît que « vingt-deux, dont six en cours de recrutement ».");
    expect(byCue(posts, "recense").quote).toBe("41 postes vacants");
    expect(byCue(posts, "n’en reconnaît").quote).toBe("vingt-deux, dont six en cours de recrutement");
    expect(byCue(fr("La fromagerie emploie quatorze salariés, quand son gérant en revendique « une vingtaine »."), "en revendique").quote).toBe("une vingtaine");
    // (What a town holds is no count of anyone's; nor is an attack claimed.)
    expect(fr("La commune en compte 48 000 aujourd’hui.").map((x) => x.cue)).toEqual([null]);
    expect(fr("Le groupe, actif depuis 2023, a revendiqué une quarantaine d’attaques en Europe.").map((x) => x.cue)).toEqual([null]);
  });

  it("reads a second view after ', but' as another source's", () => {
    const claims = en("The council said the repairs would take six weeks, but engineers believe the bridge must be rebuilt.");
    expect(byCue(claims, "said").quote).toBe("the repairs would take six weeks");
    expect(byCue(claims, "believe").claimant).toBe("engineers");
  });
});

describe("forecasts", () => {
  it("reads a weather service's « prévoit » as its statement, and a town's plan as none", () => {
    const c = byCue(fr("Environnement Canada prévoit des rafales de 90 km/h sur la côte jeudi."), "prévoit");
    expect([c.quote, c.attributionLevel]).toEqual(["des rafales de 90 km/h sur la côte jeudi", "official_statement"]);
    expect(byCue(fr("Météo-France prévoit jusqu’à 80 mm de pluie en 24 heures."), "prévoit").attributionLevel).toBe("official_statement");
    expect(fr("La commune prévoit de rouvrir la piscine en mai.").map((x) => x.cue)).toEqual([null]);
  });
});

describe("facts confirmed, long bodies with their acronym", () => {
  it("reads a noun confirmed in the passive as the outlet's own fact, and 'it was confirmed that' as unsourced", () => {
    expect(fr("Le virus H5N1 a été confirmé lundi soir dans un élevage de poulets.").map((x) => [x.cue, x.attributionLevel, x.hedged])).toEqual([[null, "author_assertion", false]]);
    expect(en("The virus was confirmed on Monday at a farm in Kamuyu.").map((x) => [x.cue, x.attributionLevel])).toEqual([[null, "author_assertion"]]);
    expect(byCue(en("It was confirmed that the farm will close."), "was confirmed").attributionLevel).toBe("hedged_unsourced");
  });

  it("reads a body's long name with its acronym in brackets as the subject, and a centre as a body", () => {
    const c = byCue(fr("Dans un bilan transmis dimanche, le centre intégré de santé et de services sociaux (CISSS) de la région indique que seize patients ont été hospitalisés."), "indique");
    expect([c.claimant, c.attributionLevel]).toEqual(["le centre intégré de santé et de services sociaux (CISSS) de la région", "official_statement"]);
  });
});

describe("« à en croire », « se désoler », what the outlet has learnt", () => {
  it("reads « à en croire X » as « selon X », opening or closing the sentence", () => {
    const c = byCue(fr("À en croire l’échevine de l’Agriculture, Martine Gobert, ces indemnités ne couvriront « même pas la moitié » des pertes."), "À en croire");
    expect([c.claimant, c.attributionLevel]).toEqual(["l’échevine de l’Agriculture, Martine Gobert", "named_on_record"]);
    expect(byCue(fr("Les agents étaient 40 % en grève, à en croire le syndicat."), "à en croire").quote).toBe("Les agents étaient 40 % en grève");
  });

  it("reads « se désoler » with its pronoun only", () => {
    expect(byCue(fr("« Une marée, c’est 60 000 francs CFA de poisson », se désole Lamine Diédhiou, pêcheur."), "se désole").claimant).toBe("Lamine Diédhiou");
    expect(fr("Cette décision désole les habitants du quartier.").map((x) => x.cue)).toEqual([null]);
  });

  it("reads what the outlet has learnt as told by unnamed sources", () => {
    expect(byCue(fr("Nous avons appris que deux hôtels ont annulé leurs commandes."), "avons appris").attributionLevel).toBe("anonymous_bare");
  });
});

describe("figures set against each other with a role before the second name", () => {
  it("reads « tabler sur » and cuts the first figure where « quand » begins, past the second source's role", () => {
    const claims = fr("Le Département évalue à 2,5 millions d’euros le coût des travaux, quand le maire de Saint-Just, Régis Authier, table « plutôt sur le double ».");
    expect(byCue(claims, "évalue").quote).toBe("à 2,5 millions d’euros le coût des travaux");
    expect(byCue(claims, "table").claimant).toContain("Régis Authier");
    expect(fr("Le syndicat a posé une table au milieu de la place.").map((x) => x.cue)).toEqual([null]);
  });

  it("reads 'put the figure closer to' as an estimate set against the first after ', though'", () => {
    const claims = en("The department estimates repairs at $4.2 million, though Mayor Shirley Hynes put the figure closer to $7 million.");
    expect(byCue(claims, "estimates").quote).toBe("repairs at $4.2 million");
    expect(byCue(claims, "put").claimant).toBe("Mayor Shirley Hynes");
    // (The quotation may open before "closer".)
    const quoted = en("The department estimates repairs at $4.2 million, though Mayor Shirley Hynes put the figure “closer to seven, if they do it right this time.”");
    expect(byCue(quoted, "estimates").quote).toBe("repairs at $4.2 million");
    expect(byCue(quoted, "put").claimant).toBe("Mayor Shirley Hynes");
  });

  it("reads a figure in any currency, and a document's 'set the price at'", () => {
    const naira = byCue(en("A report by the state House of Assembly committee, sighted by The Morning Bugle, put the club's total liabilities at N3.1bn."), "put");
    expect([naira.claimant, naira.attributionLevel]).toEqual(["A report by the state House of Assembly committee, sighted by The Morning Bugle", "document"]);
    const review = byCue(en("The energy regulator’s October review set the pump price of petrol in Nairobi at KSh 184.50 a litre."), "set");
    expect([review.claimant, review.quote]).toEqual(["The energy regulator’s October review", "the pump price of petrol in Nairobi at KSh 184.50 a litre"]);
    // (A body that sets a fee decides it: no source.)
    expect(en("The council set the fee at £40 a year.").map((c) => c.cue)).toEqual([null]);
  });

  it("reads 'a figure X insisted was…' as X's view of the figure, and leaves the figure to the first source", () => {
    const claims = en("Torran says the scheme would pay £1.9 million, a figure Morag Lennie, treasurer of the campaign, insisted was “far too small”.");
    expect(byCue(claims, "says").quote).toBe("the scheme would pay £1.9 million");
    expect(byCue(claims, "insisted").claimant).toBe("Morag Lennie, treasurer of the campaign");
    // (With no first source, ", a figure" is no claim of the outlet's.)
    expect(en("The scheme would pay £1.9 million, a figure Morag Lennie insisted was “far too small”.").map((c) => [c.claimant, c.quote])).toEqual([[null, "The scheme would pay £1.9 million"], ["Morag Lennie", "was “far too small”"]]);
  });
});

describe("a date inside a speaker's description", () => {
  it("reads 'since 2021' in the description as a date, not the start of a clause", () => {
    const c = byCue(en("Mrs Ronke Alabi, a trader whose son has been held at the centre since 2021 over a theft allegation, said: “I have attended 14 court dates.”"), "said");
    expect(c.claimant).toBe("Mrs Ronke Alabi, a trader whose son has been held at the centre since 2021 over a theft allegation");
  });
});

describe("what the outlet gathered, and documents it obtained", () => {
  it("reads 'it was learnt / gathered that' as unnamed sources, and people gathering as no cue", () => {
    expect(en("It was gathered that the protest began in Block C.").map((x) => [x.cue, x.attributionLevel, x.claimant])).toEqual([["was gathered", "anonymous_bare", null]]);
    expect(byCue(en("It was learnt that the protest began in Block C."), "was learnt").attributionLevel).toBe("anonymous_bare");
    expect(en("Protesters gathered outside the court on Monday.").map((x) => x.cue)).toEqual([null]);
  });

  it("reads a letter obtained by the outlet's correspondent as a document, a command as a body and an outage map as a document", () => {
    expect(byCue(en("A letter from the welfare committee, a copy of which was obtained by our correspondent, said 117 strikers had been held for five years."), "said").attributionLevel).toBe("document");
    expect(byCue(en("The command insists every inmate still receives three meals a day."), "insists").attributionLevel).toBe("official_statement");
    expect(byCue(en("About 140 customers were still without power, according to the utility’s online outage map."), "according to").attributionLevel).toBe("document");
  });
});

describe("refusing a thing", () => {
  it("reads refusing food or bail as an act, and refusing to comment or an offer as a stance", () => {
    expect(en("Awaiting-trial inmates have refused food since Sunday in protest against poor feeding.").map((x) => x.cue)).toEqual([null]);
    expect(byCue(en("The union refused the offer, saying it was too low."), "refused").claimant).toBe("The union");
  });
});

describe("a reporter described by a relative clause", () => {
  it("reads what a reporter who went somewhere saw as the outlet's own witness", () => {
    const c = byCue(en("A Ledger reporter who reached the slide on Monday saw water still running across the road."), "saw");
    expect([c.attributionLevel, c.quote]).toEqual(["witnessed", "water still running across the road"]);
  });
});

describe("local officials' titles in Quebec, Belgium and Switzerland", () => {
  it("reads « la mairesse X », « la bourgmestre X », « l’échevine X », « le syndic X » as named people", () => {
    for (const who of ["La mairesse Chantal Lévesque", "La bourgmestre Régine Dussart", "L’échevine Martine Gobert", "Le syndic Pierre Rochat"]) {
      expect(byCue(fr(`${who} a rappelé que la commune n’approuve pas les plans.`), "a rappelé").attributionLevel).toBe("named_on_record");
    }
  });
});

describe("wire copy: an audience and a date after the cue", () => {
  it("keeps the words before \", the spy agency told lawmakers in a closed-door briefing Monday\" as what was said", () => {
    const claims = en("North Korea has shipped at least 3 million artillery shells to Russia, South Korea’s spy agency told lawmakers in a closed-door briefing Monday.");
    const c = byCue(claims, "told");
    expect([c.quote, c.claimant, c.attributionLevel]).toEqual(["North Korea has shipped at least 3 million artillery shells to Russia", "South Korea’s spy agency", "official_statement"]);
    // (And the audience with its circumstance is no claim of the outlet's.)
    expect(claims).toHaveLength(1);
  });

  it("reads \"Oct. 19\" as a date inside the source, and the document's participle as the end of its head", () => {
    const c = byCue(en("Commercial satellite images taken Oct. 19 by Orbis Terra and reviewed by APW show more than 40 freight cars at the rail yard."), "show");
    expect([c.quote, c.attributionLevel]).toEqual(["more than 40 freight cars at the rail yard", "document"]);
    // (An adjective before the noun is no participle: "The written judgment… found".)
    expect(byCue(en("The tribunal’s written decision, seen by the Chronicle, states that the accountants kept no record."), "states").attributionLevel).toBe("document");
  });
});

describe("wire copy: relayed words, hearsay and who was there", () => {
  it("reads \"the agency quoted X as saying/calling\" as the outlet relaying X", () => {
    const c = byCue(en("Interfax quoted Kremlin spokesman Dmitry Peskov as saying that the talks would resume in May."), "quoted Kremlin spokesman Dmitry Peskov as saying");
    expect([c.quote, c.claimant, c.attributionLevel]).toEqual(["the talks would resume in May", "Interfax, quoting Kremlin spokesman Dmitry Peskov", "secondary_report"]);
    const called = en("North Korea’s official news agency quoted Vice Foreign Minister Ri Song-chol as calling the briefing “a fabrication”.");
    expect(called.map((x) => [x.quote, x.attributionLevel])).toEqual([["the briefing “a fabrication”", "secondary_report"]]);
    // (The passive is a quotation of the person: "was quoted as saying".)
    expect(en("Peskov was quoted as saying that the talks would resume.").some((x) => x.cue?.startsWith("quoted Peskov"))).toBe(false);
  });

  it("reads \"X was quoted by an outlet as saying\" as X's words relayed by that outlet", () => {
    const c = byCue(en("Betara’s interior minister, Joseph Olanga-Musa, was quoted by the state news agency BNA as saying that “not a single prisoner” had been released."), "was quoted by the state news agency BNA as saying");
    expect([c.quote, c.claimant, c.attributionLevel]).toEqual(["“not a single prisoner” had been released", "Betara’s interior minister, Joseph Olanga-Musa, quoted by the state news agency BNA", "secondary_report"]);
    expect(byCue(en("The mayor was quoted in the Daily Star as saying the bridge would reopen in May."), "was quoted in the Daily Star as saying").attributionLevel).toBe("secondary_report");
    // (With no outlet named, the person's own words.)
    const plain = byCue(en("Peskov was quoted as saying that the talks would resume in May."), "was quoted as saying");
    expect([plain.quote, plain.claimant, plain.attributionLevel]).toEqual(["the talks would resume in May", "Peskov", "named_on_record"]);
  });

  it("reads a named person quoted by another outlet as a secondary report, in French too", () => {
    expect(byCue(fr("Le ministre de l’Intérieur, Joseph Olanga, cité par l’agence BNA, a assuré qu’aucun prisonnier n’avait été libéré."), "a assuré").attributionLevel).toBe("secondary_report");
    expect(byCue(en("Interior minister Joseph Olanga, quoted by the state news agency BNA, said no prisoner had been released."), "said").attributionLevel).toBe("secondary_report");
    // (A person who cites a document is no outlet relaying anyone.)
    expect(byCue(fr("Selon l’Observatoire régional de l’énergie, cité par Hélène Varjac, la consommation a baissé de 12 %."), "Selon").attributionLevel).toBe("document");
  });

  it("marks \"is also reportedly seeking\" as hearsay even where no source is read", () => {
    const c = en("Russia is also reportedly seeking a new batch of North Korean multiple rocket launchers.")[0]!;
    expect([c.attributionLevel, c.hedged]).toEqual(["hedged_unsourced", true]);
  });

  it("leaves the time between a subject and its verb out of the source (\"an APW journalist last week saw\")", () => {
    expect(byCue(en("In the village, an APW journalist last week saw dozens of empty ammunition crates."), "saw").claimant).toBe("an APW journalist");
    expect(byCue(en("The ministry on Monday said 40 people had died."), "said").claimant).toBe("The ministry");
  });

  it("ends an attribution inside the opening phrase's relative clause at that phrase's comma", () => {
    const claims = en("At a position that Ukrainian troops said they had captured in October, an APW journalist saw dozens of empty crates stenciled with Korean lettering.");
    expect(claims.map((x) => [x.quote, x.attributionLevel])).toEqual([
      ["they had captured in October", "anonymous_described"],
      ["dozens of empty crates stenciled with Korean lettering", "witnessed"],
    ]);
  });
});

describe("foreign-desk copy: channels, governed infinitives, reports and ranks", () => {
  it("reads the source after « a écrit sur X » as the poster, relayed from the platform", () => {
    const c = byCue(fr("« Il n’y a pas de troupes rwandaises en RDC », a écrit sur X la porte-parole du gouvernement, Aline Uwamahoro-Gasana."), "a écrit");
    expect([c.quote, c.attributionLevel]).toEqual(["Il n’y a pas de troupes rwandaises en RDC", "secondary_report"]);
    expect(c.claimant).toContain("Aline Uwamahoro-Gasana");
  });

  it("reads « a tenu à préciser que », « s’est borné à indiquer que », « s’est contenté de dire que » as cues", () => {
    for (const [sentence, cue] of [
      ["Le ministère a tenu à préciser que les deux parties étaient convenues de créer un mécanisme.", "a tenu à préciser"],
      ["Le ministère s’est borné à indiquer dans un communiqué que les deux parties étaient convenues de créer un mécanisme.", "s’est borné à indiquer"],
      ["Le ministère s’est contenté de dire que les deux parties étaient convenues de créer un mécanisme.", "s’est contenté de dire"],
    ] as const) {
      const c = byCue(fr(sentence), cue);
      expect([c.quote, c.attributionLevel]).toEqual(["les deux parties étaient convenues de créer un mécanisme", "official_statement"]);
    }
  });

  it("rates what a body said in a report as the report's, and drops a verb whose source sits inside those words", () => {
    const claims = en("The UN monitoring mission said in a report in October that 95 per cent of released prisoners it interviewed described torture.");
    expect(claims.map((c) => [c.quote, c.attributionLevel])).toEqual([["95 per cent of released prisoners it interviewed described torture", "document"]]);
    expect(byCue(fr("L’observatoire a indiqué dans un rapport publié mardi que 40 % des logements sont vacants."), "a indiqué").attributionLevel).toBe("document");
  });

  it("keeps a rank before a name with the name (\"Brig. Gen.\", « le général de brigade »)", () => {
    expect(byCue(en("The army spokesman, Brig. Gen. Nabil Haj-Ali, said the purchases were legal."), "said").claimant).toBe("The army spokesman, Brig. Gen. Nabil Haj-Ali");
    expect(byCue(fr("Le porte-parole de l’armée, le général de brigade Nabil Haj-Ali, a assuré que les achats sont légaux."), "a assuré").attributionLevel).toBe("named_on_record");
  });
});

describe("a study's apposition, a body taken up, a speaker's own figures", () => {
  it("reads a participle's phrase after the subject as its apposition, no claim of its own", () => {
    const claims = en("A study by researchers at the University of Brackenfield, published in October and based on 2,400 pregnancies, found that children exposed to the drug were three times as likely to be diagnosed with autism.");
    expect(claims.map((c) => [c.claimant, c.attributionLevel])).toEqual([["A study by researchers at the University of Brackenfield", "document"]]);
  });

  it("takes up the body named before with « l’institution », \"the institution\"", () => {
    const c = en("The Central Bank of Madagascar raised its rate on Thursday. According to the institution, inflation is fuelled by the price of rice.").find((x) => x.cue === "According to")!;
    expect([c.attributionLevel, c.claimant]).toEqual(["official_statement", "the institution (The Central Bank)"]);
    expect(byCue(fr("La Banque centrale a relevé son taux jeudi. Selon l’institution, l’inflation est alimentée par le prix du riz."), "Selon").attributionLevel).toBe("official_statement");
  });

  it("gives « selon ses calculs » to the person who just spoke", () => {
    const c = byCue(fr("« Ce panier n’a pas été révisé depuis 2007 », affirme Mialy Andrianjafy, économiste. Selon ses calculs, l’inflation réelle dépasserait 14 %."), "Selon");
    expect([c.claimant, c.attributionLevel]).toEqual(["Mialy Andrianjafy", "named_on_record"]);
  });

  it("rates what a committee judged « dans un avis » as a document, not « dans un bilan »", () => {
    expect(byCue(fr("Dans un avis publié en septembre, le comité de pharmacovigilance jugeait « plausible » un lien entre la molécule et ces lésions."), "jugeait").attributionLevel).toBe("document");
    expect(byCue(fr("Dans un bilan transmis dimanche, le centre de santé indique que seize patients ont été hospitalisés."), "indique").attributionLevel).toBe("official_statement");
  });
});

describe("capitals for governments, and \"suspected\" before its noun", () => {
  it("reads « selon Bruxelles », \"Kigali said\" as the government speaking", () => {
    const c = byCue(fr("Les trois sociétés ont affrété au moins 40 pétroliers depuis 2024, selon Bruxelles."), "selon");
    expect([c.claimant, c.attributionLevel]).toEqual(["Bruxelles (European Union)", "official_statement"]);
    expect(byCue(en("Kigali said no Rwandan troops were in Congo."), "said").attributionLevel).toBe("official_statement");
  });

  it("does not hedge \"212 reports of suspected harm\", and still hedges \"was suspected of\"", () => {
    expect(byCue(en("The regulator said it had received 212 reports of suspected harm in babies since 2015."), "said").hedged).toBe(false);
    expect(byCue(en("Police said the driver was suspected of having drunk alcohol."), "said").hedged).toBe(true);
  });
});

describe("leaks and budgets: subjects with asides", () => {
  it("keeps an aside between dashes out of the subject", () => {
    const c = byCue(en("The documents — a chain of 14 emails and a briefing note dated Nov. 19, 2024 — show that the chief of staff asked officials to expedite the transfer."), "show");
    expect([c.claimant, c.attributionLevel, c.quote]).toEqual(["The documents", "document", "the chief of staff asked officials to expedite the transfer"]);
  });

  it("skips a participle's phrase and a relative clause after a French subject (« Les documents, révélés… et que Le Vigilant a pu consulter, montrent »)", () => {
    const c = byCue(fr("Les documents, révélés vendredi par le site Fil d’Enquête et que Le Vigilant a pu consulter, montrent que Pieter Verhoeven détient 12 % du capital de Kessel Invest."), "montrent");
    expect([c.claimant, c.attributionLevel]).toEqual(["Les documents", "document"]);
  });

  it("reads no apposition after « Selon lui, »", () => {
    const c = byCue(fr("« Le gel du barème est un impôt caché », estime Julien Abadie, professeur d’économie. Selon lui, le dernier gel comparable, en 2012, avait rendu imposables 410 000 foyers."), "Selon");
    expect([c.claimant, c.quote]).toEqual(["Julien Abadie", "le dernier gel comparable, en 2012, avait rendu imposables 410 000 foyers"]);
  });

  it("rates « selon l’indice des prix » and « le même avis » as documents", () => {
    expect(byCue(fr("Selon l’indice des prix à la consommation publié par l’INS, le prix du riz a augmenté de 19 % en deux ans."), "Selon").attributionLevel).toBe("document");
    const same = fr("Dans son avis publié le 14 octobre, le HCFP juge cette prévision optimiste. Le même avis relève que le déficit de 2024 a atteint 5,8 % du PIB.");
    expect(byCue(same, "relève").attributionLevel).toBe("document");
  });
});

describe("fact-checks: the desk's own figures, agents and careers", () => {
  it("rates « selon nos calculs », \"by our calculation\" as the outlet's own assertion, and a count as its witness", () => {
    expect(byCue(fr("Soit une baisse de 22 %, selon nos calculs, loin d’une division par deux."), "selon").attributionLevel).toBe("author_assertion");
    expect(byCue(en("By our calculation, imports covered about 18 per cent of what Kenyans ate."), "By our calculation").attributionLevel).toBe("author_assertion");
    expect(byCue(en("By our count, about 1,500 people attended."), "By our count").attributionLevel).toBe("witnessed");
  });

  it("takes no participle with its agent for a cue (\"the prices published by regulators\")", () => {
    const claims = en("We compared it with the prices published by regulators in Tanzania and Uganda, and found that petrol was dearer in Rwanda than in Kenya.");
    expect(claims.some((c) => c.cue === "published")).toBe(false);
    expect(byCue(claims, "found").claimant).toBe("We");
  });

  it("makes no claim of a speaker's career after an inverted source, nor of an aside between dashes", () => {
    const speaker = en("“People are losing income there, not formal jobs,” said Wanjiru Kamau, a labour economist at the Mizani Policy Institute who has studied youth employment for 15 years.");
    expect(speaker.map((c) => c.quote)).toEqual(["People are losing income there, not formal jobs"]);
    const dashes = en("The documents — a chain of 14 emails and a briefing note dated Nov. 19, 2024 — show that the chief of staff asked officials to expedite the transfer.");
    expect(dashes.some((c) => c.quote.startsWith("a chain of 14 emails"))).toBe(false);
  });
});

describe("tolls, investigations and rumours", () => {
  it("keeps \"the toll rose to 41, the institute said, as floodwaters kept rising\" as what the institute said", () => {
    const c = byCue(en("The death toll from Cyclone Tarsila rose to 41 on Thursday, the country’s disaster management institute said, as floodwaters kept rising along the river."), "said");
    expect(c.quote).toBe("The death toll from Cyclone Tarsila rose to 41 on Thursday");
  });

  it("takes up the prosecutor just quoted with « selon le magistrat »", () => {
    const claims = fr("Les coups de feu ont éclaté vers 23 h 40, a précisé le procureur de la République, Thierry Bonnafous. L’un des blessés se trouve dans un état grave, selon le magistrat.");
    expect(byCue(claims, "selon").attributionLevel).toBe("named_on_record");
    expect(byCue(claims, "selon").claimant).toContain("Bonnafous");
  });

  it("reads « Dès la nuit, » as a time phrase before the subject", () => {
    const c = byCue(fr("Dès la nuit, des messages ont circulé sur Snapchat et TikTok, affirmant qu’une deuxième fusillade avait éclaté dans le quartier voisin."), "affirmant");
    expect(c.claimant).toBe("des messages");
  });
});

describe("who « elle » means at a trial", () => {
  it("reads a title before a name for no first name (« Me Olivier Detienne »), so « a-t-elle déclaré » means the woman named since", () => {
    const claims = fr("« C’est lui qui a appelé les secours », a soutenu Me Olivier Detienne. « Il est venu pour parler », a répété Me Detienne. La déposition la plus attendue était celle de Nathalie Deschaumes, la sœur cadette de la victime. « Luc m’a dit la veille qu’il avait peur de lui », a-t-elle déclaré.");
    expect(byCue(claims, "a-t-elle déclaré").claimant).toBe("Nathalie Deschaumes");
  });

  it("takes a role with a person's name for a person later pronouns mean (« Pour l’avocate générale, Isabelle Wauthier, … Elle a rappelé »)", () => {
    const claims = fr("« Luc avait peur », a déclaré Nathalie Deschaumes, la sœur de la victime. Pour l’avocate générale, Isabelle Wauthier, la thèse de la bagarre « ne tient pas ». Elle a rappelé que l’accusé avait acheté une barre de fer trois jours avant les faits.");
    expect(byCue(claims, "a rappelé").claimant).toContain("Isabelle Wauthier");
  });

  it("gives « L’ombudsman…, Nathalie Courchesne » the gender of her first name", () => {
    const claims = fr("L’ombudsman des services publics, Nathalie Courchesne, réclame la suspension du projet. « Mon bureau a reçu 340 plaintes depuis février », a-t-elle ajouté.");
    expect(byCue(claims, "a-t-elle ajouté").claimant).toContain("Nathalie Courchesne");
  });
});

describe("viral posts and calls answered", () => {
  it("reads \"a post by the MP claiming that “…”\" as the post relaying the claim, which ends before the main verb", () => {
    const c = byCue(en("A post on X by opposition MP Jabali Omondi-Wekesa claiming that “Kenya now imports 70 per cent of the maize it eats” had been viewed more than 2.3 million times by Monday."), "claiming");
    expect([c.quote, c.attributionLevel]).toEqual(["Kenya now imports 70 per cent of the maize it eats", "secondary_report"]);
    // (", saying “no concession” had been made": the words run on.)
    expect(byCue(en("The ministry issued a statement on Monday, saying “no concession of any kind” had been made to the kidnappers."), "saying").quote).toContain("had been made");
  });

  it("takes no call answered for a reply (« auquel onze entreprises avaient répondu »)", () => {
    const claims = fr("Sur LinkedIn, Hydrelys a assuré mardi que le subside avait été accordé « au terme d’un appel à projets ouvert », auquel onze entreprises avaient répondu, et que ni la ministre ni son époux n’avaient « jamais siégé » dans ses organes de direction.");
    expect(claims.map((c) => c.cue)).toEqual(["a assuré", "a assuré"]);
    expect(claims[1]!.quote).toContain("jamais siégé");
  });
});

describe("hearsay with no source", () => {
  it("makes the whole clause the hedge, not a fragment after a verb taken for a cue", () => {
    const virus = en("The virus is believed to have been carried by migratory birds that winter around Lake Simbara.");
    expect(virus.map((c) => [c.quote, c.attributionLevel, c.hedged])).toEqual([["The virus is believed to have been carried by migratory birds that winter around Lake Simbara", "hedged_unsourced", true]]);
    const russia = en("Russia is also reportedly seeking a new batch of North Korean multiple rocket launchers.");
    expect(russia.map((c) => [c.quote, c.attributionLevel])).toEqual([["Russia is also reportedly seeking a new batch of North Korean multiple rocket launchers", "hedged_unsourced"]]);
  });
});

describe("a politician's titles and the outlet spoken to", () => {
  it("takes up « Le conseiller national X » with « Le député »", () => {
    const claims = fr("Le conseiller national Jean-Marc Pittet, élu de la droite conservatrice, conteste l’étude. Le député affirme en outre que la mortalité reste « inférieure à celle de 2022 ».");
    expect(byCue(claims, "affirme").claimant).toContain("Pittet");
  });

  it("skips an outlet's name of several words before the speaker (« a déclaré mardi à Ondes Romandes Claire-Anne Dubosson »)", () => {
    expect(byCue(fr("« Nous n’avons rien inventé », a déclaré mardi à Ondes Romandes Claire-Anne Dubosson, climatologue à l’IRCA."), "a déclaré").claimant).toContain("Claire-Anne Dubosson");
  });
});

describe("two people named together, then taken up", () => {
  it("reads \"the researchers say\" after \"Hannah Okonkwo-Reid and Liam Tranh … said\" as those two, on the record", () => {
    const claims = en("Hannah Okonkwo-Reid and Liam Tranh, who run the security firm Gridline, said they found an unprotected web address. “We could read it,” Ms Okonkwo-Reid said. Brolga Labs puts the number at “fewer than 9,000”, while the researchers say the logs covered about 48,000.");
    const c = byCue(claims, "say");
    expect([c.claimant, c.attributionLevel]).toEqual(["Hannah Okonkwo-Reid and Liam Tranh", "named_on_record"]);
    // (With no pair named before, the researchers stay unnamed.)
    expect(byCue(en("The researchers say the logs covered about 48,000."), "say").attributionLevel).toBe("anonymous_described");
  });
});

describe("foreign-desk attributions of the fourth blind round", () => {
  it("rates what a firm says « dans une note » or 'in a note' as the document's", () => {
    expect(byCue(fr("La société norvégienne Kestrel Geo estime dans une note publiée mercredi qu’une partie des véhicules pourraient être des leurres."), "estime").attributionLevel).toBe("document");
    expect(byCue(en("The bank said in a note to clients that inflation would peak in March."), "said").attributionLevel).toBe("document");
  });

  it("reads the outlet's reporter as the witness past an aside (« Notre journaliste, présent dans la tribune de presse, a vu »)", () => {
    expect(byCue(fr("Notre journaliste, présent dans la tribune de presse, a vu une dizaine d’élus lever des pancartes au moment du vote."), "a vu").attributionLevel).toBe("witnessed");
  });

  it("keeps a title before the name apposed to « selon sa coordinatrice »", () => {
    expect(byCue(fr("L’ONG a pris en charge 312 blessés depuis vendredi, selon sa coordinatrice d’urgence, la docteure Fatimé Zara Ousmane."), "selon").claimant).toBe("sa coordinatrice d’urgence, la docteure Fatimé Zara Ousmane");
  });

  it("takes up the person just named with « l’intéressé »", () => {
    const claims = fr("Le ministre du Budget, Pieter Claessens, a été mis en cause mercredi. « Je n’ai jamais demandé de report », a démenti l’intéressé jeudi.");
    expect(byCue(claims, "a démenti").claimant).toBe("Pieter Claessens");
  });

  it("reads a paper named alone after the article said what it is as another outlet, and a hearsay verb inside what it has as part of it", () => {
    const claims = fr("Les débats ont tourné autour d’une note révélée mercredi par le quotidien flamand De Avondpost. Selon De Avondpost, le ministre du Budget, Pieter Claessens, aurait plaidé en conseil des ministres pour reporter le vote à janvier.");
    const paper = byCue(claims, "Selon");
    expect([paper.claimant, paper.attributionLevel, paper.quote]).toEqual(["De Avondpost", "secondary_report", "le ministre du Budget, Pieter Claessens, aurait plaidé en conseil des ministres pour reporter le vote à janvier"]);
    expect(claims.map((c) => c.cue)).toEqual([null, "Selon"]);
  });
});

describe("what is not a source in foreign-desk copy", () => {
  it("reads a participle set off after the opening subject as its description, not a cue", () => {
    expect(en("The draft text, first posted overnight on the Telegram channel Granitsa Live, runs to 11 pages.").map((c) => c.cue)).toEqual([null]);
    // (After another word set off, or after a clause, the verb is the sentence's.)
    expect(byCue(en("Smith, however, claimed the vote was rigged."), "claimed").claimant).toBe("Smith, however");
    expect(byCue(en("The minister, who visited the site, claimed the bridge was safe."), "claimed").claimant).toBe("The minister, who visited the site");
  });

  it("reads running for office as no view ('is seeking a third term')", () => {
    expect(en("Oketch-Waruma, 68, is seeking a third term after a 2022 amendment scrapped term limits.").map((c) => c.cue)).toEqual([null]);
  });

  it("rates a rights network as a body, a broadcasting network and a foreign paper citing a source as outlets", () => {
    expect(byCue(en("The Lowara Human Rights Network said at least six people have been killed."), "said").attributionLevel).toBe("official_statement");
    expect(byCue(en("The Eastern Broadcasting Network said at least six people have been killed."), "said").attributionLevel).toBe("secondary_report");
    expect(byCue(en("Colombia’s El Heraldo Andino, citing a military source, reported that four fighter jets had been moved."), "reported").attributionLevel).toBe("secondary_report");
  });
});

describe("the audience and a relative clause around an inverted source", () => {
  it("reads the words before 'X told the Meridian, adding that…'", () => {
    const claims = en("More than half are children, UNHCR spokesperson Mira Castellanos-Holt told the Meridian, adding that the agency had flown in 2,000 tents.");
    expect([byCue(claims, "told").claimant, byCue(claims, "told").quote]).toEqual(["UNHCR spokesperson Mira Castellanos-Holt", "More than half are children"]);
    expect(byCue(claims, "adding").quote).toBe("the agency had flown in 2,000 tents");
  });

  it("makes no claim of a verb in a relative clause inside the source ('whose 24 MPs voted against the bill')", () => {
    const claims = en("New Labour Federation Leader Aurélie Gendron-Walsh, whose 24 MPs voted against the bill, called it “a blank cheque.”");
    expect(claims.map((c) => c.cue)).toEqual(["called"]);
  });
});

describe("people quoted by another outlet", () => {
  it("rates unnamed officials quoted or cited by an outlet as its secondary report, not a document cited by a body", () => {
    expect(byCue(fr("La Sarvanie a livré au moins 140 000 obus, selon des responsables occidentaux cités mercredi par l’agence Hexa Presse."), "selon").attributionLevel).toBe("secondary_report");
    expect(byCue(en("Two officials quoted by the Korea Herald said the talks had stalled."), "said").attributionLevel).toBe("secondary_report");
    expect(byCue(fr("Selon l’enquête nationale de victimation citée par l’ONFC, 1,9 % des ménages sont cambriolés chaque année."), "Selon").attributionLevel).toBe("document");
  });
});

describe("images and records as subjects", () => {
  it("reads images or records named with their agent and dates as the document that shows", () => {
    const images = byCue(en("Images captured by the commercial satellite operator Aurelis Space between Oct. 28 and Nov. 14 show four cargo ships docking at the port of Selvik."), "show");
    expect([images.claimant, images.attributionLevel, images.quote]).toEqual(["Images captured by the commercial satellite operator Aurelis Space between Oct. 28 and Nov. 14", "document", "four cargo ships docking at the port of Selvik"]);
    expect(byCue(en("But inspection records obtained by KVRN 8 show the log had no entries for 23 days in June."), "show").claimant).toBe("inspection records obtained by KVRN 8");
    // (A relative "that" inside the subject, then one between commas.)
    const report = byCue(en("A confidential report by the U.N. panel of experts that monitors sanctions on Amarkand, which was seen by The Perimeter, documented at least three earlier deliveries by sea in 2024."), "documented");
    expect([report.claimant, report.attributionLevel]).toEqual(["A confidential report by the U.N. panel of experts that monitors sanctions on Amarkand, which was seen by The Perimeter", "document"]);
    // (A number before a verb's base form is still a count of a plural noun.)
    expect(en("About 20 states report cases.").map((c) => c.cue)).toEqual([null]);
  });
});

describe("claims that are none, and a document taken up by « il »", () => {
  it("reads a disaster's toll, a land or a prize claimed as no statement, and victory or responsibility claimed as one", () => {
    expect(en("The flood claimed 12 lives on Sunday.").map((c) => c.cue)).toEqual([null]);
    expect(en("It has claimed the Essequibo region for more than a century.").map((c) => c.cue)).toEqual([null]);
    expect(byCue(en("The group claimed responsibility for the attack."), "claimed").claimant).toBe("The group");
    expect(byCue(fr("La coalition revendique la victoire de sa candidate avec 51,7 % des voix."), "revendique").quote).toBe("la victoire de sa candidate avec 51,7 % des voix");
  });

  it("takes up the report of the last sentence with « Il »", () => {
    const claims = fr("« Ce vote dit aux Ukrainiens que la Belgique tient parole », a lancé le président de la commission, Geert Van Hoeymissen. Le rapport de la commission de la Défense relève que 38 % des munitions n’avaient pas été livrées au 30 septembre. Il pointe aussi des stocks d’obus « inférieurs au seuil minimal fixé par l’OTAN ».");
    const it = byCue(claims, "pointe");
    expect([it.claimant, it.attributionLevel]).toEqual([byCue(claims, "relève").claimant, "document"]);
  });
});

describe("a cleft that attributes the sentence before", () => {
  it("gives the sentence before to « C’est ce qu’affirme X » and 'That is what X says'", () => {
    const assessment = fr("Titre\n\nLa Russie aurait déployé 12 000 soldats près de la frontière depuis septembre. C’est ce qu’affirme une évaluation du renseignement militaire finlandais dont le quotidien Helsingin Aamu a publié des extraits mardi.");
    expect(assessment.map((c) => [c.cue, c.quote])).toEqual([["affirme", "La Russie aurait déployé 12 000 soldats près de la frontière depuis septembre"]]);
    expect(byCue(assessment, "affirme").claimant).toMatch(/^une évaluation du renseignement militaire finlandais/);
    const troops = en("Title\n\nRussia has deployed 12,000 troops near the border. That is what a Finnish intelligence assessment says.");
    expect(troops.map((c) => [c.claimant, c.quote])).toEqual([["a Finnish intelligence assessment", "Russia has deployed 12,000 troops near the border"]]);
  });
});

describe("what a text provides for", () => {
  it("reads 'provides for' after a text, a draft or a copy as the document's, and not a body's providing", () => {
    const copy = byCue(en("A copy seen by the Northgate Post provides for a 30km demilitarised buffer zone along the front line."), "provides for");
    expect([copy.claimant, copy.attributionLevel, copy.quote]).toEqual(["A copy seen by the Northgate Post", "document", "a 30km demilitarised buffer zone along the front line"]);
    expect(en("The charity provides food for 300 families.").map((c) => c.cue)).toEqual([null]);
  });
});

describe("the outlet's fact joined to its hedge", () => {
  it("makes two claims of a sentence whose second clause is hedged and first is not", () => {
    const claims = en("Title\n\nThe agreement that funds the program expires in March 2026 and is expected to be renegotiated this fall.");
    expect(claims.map((c) => [c.quote, c.hedged])).toEqual([["The agreement that funds the program expires in March 2026", false], ["is expected to be renegotiated this fall", true]]);
    const show = fr("Titre\n\nL’organisation a annulé le spectacle de clôture prévu dimanche soir et devrait annoncer d’ici vendredi si l’édition 2026 aura lieu.");
    expect(show.map((c) => [c.quote, c.hedged])).toEqual([["L’organisation a annulé le spectacle de clôture prévu dimanche soir", false], ["devrait annoncer d’ici vendredi si l’édition 2026 aura lieu", true]]);
    // (A sentence hedged, or not, throughout stays one claim.)
    expect(en("Title\n\nThe bridge may close in May and could stay shut until June.").map((c) => c.hedged)).toEqual([true]);
  });
});

describe("nouns that look like verbs in the subject", () => {
  it("reads 'Russian state news agency X' and 'Voice notes circulating on WhatsApp' as subjects", () => {
    const agency = byCue(en("Title\n\nRussian state news agency Derzhava-Info, citing a source in the Defence Ministry, gave a different account, reporting that the swap had been delayed."), "reporting");
    expect([agency.claimant, agency.attributionLevel]).toEqual(["Russian state news agency Derzhava-Info", "secondary_report"]);
    const notes = en("Title\n\nVoice notes circulating on WhatsApp claimed on Wednesday that the dam upstream had burst.");
    expect(notes.map((c) => [c.cue, c.claimant])).toEqual([["claimed", "Voice notes circulating on WhatsApp"]]);
    expect(byCue(en("Title\n\nHe says living in the valley is hard."), "says").quote).toBe("living in the valley is hard");
  });
});

describe("a paper's name ending on a document's word", () => {
  it("reads 'the Westmere Evening Post reported on Wednesday' as the paper's report of the words before", () => {
    const claims = en("Title\n\nThe opposition’s health spokesman, Callum Drury, accused the minister of having “misled the Assembly”, the Westmere Evening Post reported on Wednesday.");
    const paper = byCue(claims, "reported");
    expect([paper.claimant, paper.attributionLevel]).toEqual(["the Westmere Evening Post", "secondary_report"]);
    expect(byCue(claims, "accused").quote).toBe("the minister of having “misled the Assembly”");
    // (A post published on a day is still no cue.)
    expect(en("Title\n\nA post published on Monday drew 4,000 shares.").map((c) => c.cue)).toEqual([null]);
  });
});

describe("fleets, statements relayed by an agency, and what data place", () => {
  it("rates two people who asked not to be named as described anonymous sources", () => {
    expect(byCue(fr("Titre\n\nDeux courtiers maritimes, qui ont requis l’anonymat, affirment que les affréteurs paient ces navires 30 % au-dessus du prix du marché."), "affirment").attributionLevel).toBe("anonymous_described");
  });

  it("rates a body's statement carried by a news agency as that agency's relay", () => {
    expect(byCue(en("Title\n\nIn a statement carried by the regional news agency East Horn Press, the LLA described the release as “a goodwill gesture”."), "described").attributionLevel).toBe("secondary_report");
    expect(byCue(fr("Titre\n\nDans un communiqué relayé par l’agence Kessar Presse, le FAHK affirme avoir obtenu la libération de vingt-trois combattants."), "affirme").attributionLevel).toBe("secondary_report");
  });

  it("reads where data place a ship as the document's, and a land claimed before its claimant as no cue", () => {
    const data = byCue(fr("Titre\n\nLes données de suivi AIS compilées par la société Navitrace placent le Marinela II à 11,8 milles nautiques de la côte."), "placent");
    expect([data.attributionLevel, data.quote]).toEqual(["document", "le Marinela II à 11,8 milles nautiques de la côte"]);
    expect(en("Title\n\nThe data places the encounter 14 nautical miles inside the boundary Pentara claims – and six miles inside the one Halvoria claims.").map((c) => c.cue)).toEqual(["places"]);
    // (« sur place » is no verb.)
    expect(byCue(fr("Titre\n\nMercredi, L’Écho a constaté sur place que la galerie de deux maisons pendait dans le vide."), "a constaté").quote).toBe("la galerie de deux maisons pendait dans le vide");
  });
});

describe("coups, inquiries and agencies", () => {
  it("reads a paper's verb after its citing aside ('X, citing a doctor, reports that…')", () => {
    const c = byCue(en("Title\n\nThe Pan-African News Service (PANS), citing a doctor at Mbarazi General Hospital, reports that at least nine people have been treated for gunshot wounds."), "reports");
    expect([c.attributionLevel, c.quote]).toEqual(["secondary_report", "at least nine people have been treated for gunshot wounds"]);
  });

  it("rates an officer who identified himself by name as on the record, with no claim of his naming", () => {
    const claims = en("Title\n\nAn officer who identified himself as Col. Daniel Muthee-Sikuku said a council had dissolved the government.");
    expect(claims.map((c) => [c.cue, c.attributionLevel])).toEqual([["said", "named_on_record"]]);
  });

  it("rates a national press agency as an outlet, and satellite imagery as a document", () => {
    expect(byCue(fr("Titre\n\nL’Agence amaranienne de presse (AAP), officielle, a affirmé que les victimes étaient des combattants."), "a affirmé").attributionLevel).toBe("secondary_report");
    expect(byCue(en("Title\n\nSatellite imagery from the provider Meridian Orbital, analysed by the research group Terrascope, shows 86 buildings were burnt."), "shows").attributionLevel).toBe("document");
  });
});

describe("two platforms named together", () => {
  it("reads « Sur ses comptes Facebook et X, la présidence a assuré… » as posts", () => {
    expect(byCue(fr("Titre\n\nSur ses comptes Facebook et X, la présidence a assuré que « la situation est entièrement sous contrôle »."), "a assuré").attributionLevel).toBe("secondary_report");
  });
});

describe("an aside between dashes before an inverted source", () => {
  it("reads the words before '— nearly one in five — the Federation said in a memorandum'", () => {
    const c = byCue(en("Title\n\nThe district has 1,930 teaching posts lying vacant — nearly one in five — the Bhuvanpur Primary Teachers’ Federation said in a memorandum to the Collector."), "said");
    expect([c.claimant, c.quote]).toEqual(["the Bhuvanpur Primary Teachers’ Federation", "The district has 1,930 teaching posts lying vacant — nearly one in five"]);
    // (An aside in the subject still belongs to it.)
    expect(byCue(en("Title\n\nThe documents — a chain of 14 emails and a briefing note — show the minister knew."), "show").claimant).toBe("The documents");
  });
});

describe("« pour qui » after a source", () => {
  it("gives the rest of the sentence to the source « pour qui » follows, past its apposition", () => {
    const colonel = fr("Titre\n\n« Aucune unité n’était déployée à Béridja », a affirmé son porte-parole, le colonel Théodore Mbassi-Ngando, pour qui le village était alors « sous le contrôle de groupes terroristes ».");
    expect(colonel.map((c) => [c.cue, c.quote])).toEqual([["a affirmé", "Aucune unité n’était déployée à Béridja"], ["pour qui", "le village était alors « sous le contrôle de groupes terroristes »"]]);
    const town = fr("Titre\n\nLe dépouillement a commencé avant la fermeture du scrutin, ce que dément la mairie, pour qui l’urne a été ouverte « à 18 h 02 précises ».");
    expect([byCue(town, "pour qui").claimant, byCue(town, "pour qui").attributionLevel]).toEqual(["la mairie", "official_statement"]);
    expect(byCue(fr("Titre\n\n« Nous avons déjà vu ce scénario », rappelle Sarah Vandenbroucke-Lemaire, juriste de l’UFP, pour qui un club incapable de payer ses joueurs ne devrait pas recevoir de licence."), "pour qui").claimant).toBe("Sarah Vandenbroucke-Lemaire, juriste de l’UFP");
  });
});

describe("'it' after a body that spoke", () => {
  it("takes up the body that spoke last with 'it', as a body, whatever its name looks like", () => {
    const claims = en("Title\n\nThe presidency said the situation was under control. The East Lakes Community (ELC) says it has dispatched a mediation team to Mbarazi. In a statement, it said heads of state would meet for an emergency summit on Friday.");
    const summit = claims[2]!;
    expect([summit.claimant, summit.attributionLevel]).toEqual(["The East Lakes Community (ELC)", "official_statement"]);
    const halden = en("Title\n\nHalden said in a statement that a faulty thermostat may fail to cut the power. It added that it was aware of 14 incidents.");
    expect(byCue(halden, "added").attributionLevel).toBe("official_statement");
  });
});

describe("a unit that looks like a verb", () => {
  it("reads « 98 000 tonnes » as a weight, and « a tonné le ministre » as a cue", () => {
    expect(fr("Titre\n\nLe navire transportait 98 000 tonnes de brut.").map((c) => c.cue)).toEqual([null]);
    expect(byCue(fr("Titre\n\n« C'est inacceptable », a tonné le ministre."), "a tonné").claimant).toMatch(/^le ministre/);
  });
});

describe("a French body's name and the words between it and its verb", () => {
  it("reads « y » before the verb as part of the cue, not as who speaks", () => {
    const c = byCue(fr("Un officier a lu une déclaration à l’antenne. Le groupe, qui se présente comme le Conseil militaire de redressement national, y annonce « la dissolution du gouvernement »."), "y annonce");
    expect([c.quote, c.claimant?.startsWith("Le groupe"), c.attributionLevel]).toEqual(["la dissolution du gouvernement", true, "official_statement"]);
  });

  it("reads a verb after a body's acronym in brackets as the body speaking (« (CMRN) annonce la… »)", () => {
    const c = byCue(fr("Le Conseil militaire de redressement national (CMRN) annonce la dissolution du gouvernement."), "annonce");
    expect([c.quote, c.attributionLevel]).toEqual(["la dissolution du gouvernement", "official_statement"]);
  });

  it("reads « Le Conseil militaire » as a council, not as a soldier", () => {
    expect(byCue(fr("Le Conseil militaire a annoncé que le gouvernement était dissous."), "a annoncé").attributionLevel).toBe("official_statement");
    // (An unnamed adviser stays unnamed.)
    expect(byCue(fr("Les délégations devraient se retrouver avant l’été, a glissé un conseiller de Tomas Halver."), "a glissé").attributionLevel).toBe("anonymous_described");
  });
});

describe("a source right after a quotation", () => {
  it("reads « « … », indique un second message » as the message speaking, not as what is indicated", () => {
    const c = byCue(fr("La présidence a publié un premier message sur Facebook. « Les militaires égarés ont été mis en déroute », indique un second message, publié vers 11 h."), "indique");
    expect([c.quote, c.claimant]).toEqual(["Les militaires égarés ont été mis en déroute", "un second message"]);
    // (Without a quotation before it, the noun phrase is what the text indicates.)
    expect(fr("Les relevés, que nous avons pu consulter, indiquent des rafales à 120 km/h.").some((x) => x.claimant === "des rafales à 120 km/h")).toBe(false);
  });
});

describe("a fact-check's sources", () => {
  it("reads \"…, the National Police Directorate’s annual report shows.\" as the report's finding", () => {
    const c = byCue(en("Police-recorded violent offenses did rise 19.6 percent between 2022 and 2025, the National Police Directorate’s annual report shows."), "shows");
    expect([c.quote, c.claimant, c.attributionLevel]).toEqual(["Police-recorded violent offenses did rise 19.6 percent between 2022 and 2025", "the National Police Directorate’s annual report", "document"]);
  });

  it("reads « X a, lui, accusé… » with the stressed pronoun inside the cue", () => {
    const c = byCue(fr("Gaël Tournier a, lui, accusé le gouvernement d’avoir « fermé quarante maternités en quatre ans »."), "a, lui, accusé");
    expect([c.claimant, c.attributionLevel]).toEqual(["Gaël Tournier", "named_on_record"]);
  });
});

describe("a French source after the verb, past asides in the words", () => {
  it("reads « …, en 2021, du marché…, a indiqué dans un communiqué le procureur…, X. » as inverted", () => {
    const c = byCue(fr("L’enquête porte sur l’attribution, en 2021, du marché de construction du centre aquatique, d’un montant de 14,6 millions d’euros, a indiqué dans un communiqué le procureur de la République de Port-Ardelle, Laurent Becquerel-Navas."), "a indiqué");
    expect([c.quote, c.claimant?.startsWith("le procureur de la République de Port-Ardelle, Laurent Becquerel-Navas")]).toEqual(["L’enquête porte sur l’attribution, en 2021, du marché de construction du centre aquatique, d’un montant de 14,6 millions d’euros", true]);
    expect(byCue(fr("La commission se penche sur l’attribution, en 2021, du marché de la piscine, a indiqué le procureur."), "a indiqué").claimant).toMatch(/^le procureur/);
    // (A subject with its apposition still speaks before its verb.)
    expect(byCue(fr("Jean Dupont, maire de Lyon, a annoncé la fermeture de l’usine."), "a annoncé").claimant).toMatch(/^Jean Dupont/);
  });
});

describe("interviews set out as questions and quoted answers", () => {
  it("gives the answers to the person the title quotes, not to a name in the paragraph before", () => {
    const page = [
      "Kelsholt mayor Moira Castellane-Hood: I will not step aside over the inquiry",
      "Moira Castellane-Hood has been mayor of Kelsholt since 2016.",
      "Prosecutors suspect the contract was steered towards Harlow & Pike, whose chairman, Desmond Arkley, gave £60,000 to her campaign.",
      "Did you ever discuss the contract with Desmond Arkley?",
      "“Never. I met him twice, at public events, and both meetings are in my published diary.”",
      "So why did his company win?",
      "“Because its bid scored highest. The evaluation panel gave it 82 points out of 100.”",
    ].join("\n\n");
    const answers = extractClaims({ text: page, language: "en" }).claims.filter((c) => /met him twice|82 points/u.test(c.quote));
    expect(answers.map((c) => c.claimant)).toEqual(["Moira Castellane-Hood", "Moira Castellane-Hood"]);
  });

  it("keeps one interviewee across exchanges set apart, and reads a statement put to them as a question", () => {
    const page = [
      "À Port-Ardelle, le maire rattrapé par le marché de la piscine",
      "Gilles Armanet-Ferréol dans son bureau de l’hôtel de ville, le 27 novembre.",
      "— Votre beau-frère a remporté le plus gros marché de vos trois mandats. Vous comprenez que cela interroge ?",
      "— Je le comprends. Mais la commission d’appel d’offres a voté à l’unanimité.",
      "Les procès-verbaux montrent que l’offre de Sorvel Bâtiment était la plus chère des trois.",
      "— Pourquoi retenir l’offre la plus chère ?",
      "— Parce qu’elle était la meilleure sur le plan technique.",
      "— Votre ancien adjoint dit que vous suiviez ce dossier chaque semaine.",
      "— C’est faux. Je suivais le chantier, pas l’appel d’offres.",
    ].join("\n\n");
    const claims = fr(page);
    expect(claims.find((c) => c.quote.includes("meilleure sur le plan technique"))?.claimant).toBe("Gilles Armanet-Ferréol");
    expect(claims.find((c) => c.quote.includes("Je suivais le chantier"))?.claimant).toBe("Gilles Armanet-Ferréol");
  });
});

describe("a text the outlet saw, as the subject of any verb", () => {
  it("reads \"A draft amendment, seen by Division Bell, would freeze…\" as the document's", () => {
    const c = byCue(en("A draft Treasury amendment, seen by Division Bell, would freeze income tax thresholds until April 2030."), "would freeze");
    expect([c.quote, c.claimant, c.attributionLevel]).toEqual(["income tax thresholds until April 2030", "A draft Treasury amendment, seen by Division Bell", "document"]);
    expect(byCue(fr("Ce texte, dont Le Veilleur a obtenu une copie, exempte du report les salariés ayant commencé à travailler avant 18 ans."), "exempte").attributionLevel).toBe("document");
    // (Not a text the outlet did not see, nor a person.)
    expect(en("The minister, seen by many as a moderate, would freeze thresholds until 2030.").some((x) => x.attributionLevel === "document")).toBe(false);
  });
});

describe("polls and addressees", () => {
  it("reads « Une enquête… crédite X de 24 % » as the poll's figure, and a bank crediting an account as no cue", () => {
    const c = byCue(fr("Une enquête de l’institut Opiniel publiée mardi crédite Raphaël Vautrin-Maillard de 24 % des intentions de vote."), "crédite");
    expect([c.claimant?.startsWith("Une enquête de l’institut Opiniel"), c.attributionLevel]).toEqual([true, "document"]);
    expect(fr("La banque a crédité son compte de 300 euros.").map((x) => x.cue)).toEqual([null]);
  });

  it("reads \"told Trellis that reported robberies rose\" as one statement, whose speaker a later \"she\" takes up", () => {
    const claims = en("Police Chief Amara Lindqvist told Trellis that reported robberies in the city rose 22% last year. “The trend is real, but 60% is not a number we recognize,” she said.");
    expect(claims.map((x) => x.claimant)).toEqual(["Police Chief Amara Lindqvist", "Police Chief Amara Lindqvist"]);
  });
});

describe("verbs that only sometimes report", () => {
  it("reads « avait relevé l’âge légal de 62 à 63 ans » as raising, and « ont relevé un prix de 550 francs » as noting", () => {
    expect(fr("La précédente réforme, en 2014, avait relevé l’âge légal de 62 à 63 ans.").map((x) => x.cue)).toEqual([null]);
    expect(byCue(fr("Mardi, au grand marché, nos journalistes ont relevé un prix de 550 francs le kilo dans quatre boutiques."), "ont relevé").attributionLevel).toBe("witnessed");
  });

  it("reads \"Official figures tell a more mixed story.\" as the outlet's judgement, and the account after a colon as the figures'", () => {
    expect(en("Official figures tell a more mixed story.").map((x) => x.cue)).toEqual([null]);
    expect(byCue(en("Figures from the statistics bureau tell a different story: unemployment rose 2% last year."), "tell a different story").attributionLevel).toBe("document");
  });
});

describe("a role taken up by its holder", () => {
  it("gives « la première ministre » to the person named after « la première ministre sortante, », not to the channel before it", () => {
    const page = "Mercredi soir sur Canal Un, la première ministre sortante, Hélène Cordier-Vasseur, et le président du RPV, Gaël Tournier, se sont affrontés.\n\nLe chômage a baissé, selon le ministère. Canal Un a diffusé le débat.\n\nLa première ministre a assuré que la dette publique était « stabilisée à 88 % du PIB ».";
    expect(byCue(fr(page), "a assuré").claimant).toBe("Hélène Cordier-Vasseur");
  });

  it("gives « la porte-parole » to the woman named with that role, past a man named with it before", () => {
    const page = "« Le texte a été paraphé », a déclaré le porte-parole du gouvernement, Patrick Lokondo Ebengo.\n\n« Il n’y a eu aucun engagement », a écrit sur X la porte-parole du gouvernement rwandais, Aline Uwamahoro-Gasana. Jointe par téléphone, la porte-parole a précisé que Kigali s’était seulement engagé à « lever ses mesures défensives ».";
    expect(byCue(fr(page), "a précisé").claimant).toBe("Aline Uwamahoro-Gasana");
  });
});

describe("bodies by their names", () => {
  it("reads \"In a statement, Castermill Agrochem said…\" as the firm's, and \"Mayor Joanne Petrakis said in a statement\" as hers", () => {
    expect(byCue(en("In a statement, Castermill Agrochem said the logs reflected a strong reporting culture."), "said").attributionLevel).toBe("official_statement");
    expect(byCue(en("Mayor Joanne Petrakis said in a statement that the city would ask the province to fund more patrol officers."), "said").attributionLevel).toBe("named_on_record");
  });

  it("reads a directorate as a body", () => {
    expect(byCue(en("The Major Hazards Directorate confirmed that it had received six notifications from the site since 2019."), "confirmed").attributionLevel).toBe("official_statement");
  });
});

describe("a quoted term inside the subject", () => {
  it("keeps « Ces 1 412 pages de « fiches d’événement », rédigées par… » whole as the source, a document", () => {
    const c = byCue(fr("Ces 1 412 pages de « fiches d’événement », rédigées par les chefs de quart et transmises par un ancien cadre du groupe, recensent aussi 41 départs de feu."), "recensent");
    expect([c.claimant?.startsWith("Ces 1 412 pages de « fiches d’événement »"), c.attributionLevel]).toEqual([true, "document"]);
  });

  it("keeps a body's name in quotation marks in its source, and makes no claim of the name it gives itself", () => {
    const claims = fr("Le groupe, qui se présente comme le « Conseil militaire de redressement national » (CMRN), y annonce « la dissolution du gouvernement ».");
    expect(claims.map((x) => [x.quote, x.claimant?.startsWith("Le groupe, qui se présente comme le « Conseil militaire")])).toEqual([["la dissolution du gouvernement", true]]);
  });

  it("reads « Aucune alerte n’a été déclenchée » as the outlet's, with no cue", () => {
    expect(fr("Aucune alerte n’a été déclenchée pour les riverains.").map((x) => x.cue)).toEqual([null]);
  });
});

describe("polls and places", () => {
  it("reads \"The exit poll … gives X 74 seats\" and « L’estimation de Sondelia donne 52,4 % » as the poll's figures", () => {
    const c = byCue(en("The exit poll conducted by Tallisford Research for a consortium of broadcasters gives the Civic Alliance 74 seats, two short of a majority."), "gives");
    expect([c.claimant, c.attributionLevel]).toEqual(["The exit poll conducted by Tallisford Research for a consortium of broadcasters", "document"]);
    expect(byCue(fr("L’estimation de Sondelia donne 52,4 % des voix à Mathilde Orsenne."), "donne").attributionLevel).toBe("document");
    // (Without figures, no finding: "The poll gives a mixed picture.")
    expect(en("The poll gives a mixed picture of the race.").map((x) => x.cue)).toEqual([null]);
  });

  it("does not take « Saint-Ambrel » for the man « il » takes up", () => {
    const claims = fr("Le PDG, Laurent Vasseur-Dinh, a attribué ces difficultés au marché. Interrogé sur un possible repreneur pour Saint-Ambrel, il a répondu que le groupe « n’écarte aucune piste ».");
    expect(byCue(claims, "a répondu").claimant).toBe("Le PDG, Laurent Vasseur-Dinh");
  });
});

describe("a written reply", () => {
  it("reads « Dans une réponse écrite, Norvalis affirme… » as the firm's, and leaves another source of the sentence its own level", () => {
    expect(byCue(fr("Dans une réponse écrite, Norvalis affirme que « l’ensemble des événements soumis à déclaration ont été déclarés »."), "affirme").attributionLevel).toBe("official_statement");
    const two = fr("Dans une réponse écrite, la préfecture assure que « quatre contrôles » ont été menés, quand un ancien technicien de la coopérative soutient que la moitié des compteurs n’ont pas été relevés depuis 2023.");
    expect(byCue(two, "soutient").attributionLevel).toBe("anonymous_described");
  });
});

describe("time stamps, time phrases and relatives around the source", () => {
  it("reads past a leading time phrase with no comma, or a live page's time stamp, to the subject", () => {
    const last = en("Rosalind Achebe-Tait keeps the plan on her desk. Last week she wrote to the environment secretary: “Phase two of that scheme was cancelled in 2021.”");
    expect(byCue(last, "wrote").claimant).toBe("Rosalind Achebe-Tait");
    const said = en("Rosalind Achebe-Tait keeps the plan on her desk. Last week she said that the scheme was cancelled in 2021.");
    expect(byCue(said, "said").claimant).toBe("Rosalind Achebe-Tait");
    // (A weekday is no name: "On Monday" is not who "he" is.)
    expect(byCue(en("Gareth Pryce keeps the plan. On Monday he told reporters that the scheme was cancelled."), "told").claimant).toBe("Gareth Pryce");
    const stamp = byCue(fr("20h15 – D’après Radio Sévrine, qui cite un conseiller municipal, le maire aurait prévenu le préfet mercredi."), "D’après");
    expect([stamp.claimant, stamp.quote]).toEqual(["Radio Sévrine", "le maire aurait prévenu le préfet mercredi"]);
  });

  it("reads past « Parmi elles, » to the speaker of a quotation after a colon", () => {
    const c = fr("Parmi elles, Josette Kerandel-Sow, 74 ans, ancienne ouvrière de la conserverie : « C’est lui qui a fait venir le tramway jusqu’aux quartiers nord. »")[0]!;
    expect([c.claimant, c.attributionLevel]).toEqual(["Josette Kerandel-Sow", "named_on_record"]);
  });

  it("keeps a relative clause on how the source spoke out of the content, and reads the source as anonymous", () => {
    const c = byCue(en("Two battery sites failed acceptance tests in February, according to a senior Tevgrid engineer, who spoke on condition of anonymity."), "according to");
    expect([c.quote, c.attributionLevel]).toEqual(["Two battery sites failed acceptance tests in February", "anonymous_described"]);
    expect(en("Two battery sites failed acceptance tests in February, according to a senior Tevgrid engineer, who spoke on condition of anonymity because he was not authorized to talk to reporters.")).toHaveLength(1);
  });

  it("gives a relative clause after « selon X » to X, past an object clitic (« qui le qualifie de… »)", () => {
    const c = byCue(fr("Le feu couvrait 7400 hectares lundi, selon l’agence provinciale des forêts, qui le qualifie de « hors de contrôle »."), "qualifie");
    expect([c.claimant, c.attributionLevel]).toEqual(["l’agence provinciale des forêts (agency)", "official_statement"]);
  });

  it("reads a name the outlet changed as an anonymous source", () => {
    expect(byCue(fr("Samir (le prénom a été changé à sa demande), 19 ans, dit avoir payé 2 500 euros à un passeur."), "dit").attributionLevel).toBe("anonymous_described");
    expect(byCue(en("Anna (not her real name), 34, said she paid 2,500 euros to a smuggler."), "said").attributionLevel).toBe("anonymous_described");
  });
});

describe("a role with \"of\" before a name, after the words", () => {
  it("reads \"…, the company’s head of claims, Fiona Marlow-Adeyemi, said.\" as an inverted source, \"claims\" a noun after \"of\"", () => {
    const c = byCue(en("Losses will reach 55 million pounds, the company’s head of claims, Fiona Marlow-Adeyemi, said."), "said");
    expect([c.claimant, c.attributionLevel, c.quote]).toEqual(["the company’s head of claims, Fiona Marlow-Adeyemi", "named_on_record", "Losses will reach 55 million pounds"]);
  });
});

describe("a second French participle sharing the auxiliary", () => {
  it("reads « a pris acte de la démission et précisé que… » as the subject's words, the conditional reported, not hedged", () => {
    const c = byCue(fr("Dans un communiqué, la présidence du Conseil a pris acte de cette démission et précisé que l’intérim serait assuré par le ministre délégué au Budget."), "précisé");
    expect([c.claimant, c.attributionLevel, c.hedged, c.quote]).toEqual(["la présidence du Conseil", "official_statement", false, "l’intérim serait assuré par le ministre délégué au Budget"]);
    // (Not a participle that reports nothing: « a été arrêté et placé en garde à vue ».)
    expect(fr("Le suspect a été arrêté et placé en garde à vue mardi.").some((c) => c.cue === "placé")).toBe(false);
  });
});

describe("a role and a name after a subordinator", () => {
  it("reads \"…, while the critic X, of the Weekly Frame, said…\" as the critic speaking, whom \"He added\" takes up", () => {
    const claims = en("Director Amara Oduya-Pryce declined to comment. The department said it had asked the fund for a full account, while the critic Tobias Reinholt-Ayo, of the Weekly Frame, said the row “says nothing about the film”. He added that it was the best debut in a decade.");
    expect(byCue(claims, "said").claimant).toBe("The department");
    const critic = claims.find((c) => c.quote.startsWith("the row"))!;
    expect([critic.claimant, critic.attributionLevel]).toEqual(["the critic Tobias Reinholt-Ayo, of the Weekly Frame", "named_on_record"]);
    expect(byCue(claims, "added").claimant).toBe("the critic Tobias Reinholt-Ayo, of the Weekly Frame");
  });
});

describe("a gender the page shows", () => {
  it("takes the page's \"her\" after a name over the first-name table, for a later \"she said\"", () => {
    const claims = en("Fiona Marlow-Adeyemi, head of claims, said 40 claims were filed. On Tanner Street, Amrit Kowalczyk-Boateng has hung a banner from her window: “Wall cancelled, town cancelled”. “Nobody from the agency has knocked on a single door here,” she said.");
    expect(claims.find((c) => c.quote.startsWith("Nobody from the agency"))?.claimant).toBe("Amrit Kowalczyk-Boateng");
  });
});

describe("whom the words were thrown at", () => {
  it("keeps « lui » in the cue of « », lui a lancé la députée X », the deputy its inverted source", () => {
    const c = byCue(fr("Le ministre a été couvert par les cris. « Votre gouvernement a fermé onze maternités en trois ans ! », lui a lancé la députée GU Nadia Berkane-Morel."), "lui a lancé");
    expect([c.claimant, c.attributionLevel]).toEqual(["la députée GU Nadia Berkane-Morel", "named_on_record"]);
  });
});

describe("a piece of communication before a colon", () => {
  it("reads \"X had a simpler message: …\", « X a un message simple : … » as X's words after the colon", () => {
    const vets = byCue(en("The Association of Small Animal Veterinarians had a simpler message: most pets need flea treatment only from spring to fall."), "had a simpler message");
    expect([vets.claimant, vets.attributionLevel, vets.quote]).toEqual(["The Association of Small Animal Veterinarians", "official_statement", "most pets need flea treatment only from spring to fall"]);
    expect(byCue(fr("Le syndicat a un message simple : les urgences ferment faute de médecins."), "a un message simple").claimant).toBe("Le syndicat");
    const itrm = byCue(fr("Dans un communiqué, l’ITRM apporte deux précisions : les participants ont été recrutés dans 14 régions."), "apporte deux précisions");
    expect([itrm.claimant, itrm.attributionLevel, itrm.quote]).toEqual(["l’ITRM", "official_statement", "les participants ont été recrutés dans 14 régions"]);
    expect(byCue(en("The union made two points: staff were never consulted and the plan costs more."), "made two points").claimant).toBe("The union");
    // (Not a season or any other thing had: "The team had a good season: it won 12 games.")
    expect(en("The team had a good season: it won 12 games.")[0]!.cue).toBeNull();
  });
});

describe("press reviews", () => {
  it("takes up « la station », \"the tabloid\" as the outlet last quoted, at second hand", () => {
    const station = byCue(fr("D’après Radio Sévrine, le maire a prévenu le préfet mercredi. La station affirme également que la lettre a été rédigée par son avocat."), "affirme");
    expect([station.claimant, station.attributionLevel]).toEqual(["Radio Sévrine", "secondary_report"]);
    const tabloid = byCue(en("The Daily Trumpet reports that the minister spent a weekend at the villa. The tabloid says he flew there on a government jet."), "says");
    expect([tabloid.claimant, tabloid.attributionLevel]).toEqual(["The Daily Trumpet", "secondary_report"]);
    // (With an adjective: « le quotidien populaire », "the conservative daily".)
    const daily = byCue(en("The Sunday Clarion reports that the fund lost 40 million pounds. The conservative daily says the minister knew."), "says");
    expect([daily.claimant, daily.attributionLevel]).toEqual(["The Sunday Clarion", "secondary_report"]);
    const populaire = byCue(fr("Selon L’Écho du Marvesin, le budget est rejeté. Le quotidien populaire assure que le ministre savait."), "assure");
    expect([populaire.claimant, populaire.attributionLevel]).toEqual(["L’Écho du Marvesin", "secondary_report"]);
  });

  it("takes up \"the paper\" as the newspaper last named, even where it quoted no one yet, and reads \"claims\", \"reports\" after an outlet's noun as verbs", () => {
    const paper = byCue(en("The Halvenian Courier leads with the prime minister’s gamble. She turned down two requests from her chief whip, the paper says."), "says");
    expect([paper.claimant, paper.attributionLevel]).toEqual(["The Halvenian Courier", "secondary_report"]);
    const splash = byCue(en("“MARLOWE MUST GO” is the Daily Trumpet’s splash. The tabloid claims Mr Marlowe-Pryce spent a weekend at the villa."), "claims");
    expect([splash.claimant, splash.attributionLevel, splash.quote]).toEqual(["Daily Trumpet", "secondary_report", "Mr Marlowe-Pryce spent a weekend at the villa"]);
    expect(byCue(en("Profits tripled last year, as the newspaper reports."), "reports").quote).toBe("Profits tripled last year");
    expect(byCue(en("Profits tripled last year, as the Lamp also reports."), "also reports").claimant).toBe("the Lamp");
    // (Not a noun phrase: "The insurance claims Harbourline rejected rose by 40%.")
    expect(en("The insurance claims Harbourline rejected rose by 40%.").some((c) => c.cue === "claims")).toBe(false);
  });
});

describe("transfer columns, polls, court reports and memoirs (decision 059)", () => {
  it("starts the words told to an outlet at the pronoun after it (\"told Quadwise he filed…\"), and reads \"Quadwise he\" as no subject", () => {
    const claims = en("Kofi Brandt-Mireles, a former researcher in her lab, told Quadwise he filed a formal complaint in February after noticing that two cells had identical curves. “They were the same cell,” he said.");
    expect(byCue(claims, "told").quote).toBe("he filed a formal complaint in February after noticing that two cells had identical curves");
    expect(claims.every((c) => !/Quadwise/u.test(c.claimant ?? ""))).toBe(true);
    // (Not after "him": "his insurer has told him it will not pay a cent" stays whole.)
    expect(byCue(en("Three weeks later, his insurer has told him it will not pay a cent."), "has told").quote).not.toBe("it will not pay a cent");
  });

  it("gives what a share of respondents says to the poll, and a clause before « selon » that ends on quoted words to the poll too", () => {
    const poll = fr("À dix-sept jours du référendum, 54 % des électeurs se disent prêts à approuver la réforme, contre 46 % pour le « non », selon un sondage de l’institut Parvis Opinion, réalisé du 18 au 22 septembre.");
    expect(poll.map((c) => [c.cue, c.attributionLevel])).toEqual([["selon", "document"]]);
    expect(poll[0]!.quote).toBe("À dix-sept jours du référendum, 54 % des électeurs se disent prêts à approuver la réforme, contre 46 % pour le « non »");
    expect(poll[0]!.claimant).toContain("réalisé du 18 au 22 septembre");
    const survey = en("Some 61% of voters say the economy is their top concern, according to a Harwick survey published on Monday.");
    expect(survey.map((c) => [c.cue, c.attributionLevel])).toEqual([["according to", "document"]]);
    // ("…, a survey shows, with 16 days to go": the circumstance after the cue is not the words.)
    expect(byCue(en("Support for the plan has slipped to 51%, a Harwick Polling survey for the Chronicle shows, with 16 days to go before the referendum."), "shows").quote).toBe("Support for the plan has slipped to 51%");
  });

  it("gives the words after « selon lui » behind a colon to the verb's source, and keeps a rival source's anonymity to itself", () => {
    const onna = fr("L’Opérateur national de navigation aérienne (ONNA) conteste ce chiffre : selon lui, « trente-six contrôleurs sont qualifiés » à Corvelles, alors qu’un contrôleur de la tour, qui a requis l’anonymat, affirme que l’équipe de nuit est réduite.");
    expect(onna.map((c) => [c.cue, c.attributionLevel])).toEqual([["selon", "official_statement"], ["affirme", "anonymous_described"]]);
    expect(onna[0]!.claimant).toContain("ONNA");
    expect(onna[0]!.quote).toBe("« trente-six contrôleurs sont qualifiés » à Corvelles");
  });

  it("finds the subject before a \"where\" clause set right before the verb, and drops a participle or a verb of an anonymity clause inside a source", () => {
    const inquiry = byCue(en("The retractions came a week after an investigation by Halvern State University, where she has worked since 2011, concluded that she fabricated data."), "concluded");
    expect([inquiry.claimant, inquiry.attributionLevel]).toEqual(["an investigation by Halvern State University, where she has worked since 2011", "document"]);
    expect(en("The retraction notice, posted on the journal’s website, says the authors could not provide raw data.").map((c) => c.cue)).toEqual(["says"]);
    const neighbor = en("A neighbor, who spoke on condition of anonymity because she said she feared retaliation, told the Ledger she had complained to the owner twice.");
    expect(neighbor.some((c) => c.cue === "said")).toBe(false);
    // (Nor one with no source of its own: "according to the security researcher who found it".)
    expect(en("The app left a flaw in its systems, according to the security researcher who found it.").map((c) => c.cue)).toEqual(["according to"]);
  });

  it("reads \"hours later he wrote on X\" as his post, and \"a scheme that would flood…\" as no hedge", () => {
    const post = byCue(en("Ruairi Okonjo-Baptiste is unhappy. He removed his profile, and hours later he wrote on X that he had never been offered a new contract by the club."), "wrote");
    expect([post.claimant, post.attributionLevel]).toEqual(["Ruairi Okonjo-Baptiste", "secondary_report"]);
    expect(en("Campaigners have lost their High Court challenge to the reservoir, a £1.1bn scheme that would flood 340 hectares of farmland.")[0]!.hedged).toBe(false);
    expect(en("Velmere is reportedly considering a new reservoir, which would be the first built in the region.")[0]!.hedged).toBe(true);
  });

  it("reads \"could not\" as an inability, not a hedge", () => {
    expect(byCue(en("The notice says the authors could not provide raw data for key figures."), "says").hedged).toBe(false);
    expect(en("Investigators could not determine the cause of the fire.")[0]!.attributionLevel).toBe("author_assertion");
    expect(en("The plant could close next year.")[0]!.attributionLevel).toBe("hedged_unsourced");
  });

  it("reads \"every mention\" as a noun, shares \"One senior figure\" with a second verb, and trims a \"when\" before the attribution", () => {
    expect(en("He removed every mention of the club from his profile.").map((c) => c.cue)).toEqual([null]);
    expect(byCue(en("One senior figure at Ashmere said no fee had been agreed and dismissed the story as “fantasy football”."), "dismissed").claimant).toBe("One senior figure at Ashmere");
    expect(en("The saga erupted on Wednesday morning, when the Morning Harrier reported that the clubs had agreed a fee.")[0]!.quote).toBe("The saga erupted on Wednesday morning");
    expect(en("The broker Fairlie Minton cut its price target from 480p to 260p, and its analysts wrote in a note that debt could reach £95m.")[0]!.quote).toBe("The broker Fairlie Minton cut its price target from 480p to 260p");
  });

  it("takes up an outlet that just spoke with « Il », and never a sentence-opening « Tout »", () => {
    const il = byCue(fr("Tout est parti d’un article du Quotidien des Tribunes. Le journal sportif affirmait mardi soir que le club avait formulé une offre. Il évoquait même une visite médicale programmée ce week-end."), "évoquait");
    expect([il.claimant, il.attributionLevel]).toEqual(["Le journal sportif (newspaper)", "secondary_report"]);
  });

  it("takes up with « Il » a report that opened the sentence before, and leaves « à qui » out of a subject", () => {
    const report = byCue(fr("Lucien Ambert-Koffi conteste. Le rapport de la commission d’intégrité scientifique de l’université, que Paillasse a pu consulter, va plus loin. Il relève des anomalies dans 11 des 31 articles examinés, et conclut que le professeur « ne pouvait ignorer » les retouches."), "conclut");
    expect(report.attributionLevel).toBe("document");
    expect(report.claimant).toMatch(/^Le rapport de la commission/u);
    const inquiry = byCue(fr("La revue a retiré mardi sept publications du chercheur, à qui une enquête interne reproche des « manipulations délibérées » d’images."), "reproche");
    expect([inquiry.claimant, inquiry.attributionLevel]).toEqual(["une enquête interne (investigation)", "document"]);
  });

  it("keeps a report's description joined by « et que » in its subject, and gives a bench's words to its court", () => {
    const report = byCue(fr("Un rapport de l’inspecteur des mines, daté du 12 mars et que L’Éclaireur a pu consulter, signalait des « fissures actives » dans le toit de la galerie."), "signalait");
    expect(report.attributionLevel).toBe("document");
    expect(byCue(fr("Les juges considèrent que la préfecture ne pouvait pas invoquer cette raison."), "considèrent").attributionLevel).toBe("official_statement");
    expect(byCue(en("The judges wrote that the permit was unlawful."), "wrote").attributionLevel).toBe("official_statement");
  });

  it("gives a gerund the role and name of its subject, and reads an act on a clitic as no saying", () => {
    const gerund = byCue(fr("Le rapporteur public, Gaël Moreau-Testud, avait recommandé l’annulation, relevant que les zones humides recréées étaient plus petites."), "relevant");
    expect([gerund.claimant, gerund.attributionLevel]).toEqual(["Le rapporteur public, Gaël Moreau-Testud", "named_on_record"]);
    expect(fr("La faille avait été découverte par un chercheur, qui l’a signalée à l’entreprise le 22 septembre.").every((c) => c.cue === null)).toBe(true);
  });

  it("reads a one-word name introduced after a noun and its complements as a body, and \"le régulateur\" as one", () => {
    const app = byCue(fr("L’application de suivi de cycle Ovalune a confirmé mardi une fuite de données. Ovalune dit avoir « immédiatement » fermé l’accès."), "dit");
    expect(app.attributionLevel).toBe("official_statement");
    // (« l’entreprise » takes up the body by its name, not by « L’application » opening a sentence.)
    expect(byCue(fr("L’application de suivi de cycle Ovalune a confirmé mardi une fuite. Dans ce courriel, l’entreprise explique qu’un serveur est resté accessible."), "explique").claimant).toBe("l’entreprise (company, Ovalune)");
    const regulator = byCue(fr("Le chercheur, Malik Ferrand, a alerté la société. Le régulateur a ouvert une procédure de contrôle, a-t-il indiqué."), "a-t-il indiqué");
    expect(regulator.claimant).toBe("Le régulateur");
  });

  it("reads \"The book claims X…\" as the book's, a document, and a firm's name with an ampersand as a body", () => {
    const book = byCue(en("The book claims Pardoe vetoed a £1.2bn winter funding package in October 2023."), "claims");
    expect([book.claimant, book.attributionLevel]).toEqual(["The book", "document"]);
    expect(byCue(en("Quillon & Hart said the manuscript had been read by lawyers."), "said").attributionLevel).toBe("official_statement");
    // (A pollster's name: "the company" takes up "Harwick Polling".)
    expect(byCue(en("Support slipped to 51%, a Harwick Polling survey shows. The margin of error is 2.2 points, the company said."), "said").claimant).toBe("the company (Harwick Polling)");
  });

  it("gives each bulleted point under \"The report’s main findings:\" to the report", () => {
    const points = en("The two airliners came within 0.4 nautical miles of each other.\n\nThe report’s main findings:\n\n• The approach controller cleared both aircraft to 4,000 feet within 38 seconds.\n\n• Both crews followed the advisories of their systems. The jet climbed at 4,200 feet per minute.\n\n“This was a serious incident,” the board chair told reporters.");
    expect(points.map((c) => [c.claimant, c.attributionLevel])).toEqual([
      [null, "author_assertion"],
      ["The report’s main findings", "document"],
      ["The report’s main findings", "document"],
      ["the board chair", "official_statement"],
    ]);
    expect(points[2]!.quote).toBe("Both crews followed the advisories of their systems. The jet climbed at 4,200 feet per minute");
  });

  it("reads « selon elle » inside a relative clause's verb as the main clause's subject, and an apposition closing the sentence as part of the source", () => {
    const crr = byCue(fr("Mardi soir, le CRR a ouvert une enquête administrative contre Orvane, qui encourt selon lui une amende pouvant atteindre 3 % de son chiffre d’affaires."), "selon");
    expect([crr.claimant, crr.quote]).toEqual(["le CRR", "une amende pouvant atteindre 3 % de son chiffre d’affaires"]);
    const blog = byCue(en("A user on a hacking forum offered the full dump for $6,500, according to Breachsight, a blog that tracks stolen data."), "according to");
    expect([blog.claimant, blog.attributionLevel]).toEqual(["Breachsight, a blog that tracks stolen data", "secondary_report"]);
    // (« Me » is a lawyer's title, no pronoun.)
    expect(byCue(fr("Pour Me Bertrand Lacombe-Varin, l’avocat de la CAS, le tribunal « a jugé un projet de 2016 avec les critères de 2026 »."), "Pour").claimant).toBe("Me Bertrand Lacombe-Varin, l’avocat de la CAS");
  });
});

describe("bodies and pronouns after a person's words", () => {
  it("reads « Il » after « Pour Me X, le tribunal « … » » as X, not the body inside X's words", () => {
    const lawyer = byCue(fr("Pour Me Bertrand Lacombe-Varin, l’avocat de la CAS, le tribunal « a jugé un projet de 2016 avec les critères de 2026 ». Il affirme que 38 % des travaux sont achevés."), "affirme");
    expect([lawyer.claimant, lawyer.attributionLevel]).toEqual(["Me Bertrand Lacombe-Varin, l’avocat de la CAS", "named_on_record"]);
    // (A body that spoke is still taken up: « La préfecture assure… Elle ajoute… ».)
    expect(byCue(fr("La préfecture assure que 40 gendarmes sont mobilisés. Elle ajoute que deux routes restent fermées."), "ajoute").claimant).toBe("La préfecture (prefecture)");
  });

  it("reads a sample or report the outlet saw, in a relative clause with \"we\" or \"which the Post has seen\", as the document speaking", () => {
    const sample = byCue(fr("L’échantillon joint au message, que nous avons pu consulter, contient des dates de règles associées à des numéros de téléphone."), "contient");
    expect([sample.claimant, sample.attributionLevel]).toEqual(["L’échantillon joint au message, que nous avons pu consulter", "document"]);
    const seen = en("The sample, which the Post has seen, contains 40 phone numbers. The report, which we have seen, found 12 anomalies.");
    expect(seen.map((c) => [c.cue, c.attributionLevel])).toEqual([["contains", "document"], ["found", "document"]]);
  });

  it("reads an event the page's outlet attended as its witness: « Lors de…, à laquelle Rebond a assisté, … », \"On Thursday evening, when the Beacon attended…, …\", \"A PSTV News crew at the scene saw…\"", () => {
    const page = (body: string) => extractClaims({ text: `Titre\n\n${body}\n\n© Rebond 2026 · The Beacon · PSTV News` }).claims;
    const agm = page("Lors de l’assemblée générale extraordinaire du 3 avril, à laquelle Rebond a assisté, plus d’une centaine de licenciés se sont pressés dans le club-house.");
    expect(agm.map((c) => [c.claimant, c.attributionLevel, c.quote])).toEqual([["Rebond", "witnessed", "plus d’une centaine de licenciés se sont pressés dans le club-house"]]);
    const meeting = page("On Thursday evening, when the Beacon attended a support meeting at Hexley library, about 30 women were waiting to speak to a nurse.");
    expect(meeting.map((c) => [c.claimant, c.attributionLevel])).toEqual([["the Beacon", "witnessed"]]);
    const crew = page("A PSTV News crew at the scene Saturday evening saw at least a dozen yellow evidence markers on the pavement.");
    expect(crew.map((c) => c.attributionLevel)).toEqual(["witnessed"]);
    // (Another outlet's attendance is not this page's witness.)
    expect(page("Lors de la présentation, à laquelle Le Courrier a assisté, aucun représentant n’était présent.").map((c) => c.attributionLevel)).toEqual(["author_assertion"]);
  });

  it("reads \"The log… records that…\" and \"A report by… reached a blunt conclusion: …\" as documents speaking, and keeps a time after \"that\" in the subject", () => {
    const log = byCue(en("The log for that night records that two contractors were treated in hospital for burns."), "records");
    expect([log.claimant, log.attributionLevel]).toEqual(["The log for that night", "document"]);
    expect(en("Police recorded 1,200 burglaries last year.").map((c) => c.cue)).toEqual([null]);
    const report = en("A report by the state Occupational Safety Board reached a blunt conclusion: two emergency exits had been padlocked.");
    expect(report.map((c) => [c.claimant, c.attributionLevel, c.quote])).toEqual([["A report by the state Occupational Safety Board", "document", "two emergency exits had been padlocked"]]);
    const family = byCue(en("The family of a 58-year-old man who died in the unit that night say he was on oxygen when the lights went out."), "say");
    expect(family.claimant).toBe("The family of a 58-year-old man who died in the unit that night");
  });

  it("ends a sentence after \"a.m.\" or \"U.S.\" when a word that opens sentences follows", () => {
    const two = en("The status page first reported errors at 9:47 a.m. A copy of the policy excludes surface water. He moved to the U.S. in 2010.");
    expect(two.map((c) => c.quote)).toEqual(["The status page first reported errors at 9:47 a.m", "A copy of the policy excludes surface water", "He moved to the U.S. in 2010"]);
  });
});

describe("incises, demonstratives, gerunds and posts (decision 060)", () => {
  it("reads an inverted pronoun between commas inside a quotation as its cue, and « rétorque » as an incise", () => {
    const saved = byCue(fr("Le colonel Hervé Lambrecht-Sow a indiqué que 640 pompiers étaient engagés. « Nous avons sauvé toutes les habitations, a-t-il précisé, mais deux bâtiments ont brûlé. »"), "a-t-il précisé");
    expect([saved.claimant, saved.attributionLevel]).toEqual(["Le colonel Hervé Lambrecht-Sow", "named_on_record"]);
    const retort = fr("Ferlane a supprimé 1 800 postes depuis 2019, a rappelé la députée Carole Meunier. « Ces suppressions n’ont touché aucun poste de sécurité, a rétorqué Arnaud Cheverny-Touré. Nous avons même recruté 600 techniciens l’an dernier. »");
    expect(retort.map((c) => [c.claimant, c.quote.slice(0, 20)])).toEqual([
      ["la députée Carole Meunier", "Ferlane a supprimé 1"],
      ["Arnaud Cheverny-Touré", "Ces suppressions n’o"],
    ]);
    // (A body that spoke the sentence before keeps its words: « …, assure-t-elle, … ».)
    const body = byCue(fr("Dans ce courriel, l’entreprise explique qu’un serveur est resté accessible. « Aucune donnée bancaire n’a été exposée, assure-t-elle, et vos mots de passe restent protégés. »"), "assure-t-elle");
    expect(body.attributionLevel).toBe("official_statement");
  });

  it("reads « Celui-ci » as the person of its gender just introduced, named or described, and « le technicien » as the one introduced as « un technicien »", () => {
    const tech = fr("La présidente, Véronique Lestrade-Mensah, a lu le témoignage d’un technicien de signalisation de Ferlane, entendu sous couvert d’anonymat. Celui-ci affirme avoir signalé le problème dès octobre. Le PDG a affirmé n’avoir jamais été informé, une version que conteste le technicien, qui dit avoir écrit au directeur le 2 décembre.");
    expect(byCue(tech, "affirme").claimant).toBe("un technicien de signalisation de Ferlane");
    expect(byCue(tech, "affirme").attributionLevel).toBe("anonymous_described");
    expect(byCue(tech, "dit").attributionLevel).toBe("anonymous_described");
    // (« une version que conteste le technicien »: a verb whose object is the noun before it reports no words.)
    expect(tech.filter((c) => c.cue === "conteste")).toEqual([]);
    // (« avoir signalé » after « affirme » is what he says he did, no second saying.)
    expect(tech.filter((c) => c.cue === "avoir signalé")).toEqual([]);
  });

  it("takes « le PDG » up as the person named with that role, and never the page's own title as a person", () => {
    const page = extractClaims({ text: "Titre\n\nLe PDG de Ferlane, Arnaud Cheverny-Touré, a reconnu une erreur de paramétrage. Ses courriels ont été consultés par Le Jour nouveau. Il a indiqué qu’une enquête interne était en cours.\n\n© Le Jour nouveau 2026" }).claims;
    expect(byCue(page, "a indiqué").claimant).toBe("Arnaud Cheverny-Touré");
    const pdg = byCue(fr("Le PDG de Ferlane, Arnaud Cheverny-Touré, a reconnu une erreur. Le PDG a répondu que le logiciel avait été testé pendant quatre semaines."), "a répondu");
    expect([pdg.claimant, pdg.attributionLevel]).toEqual(["Arnaud Cheverny-Touré", "named_on_record"]);
  });

  it("gives a gerund after an inverted pronoun to that speaker, and keeps a post's channel for the sentence after it", () => {
    const post = fr("Sur Instagram, Quentin Lasserre-Moukoko a publié mardi soir un long message. « Je n’ai jamais pris d’EPO de ma vie », écrit-il, en affirmant avoir passé « 41 contrôles, tous négatifs » depuis 2021.");
    expect([byCue(post, "écrit-il").attributionLevel, byCue(post, "en affirmant").claimant, byCue(post, "en affirmant").attributionLevel]).toEqual(["secondary_report", "Quentin Lasserre-Moukoko", "secondary_report"]);
  });

  it("reads « selon lequel » after a noun phrase as that phrase's words, and no cue in « Le vent explique la vitesse… » or « les pertes se chiffreraient »", () => {
    const site = byCue(fr("L’affaire avait été révélée le 28 mai par le site d’information La Lettre du Comptoir, selon lequel un laboratoire hospitalier avait détecté l’impureté dès la mi-avril."), "selon lequel");
    expect([site.claimant, site.attributionLevel]).toEqual(["le site d’information La Lettre du Comptoir", "secondary_report"]);
    expect(fr("Le vent explique la vitesse à laquelle le feu s’est propagé.").map((c) => c.cue)).toEqual([null]);
    expect(byCue(fr("« Le feu est fixé », a expliqué le colonel."), "a expliqué").claimant).toBe("le colonel");
    expect(fr("Les pertes des exploitations viticoles se chiffreraient déjà en millions d’euros.").map((c) => [c.cue, c.attributionLevel])).toEqual([[null, "hedged_unsourced"]]);
    expect(byCue(fr("La chambre d’agriculture chiffre les pertes à 3 millions d’euros."), "chiffre").attributionLevel).toBe("official_statement");
  });

  it("hedges « il est possible que » but not « aucun retour en arrière possible », \"you would\" or \"a dose that could…\"; « semble compromise » is the outlet's hedge", () => {
    expect(fr("Il affirme que la procédure ne prévoyait aucun retour en arrière possible.")[0]!.hedged).toBe(false);
    expect(fr("Une reprise reste possible en 2027.")[0]!.hedged).toBe(true);
    expect(en("“It is around forty times lower than what you would see in someone using it,” she said.")[0]!.hedged).toBe(false);
    expect(fr("Sa participation au Tour, qui part le 6 juin, semble de toute façon compromise.").map((c) => c.attributionLevel)).toEqual(["hedged_unsourced"]);
  });

  it("keeps a person named after a newsletter line a person, reads \"The paper notes\" after a study as the paper, and « revendique de son côté « 60 % » »", () => {
    const page = en("Sign up to Second Opinion, the Examiner’s weekly health newsletter\n\nPriya Hallam-Osei, who runs a pharmacy in Cullingford, said she had taken 64 packs off her shelves by lunchtime.");
    expect(byCue(page, "said").attributionLevel).toBe("named_on_record");
    const paper = byCue(en("The study, published in the Annals of Youth Health, followed 9,000 teenagers. The paper notes that depression symptoms were self-reported."), "notes");
    expect(paper.attributionLevel).toBe("document");
    expect(byCue(fr("L’Union syndicale des roulants (USR) revendique de son côté « plus de 60 % de grévistes » parmi les conducteurs."), "revendique").attributionLevel).toBe("official_statement");
  });

  it("keeps « ne » out of a subject set off by commas, « le musée » out of the people, and a pronoun of a gender the last speaker lacks for the person of that gender named since", () => {
    expect(byCue(fr("Le directeur du musée, Florian Castaing-Moreno, ne conteste pas le contexte de la vente."), "ne conteste pas").claimant).toBe("Le directeur du musée, Florian Castaing-Moreno");
    const museum = byCue(fr("Le musée a rejeté la demande des héritiers du collectionneur Lazare Halbronn-Texier. Dans un communiqué, le musée estime que la vente s’est faite à un prix conforme."), "estime");
    expect(museum.attributionLevel).toBe("official_statement");
    const historian = byCue(fr("Leur avocat, Me Octave Delprat-Nguema, soutient que la vente a été forcée. Ce procès-verbal a été retrouvé en 2023 par l’historienne Maëlle Couderc-Bamba, qui travaille sur le marché de l’art. « Le prix n’est pas le sujet », souligne-t-elle."), "souligne-t-elle");
    expect(historian.claimant).toBe("Maëlle Couderc-Bamba");
  });

  it("reads no cue in « une huile que réclament les héritiers » nor in « ne dit rien de »", () => {
    expect(fr("Le musée a rejeté la demande de restitution d’une huile d’Anselme Corbière-Laval que réclament depuis 2024 les héritiers du collectionneur.").map((c) => c.cue)).toEqual([null]);
    expect(fr("La Loi sur la neutralité civique, adoptée en 2018, ne dit rien des lieux de prière dans les écoles.").map((c) => [c.cue, c.attributionLevel])).toEqual([[null, "author_assertion"]]);
    // (« ce que dément la mairie » still reports the clause before it.)
    expect(byCue(fr("Le maire a promis des travaux, ce que dément la préfecture."), "dément").attributionLevel).toBe("official_statement");
  });

  it("gives \"whose report… concludes\" to the report, keeps \"was found… by\" the outlet's, and reads \"the Office for Seized Property\" as no person", () => {
    const ledger = en("The ledger was found last year by Lucia Marenko-Pryce, a provenance researcher at the University of Aldercourt, whose report, sent to the ministry in February, concludes that at least 40 works passed through the same auction house.");
    expect(ledger.map((c) => [c.cue, c.attributionLevel])).toEqual([[null, "author_assertion"], ["concludes", "document"]]);
    const she = byCue(en("Lucia Marenko-Pryce found that 40 works consigned by the Office for Seized Property were sold in 1939. “This was not a market,” she said."), "said");
    expect(she.claimant).toBe("Lucia Marenko-Pryce");
  });

  it("reads a named spokeswoman or chair as on the record whatever body word comes before the role, not another paper's editor", () => {
    expect(byCue(en("A company spokeswoman, Leigh Abernathy-Cole, said the line had been inspected in April."), "said").attributionLevel).toBe("named_on_record");
    expect(byCue(en("Closing the session, the committee chair, Rhiannon Tully-Bassett, said the evidence was clear."), "said").attributionLevel).toBe("named_on_record");
    expect(byCue(en("The journal’s editor, Dr. Miriam Castellanos-Webb, said in an email that the paper had gone through two rounds of peer review."), "said").attributionLevel).toBe("named_on_record");
    expect(byCue(en("The Courier’s political editor, Hamish Orde-Tully, writes that she has “tied her fate to a man she can no longer protect”."), "writes").attributionLevel).toBe("secondary_report");
  });

  it("keeps a relative clause on the document that opens the sentence in its subject (\"A filing that X submitted late Tuesday shows…\") and reads what shows a thing as a record", () => {
    const filing = byCue(en("A filing that Sagebrook Electric submitted to the commission late Tuesday shows that its circuit “experienced a fault” at 2:37 p.m. Monday."), "shows");
    expect(filing.claimant).toMatch(/^A filing that Sagebrook Electric submitted/);
    expect(filing.attributionLevel).toBe("document");
    expect(byCue(en("The entry, dated July 11, 1939, shows that the painting was sold for 2,400 crowns."), "shows").attributionLevel).toBe("document");
    // (Not a relative clause on anything else: "The bridge that the council built…" is no source.)
    expect(en("The bridge that the council built says a lot about the town.").map((c) => c.cue)).toEqual([null]);
  });

  it("reads « a fait valoir, dans une réponse écrite, que… » as a cue, and a pronoun after the text the outlet consulted as that text", () => {
    const campaign = byCue(fr("Interrogée par Le Démêloir, l’équipe de campagne du candidat a fait valoir, dans une réponse écrite, que le chiffre portait sur l’agglomération."), "a fait valoir");
    expect([campaign.claimant, campaign.quote]).toEqual(["l’équipe de campagne du candidat", "le chiffre portait sur l’agglomération"]);
    const record = fr("Le Fil d’Ostrande a pu consulter le procès-verbal de cette vente, daté du 14 novembre 1941. Il indique que le prix devait être versé sur un compte bloqué. Selon ce document, l’acheteur était le marchand Gaston Véry-Lacombe.");
    expect([byCue(record, "indique").claimant, byCue(record, "indique").attributionLevel]).toEqual(["le procès-verbal de cette vente", "document"]);
    expect(byCue(record, "Selon").attributionLevel).toBe("document");
    expect(byCue(en("The Post has obtained a copy of the contract. It says the firm will be paid £2m a year."), "says").claimant).toBe("the contract");
    // (Not a person's pronoun: « Elle » after a text of the other gender.)
    expect(byCue(fr("Le Fil a pu consulter le procès-verbal de la vente. Elle affirme que le prix était juste."), "affirme").claimant).not.toBe("le procès-verbal de la vente");
  });

  it("reads « le magazine Traces & Archives, selon lequel… » with its ampersand, and a service tracker as a data set", () => {
    expect(byCue(fr("L’affaire avait été révélée par le magazine Traces & Archives, selon lequel le tableau figurait dès 1938 dans le catalogue de la galerie."), "selon lequel").claimant).toBe("le magazine Traces & Archives");
    expect(byCue(en("Fewer than one in four trains ran by midday, according to Ambrell Rail’s own live service tracker."), "according to").attributionLevel).toBe("document");
  });
});

describe("the eighteenth blind round's development sets", () => {
  it("strips the interviewee's label from every answer of a labelled interview, not only the first", () => {
    const page = fr("Entretien\n\nLe Vaucrieur : Le phénomène s’accélère-t-il ?\n\nInès Kerbrat-Mensah : Les surfaces coupées ont quintuplé. L’État a laissé faire.\n\nLe Vaucrieur : Qui coupe ?\n\nInès Kerbrat-Mensah : Les pistes de débardage visibles sur les images mènent toutes vers deux scieries.");
    expect(page.map((c) => c.quote)).toEqual(["Les surfaces coupées ont quintuplé", "L’État a laissé faire", "Les pistes de débardage visibles sur les images mènent toutes vers deux scieries"]);
    expect(page.every((c) => c.claimant === "Inès Kerbrat-Mensah")).toBe(true);
  });

  it("reads \"often called\" between commas as a name the thing goes by, not a cue", () => {
    expect(en("Norovirus, often called the winter vomiting bug, spreads quickly in closed settings such as ships.").map((c) => c.cue)).toEqual([null]);
  });

  it("reads \"City Auditor Renata Falkenrath-Osei\" as a titled person, and a broadcaster's statement about itself as the company's", () => {
    expect(byCue(en("City Auditor Renata Falkenrath-Osei told the committee that the certificates lapsed on Jan. 1."), "told").attributionLevel).toBe("named_on_record");
    expect(byCue(en("Westbeam Network acknowledged in a statement on May 16 that contestants receive a list of 12 broad categories."), "acknowledged").attributionLevel).toBe("official_statement");
    expect(byCue(en("The Sunday Compass reported that the minister kept a diary."), "reported").attributionLevel).toBe("secondary_report");
  });

  it("reads a name introduced after a body's noun and a comma as that body (« le gestionnaire du réseau, Lignaval, … »)", () => {
    const grid = fr("Une panne a privé mardi 1,3 million de foyers de courant, et le gestionnaire du réseau, Lignaval, et le gouvernement se renvoyaient la responsabilité. La coupure a commencé à 18h47, selon Lignaval.");
    expect(byCue(grid, "selon").attributionLevel).toBe("official_statement");
    // (Not a first name after a comma: « l’opérateur, Marc, … » is a person.)
    expect(byCue(fr("Le directeur de l’opérateur, Marc, a été entendu. Selon Marc, la ligne était saturée."), "Selon").attributionLevel).not.toBe("official_statement");
  });

  it("reads the text the outlet consulted as the subject of a clause after a colon, and keeps the clause before it the outlet's", () => {
    const order = fr("Or, à ces dates, la limite de 30 km/h n’était pas encore applicable : l’arrêté municipal, que nous avons pu consulter, fixe son entrée en vigueur au 20 avril.");
    expect(order.map((c) => [c.cue, c.attributionLevel, c.quote])).toEqual([
      [null, "author_assertion", "Or, à ces dates, la limite de 30 km/h n’était pas encore applicable"],
      ["fixe", "document", "son entrée en vigueur au 20 avril"],
    ]);
  });

  it("files a witnessed claim's \"we\" or « notre journaliste » under the outlet its copyright line names", () => {
    const page = fr("Titre\n\nLe panneau affichait toujours 50 km/h jeudi matin, nous avons constaté sur place.\n\nSur place, nous avons constaté que le panneau affichait toujours 50 km/h.\n\n© Le Journal de Montcalvane 2026");
    expect(byCue(page, "avons constaté").claimant).toBe("nous (Le Journal de Montcalvane)");
    const english = en("Title\n\nA Courier reporter saw stacks of freshly cut logs beside the road.\n\n© 2026 The Brenmoor Courier Ltd. All rights reserved.");
    expect(byCue(english, "saw").claimant).toBe("A Courier reporter");
  });

  it("reads \"The network said\" after the broadcaster's statement as the broadcaster again, and an infirmary as a body", () => {
    const network = en("Westbeam Network acknowledged in a statement on May 16 that contestants receive a list of 12 broad categories. The network said the practice “has been in the official rules since the first season”.");
    expect([byCue(network, "said").claimant, byCue(network, "said").attributionLevel]).toEqual(["The network (Westbeam Network)", "official_statement"]);
    expect(byCue(en("Ellinsby Royal Infirmary said all nine were in a stable condition."), "said").attributionLevel).toBe("official_statement");
  });

  it("reads « la compagnie » after a sentence that opened on a body's name as that body, « ne… que » as \"only\", and keeps « pas » with a negated cue", () => {
    const cruise = fr("Selon l’Autorité de veille sanitaire des ports (AVSP), 264 passagers ont présenté des symptômes. Croisières Velmora conteste cette version. Dans un communiqué, la compagnie assure avoir renforcé le nettoyage des parties communes.");
    expect(byCue(cruise, "assure").claimant).toBe("la compagnie (Croisières Velmora)");
    const only = fr("Le collectif affirme que les premiers malades se sont présentés dès le jeudi, et que la compagnie n’a averti les voyageurs que le dimanche 12.");
    expect(only.map((c) => c.cue)).toEqual(["affirme", "affirme"]);
    expect(byCue(fr("Le maire ne dit pas que le pont fermera."), "ne dit pas").quote).toBe("le pont fermera");
    // (« ne relèvent pas du régime… » is falling under it, no remark; « relève de graves lacunes » is one.)
    expect(fr("Les feux de forêt ne relèvent pas du régime des catastrophes naturelles : les dégâts sont couverts par la garantie incendie.").map((c) => c.cue)).toEqual([null]);
    expect(byCue(fr("Le rapport relève de graves lacunes dans la maintenance."), "relève").attributionLevel).toBe("document");
    expect(byCue(fr("Samedi, notre journaliste a relevé du maltarène dans la liste des ingrédients de 41 produits."), "a relevé").attributionLevel).toBe("witnessed");
  });

  it("reads a company's solicitors' statement as the company's, a shop's name in 's before \"said\", a charge summary and tests as records", () => {
    expect(byCue(en("Greyfold’s solicitors said in a statement that the company “has always acted in good faith”."), "said").attributionLevel).toBe("official_statement");
    expect(byCue(en("Tom Reilly’s lawyers said in a statement that he was innocent."), "said").attributionLevel).toBe("named_on_record");
    expect(byCue(en("Penrick’s said it had taken the line off the shelves of its 212 stores on Tuesday."), "said").quote).toBe("it had taken the line off the shelves of its 212 stores on Tuesday");
    const summary = en("According to the authority’s charge summary, isotope tests on 31 bottles found that 27 contained wine grown more than 400 miles from the valley.");
    expect([byCue(summary, "According to").attributionLevel, byCue(summary, "found").attributionLevel]).toEqual(["document", "document"]);
  });

  it("scores a denial with no content of its own below the line, scores \"declined to say\" below it, and reads \"recommend them to\" as no speech", () => {
    expect(en("Dana Whitlock-Arce, a vice president at Quillmark Traffic Solutions, the company that runs the program, disputed that account.")[0]!.checkworthiness).toBeLessThan(0.5);
    const declined = en("The company declined to say whether it would contest one.");
    expect(declined.every((c) => c.checkworthiness < 0.5)).toBe(true);
    expect(en("The committee cannot order refunds; it can only recommend them to the full council.").map((c) => c.cue)).toEqual([null]);
  });

  it("reads the sole holder of an office as on the record, a relative clause with its object in the subject, \"annual pledge\" as a noun and written evidence as a record", () => {
    expect(byCue(en("The chief executive of Tarnmere Water apologised on Tuesday, telling MPs that the outage had been caused by “a sequence of faults”."), "telling").attributionLevel).toBe("named_on_record");
    const head = byCue(en("The head of the company that runs West Carrowdale’s power grid has told Assembly members that ministers ignored three warnings."), "has told");
    expect([head.claimant, head.attributionLevel]).toEqual(["The head of the company that runs West Carrowdale’s power grid", "named_on_record"]);
    expect(byCue(en("A senior executive at Tarnmere said the pumps failed."), "said").attributionLevel).toBe("anonymous_described");
    expect(en("The fund’s largest corporate donor is reportedly reviewing its $500,000 annual pledge.").map((c) => c.cue)).toEqual(["reportedly"]);
    expect(byCue(en("The blackout began at 17:52 on 13 January, according to written evidence Corvane Grid submitted to the committee."), "according to").attributionLevel).toBe("document");
  });

  it("scores a question asked, a hope and a schedule below the check-worthy line", () => {
    expect(en("Why, he asked, had none of it gone to Oxtanby Cross? She asked whether the plan had been approved.").every((c) => c.checkworthiness < 0.5)).toBe(true);
    expect(byCue(fr("La députée a demandé pourquoi le pont n’avait pas été inspecté."), "a demandé").checkworthiness).toBeLessThan(0.5);
    expect(byCue(en("Lindqvist-Abe said she hoped to reopen as soon as the city allows it."), "said").checkworthiness).toBeLessThan(0.5);
    expect(en("A first hearing is set for April 9. Councillors are due to vote on a replacement plan in June.").every((c) => c.checkworthiness < 0.5)).toBe(true);
    // (Not a cause: "is due to heavy rain".)
    expect(en("The delay is due to heavy rain on Monday.")[0]!.checkworthiness).toBeGreaterThanOrEqual(0.5);
  });

  it("reads « Selon elle » after a body spoke as that body, a time phrase before an inverted source, and two names issuing a joint statement as bodies", () => {
    const prefecture = fr("La préfecture a confirmé lundi la fermeture du restaurant, sans avancer de date. Selon elle, il s’agit de la troisième fermeture dans le département depuis 2021.");
    expect(byCue(prefecture, "Selon").attributionLevel).toBe("official_statement");
    expect(byCue(fr("« Nous ne pouvons plus compter les blessés chaque lundi matin », avait lancé avant le vote le maire, Hervé Lindaux-Mbaye."), "avait lancé").claimant).toMatch(/^le maire/);
    expect(byCue(fr("Dans un communiqué commun, Zeplio et Kalyane assurent que leurs engins ne représentent « que 18 % des accidents recensés »."), "assurent").attributionLevel).toBe("official_statement");
  });

  it("reads a labelled interview whose answers carry the surname alone, and scores the interview's announcement below the line", () => {
    const qa = en("The Bulletin spoke with Denise Carver-Nkemelu, the district’s transportation director, on Wednesday.\n\nBulletin: How did it come to this?\n\nCarver-Nkemelu: We lost drivers faster than we could train them. A new driver needs about seven weeks.");
    expect(qa[0]!.checkworthiness).toBeLessThan(0.5);
    expect(qa.slice(1).map((c) => [c.claimant, c.quote, c.hedged])).toEqual([
      ["Carver-Nkemelu", "We lost drivers faster than we could train them", false],
      ["Carver-Nkemelu", "A new driver needs about seven weeks", false],
    ]);
  });

  it("reads the author of the post just quoted as relaying through it, and a source the paper quotes as relayed", () => {
    const video = fr("Depuis le 26 avril, une vidéo publiée sur TikTok assure que le tirage a été « truqué ». Elle a été vue plus de 1,8 million de fois. Son auteur, qui se présente comme un « ancien croupier », avance aussi que le ticket gagnant a été validé « douze minutes avant la clôture ».");
    expect(byCue(video, "avance").attributionLevel).toBe("secondary_report");
    const cited = fr("Le quotidien cite un salarié de Billetéa, sous couvert d’anonymat, selon lequel « près d’un achat sur cinq » a été effectué par des logiciels automatisés.");
    expect(cited.map((c) => c.cue)).toEqual([null, "selon lequel"]);
    expect(byCue(cited, "selon lequel").claimant).toMatch(/^un salarié de Billetéa/);
    expect(byCue(cited, "selon lequel").attributionLevel).toBe("secondary_report");
    // (And the paper, not the person it quotes, is whom « le journal » takes up next.)
    const next = fr("Le Courrier de Lormeval affirme que les places ont été revendues. Le quotidien cite un salarié de Billetéa, sous couvert d’anonymat, selon lequel « près d’un achat sur cinq » a été automatisé. Selon le journal, Billetéa facture 6,50 euros de frais.");
    expect(byCue(next, "Selon").claimant).not.toMatch(/salarié/);
  });

  it("reads « La vidéo » taken up after the post as the post, and a passive inside a source's words as part of them", () => {
    const video = fr("Depuis le 26 avril, une vidéo publiée sur TikTok assure que le tirage a été « truqué ». Elle a été vue plus de 1,8 million de fois. Le tirage a effectivement été interrompu. La vidéo affirme enfin que les sept numéros gagnants avaient été annoncés la veille sur un forum de joueurs.");
    expect(byCue(video, "affirme").attributionLevel).toBe("secondary_report");
    expect(video.map((c) => c.cue)).not.toContain("avaient été annoncés");
  });
});


describe("twentieth round: group names, obligations, records, what someone was warned of", () => {
  it("reads a group's name in quotation marks before its verb as the subject (« le collectif « … » affirme… »)", () => {
    const c = byCue(fr("Sur Facebook, le collectif « Dépistées, pas oubliées » affirme de son côté avoir réuni 1 200 signatures pour réclamer une enquête indépendante."), "affirme");
    expect(c.claimant).toMatch(/^le collectif « Dépistées, pas oubliées »/);
    expect(c.attributionLevel).toBe("secondary_report");
    expect(c.quote).toBe("avoir réuni 1 200 signatures pour réclamer une enquête indépendante");
  });

  it("reads « selon la Région » as the regional authority, and « selon la région » as \"depending on\"", () => {
    const c = byCue(fr("Quelque 430 collégiens sont concernés, selon la Région, qui organise le service."), "selon");
    expect(c.claimant).toBe("la Région");
    expect(fr("Les tarifs varient selon la région.").some((x) => x.cue === "selon")).toBe(false);
  });

  it("hedges « Il s’agirait de… » with no source", () => {
    const c = fr("Le gagnant a touché 41 millions d’euros. Il s’agirait du plus gros lot jamais remporté par un seul ticket.")[1]!;
    expect([c.attributionLevel, c.hedged]).toEqual(["hedged_unsourced", true]);
  });

  it("reads what someone must show or publish as an obligation, not a report, and a log's entries as a document", () => {
    expect(en("Under the Ticket Resale Act 2023, resale sites must show a ticket’s face value next to its asking price.").every((c) => c.cue === null)).toBe(true);
    const log = byCue(en("The airport’s bird-strike log, which it must publish under its operating licence, recorded 96 strikes in 2025."), "recorded");
    expect([log.attributionLevel, log.quote]).toEqual(["document", "96 strikes in 2025"]);
    expect(en("The police recorded 96 crimes.").every((c) => c.cue === null)).toBe(true);
  });

  it("does not hedge what someone was warned or told (\"had been warned in writing that readings could rise\"), and reads \"in writing\" as no cue", () => {
    const warned = en("Barnes said supervisors had been warned in writing in late 2024 that lead readings could rise. He said ministers had been told in January that the company might not survive the winter.");
    expect(warned.map((c) => [c.cue, c.hedged])).toEqual([["said", false], ["said", false]]);
    expect(byCue(en("Prices may rise, she said."), "said").hedged).toBe(true);
  });

  it("reads the outlet checking a site and the writer scrolling a feed as witnesses", () => {
    const desk = en("When the Gazette checked Swapseat at 9am on Monday, 1,312 tickets for the tour were listed.\n\n© 2026 The Gazette");
    expect(desk[0]!.attributionLevel).toBe("witnessed");
    const scrolled = en("When I scrolled back through her TikTok on Wednesday, 31 of the 38 videos were still up.\n\n© 2026 Feedwright Media Inc. All rights reserved.");
    expect([scrolled[0]!.attributionLevel, scrolled[0]!.claimant]).toEqual(["witnessed", "I (Feedwright)"]);
  });

  it("reads « a depuis établi que », « fait par ailleurs valoir que » and « mentionne que » as cues, not « ne mentionne ni… »", () => {
    expect(byCue(fr("Un audit interne, achevé fin mars, a depuis établi que 37 clichés présentaient des anomalies."), "a depuis établi").attributionLevel).toBe("document");
    expect(byCue(fr("Dans un communiqué, le conseil régional fait par ailleurs valoir que le nombre de compteurs a augmenté de 6 %."), "fait par ailleurs valoir").claimant).toBe("le conseil régional");
    expect(byCue(fr("Le procès-verbal mentionne que les boules ont été placées sous scellés."), "mentionne").attributionLevel).toBe("document");
    expect(fr("Le communiqué ne mentionne ni retrait ni calendrier.").every((c) => c.cue === null)).toBe(true);
  });

  it("reads the questions after an editor's note (\"This interview has been edited for length and clarity.\") and gives their answers to the person the page opened on", () => {
    const qa = en("Rosalind Teague-Abara, Quenmoor’s mayor since 2021, has spent the past fortnight defending her expenses. A report by the auditor, Brannock Lyle, found £27,350 of claims unsupported.\n\nThis interview has been edited for length and clarity.\n\nWhy £9,800 on taxis in a single year?\n\nI don’t drive, and the mayor’s job covers 14 villages as well as the town. I got rid of the council car.");
    expect(qa.slice(2).map((c) => [c.attributionLevel, c.claimant, c.quote])).toEqual([
      ["named_on_record", "Rosalind Teague-Abara", "I don’t drive, and the mayor’s job covers 14 villages as well as the town"],
      ["named_on_record", "Rosalind Teague-Abara", "I got rid of the council car"],
    ]);
  });

  it("reads a product recall as no report (« a rappelé 14 lots de sa gamme « Premiers Jours » », \"Pellamy recalled all Stage 1 powder\"), and « a rappelé « … » », \"recalled that…\" as reports", () => {
    expect(fr("Aubrelle Nutrition a rappelé 14 lots de sa gamme « Premiers Jours » après la détection de salmonelles.").every((c) => c.cue === null)).toBe(true);
    expect(byCue(fr("Le ministre a rappelé « l’importance de la traçabilité »."), "a rappelé").quote).toBe("l’importance de la traçabilité");
    expect(en("Pellamy recalled all Stage 1 and Stage 2 powder made at its Hollerby plant since 2 May.").every((c) => c.cue === null)).toBe(true);
    expect(byCue(en("The inspector recalled that the plant had been inspected in March."), "recalled").quote).toBe("the plant had been inspected in March");
  });

  it("reads a reporter before a date set off by commas as the witness (\"A Sentinel reporter who stood at the plaza… on Thursday, Jan. 8, counted…\"), and a document showing a sum", () => {
    const c = byCue(en("A Sentinel reporter who stood at the toll plaza from 7 to 8 a.m. on Thursday, Jan. 8, counted 1,126 vehicles."), "counted");
    expect([c.attributionLevel, c.quote]).toEqual(["witnessed", "1,126 vehicles"]);
    expect(byCue(en("The audited accounts list $58.7 million in reserves."), "list").attributionLevel).toBe("document");
    expect(en("The list of names is long.").every((x) => x.cue === null)).toBe(true);
  });

  it("keeps « que Le Limnimètre a pu consulter » with the text after « Selon », and reads a duty log and a staff script as documents", () => {
    const c = byCue(fr("Selon la main courante de l’ouvrage, que Le Limnimètre a pu consulter, l’exploitant a ouvert les vannes à 2h10."), "Selon");
    expect([c.attributionLevel, c.claimant, c.quote]).toEqual(["document", "la main courante de l’ouvrage, que Le Limnimètre a pu consulter", "l’exploitant a ouvert les vannes à 2h10"]);
    expect(byCue(en("A staff script seen by Proofmark tells staff to say that flour is in short supply."), "tells").attributionLevel).toBe("document");
  });

  it("reads a plea in court as no cue, so the records that tell of it are the source", () => {
    const c = en("Petrakis-Hollo pleaded guilty to felony assault in 2019, court records show.")[0]!;
    expect([c.cue, c.attributionLevel, c.claimant]).toEqual(["show", "document", "court records"]);
    expect(en("The driver pleaded not guilty on Monday.").every((c) => c.cue === null)).toBe(true);
  });
});

describe("twenty-second round: what a particular text lays down or holds", () => {
  it("reads what a plan, a contract or a log requires, fixes, excludes or contains as the document's, in the present only", () => {
    const plan = byCue(en("That plan, a 96-page document posted on the utility’s website, requires operators to notify the county before a large release."), "requires");
    expect([plan.attributionLevel, plan.quote]).toEqual(["document", "operators to notify the county before a large release"]);
    const contract = byCue(en("A supply contract signed with Pargeter Milling in 2024, a copy of which Proofmark has seen, fixes the price of flour at £318 a tonne."), "fixes");
    expect([contract.attributionLevel, contract.claimant, contract.quote]).toEqual(["document", "A supply contract signed with Pargeter Milling in 2024, a copy of which Proofmark has seen", "the price of flour at £318 a tonne"]);
    expect(byCue(fr("Les conditions générales des cinq banques, que nous avons relues, excluent toute indemnisation en cas de « force majeure »."), "excluent").attributionLevel).toBe("document");
    expect(byCue(fr("La main courante de la nuit ne contient aucune motivation de ce type."), "ne contient").claimant).toBe("La main courante de la nuit");
    expect(byCue(fr("Les consignes d’exploitation du barrage, un document de 112 pages approuvé en 2019, imposent un préavis de deux heures."), "imposent").attributionLevel).toBe("document");
    expect(en("The bill raises the pension age and increases the number of years required for a full pension.").every((c) => c.cue === null)).toBe(true);
    expect(en("Of the 40 bottles the report tested, 27 contained wine grown elsewhere.").some((c) => c.cue === "contained")).toBe(false);
  });

  it("leaves what a law lays down to the outlet, and a second verb of the same text with the first one's words", () => {
    const law = fr("La loi impose pourtant que le prix payé corresponde au prix affiché.")[0]!;
    expect([law.cue, law.attributionLevel]).toEqual([null, "author_assertion"]);
    const permit = en("The event permit, obtained by KTQR through a public records request, lists a maximum capacity of 9,500 and requires the promoter to provide one steward per 250 attendees.");
    expect(permit.map((c) => c.cue)).toEqual(["lists"]);
    expect(permit[0]!.quote).toContain("requires the promoter");
  });

  it("reads a press review's paper before a colon as the source of what follows (« Le Courrier de Castelbrune ouvre sur… : »), a poll it carries as the document, and not the outlet's own name", () => {
    const c = fr("Le Courrier de Castelbrune ouvre sur le bilan présenté mardi par la mairie : 351 accidents corporels en un an, contre 412 l’année précédente.")[0]!;
    expect([c.attributionLevel, c.claimant, c.quote]).toEqual(["secondary_report", "Le Courrier de Castelbrune", "351 accidents corporels en un an, contre 412 l’année précédente"]);
    expect(fr("L’Écho castelbrunois choisit un autre angle : le nombre de morts sur les routes de la ville est passé de 6 à 8.")[0]!.claimant).toBe("L’Écho castelbrunois");
    const poll = fr("La Gazette corvalienne publie de son côté un sondage de l’institut Demeval : une majorité des personnes interrogées veut des élections anticipées.")[0]!;
    expect([poll.attributionLevel, poll.claimant?.startsWith("un sondage de l’institut Demeval")]).toEqual(["document", true]);
    const calc = fr("Le Courrier de Morvaille a fait ses calculs : lundi, le prix moyen de revente sur Rebond s’établissait à 212 euros.")[0]!;
    expect([calc.attributionLevel, calc.quote]).toEqual(["secondary_report", "lundi, le prix moyen de revente sur Rebond s’établissait à 212 euros"]);
    const own = extractClaims({ text: "Titre\n\nLe Courrier de Morvaille a fait ses calculs : le prix moyen s’établissait à 212 euros.\n\n© Le Courrier de Morvaille 2026\n", language: "fr" }).claims;
    expect(own.every((x) => x.attributionLevel !== "secondary_report")).toBe(true);
  });

  it("reads a transcript's speaker in capitals with what they are before the colon (« JOSIANE AURENGO-TALL, habitante de Ventabrac : … »), and « m’a appelé à 18h40 » as a call, not a cue", () => {
    const turns = fr("JOSIANE AURENGO-TALL, habitante de Ventabrac : Vers 17 heures, on voyait déjà les flammes au-dessus des pins.\n\nRÉGIS FABROL-KANTÉ, maire de Lauzanel : La préfecture m’a appelé à 18h40. Pas avant.");
    expect(turns.map((c) => [c.attributionLevel, c.claimant])).toEqual([
      ["named_on_record", "JOSIANE AURENGO-TALL, habitante de Ventabrac"],
      ["named_on_record", "RÉGIS FABROL-KANTÉ, maire de Lauzanel (mayor)"],
    ]);
    expect(turns[1]!.quote).toBe("La préfecture m’a appelé à 18h40. Pas avant");
  });

  it("reads \"is understood to have refused\" as the outlet's hedge, \"planning officers\" as no cue, and \"never appeared in it\" as no hedge", () => {
    const c = en("Arvelle Capital, which took a 40% stake in Hopwheel in 2023, is understood to have refused a further £3m in May.")[0]!;
    expect([c.attributionLevel, c.hedged, c.claimant]).toEqual(["hedged_unsourced", true, null]);
    expect(en("A report by planning officers noted that the club had not played a home match at the ground since May.").map((x) => x.cue)).toEqual(["noted"]);
    const head = byCue(en("Its deputy head, Clem Ravensworth-Adu, says that teachers who joined the picket after assembly never appeared in the return."), "says");
    expect(head.hedged).toBe(false);
    expect(byCue(en("The union says the minister appeared to accept the figure."), "says").hedged).toBe(true);
  });

  it("reads « Premier chiffre, … » and « Second chiffre » as no speaker, an outlet's name with « & », and « le journal » as the paper last named", () => {
    const review = fr("Premier chiffre, celui du ministère, publié mardi : 24,6 % de grévistes. Second chiffre, celui de l’intersyndicale : « plus de 60 % » dans le primaire.\n\nL’hebdomadaire Craie & Cahiers, très lu dans les salles des professeurs, va plus loin. Il affirme que les chefs d’établissement doivent transmettre leurs chiffres avant 10 heures.");
    expect(review.some((c) => /^(?:Premier|Second)$/u.test(c.claimant ?? ""))).toBe(false);
    const weekly = byCue(review, "affirme");
    expect([weekly.attributionLevel, weekly.claimant]).toEqual(["secondary_report", "Craie & Cahiers"]);
    const paper = byCue(fr("« La grève des deux thermomètres », titre Le Soir civique, qui consacre sa une à cet écart. Selon le journal, près d’un professeur sur cinq n’a aucune heure de cours le mardi."), "Selon");
    expect([paper.attributionLevel, paper.claimant]).toEqual(["secondary_report", "Le Soir"]);
  });

  it("takes \"It says\" after \"X sent us a statement\" as X's, and a source who didn't want to be named, after \"Well,\", as unnamed", () => {
    const claims = en("Several residents told me the bowser ran dry on Sunday.\n\nCalderbrook Water sent us a statement overnight. It says the contamination has been traced to a cracked inspection cover.");
    expect(claims.find((c) => c.quote.includes("cracked inspection cover"))).toMatchObject({ claimant: "Calderbrook Water", attributionLevel: "official_statement" });
    const engineer = byCue(en("Well, a Calderbrook engineer I spoke to, who didn’t want to be named because he isn’t allowed to talk to the media, told me the crack had been reported internally back in March."), "told");
    expect(engineer.attributionLevel).toBe("anonymous_described");
    expect(engineer.claimant).toMatch(/^a Calderbrook engineer/u);
    expect(en("A deckhand, who did not want to be named, said the ferry was out of service for 23 days.").some((c) => c.cue === "did not want")).toBe(false);
  });

  it("reads a body's plan (\"wants to put up 14 turbines\") as the outlet's, a person's wish as theirs, and a call to readers as nothing to check", () => {
    const plan = en("Brightwold Renewables wants to put up 14 turbines, each 180 metres to the blade tip, on the moor.");
    expect(plan.every((c) => c.cue === null && c.attributionLevel === "author_assertion")).toBe(true);
    expect(byCue(en("Hillary Clinton also wants to extend the program to 2030."), "also wants")).toMatchObject({ claimant: "Hillary Clinton", quote: "to extend the program to 2030" });
    expect(byCue(en("Voters did not want to see the tax rise again."), "did not want").claimant).toBe("Voters");
    const call = en("If you ate at Ondrel & Vine on April 10 or 11 and got sick, the department wants to hear from you: call its foodborne illness line.");
    expect(call.every((c) => c.checkworthiness < 0.5)).toBe(true);
  });

  it("reads a decision taken, a patient admitted and what officials knew as no cue, and entries appearing twice as no hedge", () => {
    expect(en("The council decided to close the pool in March.").every((c) => c.cue === null)).toBe(true);
    expect(en("The hospital measures waits from the time a doctor decides to admit a patient.").every((c) => c.cue === null)).toBe(true);
    expect(byCue(en("He admitted a mistake had been made."), "admitted").quote).toBe("a mistake had been made");
    expect(en("Over the past week, the Dispatch has pieced together what officials knew and when.").every((c) => c.cue === null)).toBe(true);
    expect(en("Of the spreadsheet’s 44 entries, nine appear twice under different names.")[0]!.hedged).toBe(false);
  });

  it("reads a text's count standing alone, a writer who walked the course and saw, and \"nothing could be released\" as no hedge", () => {
    const results = byCue(en("The official results list 8,612 finishers."), "list");
    expect([results.attributionLevel, results.quote]).toEqual(["document", "8,612 finishers"]);
    const walked = en("I walked the last ten kilometres of the course on Monday and saw the painted arrow for the old turnaround still on the road.")[0]!;
    expect([walked.attributionLevel, walked.cue]).toEqual(["witnessed", "saw"]);
    const advice = en("Our legal advice was that nothing could be released while the audit was under way.")[0]!;
    expect([advice.attributionLevel, advice.hedged]).toEqual(["author_assertion", false]);
    expect(en("The plant could close next year.")[0]!.attributionLevel).toBe("hedged_unsourced");
  });

  it("reads a named incise inside a quotation as the speaker of all of it (« …, a expliqué Nadège Poirot-Sékou, présidente de Vellorgues Natation, … »)", () => {
    const club = fr("« On a 340 licenciés, dont 190 enfants, a expliqué Nadège Poirot-Sékou, présidente de Vellorgues Natation, et plus aucun créneau ». Le club s’entraîne ailleurs.")[0]!;
    expect([club.attributionLevel, club.claimant?.startsWith("Nadège Poirot-Sékou, présidente de Vellorgues Natation"), club.quoteType]).toEqual(["named_on_record", true, "direct"]);
    expect(club.quote).toContain("et plus aucun créneau");
    const lawyer = fr("« Ce dossier, a plaidé son avocat, Me Thierry Castagne, repose entièrement sur les déclarations d’un entrepreneur en faillite ».")[0]!;
    expect([lawyer.attributionLevel, lawyer.claimant]).toEqual(["named_on_record", "son avocat, Me Thierry Castagne"]);
  });

  it("reads a transcript's speaker in title case with what they are, and its reporter as the outlet's witness; \"Dunmarrow said no\" is a vote", () => {
    const agent = fr("Josiane Kerbrat-Mendy, agente d’accueil : On a ressorti les tampons et les registres papier.")[0]!;
    expect([agent.attributionLevel, agent.claimant]).toEqual(["named_on_record", "Josiane Kerbrat-Mendy, agente d’accueil"]);
    expect(fr("Le Conseil, réuni hier soir, a voté : la taxe baisse de 2 %.")[0]!.claimant).toBeNull();
    const reporter = en("MARCUS TEAGARDEN-OYE, REPORTER: The last precinct came in at 9:48. Opponents started cheering early.")[0]!;
    expect(reporter.attributionLevel).toBe("witnessed");
    expect(en("By just over 300 votes, Dunmarrow said no tonight.").every((c) => c.cue === null)).toBe(true);
  });

  it("reads « sans doute » as the outlet's hedge, not a doubt, and « Les inspecteurs y décrivent… » after their report as the document's, not « nous y avons compté »", () => {
    const trout = fr("Il faudra sans doute plusieurs années pour que la population de truites se reconstitue sur ce tronçon.")[0]!;
    expect([trout.attributionLevel, trout.hedged, trout.cue]).toEqual(["hedged_unsourced", true, null]);
    const report = byCue(fr("Selon leur rapport, que L’Œilleton s’est procuré, la prison est pleine. Les inspecteurs y décrivent un taux d’occupation de 217 % et des « conditions de détention indignes »."), "y décrivent");
    expect(report.attributionLevel).toBe("document");
    const count = byCue(fr("Le procès-verbal du bureau n° 4 a été affiché à 20 heures. Nous y avons compté 23 bulletins nuls."), "y avons compté");
    expect(count.attributionLevel).toBe("witnessed");
  });

  it("reads a correspondent who « a elle-même entendu » and a reporter whose relative clause holds commas and \"Aug. 27\" as witnesses, and an agreement as a document", () => {
    const heard = fr("Notre correspondante à Quintavel, Lina Ortolan-Sagna, a elle-même entendu un gros porteur passer au-dessus de l’église à 0h35.")[0]!;
    expect([heard.attributionLevel, heard.cue]).toEqual(["witnessed", "a elle-même entendu"]);
    const fence = en("A Beacon reporter who spent the night of Aug. 27 at the fence on Quarry Line Road, at the end of the main runway, saw two Norrow jets land between 12:40 and 3:10 that morning.")[0]!;
    expect([fence.attributionLevel, fence.cue]).toEqual(["witnessed", "saw"]);
    expect(byCue(fr("Un accord signé en 2024 entre la plateforme et des représentants des livreurs prévoit une consultation préalable à tout changement tarifaire."), "prévoit").attributionLevel).toBe("document");
  });

  it("reads a French verb of saying in the conditional of hearsay as hearsay whose claim runs from its subject (« X aurait lui-même exigé que… »)", () => {
    const pm = fr("Le Premier ministre, Aurélien Costa-Naïm, aurait lui-même exigé que la campagne se concentre sur les grandes villes.")[0]!;
    expect([pm.attributionLevel, pm.hedged, pm.quote]).toEqual(["hedged_unsourced", true, "Le Premier ministre, Aurélien Costa-Naïm, aurait lui-même exigé que la campagne se concentre sur les grandes villes"]);
    const prefect = byCue(fr("Selon plusieurs sources, le préfet aurait demandé un audit de la régie."), "Selon");
    expect([prefect.attributionLevel, prefect.quote]).toEqual(["anonymous_bare", "le préfet aurait demandé un audit de la régie"]);
  });

  it("reads \"Under a … protocol, …\" and \"Under the company’s own privacy policy, …\" as the text's, what it allows as no hedge, and \"Under the city code\" as the outlet's", () => {
    const protocol = en("Under a serious shortage protocol issued by the health board on 6 February, pharmacists may give capsules instead of the liquid.")[0]!;
    expect([protocol.attributionLevel, protocol.claimant, protocol.hedged]).toEqual(["document", "a serious shortage protocol issued by the health board on 6 February", false]);
    expect(en("Under the company’s own privacy policy, chat logs are deleted after 30 days.")[0]!.attributionLevel).toBe("document");
    const code = en("Under the city code, landlords must register every tenancy.")[0]!;
    expect([code.attributionLevel, code.claimant]).toEqual(["author_assertion", null]);
  });

  it("reads a source inside a paper a press review opens on (« Dans L’Écho d’Orsaval, un contrôleur… raconte que… », « Enfin, dans La Sentinelle de l’Ossègne, l’éditorialiste X juge que… ») as relayed", () => {
    const controller = byCue(fr("Dans L’Écho d’Orsaval, un contrôleur aérien qui a requis l’anonymat raconte que les équipages demandent la piste à 22h55."), "raconte");
    expect(controller.attributionLevel).toBe("secondary_report");
    const editorial = byCue(fr("Enfin, dans La Sentinelle de l’Ossègne, l’éditorialiste Gaspard Lemoine-Tshala juge que l’État « a plié devant le premier transporteur venu »."), "juge");
    expect([editorial.attributionLevel, editorial.claimant]).toEqual(["secondary_report", "l’éditorialiste Gaspard Lemoine-Tshala"]);
    expect(byCue(en("The Herald has done the sums: the scheme will cost £4m more than planned."), "has done the sums").attributionLevel).toBe("secondary_report");
  });

  it("reads « …, écrit-il » after a sentence opening on « Le quotidien » as the paper the review last named", () => {
    const paper = byCue(fr("Dans La Tribune de Querlande, le ton est plus concret. Le quotidien a appelé les 97 écoles publiques de la ville : 41 étaient fermées mardi matin, écrit-il."), "écrit-il");
    expect([paper.attributionLevel, paper.claimant]).toEqual(["secondary_report", "La Tribune"]);
  });
});

describe("twenty-fourth round", () => {
  it("reads a plural noun after a possessive and an adjective (« D’après ses propres chiffres ») as no verb: the figures are the source", () => {
    const figures = byCue(fr("La société d’exploitation de l’aéroport ne conteste pas ces chiffres. D’après ses propres chiffres, le trafic de nuit représentait 11 % des mouvements de la plateforme en 2025."), "D’après");
    expect([figures.attributionLevel, figures.claimant]).toEqual(["document", "ses propres chiffres (figures)"]);
  });

  it("keeps a capitalised time word inside a name (\"The trade title Platform Week reported\") and reads trade titles and « la lettre professionnelle » as outlets", () => {
    const trade = byCue(en("The trade title Platform Week reported in June that Larderly had been trialling hourly pay for riders in two other cities."), "reported");
    expect([trade.attributionLevel, trade.claimant]).toEqual(["secondary_report", "The trade title Platform Week"]);
    const letter = byCue(fr("La lettre professionnelle Fret & Pistes cite le directeur de l’aéroport, Renaud Castagnède-Oyono, pour qui le couvre-feu « coûtera 180 emplois d’ici à 2028 »."), "pour qui");
    // (The director the letter quotes, relayed by it: see "thirtieth round".)
    expect([letter.attributionLevel, letter.claimant]).toEqual(["secondary_report", "le directeur de l’aéroport, Renaud Castagnède-Oyono"]);
    expect(byCue(en("The council last week reported a deficit of £2m."), "reported").claimant).toBe("The council");
  });

  it("reads « Il relève aussi qu’une offre…, à 7,5 millions, … » after a report as the report noting it, « a relevé l’âge de 62 à 64 ans » as raising", () => {
    const noted = byCue(fr("Le rapport de l’expert évalue le terrain à 9,8 millions d’euros. Il relève aussi qu’une offre concurrente, à 7,5 millions, n’a jamais été soumise au conseil."), "relève");
    expect([noted.attributionLevel, noted.quote]).toEqual(["document", "une offre concurrente, à 7,5 millions, n’a jamais été soumise au conseil"]);
    expect(fr("Le gouvernement a relevé l’âge légal de 62 à 64 ans.").map((c) => c.cue)).toEqual([null]);
  });

  it("reads what a study or a notice puts down to something (« attribue … aux épandages », \"attributes … to\") as the document's, and a price schedule, a monitoring survey and a notice as documents", () => {
    const study = byCue(fr("Une étude de l’université de Ravenchal publiée en mars attribue 68 % des apports de phosphore du lac aux épandages agricoles."), "attribue");
    expect([study.attributionLevel, study.quote]).toEqual(["document", "68 % des apports de phosphore du lac aux épandages agricoles"]);
    expect(byCue(en("The study attributes 31% of emissions to cruise ships."), "attributes").attributionLevel).toBe("document");
    expect(fr("Le jury a attribué le prix à Jeanne Moreau.").map((c) => c.cue)).toEqual([null]);
    expect(en("The council attributed the delay to the weather.").map((c) => c.cue)).toEqual([null]);
    const schedule = byCue(fr("Selon la grille tarifaire votée par le conseil de surveillance, la première heure coûtera 2,40 euros."), "Selon");
    expect([schedule.attributionLevel, schedule.claimant, schedule.quote]).toEqual(["document", "la grille tarifaire votée par le conseil de surveillance", "la première heure coûtera 2,40 euros"]);
    expect(byCue(fr("Le suivi de mortalité mené en 2025 par l’Observatoire recense 64 oiseaux morts."), "recense").attributionLevel).toBe("document");
  });

  it("leaves a wire's place and agency with no date out of the claim (« Orsaune (Lisière Presse) – … »), and reads « les gendarmes » as their force", () => {
    const c = byCue(fr("Orsaune (Lisière Presse) – Un vététiste de 34 ans a été grièvement blessé samedi par une balle, ont indiqué les gendarmes."), "ont indiqué");
    expect([c.quote, c.attributionLevel]).toEqual(["Un vététiste de 34 ans a été grièvement blessé samedi par une balle", "official_statement"]);
  });

  it("hedges no counterfactual: \"could have been prevented\", « qu’on aurait pu leur éviter »", () => {
    expect(byCue(en("“Every one of those could have been prevented by a vest that costs $12,” she said."), "said").hedged).toBe(false);
    expect(byCue(fr("Certains patients arrivent au bloc avec une perte d’autonomie qu’on aurait pu leur éviter, explique la cheffe de service."), "explique").hedged).toBe(false);
    expect(byCue(en("The drop in pressure might have let bacteria into the lines, she said."), "said").hedged).toBe(true);
  });

  it("ends a source opening the sentence at its comma when a contrast follows the clause after it (« Selon X, l’hôpital… facture…, tandis que… »)", () => {
    const claims = fr("Selon Le Courrier boréacois, l’hôpital de Boréac facture 1,50 euro la première heure, tandis que l’association Usagers santé juge les nouveaux tarifs « parmi les plus élevés de la région ».");
    expect(byCue(claims, "Selon").claimant).toBe("Le Courrier boréacois");
    const lawyer = byCue(fr("Fabrice Delvigne a passé quatorze ans en détention, selon son avocate, Me Sarah Hennuyer, tandis que le parquet évoque treize ans."), "selon");
    expect(lawyer.claimant).toContain("Sarah Hennuyer");
  });

  it("reads « le club » as the club last named (« du Stade Ferravinois »), and « la sous-préfecture » as an institution", () => {
    const club = byCue(fr("Les abonnements du Stade Ferravinois ont augmenté de 18 % en juin. Dans un communiqué, le club a expliqué que la hausse devait couvrir ses charges."), "a expliqué");
    expect([club.attributionLevel, club.claimant]).toEqual(["official_statement", "le club (Stade Ferravinois)"]);
    expect(byCue(fr("Le second navire a quitté Port-Escalin mercredi, selon la sous-préfecture de Marvégal."), "selon").attributionLevel).toBe("official_statement");
  });

  it("reads « …, a-t-elle précisé » after the words it reports as the body whose text the last sentence reported, quoting no one", () => {
    const c = byCue(fr("La préfecture a indiqué que la route resterait fermée jusqu’à jeudi. Les déviations seront balisées dès lundi, a-t-elle précisé."), "a-t-elle précisé");
    expect([c.attributionLevel, c.claimant]).toEqual(["official_statement", "La préfecture (prefecture)"]);
  });

  it("ends the words before \"X said,\" where \"while\" opens a clause with a source of its own, and not where it goes on with the figures", () => {
    const claims = en("A single shipment of cinnamon caused the problem, Oskerly Foods said, while Dr. Priya Venkataraman-Holt, a pediatric toxicologist, said the spice was “the usual suspect” in such cases.");
    expect(byCue(claims, "said").quote).toBe("A single shipment of cinnamon caused the problem");
    expect(byCue(en("The Civic Alliance won 24.9%, the commission’s figures show, while the far-right Homeland Front came third with 11.4%."), "show").quote).toContain("Homeland Front came third");
  });

  it("reads a briefing's rubric before a colon (\"Transit:\", \"Weather:\") as no speaker, and a transcript's « JOURNALISTE : » as the outlet's witness", () => {
    expect(en("Transit: It was the first monthly increase since 2023.").map((c) => [c.cue, c.attributionLevel])).toEqual([[null, "author_assertion"]]);
    expect(byCue(en("Why: The electoral commission’s report shows 11 payments of between £150 and £400."), "shows").attributionLevel).toBe("document");
    const reporter = fr("JOURNALISTE : Il ne reste plus un seul pot de pomme-coing dans ce magasin de Brusquenay.")[0]!;
    expect(reporter.attributionLevel).toBe("witnessed");
  });

  it("reads « rapporter » before a sum as money brought in, « selon nos calculs » as the outlet's with no claimant, and « le compte administratif » as a document", () => {
    expect(fr("Les 24 radars de Vaudrelac ont rapporté 4,7 millions d’euros d’amendes en 2025.").map((c) => c.cue)).toEqual([null]);
    expect(byCue(fr("L’ARS a rapporté trois cas de rougeole."), "a rapporté").attributionLevel).toBe("official_statement");
    const own = byCue(fr("Selon nos calculs, moins de 40 % de cette somme a servi à la sécurité routière."), "Selon");
    expect([own.attributionLevel, own.claimant]).toEqual(["author_assertion", null]);
    expect(byCue(fr("Selon le compte administratif 2025, le budget de la culture a reculé de 7 %."), "Selon").attributionLevel).toBe("document");
  });

  it("reads a capitalised word ending like a participle, with a surname after it, as a first name (« Hervé Lastignac, délégué…, affirme… »)", () => {
    const c = byCue(fr("Hervé Lastignac, délégué de l’Union des personnels aéroportuaires, affirme que deux des trois véhicules sont en panne."), "affirme");
    expect([c.attributionLevel, c.claimant]).toEqual(["named_on_record", "Hervé Lastignac, délégué de l’Union des personnels aéroportuaires"]);
  });

  it("reads « la compagnie », \"the airline\" as the body the text introduced with that noun (« Air Vavang, la compagnie régionale », \"the budget airline Jetwyn\")", () => {
    expect(byCue(fr("Air Vavang, la compagnie régionale, a annulé 38 vols. Dans un communiqué, la compagnie assure que les passagers seront remboursés."), "assure").claimant).toBe("la compagnie (Air Vavang)");
    expect(byCue(en("Cabin crew at the budget airline Jetwyn walked out on Friday. The airline insists its offer of 8% is fair."), "insists").claimant).toBe("The airline (Jetwyn)");
  });

  it("reads a published comparison, a criminal record and a log's entry as documents", () => {
    expect(byCue(fr("Selon un comparatif publié en septembre par l’Association des usagers du bus, l’abonnement est le plus cher de la région."), "Selon").attributionLevel).toBe("document");
    expect(byCue(fr("Selon son casier judiciaire, il avait déjà été condamné deux fois."), "Selon").attributionLevel).toBe("document");
    expect(byCue(en("A second entry, at 4:41 p.m., records that the fire had crossed Route 14."), "records").attributionLevel).toBe("document");
  });

  it("reads a library, a museum, an airport, a coastguard and a festival as bodies speaking", () => {
    expect(byCue(en("The library says it will reopen in May."), "says").attributionLevel).toBe("official_statement");
    expect(byCue(en("The coastguard said two men were rescued."), "said").attributionLevel).toBe("official_statement");
    expect(byCue(fr("Le musée affirme que le tableau est prêté jusqu’en 2027."), "affirme").attributionLevel).toBe("official_statement");
  });

  it("reads a forum where the words were posted as their channel (« Sur le forum de randonnée…, un internaute affirme… »), not a forum that is a meeting", () => {
    expect(byCue(fr("Sur le forum de randonnée Hauts Sentiers, un internaute affirme que le sentier est fermé depuis mai."), "affirme").attributionLevel).toBe("secondary_report");
    expect(byCue(en("In a widely shared post on a parenting forum, one user claimed the formula had been recalled in March."), "claimed").attributionLevel).toBe("secondary_report");
    expect(byCue(en("Speaking at a forum on housing, the mayor said rents had doubled."), "said").attributionLevel).not.toBe("secondary_report");
  });

  it("reads a name ending on a company's word as a body, not a title before a first name (\"according to Vennick Ridge Resorts\")", () => {
    expect(byCue(en("The gondola stopped at 3:40 p.m., according to Vennick Ridge Resorts."), "according to").attributionLevel).toBe("official_statement");
  });

  it("reads a person with a role whose body a \"which\" clause describes as the person (\"Kwame Ashworth-Leigh, regional secretary of the Educators’ Guild, which represents…\")", () => {
    const c = byCue(en("Kwame Ashworth-Leigh, regional secretary of the Educators’ Guild, which represents one of the two teachers, said the staff were scapegoats."), "said");
    expect(c.attributionLevel).toBe("named_on_record");
    expect(byCue(en("The Corran Ridge Observatory, which operates the spectrograph, said the instrument had been recalibrated."), "said").attributionLevel).toBe("official_statement");
  });

  it("makes a body's history inside its description a claim of its own (\"Cobaltwing Airways, which has flown… since 2022, told…\")", () => {
    const claims = en("Cobaltwing Airways, which has flown between Quillmont and Ferrisport since 2022, told passengers Tuesday that its last flight on the route would leave on Nov. 30.");
    expect(claims.map((c) => c.quote)).toContain("which has flown between Quillmont and Ferrisport since 2022");
  });

  it("reads a French present participle right after a noun in the subject, before the sentence's own compound verb, as describing the noun (« Une pétition en ligne réclamant le maintien du marché avait recueilli… »)", () => {
    expect(fr("Une pétition en ligne réclamant le maintien du marché avait recueilli 2 300 signatures jeudi soir.").map((c) => c.cue)).toEqual([null]);
    expect(fr("Sur les vitrines voisines, les affiches annonçant les dates du marché n’avaient pas encore été retirées.").map((c) => c.cue)).toEqual([null]);
    expect(byCue(fr("Le syndicat a publié un communiqué, affirmant que la direction avait menti."), "affirmant").attributionLevel).toBe("official_statement");
  });

  it("reads \"conceded\" with a plain object as an act (\"Koval conceded the penalty\"), with a clause as a statement", () => {
    expect(en("Koval conceded the penalty in the 31st minute.").map((c) => c.cue)).toEqual([null]);
    expect(byCue(en("The minister conceded that the target would be missed."), "conceded").attributionLevel).toBe("named_on_record");
  });

  it("reads what a regulation or a bill provides for as the outlet's statement (« Le règlement européen prévoit… »), a contract's as the contract's", () => {
    expect(fr("Le règlement européen prévoit une indemnisation de 250 à 600 euros selon la distance.").map((c) => [c.cue, c.attributionLevel])).toEqual([[null, "author_assertion"]]);
    expect(byCue(fr("Le contrat signé en 2024 prévoit une pénalité de 5 000 euros par jour de retard."), "prévoit").attributionLevel).toBe("document");
  });

  it("reads a recall of goods as no cue (« rappelle depuis vendredi toutes ses tommes », \"is recalling more than 40 meals\")", () => {
    expect(fr("La fromagerie Etxaldia, installée à Lescoubère, rappelle depuis vendredi toutes ses tommes.").map((c) => c.cue)).toEqual([null]);
    expect(en("The firm is recalling more than 40 meals after a salmonella outbreak.").map((c) => c.cue)).toEqual([null]);
    expect(byCue(fr("Le ministre rappelle que 14 lots ont été retirés."), "rappelle").attributionLevel).toBe("named_on_record");
  });

  it("reads an order with a plain object or an infinitive as an act (\"ordered the singer to pay…\", \"ordered an audit\"), with a clause as words", () => {
    expect(en("The Fiscal Appeals Tribunal on Tuesday ordered the singer Juno Stravell to pay 4.2 million euros in unpaid tax.").map((c) => c.cue)).toEqual([null]);
    expect(en("City regulators ordered an audit of every driver the company has approved since 2024.").map((c) => c.cue)).toEqual([null]);
    expect(byCue(en("The judge ordered that the files be released."), "ordered").attributionLevel).toBe("named_on_record");
  });

  it("reads \"The company\" after a company's spokesman as the company last named, not the spokesman", () => {
    const c = byCue(en("In a statement, Castermill Agrochem said the logs reflected a strong reporting culture. “Every incident was notified,” a company spokesman said. The company said it had replaced all four storage-tank flanges."), "said");
    expect(en("In a statement, Castermill Agrochem said the logs reflected a strong reporting culture. “Every incident was notified,” a company spokesman said. The company said it had replaced all four storage-tank flanges.").at(-1)!.claimant).toBe("The company (Castermill Agrochem)");
    expect(c.claimant).toBe("Castermill Agrochem");
  });

  it("reads a captain, administrators and a prince named with their role as people on the record", () => {
    expect(byCue(en("The team captain, Ifeanyi Nwachukwu-Bala, said the players had not been paid since March."), "said").attributionLevel).toBe("named_on_record");
    expect(byCue(fr("Le prince Tiémo Assadi-Kerouane, qui conduit la délégation d’Ossadé, a déclaré que l’accord était prêt."), "a déclaré").attributionLevel).toBe("named_on_record");
  });

  it("reads \"the paper\" in a press review as the newspaper last quoted, not a document named before", () => {
    const c = byCue(en("The papers all lead on the service charges. The Drennick Argus has the figures. According to the paper, a tribunal ordered Quennick to repay 86,000 pounds."), "According to");
    expect(c.attributionLevel).toBe("secondary_report");
  });

  it("reads the outlet's own analysis (« Nous avons également analysé… ») as its assertion, and an annex as a document", () => {
    expect(byCue(fr("Nous avons également analysé 212 publicités diffusées sur l’application entre mars et août."), "avons également analysé").attributionLevel).toBe("author_assertion");
    expect(byCue(fr("D’après une annexe financière datée du 2 février 2024, le tarif est de 0,04 euro par client."), "D’après").attributionLevel).toBe("document");
  });

  it("reads a plural after \"No\" as a noun (\"No charges had been filed\")", () => {
    expect(en("No charges had been filed as of Monday afternoon.").map((c) => [c.cue, c.attributionLevel])).toEqual([[null, "author_assertion"]]);
  });

  it("makes two claims of two content clauses under one verb (\", and that…\", « et qu’… »), each with the source and its own hedge", () => {
    const claims = en("In a statement, the administrators said the company owed creditors about £9.2m, and that a sale of the business as a going concern was possibly off the table.");
    expect(claims.map((c) => [c.quote, c.claimant, c.attributionLevel, c.hedged])).toEqual([
      ["the company owed creditors about £9.2m", "the administrators", "official_statement", false],
      ["a sale of the business as a going concern was possibly off the table", "the administrators", "official_statement", true],
    ]);
    expect(fr("La préfecture a indiqué que 31 des malades sont des enfants et qu’aucun d’entre eux n’était vacciné.").map((c) => c.quote)).toEqual(["31 des malades sont des enfants", "aucun d’entre eux n’était vacciné"]);
  });
});

describe("twenty-seventh round", () => {
  it("reads « le groupe » after a sentence opening on a body's short name as that body, not the institution quoted before", () => {
    const c = byCue(fr("Le fabricant Aubrelle Nutrition a rappelé 14 lots. Sept nourrissons ont été hospitalisés, a indiqué mardi l’Autorité de vigilance alimentaire (AVA). Aubrelle conteste cette lecture. Dans un communiqué, le groupe affirme que ce premier résultat concernait une surface de l’atelier."), "affirme");
    expect(c.claimant).toMatch(/Aubrelle Nutrition/);
    // (A short name the text never gave in full is no body's: the institution quoted last stays.)
    const d = byCue(fr("Sept nourrissons ont été hospitalisés, a indiqué mardi l’Autorité de vigilance alimentaire. Dupuis conteste cette lecture. Dans un communiqué, le groupe affirme que les lots étaient sains."), "affirme");
    expect(d.claimant).toMatch(/Autorité/);
  });
});

describe("twenty-seventh round: the parties of one thing", () => {
  it("keeps « entre X et Y » inside the subject: the text they signed speaks, not the second party", () => {
    const c = byCue(fr("La convention signée en 2019 entre la région et la compagnie prévoyait une ligne quotidienne jusqu’en 2027."), "prévoyait");
    expect([c.claimant, c.attributionLevel]).toEqual(["La convention signée en 2019 entre la région et la compagnie", "document"]);
    expect(byCue(en("The agreement signed in 2019 between the region and the airline provided for a daily flight until 2027."), "provided for").attributionLevel).toBe("document");
    // (Only the first "and" after "between": the second joins two verbs.)
    expect(byCue(en("Authorities announced on Friday the arrest of a man after a clash between protesters and police and said a curfew would continue through the weekend."), "said").claimant).toBe("Authorities");
  });
});

describe("twenty-seventh round: a paper's editorialist", () => {
  it("reads « Son éditorialiste juge… » after a paper, like \"Its columnist argues…\", as that paper's report", () => {
    expect(byCue(fr("Le Courrier de Vaucrenne consacre sa une au projet. Son éditorialiste juge que la ville a perdu 4 millions d’euros dans l’affaire."), "juge").attributionLevel).toBe("secondary_report");
    expect(byCue(en("The Drennick Argus leads on the charges. Its columnist argues that the council lost £4m on the deal."), "argues").attributionLevel).toBe("secondary_report");
  });
});

describe("twenty-seventh round: what a school's rules or a policy lay down", () => {
  it("reads « le règlement intérieur… interdit » and an insurance policy's terms as the text's, an order's ban as the outlet's", () => {
    expect(byCue(fr("Le règlement intérieur, modifié en juin 2025, interdit tout usage du téléphone dans l’enceinte de l’établissement."), "interdit").attributionLevel).toBe("document");
    expect(byCue(en("The insurance policy requires the vineyard to run its frost protection whenever a warning is in force."), "requires").attributionLevel).toBe("document");
    expect(fr("Depuis le 2 août, l’arrêté préfectoral interdisait tout prélèvement agricole dans le bassin de la Vaurelle.").map((c) => [c.cue, c.attributionLevel])).toEqual([[null, "author_assertion"]]);
    expect(fr("L’accès à la plage est interdit depuis samedi.").map((c) => c.cue)).toEqual([null]);
  });
});

describe("twenty-eighth round: a press review's papers", () => {
  it("reads \"In the Mercury, the arts editor X calls…\", \"Reel Trade, the industry weekly, reports…\" and a leader column as the papers' reports", () => {
    const claims = en("The Daily Vantage leads on the walkout. In the Mercury, the arts editor Colm Pettigrew-Sall calls the decision “the most self-defeating act in the festival’s history”. Reel Trade, the industry weekly, reports that the film’s distributor is considering legal action. The Evening Quill’s leader column argues that the walkout leaves Stavenhoe “without a jury”.");
    expect(["calls", "reports", "argues"].map((cue) => byCue(claims, cue).attributionLevel)).toEqual(["secondary_report", "secondary_report", "secondary_report"]);
  });
});

describe("twenty-eighth round: documents", () => {
  it("reads a freedom of information response and price schedules in the plural as documents", () => {
    expect(byCue(en("The trust received £1.9m from the arrangement last year, according to a freedom of information response released to the Lantern."), "according to").attributionLevel).toBe("document");
    // ("has" in a relative clause on a survey is an auxiliary, no poll's verb.)
    expect(en("The survey, which the Chronicle has seen, estimated the cost of repairs at £240,000.").map((c) => [c.cue, c.attributionLevel])).toEqual([["estimated", "document"]]);
    expect(byCue(fr("D’après les grilles tarifaires de 2022 et de 2026, que nous avons comparées, la première heure est passée de 1,20 euro à 2,10 euros."), "D’après").attributionLevel).toBe("document");
  });
});

describe("twenty-eighth round: the reporter opening a long sentence", () => {
  it("reads \"Notre reporter, posté…, avait vu…\" as witnessed whatever the length of the aside", () => {
    expect(byCue(fr("Notre reporter, posté dimanche matin au demi-tour du quai des Tanneurs, avait d’ailleurs vu les coureurs de tête virer autour d’un cône orange isolé."), "avait d’ailleurs vu").attributionLevel).toBe("witnessed");
    expect(byCue(en("Our reporter, who spent Sunday morning at the turn on the quay by the old tannery, saw the leading runners round an isolated cone."), "saw").attributionLevel).toBe("witnessed");
  });
});

describe("twenty-eighth round: a paper citing someone", () => {
  it("reads « Citant un bénévole, le quotidien affirme que… » as the paper's report, with no claim of the citing", () => {
    const claims = fr("Le Républicain de Valbrenne titre sur le marathon. Citant un bénévole, le quotidien affirme que le cône a été avancé de 156 mètres samedi soir.");
    expect(claims.filter((c) => c.cue).map((c) => [c.cue, c.attributionLevel, c.quote])).toEqual([["affirme", "secondary_report", "le cône a été avancé de 156 mètres samedi soir"]]);
    // (« Dans ses colonnes », after it: the paper just quoted carries the mayor's words.)
    expect(byCue(fr("Le Républicain de Valbrenne titre sur le marathon. Citant un bénévole, le quotidien affirme que le cône a été avancé samedi soir. Dans ses colonnes, la maire de Valbrenne, Odile Castagnède-Ba, reconnaît que la ville n’a pas de mesureur."), "reconnaît").attributionLevel).toBe("secondary_report");
  });
});

describe("thirty-fifth round: how a source was asked", () => {
  it("makes no claim of the participle that opens « Sollicitée, l’entreprise n’a pas souhaité commenter »", () => {
    const claims = fr("Sollicitée, l’entreprise n’a pas souhaité commenter cette information. Elle assure qu’aucune habitation ne se trouvera à moins de 400 mètres du front de taille.");
    expect(claims.some((c) => c.quote === "Sollicitée")).toBe(false);
    expect(byCue(claims, "assure").attributionLevel).toBe("official_statement");
  });
});

describe("thirty-fifth round: a planning application", () => {
  it("reads what a planning application says as a document's", () => {
    expect(byCue(en("Its planning application, lodged in October, says output would stay capped at 900,000 tonnes a year."), "says").attributionLevel).toBe("document");
  });
});

describe("thirty-fifth round: answering a survey", () => {
  it("reads « une enquête à laquelle moins d’un diplômé sur cinq a répondu » as no cue", () => {
    expect(fr("Le classement repose sur une enquête à laquelle moins d’un diplômé sur cinq a répondu.").every((c) => c.cue === null)).toBe(true);
  });
});

describe("thirty-sixth round: confirmed cases", () => {
  it("reads \"grew to 14 confirmed cases\" as no cue, \"The district confirmed the closure\" still as one", () => {
    expect(en("The board voted 5-2 to bar students without shots, after an outbreak at the school grew to 14 confirmed cases.").every((c) => c.cue === null)).toBe(true);
    expect(byCue(en("The district confirmed that the school would close on Friday."), "confirmed").attributionLevel).toBe("official_statement");
  });
});

describe("thirty-sixth round: a forecast and what a reporter can see", () => {
  it("reads \"More rain is forecast from Thursday\" as the outlet's, and \"from here I can see\" as witnessed", () => {
    expect(en("More rain is forecast across the fells from Thursday afternoon.").every((c) => c.cue === null && c.attributionLevel === "author_assertion")).toBe(true);
    expect(en("I’m at the barrier below the slip, and from here I can see a brown scar running down the hillside to the road.")[0]!.attributionLevel).toBe("witnessed");
  });
});

describe("thirty-sixth round: an inverted source with where they work", () => {
  it("reads \"…, said coastal geologist Priya Halvorsen-Adu of Saltmeadow State College\" as the source after the words", () => {
    const c = byCue(en("Three storms in February and March did most of the damage, said coastal geologist Priya Halvorsen-Adu of Saltmeadow State College."), "said");
    expect(c).toMatchObject({ attributionLevel: "named_on_record", quote: "Three storms in February and March did most of the damage" });
    expect(c.claimant).toMatch(/Priya Halvorsen-Adu/u);
  });
});

describe("thirty-sixth round: an unnamed source's relative with no commas", () => {
  it("keeps \"a county official who spoke on condition of anonymity because…\" whole as the source, with no claim of its own", () => {
    const claims = en("But a county official who spoke on condition of anonymity because the assessment had not been made public said 14 houses on Dune Road could flood.");
    expect(byCue(claims, "said")).toMatchObject({ attributionLevel: "anonymous_described", claimant: "a county official who spoke on condition of anonymity because the assessment had not been made public" });
    expect(claims).toHaveLength(1);
  });
});

describe("thirty-sixth round: bodies by the last word of their names", () => {
  it("reads \"Skyharrow Wind\", \"Calloran Metrics\", \"Haddleston Paper\" as bodies speaking", () => {
    for (const body of ["Skyharrow Wind", "Calloran Metrics", "Haddleston Paper", "Verlandis Fibre"]) expect(byCue(en(`${body} said the work would take two years.`), "said").attributionLevel).toBe("official_statement");
  });
});

describe("thirty-sixth round: a suit and a timetable", () => {
  it("reads what \"The suit, filed Jan. 30,\" and \"the airport’s published timetable\" say as documents", () => {
    expect(byCue(en("The suit, filed Jan. 30, says that no player has received a full paycheck since Nov. 15."), "says").attributionLevel).toBe("document");
    expect(byCue(en("The airport’s published timetable suggests the figure is now closer to 260."), "suggests").attributionLevel).toBe("document");
  });
});

describe("thirty-seventh round: « ce document » after a person", () => {
  it("reads « D’après ce document » after a person quoted as the document's, not that person's", () => {
    const c = byCue(fr("Ils se disaient 120 000. Le quotidien s’est procuré le fichier interne des adhérents. D’après ce document, le mouvement ne compterait que 41 300 membres."), "D’après");
    expect(c.attributionLevel).toBe("document");
    expect(c.claimant).not.toBe("Ils");
  });
});

describe("thirty-seventh round: a day opening the sentence with no comma", () => {
  it("leaves \"On Monday\" out of the source in \"On Monday the trade magazine Vine & Cellar reported…\"", () => {
    expect(byCue(en("On Monday the trade magazine Vine & Cellar reported that the crop had been lost."), "reported").claimant).toBe("the trade magazine Vine & Cellar");
    expect(byCue(en("On Monday morning police said two men had been arrested."), "said").claimant).toBe("police");
  });
});

describe("thirty-seventh round: a day after \"said on\"", () => {
  it("reads \"…, the port authority said on Tuesday, as police announced…\" as the authority's words before it", () => {
    const claims = en("Thieves took 64 shipping containers from the port in the first nine months of the year, the port authority said on Tuesday, as police announced the arrest of 11 people.");
    expect(byCue(claims, "said").quote).toBe("Thieves took 64 shipping containers from the port in the first nine months of the year");
    expect(byCue(claims, "announced").claimant).toBe("police");
  });
});

describe("thirty-eighth round: « Il » after a text as the subject", () => {
  it("takes « Il estime… » up as the report the sentence before opened on", () => {
    const c = byCue(fr("Tout part du rapport de la Direction de la protection des consommateurs, publié hier soir. Ce document, attendu depuis l’automne, avait été remis au ministre la semaine dernière. Il estime que près d’un avis sur cinq était faux."), "estime");
    expect(c).toMatchObject({ attributionLevel: "document", claimant: "Ce document" });
  });
});

describe("thirty-eighth round: \"is also said to\" after a name set off", () => {
  it("reads \"The festival’s founder, Marcus Ilesanmi-Grove, is also said to be considering…\" as one unsourced hedge", () => {
    const claims = en("The festival’s founder, Marcus Ilesanmi-Grove, is also said to be considering a smaller event in the park.");
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ attributionLevel: "hedged_unsourced", hedged: true });
  });
});

describe("thirty-eighth round: a role and a name after an opening phrase", () => {
  it("finds the source in \"In a note to staff, publisher X, whose grandfather bought the paper in 1951, wrote that…\"", () => {
    const c = byCue(en("In a note to staff, publisher Marianne Oduya-Kessler, whose grandfather bought the paper in 1951, wrote that the family had put the Herald up for sale in June 2025."), "wrote");
    expect(c).toMatchObject({ attributionLevel: "named_on_record" });
    expect(c.claimant).toMatch(/^publisher Marianne Oduya-Kessler/u);
  });
});

describe("thirty-eighth round: who the programme talked to", () => {
  it("scores « X était l’invité de La Matinale », \"X sat down with us\" and « Notre reporter X était devant… » as nothing to check", () => {
    expect(fr("Son directeur musical, Anselme Vidrequin-Diallo, était l’invité de La Matinale.")[0]!.checkworthiness).toBeLessThan(0.5);
    expect(en("Afterwards, Dr Helvi Ansel-Okoro, who leads the Quayle & Marrin team, sat down with us in the empty stalls.")[0]!.checkworthiness).toBeLessThan(0.5);
    expect(fr("Notre reporter Mathis Keraudren était ce matin devant l’entrée du terminal Sud.")[0]!.checkworthiness).toBeLessThan(0.5);
    expect(fr("Le directeur de l’usine était mardi à la préfecture pour négocier un plan de 40 millions d’euros.")[0]!.checkworthiness).toBeGreaterThanOrEqual(0.5);
  });
});

describe("thirty-ninth round: what a vote or a motion asks", () => {
  it("reads \"voted 6-1 to demand that…\" and « une motion demandant… » as the vote the outlet reports, no cue", () => {
    expect(en("The City Council voted 6-1 on Tuesday night to demand that Calloway-Stroud Rail pay for the full cleanup.").every((c) => c.cue === null && c.attributionLevel === "author_assertion")).toBe(true);
    expect(fr("Le conseil municipal a adopté lundi soir, par 27 voix contre 6, une motion demandant au bailleur de lancer des travaux.").every((c) => c.cue === null)).toBe(true);
  });
});

describe("thirty-ninth round: words carried in another paper's columns or on another station", () => {
  it("reads « Dans les colonnes de La Gazette du Nord, le maire reconnaît… » and \"Speaking to the Marlow Herald, X said…\" as relayed", () => {
    expect(byCue(fr("Dans les colonnes de La Gazette du Nord, le maire, Paul Vernier, reconnaît que les travaux ont pris du retard."), "reconnaît").attributionLevel).toBe("secondary_report");
    expect(byCue(en("Speaking to the Marlow Herald, council leader Ann Price said the budget was short by £2m."), "said").attributionLevel).toBe("secondary_report");
  });
});

describe("thirty-ninth round: an elided article after an opening phrase", () => {
  it("finds « l’opérateur de fret Ferrovane, propriétaire du wagon » as the source after « Dans un communiqué, »", () => {
    const c = byCue(fr("Dans un communiqué, l’opérateur de fret Ferrovane, propriétaire du wagon, assure que la citerne avait été révisée en janvier."), "assure");
    expect(c).toMatchObject({ attributionLevel: "official_statement", claimant: "l’opérateur de fret Ferrovane, propriétaire du wagon" });
  });
});

describe("thirty-fifth round: papers by the words of their titles", () => {
  it("takes « le quotidien » up as « Le Phare de Sablerive », a paper by its title's word", () => {
    const claims = fr("C’est Le Phare de Sablerive qui a sorti l’affaire. Le quotidien révèle que le juré avait coécrit le scénario de « Marées basses ».");
    expect(byCue(claims, "révèle")).toMatchObject({ attributionLevel: "secondary_report" });
    expect(byCue(claims, "révèle").claimant).toMatch(/Phare/u);
  });
});

describe("twenty-eighth round: a body's noun with a relative clause", () => {
  it("takes up the body with \"The airline, which flies…, blamed…\" as with \"The airline blamed…\"", () => {
    expect(byCue(en("Tarnwing Airways has apologised to passengers after the number of mishandled bags doubled. The airline, which flies to eleven destinations from Quellmouth, blamed a shortage of baggage handlers."), "blamed").claimant).toMatch(/Tarnwing Airways/);
  });
});

describe("twenty-eighth round: a reporter's scene with words inside it", () => {
  it("reads \"When the Ledger visited…, workers had gathered…, where a banner read…\" as what the outlet saw, and a person met there as speaking", () => {
    const scene = en("When the Ledger visited on Wednesday afternoon, about 40 workers had gathered at the main gate, where a handwritten banner read “Thornhale out”.");
    expect(scene.map((c) => [c.attributionLevel, c.quote])).toEqual([["witnessed", "about 40 workers had gathered at the main gate, where a handwritten banner read “Thornhale out”"]]);
    expect(byCue(en("When we put these figures to Cllr Hollings, she said the single fare had gone up 60%."), "said").attributionLevel).toBe("named_on_record");
  });
});

describe("twenty-ninth round: the writer's \"I\"", () => {
  it("names the byline's one writer beside the outlet for a first-person sighting", () => {
    const page = ["The Satchel: parking at Sallowfield General", "By Hannah Ruddle-Osei", "The trust received £1.9m from the car park contract last year.", "When I visited on Tuesday afternoon, the queue to leave the multi-storey stretched back to the third floor.", "© 2026 Marlowby Lantern"].join("\n\n");
    const seen = extractClaims({ text: page, language: "en" }).claims.find((c) => c.attributionLevel === "witnessed")!;
    expect(seen.claimant).toBe("I (Hannah Ruddle-Osei, Marlowby Lantern)");
  });
});

describe("twenty-ninth round: the judge", () => {
  it("takes up the judge named with the title, not the last person named", () => {
    const claims = en("Mr Justice Arkwright-Mensah ordered the company to be wound up. The company's barrister, Ms Taggart-Boateng, said the question was for the regulator. The judge said it had continued to sell tickets until the afternoon it stopped trading.");
    expect(claims.find((c) => c.quote.startsWith("it had continued"))!.claimant).toBe("Mr Justice Arkwright-Mensah");
    expect(byCue(fr("La juge Hélène Marsac a ordonné la liquidation. L’avocat de la société, Me Paul Duval, a plaidé la bonne foi. La juge a relevé que la société avait continué à vendre des billets."), "a relevé").claimant).toBe("La juge Hélène Marsac");
  });
});

describe("twenty-ninth round: bodies by their trade", () => {
  it("reads a body named with what it does (\"the body that certifies courses\", \"the promoter\", a ticket seller) and a forum or a live-events firm as bodies", () => {
    expect(byCue(en("Road Running Standards, the body that certifies courses, said Sunday’s results cannot count for records."), "said").attributionLevel).toBe("official_statement");
    expect(byCue(en("Bright Harbor Live, the promoter, said 8,200 tickets had been scanned at the gates."), "said").attributionLevel).toBe("official_statement");
    expect(byCue(en("The Corvenham Cycling Forum said nine people were killed on the city’s roads last year."), "said").attributionLevel).toBe("official_statement");
  });
});

describe("thirtieth round: whom a paper quotes", () => {
  it("gives « cite X, selon qui / pour qui… » to the person quoted, relayed by the paper, with no claim of « selon » alone", () => {
    const claims = fr("Le Quotidien d’Auvrenac rapporte que le fondateur avait promis 200 recrutements. Il cite un délégué du personnel, Karim Bellouard-Sené, selon qui le centre de tri de Pradeline perdra 62 postes à lui seul.");
    expect(claims.find((c) => c.quote.startsWith("le centre de tri"))).toMatchObject({ claimant: "un délégué du personnel, Karim Bellouard-Sené", attributionLevel: "secondary_report" });
    expect(claims.some((c) => c.quote.startsWith("Il cite") && c.attributionLevel !== "author_assertion")).toBe(false);
    const cadre = fr("L’hebdomadaire Levier va plus loin. Levier cite aussi un ancien cadre, sous couvert d’anonymat, pour qui « la direction savait dès juin que le modèle ne tenait pas ».").find((c) => c.quote.includes("la direction savait"))!;
    expect(cadre.attributionLevel).toBe("secondary_report");
    expect(cadre.claimant).toMatch(/^un ancien cadre/);
  });

  it("reads \"quoted X, the runner-up, as saying\" as the paper relaying X, and \"The city daily quoted…\" as a paper", () => {
    const record = byCue(en("The Vell Record covered the count. The Record quoted Maren Holt-Adeyemi, the runner-up, as saying most of the spoiled ballots came from dorms where she had campaigned."), "quoted Maren Holt-Adeyemi, the runner-up, as saying");
    expect([record.claimant, record.attributionLevel]).toEqual(["The Record, quoting Maren Holt-Adeyemi, the runner-up", "secondary_report"]);
    expect(byCue(en("The city daily quoted Maren Holt-Adeyemi as saying most of the spoiled ballots came from dorms."), "quoted Maren Holt-Adeyemi as saying").attributionLevel).toBe("secondary_report");
  });

  it("reads a one-word name introduced with a French adjective after the body's noun as the body (« la start-up auvrenacoise Orbilane »)", () => {
    expect(byCue(fr("La start-up auvrenacoise Orbilane a annoncé mardi 140 suppressions de postes. Contactée, Orbilane assure que la décision a été prise fin septembre."), "assure").attributionLevel).toBe("official_statement");
  });
});

describe("thirtieth round: a paper named with what it is", () => {
  it("takes up « L’hebdomadaire économique Levier va plus loin. » with « Il affirme… » and « Selon l’hebdomadaire »", () => {
    const claims = fr("Le fondateur, Adrien Vasseur-Obame, avait promis 200 recrutements. L’hebdomadaire économique Levier va plus loin. Il affirme avoir consulté un tableur interne, daté de juillet. Selon l’hebdomadaire, les investisseurs en auraient été informés.");
    expect(byCue(claims, "affirme")).toMatchObject({ claimant: "Levier", attributionLevel: "secondary_report" });
    expect(byCue(claims, "Selon").claimant).toBe("Levier");
  });

  it("keeps « Elle » for the person after « Son association… », a possessive's body", () => {
    const claims = fr("La présidente de l’association Nuits Calmes, Odile Ferracci-Mbemba, a affirmé que les habitants étaient réveillés. Son association a installé trois sonomètres dans le village. Elle a ajouté que l’association avait déposé un recours.");
    expect(byCue(claims, "a ajouté").claimant).toMatch(/Odile Ferracci-Mbemba/);
  });
});

describe("thirtieth round: a press review's papers by their subheads", () => {
  it("reads a subhead naming a paper then \"The Standard is harsher. It reports…\" as that paper, and \"It\" after a paper as the subject as the paper", () => {
    const page = ["Press review: the landslide detour", "The Wendlemoor Evening Echo", "The Echo leads on the road itself, reporting that 9,000 tonnes of rock came down on Saturday.", "The Ledgerwick Standard", "The Standard is harsher. It reports that the organisers were told in April that the slope was moving."].join("\n\n");
    expect(byCue(en(page), "reports")).toMatchObject({ claimant: "The Standard", attributionLevel: "secondary_report" });
    const clarion = en("The Hallam Cross Clarion, whose patch includes the new finish, takes the cheerful view. It reports that every hotel room in Quenlow was booked within hours.");
    expect(byCue(clarion, "reports").claimant).toMatch(/Clarion/);
  });

  it("takes no person's name under a subhead for a paper (\"Marie Dupont\" / \"Dupont, 54, …\")", () => {
    const page = ["Profile: the last ferryman", "Marie Dupont", "Dupont, 54, has run the ferry since 1998. She said fares had not changed in ten years."].join("\n\n");
    expect(byCue(en(page), "said").attributionLevel).toBe("named_on_record");
  });
});

describe("thirtieth round: since when, and a company's adverts", () => {
  it("finds the inverted source past « depuis le 1er septembre » after a quotation, and reads a company's posters as the company speaking", () => {
    expect(byCue(fr("« Nous fermerons l’usine en 2027 », répète depuis le 1er septembre le ministre de l’Industrie."), "répète").claimant).toMatch(/ministre de l’Industrie/);
    expect(byCue(fr("« 1 500 prix baissés jusqu’à 30 % », promettent depuis septembre les affiches des supermarchés Grenelis."), "promettent").attributionLevel).toBe("official_statement");
  });
});

describe("thirtieth round: a noun described by a participle of expectation", () => {
  it("reads \"…will close Monday for repairs expected to last 14 months\" as the outlet's fact and an unsourced hedge, and keeps \"is widely expected to\" one hedge", () => {
    const claims = en("The Pennycress Bridge will close to all traffic at 6 a.m. Monday for repairs expected to last 14 months.");
    expect(claims.map((c) => [c.attributionLevel, c.quote])).toEqual([
      ["author_assertion", "The Pennycress Bridge will close to all traffic at 6 a.m. Monday"],
      ["hedged_unsourced", "repairs expected to last 14 months"],
    ]);
    expect(en("The central bank is widely expected to cut its base rate again at its May meeting.").map((c) => c.attributionLevel)).toEqual(["hedged_unsourced"]);
  });
});

describe("thirtieth round: a conjunction before a name", () => {
  it("does not take \"When Harrowline visited…\" for the person an interview questions", () => {
    const text = ["‘Nobody was listening’: the growers’ leader", "INTERVIEW", "Leading the convoy was Morwen Trelissick-Abara, who has grown wheat at Kelmscarth for 26 years. When Harrowline visited on Tuesday, her sprayer stood in the yard. We spoke in her kitchen.", "Why did you take to the road?", "Because nobody was listening. Our own survey of 1,140 members found that 71 per cent have no alternative.", "What happens now?", "Two of my neighbours have already sold their sprayers."].join("\n\n");
    expect(extractClaims({ text, language: "en" }).claims.find((c) => c.quote.includes("1,140 members"))?.claimant).toBe("Morwen Trelissick-Abara");
  });
});

describe("thirtieth round: what the outlet has been told", () => {
  it("reads \"The Herald has been told that…\" as unnamed sources, not an unsourced hedge", () => {
    const claim = extractClaims({ text: "Title\n\nThe Herald has been told that the theatre’s trustees met in June 2024.\n\n© 2026 The Herald", language: "en" }).claims.find((c) => c.quote.includes("met in June"))!;
    expect([claim.attributionLevel, claim.claimant]).toEqual(["anonymous_bare", "unnamed sources (told to The Herald)"]);
  });
});

describe("thirtieth round: a scientific advice", () => {
  it("reads \"The advice, issued by the council in October, put the stock at…\" as a document", () => {
    expect(byCue(en("The advice, issued by the Skelderra Marine Science Council in October, put the herring stock at 112 per cent of its safe level."), "put").attributionLevel).toBe("document");
  });
});

describe("thirtieth round: records a body keeps", () => {
  it("reads a price archive, staffing rotas and a weather station as documents", () => {
    expect(byCue(fr("Selon les archives de l’application comparative Panierscope, 24 de ces produits avaient augmenté entre avril et juin."), "Selon").attributionLevel).toBe("document");
    expect(byCue(en("The home ran night shifts with fewer staff than its own minimum on 41 nights, according to staffing rotas seen by the Chronicle."), "according to").attributionLevel).toBe("document");
    expect(byCue(en("The temperature never rose above 12 degrees, according to the resort’s own weather station."), "according to").attributionLevel).toBe("document");
  });
});

describe("thirtieth round: where words were said, after « en »", () => {
  it("finds the inverted source past « en conseil municipal »", () => {
    expect(byCue(fr("Neuf des 23 sanitaires publics sont fermés depuis l’automne, a reconnu lundi soir en conseil municipal l’adjointe chargée de la propreté, Nadège Folliot-Baptiste."), "a reconnu").claimant).toMatch(/Nadège Folliot-Baptiste/);
  });
});

describe("thirtieth round: the reader's knowing, the writer told", () => {
  it("reads \"you will know the answer already: 14 toilets closed\" as the outlet's, and \"I’m told that…\" as unnamed sources", () => {
    const claims = en("If you have tried to find a public toilet this month, you will know the answer already: 14 of the borough’s 22 public toilets closed on 1 March.");
    expect(claims.find((c) => c.quote.includes("14 of the borough"))).toMatchObject({ claimant: null, attributionLevel: "author_assertion" });
    expect(byCue(en("I’m told that two more toilets are on a list for closure next year."), "told")).toMatchObject({ claimant: "unnamed sources (told to the writer)", attributionLevel: "anonymous_bare" });
  });
});

describe("thirtieth round: a product recall, a programme's presenter", () => {
  it("reads \"has recalled fourteen of its sandwiches\" as no cue, \"PRESENTER:\" as the outlet and \"DR NANDAKUMAR-HALE:\" as a person", () => {
    expect(en("Hollenby’s has recalled fourteen of its own-brand sandwiches after listeria was found at the kitchen that makes them.").every((c) => c.cue === null)).toBe(true);
    const script = extractClaims({ text: "Listeria recall\n\nPRESENTER: Four people in the Vale have been treated in hospital for listeria.\n\nDR NANDAKUMAR-HALE: The strain we found in the patients matches the one we found at the kitchen.", language: "en" }).claims;
    expect(script.find((c) => c.quote.includes("Four people"))).toMatchObject({ claimant: null, attributionLevel: "author_assertion" });
    expect(script.find((c) => c.quote.includes("strain we found"))?.attributionLevel).toBe("named_on_record");
  });
});

describe("thirtieth round: a satirical weekly", () => {
  it("takes up « le satirique Le Hibou » with « L’hebdomadaire affirme »", () => {
    const claims = fr("Dans La Gazette sarlenquoise, la maire défend son choix. La délibération du 12 février, que le satirique Le Hibou grinçant publie en fac-similé, vote une dépense de 148 000 euros. L’hebdomadaire affirme aussi que le sculpteur est le gendre d’un ancien adjoint.");
    expect(byCue(claims, "affirme").claimant).toMatch(/Hibou/);
  });
});

describe("thirtieth round: a relative clause on the apposed noun, a care firm", () => {
  it("keeps a source whole past an age set off inside its relative clause (\"whose father, 86, lived…\")", () => {
    expect(byCue(en("Kerry Oldcastle, 41, whose son was born in 2012 with a heart defect, said no doctor had ever warned her about the risks."), "said")).toMatchObject({ claimant: "Kerry Oldcastle, 41, whose son was born in 2012 with a heart defect" });
    expect(byCue(en("Priya Sandhu-Vale, whose father, 86, lived on Kell Street for 40 years, said the water reached the first floor in ten minutes."), "said")).toMatchObject({ attributionLevel: "named_on_record", claimant: "Priya Sandhu-Vale, whose father, 86, lived on Kell Street for 40 years" });
    expect(byCue(en("Priya Sandhu-Vale, whose father, now 86, has lived on Kell Street, said the water reached the first floor in ten minutes."), "said")).toMatchObject({ attributionLevel: "named_on_record", claimant: "Priya Sandhu-Vale, whose father, now 86, has lived on Kell Street" });
    // (The noun after "whose" still speaks when nothing follows its apposition.)
    expect(byCue(en("Kell Estates, whose chief executive, Tom Hale, said the water reached the first floor, declined to comment."), "said")).toMatchObject({ claimant: "whose chief executive, Tom Hale" });
  });
  it("keeps \"X, a nurse who left the home in December after six years, said\" whole as the source, and reads \"Orrinsby Care\" as a body", () => {
    expect(byCue(en("Maureen Adebanjo-Clift, a nurse who left Fennimore Lodge in December after six years, said she had regularly worked nights alone."), "said")).toMatchObject({ attributionLevel: "named_on_record", claimant: "Maureen Adebanjo-Clift, a nurse who left Fennimore Lodge in December after six years" });
    expect(byCue(en("Orrinsby Care, the home’s owner, said in a statement that every shift was covered safely."), "said").attributionLevel).toBe("official_statement");
  });
});

describe("thirtieth round: one who gave no name, a constabulary", () => {
  it("reads « qui n’a pas voulu donner son nom » as anonymity, and \"Fennick Bay Constabulary\" as a body", () => {
    expect(byCue(fr("Un commerçant, qui n’a pas voulu donner son nom, nous a confié avoir licencié une vendeuse en mars."), "nous a confié").attributionLevel).toBe("anonymous_described");
    expect(byCue(en("Fennick Bay Constabulary said in a statement that an internal audit in 2023 had examined 1,200 reports."), "said").attributionLevel).toBe("official_statement");
  });
});

describe("fortieth round: a text quoted goes on after a pronoun, verbs of texts", () => {
  it("takes up the text the last sentence quoted with « Il », « Elle » or \"It\" opening the next, whatever the verb", () => {
    const report = fr("Le rapport, publié mardi, indique que 40 pêcheurs n’ont pas été payés. Il prévoit une hausse des tarifs de 8 %.");
    expect(byCue(report, "prévoit")).toMatchObject({ attributionLevel: "document", claimant: expect.stringMatching(/^Le rapport/) });
    const note = fr("Une note envoyée aux rectorats le 28 janvier, que Radio Calestrane a pu consulter, fixe bien cette heure limite. Elle ne mentionne en revanche aucune date d’entrée en vigueur.");
    expect(byCue(note, "ne mentionne")).toMatchObject({ attributionLevel: "document", claimant: expect.stringMatching(/^Une note envoyée/) });
    const policy = en("The policy schedule, which the Standard has seen, lists £900,000 of cover for lost harvest. It requires the vineyard to run its frost protection “whenever a frost warning is in force”.");
    expect(byCue(policy, "requires")).toMatchObject({ attributionLevel: "document", claimant: expect.stringMatching(/^The policy schedule/) });
  });
  it("leaves the pronoun to the body when the text was the body's own, named without an article, or of the other gender", () => {
    // (« selon ses propres chiffres »: the establishment speaks again.)
    const own = fr("L’établissement invoque une pénurie de personnel : 11 des 26 postes d’infirmières de nuit sont vacants, selon ses propres chiffres. Il dit offrir depuis l’automne une prime de 15 000 $ aux infirmières.");
    expect(byCue(own, "dit").claimant).not.toMatch(/chiffres/);
    // (« le résultat » is no « elle »: the company that spoke goes on.)
    const company = fr("Norvent Énergies « prend acte » du résultat, a indiqué l’entreprise dans un communiqué. Elle y rappelle que les sept machines devaient couvrir la consommation de 14 000 foyers.");
    expect(byCue(company, "y rappelle").claimant).not.toMatch(/résultat/);
  });
  it("reads what a contract allows, what an analysis classifies, what an expert's report holds and what records add up to as the text's", () => {
    expect(byCue(en("The contract allows the authority to withhold up to 15 percent of the annual subsidy when sailings are missed."), "allows")).toMatchObject({ attributionLevel: "document", claimant: "The contract" });
    expect(byCue(en("The analysis classified $6.8 billion of the measures as spending cuts."), "classified").attributionLevel).toBe("document");
    expect(byCue(fr("Le rapport d’expertise, que le vigneron nous a transmis, retient une température de « −1,8 °C relevée à la station de Bourrelade »."), "retient").attributionLevel).toBe("document");
    expect(byCue(fr("Les relevés de pointage totalisent 1 790 heures sur l’année."), "totalisent").attributionLevel).toBe("document");
  });
  it("keeps a law's permission, a person's or a court's holding, a record's scope and a plural noun \"permits\" as the outlet's", () => {
    expect(en("The law allows councils to charge £50 for a missed collection.").every((c) => c.cue !== "allows")).toBe(true);
    expect(fr("Le juge retient la responsabilité de la commune.").every((c) => c.cue !== "retient")).toBe(true);
    expect(fr("Ces relevés ne retiennent que les attaques pour lesquelles la responsabilité du loup « n’est pas exclue ».").every((c) => !/retiennent/u.test(c.cue ?? ""))).toBe(true);
    expect(en("The ruling could also cloud a dozen other permits issued in the region under the same process.").every((c) => c.cue !== "permits")).toBe(true);
  });
});

describe("fortieth round: the outlet told by sources, a transcript's reporter in the credits", () => {
  it("reads \"We’ve been told by sources that…\" as the sources' words, and keeps \"Residents have been told by their insurers that…\" as news of the telling", () => {
    expect(byCue(en("We’ve been told by sources that an emergency import of a foreign-licensed version has been discussed."), "been told")).toMatchObject({ attributionLevel: "anonymous_bare", claimant: "sources", quote: "an emergency import of a foreign-licensed version has been discussed" });
    const residents = en("Residents of Kilnmead Park have been told by their two main insurers that flood cover will not be renewed next year.");
    expect(residents.some((c) => c.quote.startsWith("Residents of Kilnmead Park"))).toBe(true);
  });
  it("takes a label the credits name with \"Reporting by\" as the outlet's reporter, whose sources keep their words", () => {
    const page = en("Transcript: HRT patch shortage\n\nReporting by Femi Larkspur-Greene\n\nDANA WHITLOCK-OSEI: Good morning. Estravel has been out of stock at most chemists in Quillsby since February.\n\nFEMI LARKSPUR-GREENE: Figures from the wholesaler Grantmoor & Marsh, seen by Radio Ellowmere, show deliveries of the patch to the county fell by 70% between December and February.\n\nARUN CHAUDRY-BLAKE: We had forty patches delivered in the whole of February.");
    expect(byCue(page, "show")).toMatchObject({ attributionLevel: "document", claimant: expect.stringMatching(/^Figures from the wholesaler/) });
  });
});

describe("fortieth round: a television transcript's political editor", () => {
  it("reads \"MARCUS TREVENNA, POLITICAL EDITOR:\" as the outlet's, after a player's label glued before it, whose sources keep their words", () => {
    const page = en("Transcript: who is paying for the campaigns?\n\nThis is a transcript of a television broadcast and may contain errors.\n\nRUTH KELLAWAY-ADU, PRESENTER: Good evening. The four main parties have already spent more than £3.8m between them.\n\nWatch the report MARCUS TREVENNA, POLITICAL EDITOR: Ruth, the biggest spender by some distance is Regional First.\n\nMARCUS TREVENNA: The Wendmoor Echo reported this morning that a property company owned by one of the party’s donors paid for a £140,000 polling operation.\n\nGARETH PELLOW-MENSAH, REGIONAL FIRST LEADER: Every pound we spend is declared.");
    expect(byCue(page, "reported")).toMatchObject({ attributionLevel: "secondary_report", claimant: "The Wendmoor Echo" });
    expect(page.find((c) => c.quote.includes("biggest spender"))).toMatchObject({ attributionLevel: "author_assertion" });
    expect(page.some((c) => /transcript of a television broadcast|Watch the report/u.test(c.quote))).toBe(false);
  });
});

describe("fortieth round: a paper set against a body's statement", () => {
  it("reads \"X said in a statement that…, while the Pennick Echo reported…\" as the paper's report, not its statement", () => {
    const claims = en("Quaymark Estates, which owns the building, said in a statement that the rent “has not gone up since 2021”, while the Pennick Echo reported last week that the landlord had served notice over arrears of £64,000.");
    expect(byCue(claims, "reported")).toMatchObject({ attributionLevel: "secondary_report", claimant: "the Pennick Echo" });
    expect(byCue(claims, "said").attributionLevel).toBe("official_statement");
    // (A paper's own statement about itself is still one.)
    expect(byCue(en("The Pennick Echo said in a statement that it stood by its reporting."), "said").attributionLevel).toBe("official_statement");
  });
});

describe("fortieth round: a transcript's reporter credited with the field report", () => {
  const lines = (credit: string) => en(`Transcript: HRT patch shortage\n\n${credit}\n\nDANA WHITLOCK-OSEI: Good morning. Estravel has been out of stock at most chemists in Quillsby since February.\n\nFEMI LARKSPUR-GREENE: Dana, it’s ten to nine and there are already eleven people queueing outside Ravensley Pharmacy.\n\nARUN CHAUDRY-BLAKE: We had forty patches delivered in the whole of February.`);
  it("reads the plain statements of a reporter credited with \"Reporting by\" as what they witnessed on the spot", () => {
    expect(lines("Reporting by Femi Larkspur-Greene").find((c) => c.quote.includes("eleven people"))).toMatchObject({ attributionLevel: "witnessed" });
  });
  it("keeps them the outlet's under a programme's list of credits, and a guest's words the guest's", () => {
    expect(lines("Presenter: Dana Whitlock-Osei · Reporter: Femi Larkspur-Greene").find((c) => c.quote.includes("eleven people"))?.attributionLevel).not.toBe("witnessed");
    expect(lines("Reporting by Femi Larkspur-Greene").find((c) => c.quote.includes("forty patches"))).toMatchObject({ attributionLevel: "named_on_record" });
  });
});

describe("fortieth round: a reporter labelled BYLINE, a text seen in a relative clause", () => {
  it("reads \"DANA FELTROP-NWOSU, BYLINE:\" as the outlet's reporter on the spot, whose sources keep their words", () => {
    const page = en("Transcript: cruise ship aground\n\nELLIS MARCHBANK-OYE, HOST: Good evening. A river cruise ship has been stuck on a sandbar since Monday.\n\nDANA FELTROP-NWOSU, BYLINE: Well, Ellis, from the boat ramp here I can see the ship sitting at an angle about 200 yards off the left bank. The company said in a statement that the river had dropped “faster than any forecast”.");
    expect(page.find((c) => c.quote.includes("sitting at an angle"))).toMatchObject({ attributionLevel: "witnessed" });
    expect(byCue(page, "said")).toMatchObject({ attributionLevel: "official_statement", claimant: expect.stringMatching(/^The company/) });
  });
  it("takes up with « Il » the text the sentence before names before « que X a pu consulter », not the noun opening that sentence", () => {
    const claims = fr("Josiane Keller-Mbaye, 72 ans, y vient deux fois par semaine. La décision s’appuie sur un audit du cabinet Stratelle Conseil, que L’Observateur a pu consulter. Il chiffre à 2,1 millions d’euros par an l’économie attendue.");
    expect(byCue(claims, "chiffre")).toMatchObject({ attributionLevel: "document", claimant: expect.stringMatching(/^un audit du cabinet Stratelle Conseil/) });
  });
  it("keeps a report before an irregular participle's phrase and « et que X a pu consulter » as the source (« remis fin février… »)", () => {
    const claims = fr("Un rapport de l’inspection départementale, remis fin février à la mairie de Vernouzac et que La Voix de Castelmoire a pu consulter, relève que sept des douze crèches n’ont pas respecté le taux d’encadrement.");
    expect(byCue(claims, "relève")).toMatchObject({ attributionLevel: "document", claimant: expect.stringMatching(/^Un rapport de l’inspection/) });
  });
});

describe("fortieth round: words heard from sources, a cause explained, nothing shows", () => {
  it("gives \"I’ve heard from sources that…\" and \"We have heard from two council officials that…\" to those heard", () => {
    expect(byCue(en("And I’ve heard from sources that a developer has already made an offer for the building."), "heard")).toMatchObject({ attributionLevel: "anonymous_bare", claimant: "sources", quote: "a developer has already made an offer for the building" });
    expect(byCue(en("We have heard from two council officials that the branch will close in March."), "have heard")).toMatchObject({ attributionLevel: "anonymous_described", claimant: "two council officials" });
  });
  it("reads « s’explique par » as a cause, not a speaker, and « Leur présidente… s’explique » as one", () => {
    expect(fr("Cette progression s’explique d’abord par l’extension de la zone payante.").every((c) => c.cue === null)).toBe(true);
    expect(fr("Le maire explique que la zone a doublé.").some((c) => c.cue === "explique")).toBe(true);
  });
  it("keeps « rien ne montre que… » and \"Nothing suggests that…\" as the outlet's", () => {
    expect(fr("Les recettes ont bien doublé, mais rien ne montre qu’elles comblent un déficit.").every((c) => c.attributionLevel === "author_assertion")).toBe(true);
    expect(en("Nothing suggests that the money was misused.").every((c) => c.attributionLevel === "author_assertion")).toBe(true);
  });
});

describe("fortieth round: a reporter the presenter says went to the scene", () => {
  it("reads the reporter after « X, vous êtes allée sur place » as the outlet's, whose sources keep their words", () => {
    const page = fr("EHPAD Les Cerisaies : un rapport pointe des nuits à une seule soignante\n\nHUGO LESTRANGE-DIOP : Il est 7h42. Le rapport d’inspection relève des nuits à une seule soignante. Clémence Adjovi-Rambert, vous êtes allée sur place.\n\nCLÉMENCE ADJOVI-RAMBERT : Oui, Hugo. Le rapport indique que onze postes de soignants sur quarante-six étaient vacants. Sur Facebook, un collectif de proches affirme que dix-sept familles ont écrit au directeur.");
    expect(byCue(page, "indique")).toMatchObject({ attributionLevel: "document", claimant: expect.stringMatching(/rapport/) });
    expect(byCue(page, "affirme").claimant).toMatch(/collectif/);
  });
});

describe("fortieth round: a subject whose noun could be a verb, before an aside", () => {
  it("keeps « Les relevés de la station » as the source past « publiés… par l’OMN et que nous avons téléchargés »", () => {
    const c = byCue(fr("Les relevés de la station, publiés toutes les dix minutes par l’OMN et que nous avons téléchargés, confirment une température de 46,2 °C à 16h40."), "confirment");
    expect([c.claimant, c.attributionLevel]).toEqual([expect.stringMatching(/^Les relevés de la station/), "document"]);
  });
});

describe("fortieth round: « y », the post the sentence before published", () => {
  it("relays « Il y affirme… » after « a publié sur Facebook un message », and not after a meeting", () => {
    const post = fr("Dimanche soir, Gaëtan Fourcade-Mbaye, conseiller municipal d’opposition, a publié sur Facebook un message partagé 1 400 fois. Il y affirme que l’eau du robinet dépasse la limite légale de nitrates.");
    expect(byCue(post, "y affirme")).toMatchObject({ attributionLevel: "secondary_report", claimant: "Gaëtan Fourcade-Mbaye" });
    const meeting = fr("Dimanche soir, Gaëtan Fourcade-Mbaye, conseiller municipal d’opposition, a tenu une réunion publique. Il y affirme que l’eau du robinet dépasse la limite légale de nitrates.");
    expect(byCue(meeting, "y affirme").attributionLevel).toBe("named_on_record");
  });
});
