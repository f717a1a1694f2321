import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims";

const claimsOf = (text: string, language: "fr" | "en") => extractClaims({ text, language }).claims;
/** Each claim holding one of `words` is an answer of the guest `who`, on the record. */
function expectAnsweredBy(claims: ReturnType<typeof claimsOf>, words: string[], who: RegExp) {
  for (const w of words) expect(claims.find((c) => c.quote.includes(w))).toMatchObject({ attributionLevel: "named_on_record", claimant: expect.stringMatching(who) });
}

describe("interviews set out as questions and answers", () => {
  it("gives the answers to the person named before the interview, and makes no claim of the questions", () => {
    const text = [
      "Pension march draws thousands",
      "Among the marchers was Erik Holm, 58, a crane operator at the port for 34 years. We spoke to him as the march passed the station.",
      "Q: Why are you marching today?",
      "A: Because I started work at 17 and I will now have to work until 65.",
      "Q: The government says the fund will go bankrupt without the reform.",
      "A: They said the same thing in 2011, and the fund had a surplus two years later.",
    ].join("\n\n");
    const claims = claimsOf(text, "en");
    const answer = claims.find((c) => c.quote.startsWith("Because I started work at 17"))!;
    expect(answer.claimant).toBe("Erik Holm");
    expect(answer.cue).toBe("A:");
    expect(answer.attributionLevel).toBe("named_on_record");
    expect(claims.find((c) => c.quote.startsWith("They said the same thing in 2011"))?.claimant).toBe("Erik Holm");
    expect(claims.some((c) => c.quote.includes("Why are you marching"))).toBe(false);
  });

  it("gives dialogue dashes with no name of their own to the person the page names most, not the last named in passing", () => {
    const text = [
      "À Port-Ardelle, le maire Gilles Armanet-Ferréol rattrapé par le marché de la piscine",
      "Dans son bureau du premier étage, Gilles Armanet-Ferréol a fait encadrer la une du quotidien local. Il a accepté de répondre à nos questions.",
      "Le marché a été remporté par Sorvel Bâtiment, une entreprise dirigée par Marc Sorvel, le beau-frère du maire.",
      "— Votre beau-frère a remporté le plus gros marché de vos trois mandats. Vous comprenez que cela interroge ?",
      "— Je le comprends. Mais la commission d’appel d’offres a voté à l’unanimité, opposition comprise.",
    ].join("\n\n");
    const answer = claimsOf(text, "fr").find((c) => c.quote.includes("commission d’appel d’offres"))!;
    expect(answer.claimant).toBe("Gilles Armanet-Ferréol");
  });

  it("reads a live chat's answers under the name of the outlet's journalist as the outlet's text, with its own sources", () => {
    const text = [
      "Dragage : vos questions, nos réponses",
      "Erwan Le Floc’h-Mensah, journaliste au service Mer du Guetteur des Rades, a répondu à vos questions jeudi.",
      "Yvon_R : Que drague-t-on exactement, et pourquoi maintenant ?",
      "Erwan Le Floc’h-Mensah : Le chantier a été confié à l’entreprise Vasemar pour 4,2 millions d’euros. Selon le syndicat, certains navires ne pouvaient plus sortir à marée basse.",
      "Goéland_bleu : Est-ce prouvé que c’est le dragage ?",
      "Erwan Le Floc’h-Mensah : Non. La préfecture assure que les analyses du 12 mai étaient conformes.",
    ].join("\n\n");
    const claims = claimsOf(text, "fr");
    const of = (start: string) => claims.find((c) => c.quote.startsWith(start))!;
    expect([of("Le chantier").claimant, of("Le chantier").attributionLevel]).toEqual([null, "author_assertion"]);
    expect(of("certains navires").claimant).toBe("le syndicat");
    expect(of("les analyses").claimant).toMatch(/^La préfecture/);
  });

  it("knows the journalist of a live chat by the role before the name or the byline, and takes no description for the label's name", () => {
    const text = [
      "Lifts: your questions answered",
      "By Dana Kells",
      "Our housing reporter Dana Kells answered your questions on Thursday.",
      "Maureen_B: When will the lifts be fixed?",
      "Dana Kells: The council says the parts arrive next week. According to the contractor, the second lift will take a month.",
    ].join("\n\n");
    const claims = claimsOf(text, "en");
    expect(claims.find((c) => c.quote.startsWith("the parts"))!.claimant).toBe("The council");
    expect(claims.find((c) => c.quote.startsWith("the second lift"))!.claimant).toBe("the contractor");
  });

  it("gives a reader's letter in the first person to the signature under it or after its closing quotation mark", () => {
    const letter = ["Bike register: a reader's case", "Your letter", "My £1,450 hybrid bike was stolen from outside Merriwick station on 9 February. I had registered it on the Merriwick Cycle Register.", "Tobias Whitlock-Nwosu, Merriwick", "Our answer", "The police said 11,600 bikes had been registered since 2023."].join("\n\n");
    const claims = claimsOf(letter, "en");
    expect(claims.find((c) => c.quote.startsWith("My £1,450"))!.claimant).toBe("Tobias Whitlock-Nwosu");
    expect(claims.find((c) => c.quote.includes("11,600"))!.claimant).toBe("The police");
    const lettre = ["Compteurs : la facture de Josiane", "Votre lettre", "« Depuis qu’on m’a changé mon compteur en octobre, tout a déraillé. J’ai reçu le 12 janvier une facture de 1 248 euros. Que puis-je faire ? » Josiane Le Dréau, 71 ans, Estrévaux"].join("\n\n");
    const reçu = claimsOf(lettre, "fr").find((c) => c.quote.includes("1 248 euros"))!;
    expect([reçu.claimant, reçu.attributionLevel]).toEqual(["Josiane Le Dréau", "named_on_record"]);
  });

  it("reads French dialogue dashes, a question then its answer", () => {
    const text = [
      "Municipales : le recours de l’opposition",
      "Nous avons rencontré Nadia Perrin lundi, dans son local de campagne.",
      "— Pourquoi contester un scrutin que vous avez perdu ?",
      "— Parce que 14 voix, c’est moins que le nombre d’irrégularités que nous avons relevées.",
    ].join("\n\n");
    const [answer, ...rest] = claimsOf(text, "fr").filter((c) => c.start > 60);
    expect(answer?.claimant).toBe("Nadia Perrin");
    expect(answer?.quote).toBe("Parce que 14 voix, c’est moins que le nombre d’irrégularités que nous avons relevées");
    expect(rest.some((c) => c.quote.includes("Pourquoi contester"))).toBe(false);
  });

  it("reads an announced interview: « Trois questions à X », each question answered by the next line", () => {
    const text = [
      "La guerre des prix",
      "Trois questions à Anne Derval, économiste à l’université de Brenne",
      "Cette guerre des prix peut-elle durer ?",
      "Pas indéfiniment. Un hypermarché dégage en moyenne une marge nette de 1 à 2 % de son chiffre d’affaires.",
      "Qui paiera l’addition ?",
      "Historiquement, les fournisseurs.",
      "Le maire a annoncé mardi la fermeture du marché couvert.",
    ].join("\n");
    const claims = claimsOf(text, "fr");
    const margin = claims.find((c) => c.quote.includes("marge nette"))!;
    expect(margin.claimant).toBe("Anne Derval");
    expect(margin.attributionLevel).toBe("named_on_record");
    expect(margin.cue).toBeNull();
    expect(claims.some((c) => c.quote.includes("peut-elle durer") || c.quote.includes("Trois questions"))).toBe(false);
    // The article resumes after the interview.
    expect(claims.find((c) => c.quote.includes("fermeture du marché"))?.claimant).not.toBe("Anne Derval");
  });

  it("leaves nothing behind for the next article: a description there still finds the name at its start", () => {
    const next = "Jobs\n\nQuillon Systems will cut 2,400 jobs, the company announced on Monday.";
    expect(claimsOf(next, "en")[0]?.claimant).toBe("the company (Quillon Systems)");
    claimsOf("Prix\nTrois questions à Anne Derval, économiste\nLa guerre des prix peut-elle durer ?\nPas indéfiniment.", "fr");
    expect(claimsOf(next, "en")[0]?.claimant).toBe("the company (Quillon Systems)");
  });

  it("reads an interview under name labels whose later questions drop the labels", () => {
    const text = [
      "Incendie du dépôt : « La nappe est touchée »",
      "Marc Olivier, géologue, a répondu à nos questions.",
      "Le Journal : Que contiennent les prélèvements ?",
      "Marc Olivier : Des hydrocarbures, à quatre fois le seuil autorisé.",
      "La mairie affirme que l’eau du robinet est potable. Est-ce vrai ?",
      "Oui, le captage est à six kilomètres en amont.",
      "Lire aussi › Sécheresse : les nappes au plus bas",
      "Faut-il craindre pour les cultures ?",
      "Les analyses des sols prendront trois mois.",
      "La préfecture a interdit l’irrigation jusqu’au 1er juin.",
    ].join("\n\n");
    const claims = claimsOf(text, "fr");
    const by = (q: string) => claims.find((c) => c.quote.includes(q));
    expect(by("Des hydrocarbures")?.claimant).toBe("Marc Olivier");
    expect(by("le captage est à six kilomètres")?.claimant).toBe("Marc Olivier");
    expect(by("Les analyses des sols")?.claimant).toBe("Marc Olivier");
    expect(by("Les analyses des sols")?.attributionLevel).toBe("named_on_record");
    // A question's statement keeps its own source; the question itself is no claim.
    expect(by("l’eau du robinet est potable")?.claimant).toContain("La mairie");
    expect(claims.some((c) => c.quote.includes("Que contiennent") || c.quote.includes("Faut-il craindre"))).toBe(false);
    // The interview ends with its last answer.
    expect(by("interdit l’irrigation")?.claimant).not.toBe("Marc Olivier");
  });

  it("reads questions set as lines of their own, each answered by a quotation", () => {
    const text = [
      "Listeria recall: what went wrong",
      "We asked Dr Samuel Ferrier, director of food incidents at the safety office, to explain the recall.",
      "How did the contamination happen?",
      "“Our inspectors found the same strain on a drain in the maturing room.”",
      "Is anyone else at risk?",
      "“Every retailer was notified within 24 hours. There is no evidence of a wider problem.”",
    ].join("\n\n");
    const claims = claimsOf(text, "en");
    const by = (q: string) => claims.find((c) => c.quote.includes(q));
    expect(by("Our inspectors found")?.claimant).toBe("Dr Samuel Ferrier");
    expect(by("no evidence of a wider problem")?.attributionLevel).toBe("named_on_record");
    expect(claims.some((c) => c.quote.includes("How did the contamination"))).toBe(false);
    // One question and a quotation make no interview.
    const one = claimsOf(["Strike", "Anne Roy leads the union.", "Why strike now?", "“Because pay has fallen.”", "The talks resume on Monday."].join("\n\n"), "en");
    expect(one.find((c) => c.quote.includes("pay has fallen"))?.cue).toBeNull();
  });

  it("reads questions that follow « il a répondu aux questions de… » as an interview of the person named", () => {
    const text = [
      "Blocage à Rocheval",
      "Mathieu Crestel, éleveur, mène le cortège. Entre deux prises de parole, il a répondu aux questions d'Hexagone Direct.",
      "Pourquoi bloquer Rocheval ?",
      "Parce que c'est ici que se trouve la centrale d'achat. Elle a baissé son tarif de 9 % en un an.",
      "Jusqu'à quand ?",
      "Jusqu'à ce qu'on nous reçoive.",
    ].join("\n\n");
    const claims = claimsOf(text, "fr");
    expect(claims.find((c) => c.quote.includes("baissé son tarif"))?.claimant).toBe("Mathieu Crestel");
    expect(claims.some((c) => c.quote.includes("Pourquoi bloquer"))).toBe(false);
    expect(claims.find((c) => c.quote.startsWith("Mathieu Crestel, éleveur"))?.claimant ?? null).toBeNull();
  });

  it("reads questions after an intro ending on « Entretien. » as an interview of the person named", () => {
    const text = [
      "Grève à Pontferrand",
      "Le rectorat a fait état mardi d'un taux de 31 % de grévistes. Sandrine Pelletier, secrétaire de la FSEL, conduit le mouvement. Entretien.",
      "Combien d'enseignants sont en grève ?",
      "Plus de la moitié dans le premier degré.",
    ].join("\n\n");
    const claims = claimsOf(text, "fr");
    expect(claims.find((c) => c.quote.includes("Plus de la moitié"))?.claimant).toBe("Sandrine Pelletier");
    const rate = claims.find((c) => c.quote.includes("31 %"))!;
    expect([rate.claimant, rate.attributionLevel]).toEqual(["Le rectorat", "official_statement"]);
  });

  it("takes a statement put to the interviewee, trailing off, as a question whose answer is theirs", () => {
    const text = [
      "Fermeture de la maternité de Valcorbe",
      "Le chef du service, le docteur Hugo Lassalle, s'oppose au projet. Entretien.",
      "Combien d'accouchements faites-vous par an ?",
      "Un peu plus de 400, contre 300 il y a dix ans.",
      "L'agence régionale de santé affirme que la sécurité n'est plus garantie en dessous de 500...",
      "Nos taux de complications sont inférieurs à la moyenne régionale depuis cinq ans.",
      "Et ensuite ?",
      "Nous déposerons un recours devant le tribunal administratif.",
    ].join("\n\n");
    const claims = claimsOf(text, "fr");
    for (const start of ["Nos taux de complications", "Nous déposerons un recours"])
      expect(claims.find((c) => c.quote.startsWith(start))?.claimant).toBe("Hugo Lassalle");
    const agency = claims.find((c) => c.quote.includes("sécurité n'est plus garantie"))!;
    expect(agency.attributionLevel).toBe("official_statement");
    expect(claims.some((c) => c.quote.includes("Et ensuite"))).toBe(false);
  });

  it("reads a page marked « Entretien » whose questions stand alone as an interview of the name in its title", () => {
    const text = [
      "Hugo Lassalle : « La maternité ne fermera pas »",
      "Entretien",
      "Le chef du service défend la suspension des accouchements de nuit, décidée la semaine dernière.",
      "Pourquoi suspendre les accouchements de nuit ?",
      "Parce que nous n'avons plus que trois sages-femmes pour douze gardes. La direction a validé ce choix le 3 mars.",
      "Des élus affirment que la fermeture est déjà décidée…",
      "C'est faux. Aucun calendrier de fermeture n'existe.",
      "[Le rapport de l'agence, consulté par notre rédaction, évoquait une fermeture en 2027.]",
      "Et les patientes ?",
      "Elles sont orientées vers Brémont, à 38 kilomètres.",
    ].join("\n\n");
    const claims = claimsOf(text, "fr");
    for (const start of ["Parce que nous n'avons plus", "Aucun calendrier de fermeture", "Elles sont orientées vers Brémont"])
      expect(claims.find((c) => c.quote.startsWith(start))?.claimant, start).toBe("Hugo Lassalle");
    expect(claims.find((c) => c.quote.includes("la fermeture est déjà décidée"))?.attributionLevel).toBe("anonymous_described");
    expect(claims.find((c) => c.quote.includes("évoquait une fermeture en 2027"))?.claimant).not.toBe("Hugo Lassalle");
    expect(claims.some((c) => c.quote.includes("Et les patientes"))).toBe(false);
  });

  it("gives a marked interview's answers to the guest its standfirst introduces, not to a name met later", () => {
    const text = [
      "Sécheresse : « Les nappes ne se rechargeront pas avant l'hiver »",
      "Propos recueillis par Antoine Dussaulx",
      "ENTRETIEN. L'hydrologue Claire Vasseur-Ombret, directrice de recherche à l'Institut des eaux, explique pourquoi.",
      "La Fédération des éleveurs du Centre-Ouest juge les restrictions excessives.",
      "Les pluies de la semaine dernière ont-elles changé quelque chose ?",
      "Très peu. Il est tombé entre 15 et 25 millimètres sur la moitié nord du pays.",
      "Et d'ici à l'automne ?",
      "Les nappes ne se rechargeront pas avant l'hiver, au mieux.",
    ].join("\n\n");
    const claims = claimsOf(text, "fr");
    expect(claims.find((c) => c.quote.includes("15 et 25 millimètres"))?.claimant).toBe("Claire Vasseur-Ombret");
  });

  it("reads questions after 'He spoke to the Sentinel…' as an interview of the person that paragraph names by surname", () => {
    const text = [
      "Hiker found alive after three nights on the ridge",
      "“The weather was against us from the first hour,” said Callum Fraser, who leads the mountain rescue team. Rosa Kellaway, her sister, thanked the volunteers.",
      "Fraser, 52, has led the volunteer team for 11 years. He spoke to the Sentinel on Friday afternoon.",
      "How was she found?",
      "The helicopter crew picked up movement on the thermal camera.",
      "Why did it take three days?",
      "The cloud never lifted above 600 metres until Friday morning.",
    ].join("\n\n");
    const claims = claimsOf(text, "en");
    expect(claims.find((c) => c.quote.includes("thermal camera"))?.claimant).toBe("Callum Fraser");
    expect(claims.find((c) => c.quote.includes("600 metres"))?.claimant).toBe("Callum Fraser");
  });

  it("does not read an article's questions as an interview when the page is not marked as one", () => {
    const text = [
      "Bus fares: what changes in April",
      "Why are fares rising?",
      "The operator says fuel costs rose by 18% last year.",
      "Who pays the most?",
      "Weekly pass holders, whose fares rise by 9%.",
    ].join("\n\n");
    expect(claimsOf(text, "en").find((c) => c.quote.startsWith("Weekly pass holders"))?.claimant ?? null).toBeNull();
  });

  it("reads a transcript's speaker in capitals as a person on the record, not an acronym", () => {
    const text = "Library board votes to close branches\n\nThe board voted 5-2 on Tuesday.\n\nGWEN HALLORAN: The state grant we got in 2021 was for rural access.\n";
    const c = extractClaims({ text, language: "en" }).claims.find((x) => x.quote.includes("state grant"))!;
    expect([c.claimant, c.attributionLevel]).toEqual(["GWEN HALLORAN", "named_on_record"]);
  });

  it("leaves a bulleted list without questions alone", () => {
    const text = ["Closures announced", "The council listed the closures on Monday.", "- 12 schools in the north district", "- 3 libraries in the centre"].join("\n\n");
    const claims = claimsOf(text, "en");
    expect(claims.find((c) => c.quote.includes("12 schools"))?.cue ?? null).toBeNull();
  });

  it("reads a page as an interview from its kicker or title (\"THE DISPATCH INTERVIEW\", \"Q&A:\") and gives the answers to its guest", () => {
    const text = [
      "Q&A: Tevrana’s energy minister on blackouts and the grid",
      "THE DISPATCH INTERVIEW",
      "Carmen Ilori-Waite, a former utility engineer who became energy minister in June, spoke to The Dispatch on Thursday.",
      "Will there be blackouts this winter?",
      "No. We have added 1,400 megawatts of capacity since June.",
      "Who is responsible for last winter?",
      "Previous governments underinvested for 15 years.",
    ].join("\n\n");
    const claims = claimsOf(text, "en");
    for (const q of ["We have added 1,400 megawatts", "Previous governments underinvested"]) expect(claims.find((c) => c.quote.includes(q))).toMatchObject({ claimant: "Carmen Ilori-Waite", attributionLevel: "named_on_record" });
    expect(claims.some((c) => c.quote.includes("blackouts this winter"))).toBe(false);
  });
  it("reads a paragraph set between the answers that reports others' words with no \"I\" or \"we\" as the outlet's, not the guest's", () => {
    const text = [
      "Q&A: A rancher on wolves and a summer of losses",
      "Odalys Pettigrew-Marsh, 58, has lost 46 ewes since April. She spoke with the Dispatch on Thursday.",
      "What about compensation?",
      "They only pay for confirmed kills. Of my 46, the wildlife people confirmed 19.",
      "Park managers see it differently. In a statement to the Dispatch, the park authority said it had revoked two grazing permits this year.",
      "Do you leave carcasses out?",
      "No. We burn every carcass within a day.",
    ].join("\n\n");
    const claims = claimsOf(text, "en");
    expect(claims.find((c) => c.quote.includes("revoked two grazing permits"))).toMatchObject({ claimant: "the park authority", attributionLevel: "official_statement" });
    expect(claims.find((c) => c.quote.includes("confirmed 19"))?.claimant).toBe("Odalys Pettigrew-Marsh");
  });

  it("keeps a second answer paragraph after a statement put to the guest as the guest's, whatever it cites", () => {
    const text = [
      "Urgences : « Je ne vais pas tout promettre », dit la ministre de la Santé",
      "Grand entretien",
      "Nommée en septembre, la ministre de la Santé, Nadia Ferhat-Lunel, a reçu La Voix d’Estaval lundi.",
      "Pourquoi ne pas rouvrir la maternité ?",
      "Parce que je ne peux pas promettre de pédiatre aux habitants.",
      "Vous affirmez que le budget des hôpitaux augmente. Les soignants, eux, disent ne pas le voir.",
      "L’enveloppe progresse de 3,4 % cette année. Et selon le dernier rapport de l’Observatoire, le nombre de lits fermés a baissé de 12 %.",
      "Le syndicat dit le contraire. Vous contestez ?",
      "Oui.",
    ].join("\n\n");
    expect(claimsOf(text, "fr").find((c) => c.quote.includes("3,4 %"))?.claimant).toBe("Nadia Ferhat-Lunel");
  });
  it("reads a transcript's lines under the programme's presenter and its reporter (\"Presented by…\", \"Our reporter…\", labels in capitals) as the outlet's, with their own sources", () => {
    const text = [
      "Transcript: ferry fares to rise 40%",
      "Presented by Joanna Pell-Ashworth",
      "JOANNA PELL-ASHWORTH: Fares on the chain ferry will go up from £1.50 to £2.10 in April. Our reporter Dev Halloran-Soyinka took the first crossing this morning.",
      "DEV HALLORAN-SOYINKA: I counted 19 foot passengers on board. The ferry has run here since 1911.",
      "JOANNA PELL-ASHWORTH: What are people telling you?",
      "DEV HALLORAN-SOYINKA: One of the deckhands, who didn’t want to be named, told me the ferry was out of service for 23 days last year.",
      "JOANNA PELL-ASHWORTH: Councillor Ruth Kellaway-Nwosu, why should council tax payers top that up?",
      "RUTH KELLAWAY-NWOSU: The ferry loses money on every crossing.",
    ].join("\n\n");
    const claims = claimsOf(text, "en");
    expect(claims.find((c) => c.quote.includes("since 1911"))).toMatchObject({ claimant: null, attributionLevel: "author_assertion" });
    expect(claims.find((c) => c.quote.includes("out of service"))?.attributionLevel).toBe("anonymous_described");
    expect(claims.find((c) => c.quote.includes("loses money"))?.claimant).toMatch(/RUTH KELLAWAY-NWOSU/);
  });
  it("reads a page as an interview from « Propos recueillis par… » glued after the standfirst, and a statement put to the guest with « vos » after an answer as a question", () => {
    const text = [
      "Sylvie Marcenat-Diop : « J’ai remboursé chaque euro qui posait question »",
      "La chambre régionale des comptes relève que la commune a payé 41 300 euros de frais de représentation. Élue depuis 2020, Sylvie Marcenat-Diop nous a reçus mardi. Propos recueillis par Bastien Ollier-Nganga",
      "Le chiffre est-il exact ?",
      "Il est exact, mais il mélange tout. Sur ces quatre ans, j’ai remboursé 6 200 euros de ma poche.",
      "Le chef de file de l’opposition a écrit sur Facebook que vos frais avaient « triplé » depuis 2020. Il demande votre démission.",
      "Ils ont augmenté parce qu’en 2020 le budget de représentation avait été gelé.",
      "Avez-vous été entendue ?",
      "Ni le parquet ni les gendarmes ne m’ont contactée à ce jour.",
    ].join("\n\n");
    const claims = claimsOf(text, "fr");
    expect(claims.find((c) => c.quote.includes("6 200 euros"))).toMatchObject({ claimant: "Sylvie Marcenat-Diop", attributionLevel: "named_on_record" });
    expect(claims.find((c) => c.quote.includes("avait été gelé"))?.claimant).toBe("Sylvie Marcenat-Diop");
    expect(claims.find((c) => c.quote.includes("triplé"))?.claimant ?? null).not.toBe("Sylvie Marcenat-Diop");
  });
  it("gives a quoted letter in the first person to the writer the line before introduces with a colon", () => {
    const text = [
      "Cantine : « Mon fils revient affamé »",
      "Chaque jeudi, la rubrique part d’une lettre de lecteur. Cette semaine, celle de Nathalie B., mère de deux enfants scolarisés à l’école des Tilleuls :",
      "« Depuis la rentrée de janvier, mon fils de 8 ans revient affamé trois soirs par semaine. Nous payons 4,10 euros le repas. Est-ce normal ? »",
      "Nous avons interrogé la mairie.",
    ].join("\n\n");
    const claims = claimsOf(text, "fr");
    expect(claims.find((c) => c.quote.includes("4,10 euros"))).toMatchObject({ claimant: "Nathalie B.", attributionLevel: "named_on_record" });
    expect(claims.find((c) => c.quote.includes("Nous avons interrogé"))?.claimant ?? null).toBeNull();
  });
  it("reads a bulletin's reporter credited « Reportage : » as the outlet, and a speaker in capitals with an age as a person on the record", () => {
    const text = [
      "Combelasse : la poste fermera le 30 avril",
      "Présentation : Ninon Escalier-Baptiste · Reportage : Yanis Ferrandou-Mbaye",
      "YANIS FERRANDOU-MBAYE : Le bureau le plus proche est à Pradèze, à 23 kilomètres.",
      "LUCIENNE, 84 ans, habitante de Combelasse : Le car pour Pradèze passe deux fois par jour.",
    ].join("\n\n");
    const claims = claimsOf(text, "fr");
    expect(claims.find((c) => c.quote.includes("23 kilomètres"))).toMatchObject({ claimant: null, attributionLevel: "author_assertion" });
    expect(claims.find((c) => c.quote.includes("deux fois par jour"))).toMatchObject({ claimant: "LUCIENNE, 84 ans, habitante de Combelasse", attributionLevel: "named_on_record" });
  });
  it("reads a transcript's first speaker, who opens with a greeting, and their surname label later, as the outlet; a noun in capitals as an unnamed person; \"it\" after a body", () => {
    const text = [
      "Transcript: Why are patients waiting 12 hours in A&E?",
      "JUDITH ANWAR-PEEL: Good morning. The board’s target is for 95 per cent of patients to be seen within four hours. Our health reporter Dev Mallory-Asante spent Tuesday night there.",
      "DEV MALLORY-ASANTE: At half past eleven I counted 52 people in the waiting area.",
      "MALLORY-ASANTE: A nurse agreed to speak to us if we didn’t use her name.",
      "NURSE (VOICED BY AN ACTOR): We have 34 cubicles, and on a normal shift we’ve got 70 patients in the department.",
      "ANWAR-PEEL: The Caddersby and Vale Health Board declined our request for an interview. In a statement, it said the department had seen a 14 per cent rise in attendances since 2023.",
    ].join("\n\n");
    const claims = claimsOf(text, "en");
    expect(claims.find((c) => c.quote.includes("95 per cent"))).toMatchObject({ claimant: null, attributionLevel: "author_assertion" });
    expect(claims.find((c) => c.quote.includes("34 cubicles"))?.attributionLevel).toBe("anonymous_described");
    expect(claims.find((c) => c.quote.includes("14 per cent rise"))).toMatchObject({ claimant: "The Caddersby and Vale Health Board", attributionLevel: "official_statement" });
    expect(claims.find((c) => c.quote.includes("agreed to speak"))?.claimant ?? null).toBeNull();
    expect(claims.find((c) => c.quote.includes("declined our request"))?.checkworthiness ?? 0).toBeLessThan(0.5);
  });
  it("gives a right of reply signed with a role in lower case to its signer, paragraphs speaking to the paper included, up to the heading above", () => {
    const text = [
      "Plagiat de thèses : la réponse de l’université",
      "En application de la loi sur la presse, nous publions ci-dessous la réponse de la présidente de l’université, Catherine Vaudrimont-Sall.",
      "La réponse de la présidente",
      "Votre article affirme que l’université a « étouffé » l’affaire. Dès le signalement reçu en novembre 2024, j’ai saisi la commission d’intégrité scientifique.",
      "Vous écrivez que M. Delorme-Assani a été nommé vice-président après la remise du rapport. Il l’a été en septembre 2023.",
      "La section disciplinaire de l’université a été saisie le 3 mars 2025.",
      "Catherine Vaudrimont-Sall, présidente de l’université de Bellorgue",
      "Note de la rédaction",
      "Le rapport a été remis le 14 février 2025.",
    ].join("\n\n");
    const claims = claimsOf(text, "fr");
    for (const q of ["Il l’a été en septembre 2023", "saisie le 3 mars 2025"]) expect(claims.find((c) => c.quote.includes(q))).toMatchObject({ claimant: "Catherine Vaudrimont-Sall", attributionLevel: "named_on_record" });
    expect(claims.find((c) => c.quote.includes("remis le 14 février"))?.claimant ?? null).toBeNull();
  });
  it("reads a transcript's speaker whose full name in capitals reads as a person's as on the record, a body's name in capitals not", () => {
    const claims = claimsOf("Titre\n\nMARYSE DELORME-CISSÉ : On mettait chacun 2 euros par semaine dans une boîte en fer.\n\nCONSEIL RÉGIONAL : La subvention est de 2 millions.", "fr");
    expect(claims.find((c) => c.quote.includes("2 euros"))?.attributionLevel).toBe("named_on_record");
    expect(claims.find((c) => c.quote.includes("subvention"))?.attributionLevel).not.toBe("named_on_record");
  });
  it("reads the reporter the presenter hands over to (« Jérôme Astruc-Mbaye, vous étiez à Lauzerac ce matin ») as the outlet", () => {
    const text = [
      "Gros lot à Lauzerac",
      "NADÈGE FERRANDOU-BAH : Bonjour à tous. Les cinq employés du tabac-presse ont retiré hier leur chèque. Jérôme Astruc-Mbaye, vous étiez à Lauzerac ce matin.",
      "JÉRÔME ASTRUC-MBAYE : Oui, et devant le Foirail, j’ai compté une quarantaine de personnes. Le rideau est resté baissé depuis le tirage du samedi 14 mars.",
      "MARYSE DELORME-CISSÉ : On mettait chacun 2 euros par semaine dans une boîte en fer.",
    ].join("\n\n");
    const claims = claimsOf(text, "fr");
    expect(claims.find((c) => c.quote.includes("rideau est resté baissé"))).toMatchObject({ claimant: null, attributionLevel: "author_assertion" });
    expect(claims.find((c) => c.quote.includes("2 euros"))?.claimant).toBe("MARYSE DELORME-CISSÉ");
  });
  it("takes the one person a marked interview's title names as its interviewee, not the last name before the questions", () => {
    const text = [
      "‘Nobody told the jury’: Oriel Fanshawe-Adu on why she quit the Thornmouth film festival",
      "Interview by Clemency Holt-Abara",
      "Oriel Fanshawe-Adu walked out of the festival jury on 2 October. At the closing ceremony, her seat was taken by the festival’s chair, Gideon Marlowe-Essien.",
      "When did you realise something was wrong?",
      "On the second day. We were given a list of each film’s financiers, and Vantelle+ appeared four times.",
      "Did you speak to the director?",
      "I asked the festival director about it that evening.",
    ].join("\n\n");
    const claims = claimsOf(text, "en");
    expect(claims.find((c) => c.quote.includes("appeared four times"))?.claimant).toBe("Oriel Fanshawe-Adu");
    // (Not a place after its article: « Éoliennes de la Serre-Morlanche : … ».)
    const place = claimsOf(["Éoliennes de la Serre-Morlanche : « Nous avons trouvé trois fois plus d’oiseaux morts »", "Entretien", "Maëlle Tournadre-Nkemba, ornithologue, coordinatrice du suivi, a compté les cadavres pendant huit mois.", "Combien d’oiseaux avez-vous trouvés ?", "Nos bénévoles ont prospecté le pied de chaque éolienne tous les trois jours.", "Et l’exploitant ?", "Il passait toutes les deux semaines."].join("\n\n"), "fr");
    expect(place.find((c) => c.quote.includes("tous les trois jours"))?.claimant).toBe("Maëlle Tournadre-Nkemba");
  });
  it("takes as a marked interview's subject the person the standfirst opens on and names again, not the last name before the questions", () => {
    const text = [
      "‘We are not a warehouse’: Ravensholt’s director on the shields row",
      "Interview by Rosalind Achterberg-Nkemelu",
      "Harriet Okwuosa-Pym has run the Ravensholt Museum of World Cultures since 2021. Last month its trustees agreed to return nine of the 16 shields to the Sennet Islands.",
      "Harriet Okwuosa-Pym in the museum’s stores.",
      "The Sennet Islands Heritage Council said in a statement that all 16 shields were taken under duress.",
      "Why nine and not 16?",
      "For nine of them we have no purchase record at all.",
      "Will you meet the council?",
      "We have held six meetings with the Heritage Council.",
    ].join("\n\n");
    const claims = claimsOf(text, "en");
    expect(claims.find((c) => c.quote.includes("no purchase record"))?.claimant).toBe("Harriet Okwuosa-Pym");
  });
  it("reads a transcript's \"NAME, REPORTER:\" and \"NAME, ANCHOR:\" lines, then their surnames, as the outlet's, with their own sources", () => {
    const text = [
      "Transcript: Zebra escapes Brackenholt Zoo",
      "DANA PRUITT, ANCHOR: Good evening. A zebra named Clementine spent nearly three hours on the loose this afternoon.",
      "Our Marcus Feld-Adeyemi is at the zoo tonight. Marcus?",
      "MARCUS FELD-ADEYEMI, REPORTER: Dana, a few hours ago I watched three keepers walk Clementine back through the service gate. Zoo officials say she got out through a maintenance gate that was left unlatched.",
      "INGRID SALCEDO-WHITLOCK, DIRECTOR, BRACKENHOLT ZOO: We found her hoofprints in the parking lot within ten minutes.",
      "FELD-ADEYEMI: Brackenholt police say they closed two lanes of the expressway for about 40 minutes.",
      "PRUITT: Thanks, Marcus. Clementine came to Brackenholt in 2022 from a breeding program.",
    ].join("\n\n");
    const claims = claimsOf(text, "en");
    expect(claims.find((c) => c.quote.includes("maintenance gate"))?.claimant).toBe("Zoo officials");
    expect(claims.find((c) => c.quote.includes("closed two lanes"))?.claimant).toBe("Brackenholt police");
    expect(claims.find((c) => c.quote.includes("came to Brackenholt in 2022"))).toMatchObject({ claimant: null, attributionLevel: "author_assertion" });
  });
  it("takes as a marked interview's subject the person the page says \"sat down with us\"", () => {
    const text = [
      "Why the Corrigan Hall sounds wrong, and how to fix it",
      "Interview by Dana Whitfield",
      "The Corrigan Hall opened in September. Afterwards, Dr Helvi Ansel-Okoro, who leads the Quayle & Marrin team, sat down with us in the empty stalls.",
      "What is wrong with the hall?",
      "The stage has almost no early reflections from above.",
      "Can it be fixed?",
      "The hall will have to close for at least ten weeks.",
    ].join("\n\n");
    expect(claimsOf(text, "en").find((c) => c.quote.includes("early reflections"))?.claimant).toBe("Dr Helvi Ansel-Okoro");
  });
  it("reads the first speaker who greets the guest by name (« Anselme Vidrequin-Diallo, bonjour. ») as the presenter, whose own sources stay theirs", () => {
    const text = [
      "Subvention supprimée",
      "Agathe Roumier-Sissoko : Anselme Vidrequin-Diallo, bonjour. Combien d’emplois sont menacés ?",
      "Anselme Vidrequin-Diallo : Les 34 musiciens et six administratifs. On peut tenir jusqu’à décembre.",
      "Agathe Roumier-Sissoko : Le Département finançait l’orchestre depuis sa création, en 1987. Selon le rapport budgétaire voté en avril, l’enveloppe de la culture passe de 4,1 millions à 3,36 millions d’euros.",
      "Anselme Vidrequin-Diallo : Mais nous jouons dans onze communes du département !",
    ].join("\n\n");
    const claims = claimsOf(text, "fr");
    expect(claims.find((c) => c.quote.includes("depuis sa création"))).toMatchObject({ claimant: null, attributionLevel: "author_assertion" });
    expect(claims.find((c) => c.quote.includes("3,36 millions"))?.attributionLevel).toBe("document");
    expect(claims.find((c) => c.quote.includes("34 musiciens"))?.claimant).toBe("Anselme Vidrequin-Diallo");
  });
  it("reads the reporter the presenter sends the listener to (« où se trouve X ») as the outlet, the scene before them as witnessed, and a second guest's label as theirs", () => {
    const text = [
      "Grève du tram",
      "Bastien Lhermitte : Il est 7h45. Avant de retrouver notre invitée, direction le dépôt de la Graulière, où se trouve Chloé Vasquez-N’Diaye. Chloé, qu’est-ce que vous voyez ?",
      "Chloé Vasquez-N’Diaye : Bonjour Bastien. Devant moi, une trentaine de conducteurs en gilet orange bloquent l’entrée du dépôt depuis 5 heures. Tout à l’heure, j’ai vu deux agents de maîtrise tenter de sortir une rame.",
      "Bastien Lhermitte : Merci Chloé. Nadège Roussel-Amara, bonjour. Pourquoi cette grève ?",
      "Nadège Roussel-Amara : Parce que depuis le nouveau planning de mars, un conducteur peut enchaîner deux services le même jour. On a eu onze arrêts maladie pour épuisement en deux mois.",
    ].join("\n\n");
    const claims = claimsOf(text, "fr");
    expect(claims.find((c) => c.quote.includes("une trentaine de conducteurs"))?.attributionLevel).toBe("witnessed");
    expect(claims.find((c) => c.quote.includes("deux agents de maîtrise"))?.attributionLevel).toBe("witnessed");
    expect(claims.find((c) => c.quote.includes("onze arrêts maladie"))).toMatchObject({ claimant: "Nadège Roussel-Amara", attributionLevel: "named_on_record" });
    const en = claimsOf("The gritting row\n\nNADIA QUIST-HARLOW: Good morning. Let’s go straight to our reporter Joe Fenwick-Addo, who is on Kelderby Hill.\n\nJOE FENWICK-ADDO: In front of me, three cars have slid into the verge since seven.", "en");
    expect(en.find((c) => c.quote.includes("three cars"))?.attributionLevel).toBe("witnessed");
  });
  it("reads a transcript presenter's turn after a guest's answer, labelled in capitals and going on with no label, as the outlet's, not the guest's", () => {
    const text = [
      "Transcript: the gritting row",
      "NADIA QUIST-HARLOW: It’s ten past eight. With me now is Councillor Graham Ostley-Bamford. What’s gone wrong?",
      "GRAHAM OSTLEY-BAMFORD: Nobody is pretending this has been good enough.",
      "NADIA QUIST-HARLOW: Verrick Highways told us in a statement that it had deployed every available vehicle.",
      "Some of you have been in touch. Priya in Asherton Vale says she couldn’t reach three of her clients yesterday.",
      "Councillor, last word. Are the priority routes clear?",
      "GRAHAM OSTLEY-BAMFORD: They are. I drove up Kelderby Hill myself at half six this morning.",
    ].join("\n\n");
    const claims = claimsOf(text, "en");
    expect(claims.find((c) => c.quote.includes("every available vehicle"))?.claimant).toBe("Verrick Highways");
    expect(claims.find((c) => c.quote.includes("three of her clients"))?.claimant ?? "").not.toMatch(/GRAHAM/);
    expect(claims.find((c) => c.quote.includes("drove up Kelderby Hill"))?.claimant).toBe("GRAHAM OSTLEY-BAMFORD");
  });
});

describe("an interview marked by its credit, with another's words put to the guest (fortieth round)", () => {
  const page = [
    "Livreurs de Trottimiam : « On roule plus pour gagner moins »",
    "Propos recueillis par Louise Verdier-Kamara",
    "Depuis le 5 janvier, Trottimiam rémunère ses livreurs selon un barème « dynamique ». Nadir Coulombe-Essien, 31 ans, livre à vélo depuis 2020 et est porte-parole du Collectif des livreurs autonomes de Lurvignac.",
    "Que reprochez-vous au nouveau barème ?",
    "Il a fait baisser nos revenus. Sur les relevés que le collectif a réunis, la rémunération moyenne par course est passée de 4,10 euros en décembre à 3,05 euros en mars.",
    "Trottimiam affirme pourtant que le revenu horaire moyen de ses livreurs a augmenté de 4 % depuis janvier.",
    "Leur revenu horaire ne compte que le temps où l’on transporte un repas.",
    "Des livreurs continuent pourtant de s’inscrire…",
    "Parce que beaucoup n’ont pas d’autre choix. Plus de la moitié des livreurs sont arrivés à Lurvignac il y a moins de deux ans.",
    "Ce que répond la plateforme",
  ].join("\n\n");
  const claims = claimsOf(page, "fr");
  const at = (words: string) => claims.find((c) => c.quote.includes(words))!;
  it("gives the answers, after a question, a statement put to the guest or a line trailing off, to the person the page introduced before the first question, not to the title's label", () => {
    expectAnsweredBy(claims, ["4,10 euros", "le temps où l’on transporte", "moins de deux ans"], /Coulombe-Essien/);
  });
  it("keeps the statement put to the guest with its own source, and makes no claim of the questions", () => {
    expect(at("revenu horaire moyen")).toMatchObject({ claimant: "Trottimiam", cue: "affirme" });
    expect(claims.some((c) => c.quote.includes("Que reprochez-vous"))).toBe(false);
  });
  it("reads no interview without the mark", () => {
    const plain = claimsOf(page.replace("Propos recueillis par Louise Verdier-Kamara\n\n", ""), "fr");
    expect(plain.find((c) => c.quote.includes("moins de deux ans"))?.claimant ?? "").not.toMatch(/Coulombe-Essien/);
  });
});

describe("an interview after an editor's note, under a reporter's byline (fortieth round)", () => {
  const page = [
    "“I won’t pretend this isn’t serious”: Kestleford’s student chief on the housing crunch",
    "Fenella Markov-Adeyinka, Education Reporter",
    "At the accommodation fair on Monday, a Mercury reporter saw a queue of about 300 students.",
    "Dr Amara Feltham-Osei, pro-vice-chancellor for students since 2023, spoke to the Mercury on Monday. This interview has been edited for length and clarity.",
    "How many students still have nowhere to live?",
    "As of this morning, 640 first-years are without a room.",
    "Sources at the council say the Carver Street hall is already a year behind schedule.",
    "It is six months late, not a year. The delay is down to a steel supplier that went into administration.",
    "Skip advertisementWhat are you doing about it now?",
    "We have block-booked 220 hotel rooms until Christmas.",
  ].join("\n\n");
  const claims = claimsOf(page, "en");
  const at = (words: string) => claims.find((c) => c.quote.includes(words))!;
  it("gives the answers to the guest, not to the byline's reporter, past another's words put to her and a glued ad label", () => {
    expectAnsweredBy(claims, ["640 first-years", "six months late", "220 hotel rooms"], /Feltham-Osei/);
    expect(at("a year behind schedule")).toMatchObject({ cue: "say" });
    expect(claims.some((c) => /Skip advertisement/u.test(c.quote))).toBe(false);
  });
});

describe("a guest's label by surname, an interview announced before an editor's note (fortieth round)", () => {
  it("gives \"HALVORSEN-OBI:\" the speaker \"GRETA HALVORSEN-OBI:\" named first, on the record", () => {
    const claims = claimsOf("Transcript: snow\n\nDARIO FENWICK-ASAMOAH: Good morning. The resort has made snow all week.\n\nGRETA HALVORSEN-OBI: We have made snow on 186 acres this season.\n\nDARIO FENWICK-ASAMOAH: The town says its wells are low.\n\nHALVORSEN-OBI: Without snowmaking, we do not open until January, and 600 seasonal jobs do not happen.", "en");
    expect(claims.find((c) => c.quote.includes("600 seasonal jobs"))).toMatchObject({ attributionLevel: "named_on_record", claimant: "GRETA HALVORSEN-OBI" });
  });
  it("reads the questions after \"She spoke to the Standard on Wednesday. The conversation has been edited for length and clarity.\"", () => {
    const claims = claimsOf("‘They log our breaks’: A union leader on the job cuts\n\nCorvanta will cut 380 of the 900 jobs at its call center by March, the company told staff Monday.\n\nTamsin Rourke-Adebayo, 41, chairs the Quenmoor branch of the Contact Workers Union. She spoke to the Standard on Wednesday. The conversation has been edited for length and clarity.\n\nHow did you find out?\n\nWe got an email at 7:40 on Monday morning, twenty minutes before the first shift.\n\nWhat do you earn?\n\nMost of us make $15.40 an hour.", "en");
    expect(claims.find((c) => c.quote.includes("$15.40"))).toMatchObject({ attributionLevel: "named_on_record", claimant: expect.stringMatching(/Rourke-Adebayo/) });
  });
});

describe("a storm named in an interview's title (fortieth round)", () => {
  it("takes no \"Storm Hollis\" for the guest: the person the page introduced answers", () => {
    const claims = claimsOf("‘Twice the wind knocked the whole team flat’: Hessendale’s rescue leader on a night in Storm Hollis\n\nLate on Saturday, as Storm Hollis brought gusts of more than 90mph to the fells, 23 volunteers brought two walkers down from the fells.\n\nJo Pennock-Adeyemi, leader of Hessendale Mountain Rescue Team, spoke to the Gazette on Sunday. This interview has been edited for length and clarity.\n\nWhen did the call come in?\n\nAt 4.40pm. The walkers had rung the emergency number, and the police passed it to us within ten minutes.\n\nWhy not use the helicopter?\n\nThe coastguard helicopter was stood down because of the wind.", "en");
    expectAnsweredBy(claims, ["within ten minutes", "stood down"], /Pennock-Adeyemi/);
  });
});
