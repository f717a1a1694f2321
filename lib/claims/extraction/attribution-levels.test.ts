// Attribution levels (docs/attribution-levels.md) of sources as news copy describes them, each
// rule checked on sentences written for the purpose, in English and French. Institutions and
// newspapers here are invented, so no word list can know them by name.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims";
import { scoreCheckworthiness } from "./checkworthiness";
import { pastTenseCue } from "./hedging";
import { genderOf } from "./mentions";
import { byCue, en, fr } from "./test-sentences";


describe("who is speaking: an institution, a person, an outlet", () => {
  it("reads an organisation by what its apposition calls it", () => {
    expect(byCue(en("Velora, the regional water utility, said the pipes were replaced in 2019."), "said").attributionLevel).toBe("official_statement");
    expect(byCue(en("Farmwise, the main growers’ lobby in the capital, says 9,000 farms will lose money."), "says").attributionLevel).toBe("official_statement");
    expect(byCue(fr("Velora, la régie des eaux de la métropole, a indiqué que les canalisations avaient été changées."), "a indiqué").attributionLevel).toBe("official_statement");
  });

  it("reads a French body by its capitalised name after a lowercase article, « l'organisme » and a minister's cabinet as institutions", () => {
    const gape = fr("Selon le Guichet d’accès à la petite enfance (GAPE), 1 240 enfants attendent une place. L’organisme précise que l’attente moyenne dépasse 14 mois.");
    expect(byCue(gape, "Selon").attributionLevel).toBe("official_statement");
    expect(byCue(gape, "précise").attributionLevel).toBe("official_statement");
    expect(byCue(fr("Le cabinet de la ministre de la Petite Enfance et des Familles affirme que l’ouverture est prévue à l’hiver."), "affirme").attributionLevel).toBe("official_statement");
    // A title after the article still names a person.
    expect(byCue(fr("« Nous avons eu jusqu’à 34 patients en attente », explique le Dr Nathalie Vanderhaegen."), "explique").attributionLevel).toBe("named_on_record");
  });

  it("reads 'X is understood to' as a hedge with no source, and a paper by its title word (Beacon, Clarion, Echo) as another outlet", () => {
    const box = en("The box is understood to have been loaded at Port Sallis a fortnight ago.")[0]!;
    expect([box.claimant, box.attributionLevel]).toEqual([null, "hedged_unsourced"]);
    expect(byCue(en("Three publishers earned a combined €41 million from loot boxes in 2023, the Sunday Beacon reported."), "reported").attributionLevel).toBe("secondary_report");
    // A court's order, a breach notification, and "the order" taken up later are documents.
    const order = en("A 32-page order by Judge Harriet Lind found the law unconstitutional. The order notes that the bill passed in March.");
    expect(byCue(order, "found").attributionLevel).toBe("document");
    expect(byCue(order, "notes").attributionLevel).toBe("document");
    expect(byCue(en("The files hold names for about 1.3 million employees, according to a breach notification that Corvane filed."), "according to").attributionLevel).toBe("document");
    // Readings and measurements are data: "Readings published by the regulator show…".
    const readings = byCue(en("Readings published by the regulator show no rise in radiation around the plant."), "show");
    expect([readings.claimant, readings.attributionLevel]).toEqual(["Readings published by the regulator", "document"]);
    // (A person is still a person: "Star striker Joe Bell".)
    expect(byCue(en("Star striker Joe Bell said he would stay."), "said").attributionLevel).toBe("named_on_record");
  });

  it("reads French local authorities as institutions, « une autre source » as bare and a paper by « Feuille », with the relative clause about it kept out of the words", () => {
    expect(byCue(fr("Selon la collectivité, la mesure doit permettre d’économiser 38 000 euros par an."), "Selon").attributionLevel).toBe("official_statement");
    expect(byCue(fr("Le surcoût atteint 4,1 millions d’euros, selon la municipalité."), "selon").attributionLevel).toBe("official_statement");
    expect(byCue(fr("L’hôtel de ville dément avoir versé le moindre euro à l’institut."), "dément").attributionLevel).toBe("official_statement");
    expect(byCue(fr("D’après une autre source, le bibliobus pourrait être remisé en 2026."), "D’après").attributionLevel).toBe("anonymous_bare");
    expect(byCue(fr("Ses jours ne sont pas en danger, selon les pompiers."), "selon").attributionLevel).toBe("official_statement");
    expect(byCue(fr("Une quarantaine de navires attendaient au large, a annoncé la capitainerie."), "a annoncé").attributionLevel).toBe("official_statement");
    expect(byCue(en("He remains in custody, the force said."), "said").attributionLevel).toBe("official_statement");
    const paper = byCue(fr("Selon La Feuille du Val-Brême, qui a consulté l’appel d’offres, les deux bornes ont coûté 410’000 francs au canton."), "Selon");
    expect([paper.attributionLevel, paper.quote]).toEqual(["secondary_report", "les deux bornes ont coûté 410’000 francs au canton"]);
  });

  it("reads the source after a French cue when what precedes it ends a coordination (« … et le sommet du col, a précisé la conseillère »)", () => {
    const c = byCue(fr("Les deux bornes sont distantes de 6,4 kilomètres, entre le hameau des Prés-Brûlés et le sommet du col, a précisé la conseillère d’État, Danièle Rochat-Mermoud, devant la presse."), "a précisé");
    expect([c.claimant, c.attributionLevel]).toEqual(["la conseillère d’État, Danièle Rochat-Mermoud", "named_on_record"]);
    expect(c.quote).toContain("Les deux bornes sont distantes");
  });

  it("reads a profession before a name (« Pour la biologiste X, de l'IRHOI, … », 'Union chairperson X') as a person on the record", () => {
    const c = byCue(fr("Pour la biologiste Nathalie Técher-Bègue, de l’IRHOI, « les DCP ne créent pas de poissons, ils les concentrent »."), "Pour");
    expect([c.claimant, c.attributionLevel, c.quote]).toEqual(["la biologiste Nathalie Técher-Bègue, de l’IRHOI", "named_on_record", "les DCP ne créent pas de poissons, ils les concentrent"]);
    expect(byCue(en("Union chairperson Themba Nkosi-Mabuza said the pass should close at night."), "said").attributionLevel).toBe("named_on_record");
    // (A company after its trade stays a company: "Bus operator Dolan Valley Coaches".)
    expect(byCue(en("Bus operator Dolan Valley Coaches said three school routes had been rerouted."), "said").attributionLevel).toBe("official_statement");
  });

  it("reads any description before a known first name (« Pour l'imam X, du Centre… », 'For oyster farmer X, …') as that person's view", () => {
    const imam = byCue(fr("Pour l’imam Karim Benhaddou-Laroche, du Centre culturel islamique de la Rive-Est, une interdiction stricte pousse les élèves dehors."), "Pour");
    expect([imam.claimant, imam.attributionLevel, imam.quote]).toEqual(["l’imam Karim Benhaddou-Laroche, du Centre culturel islamique de la Rive-Est", "named_on_record", "une interdiction stricte pousse les élèves dehors"]);
    const farmer = byCue(en("For oyster farmer Jean Balt, the spill has already cost his business $40,000."), "For");
    expect([farmer.claimant, farmer.attributionLevel, farmer.quote]).toEqual(["oyster farmer Jean Balt", "named_on_record", "the spill has already cost his business $40,000"]);
    // A relative and a first name alone: a person too.
    expect(byCue(en("“He was lying on the grass with blood all over his face,” said his mum Joanne, 44."), "said").attributionLevel).toBe("named_on_record");
    expect(byCue(fr("Sa fille Inès a affirmé que le train était parti à 6 h 52 sans elle."), "a affirmé").attributionLevel).toBe("named_on_record");
    // Not a view: a group, a time, or a surname alone, which could be anyone's or anything's.
    for (const s of ["For many residents, the fire was a shock.", "For the first time, the fire reached the town.", "For Halvorsen, the year was a loss."])
      expect(en(s).every((c) => c.cue === null)).toBe(true);
  });

  it("reads « le gestionnaire du réseau » as the grid operator speaking, not as a person named before", () => {
    const text = "Le maire de Saint-Just, Régis Authier, a pris la parole lundi. Près de 90 foyers sont privés d’électricité depuis la chute du poteau, indique le gestionnaire du réseau.";
    const c = byCue(fr(text), "indique");
    expect([c.claimant, c.attributionLevel]).toEqual(["le gestionnaire du réseau", "official_statement"]);
  });

  it("reads who first reported a story as the outlet's own statement, as the seed article does, and what a paper first reported as its report", () => {
    for (const s of ["The distillery closures were first reported by trade magazine Spirit & Cask.", "The Register first reported the donations on Oct. 9."]) {
      const [c] = en(s);
      expect([c!.cue, c!.attributionLevel, c!.quote]).toEqual([null, "author_assertion", s.replace(/\.$/u, "")]);
    }
    expect(byCue(en("The Ledger first reported Sunday that the permit office had not visited the site."), "first reported").attributionLevel).toBe("secondary_report");
  });

  it("reads 'The Hindi daily X' and « l’hebdomadaire X » as another outlet, and 'the weekly report of…' as a document", () => {
    expect(byCue(en("The Hindi daily Dainik Suryavarta reported on Tuesday that RideMitra had raised its commission to 30 per cent."), "reported").attributionLevel).toBe("secondary_report");
    expect(byCue(fr("Selon l’hebdomadaire Le Courrier du Lannévez, 23 plaintes ont été déposées en 2024."), "Selon").attributionLevel).toBe("secondary_report");
    expect(byCue(en("The weekly report of the Joint Border Monitoring Mission counted 1,240 explosions in the past seven days."), "counted").attributionLevel).toBe("document");
  });

  it("reads 'according to that report, a copy of which…' and « les procès-verbaux » as documents", () => {
    const c = byCue(en("But according to that inspection report, a copy of which has been seen by the Gazette, there was “minor seepage” at the foot of the embankment."), "according to");
    expect([c.attributionLevel, c.quote]).toEqual(["document", "there was “minor seepage” at the foot of the embankment"]);
    expect(byCue(fr("Les procès-verbaux de la Municipalité, que Lac-et-Monts Info a pu consulter, montrent pourtant qu’il a pris part à deux votes."), "montrent").attributionLevel).toBe("document");
  });

  it("reads a company's role with the holder's name in apposition as a person ('Nhyira Build’s chief executive, Kofi Asamoah-Darko')", () => {
    expect(byCue(en("Nhyira Build’s chief executive, Kofi Asamoah-Darko, said the former campaign manager had sold all his shares in 2021."), "said").attributionLevel).toBe("named_on_record");
  });

  it("reads 'X, a local AM station' as an outlet, and a food maker's short name as the company named in full before", () => {
    expect(byCue(en("Radyo Baybayon, a local AM station, reported that at least 11 families had moved in with relatives."), "reported").attributionLevel).toBe("secondary_report");
    const norbury = en("Norbury Provisions makes frozen meals sold in grocery stores. Norbury says about 180,000 meals were shipped from the affected lots.");
    expect(byCue(norbury, "says").attributionLevel).toBe("official_statement");
  });

  it("reads a Belgian « zone de secours » as a body", () => {
    expect(byCue(fr("Au total, 640 personnes ont dû quitter leur domicile, a indiqué la zone de secours Ardenne-Noirhée."), "a indiqué").attributionLevel).toBe("official_statement");
  });

  it("reads a text the outlet saw as a document whatever its name, a municipality as a body, and 'rail' before a noun as no verb", () => {
    expect(byCue(en("An internal rostering plan seen by Craol News shows 14 driver shifts on the line were left unfilled on Monday."), "shows").attributionLevel).toBe("document");
    expect(byCue(en("The municipality says it is trucking in 120 000 litres of water a day."), "says").attributionLevel).toBe("official_statement");
    const rail = en("The national rail operator had said the new timetable would add 40 weekday services to the line.");
    expect(rail.map((c) => [c.cue, c.claimant, c.attributionLevel])).toEqual([["had said", "The national rail operator", "official_statement"]]);
  });

  it("reads a company by the trade its name ends in, and its short name after the full one", () => {
    expect(byCue(en("Halyard Aerospace said all 24 satellites had separated from the upper stage."), "said").attributionLevel).toBe("official_statement");
    const ship = en("The Coral Estuary is operated by Halvorsen Container Line. Halvorsen said the ship was carrying about 6,100 boxes.");
    expect(byCue(ship, "said").attributionLevel).toBe("official_statement");
  });

  it("reads a one-word brand, a firm named for its trade and a school district as bodies", () => {
    // A capital inside one word is a brand ("MutuAlliance"), not a surname ("McAllister").
    expect(byCue(fr("MutuAlliance confirme qu’un tiers non autorisé a accédé à la base."), "confirme").attributionLevel).toBe("official_statement");
    expect(byCue(en("McAllister said the pipes were replaced in 2019."), "said").attributionLevel).toBe("named_on_record");
    expect(byCue(fr("Hydralys Gestion affirme n’avoir reçu aucune demande écrite."), "affirme").attributionLevel).toBe("official_statement");
    expect(byCue(en("The district said all staff receive crisis-prevention training."), "said").attributionLevel).toBe("official_statement");
    expect(byCue(en("The company's privacy policy says private routes are never shared."), "says").attributionLevel).toBe("document");
    // A text's verb after its words, and what a study establishes.
    expect(byCue(en("Spending on backup power was cut by 18% that year, the report shows."), "shows").attributionLevel).toBe("document");
    expect(byCue(en("Retirees now outnumber active employees by 13 to 10, the valuation shows."), "shows").claimant).toBe("the valuation");
    expect(byCue(fr("Une étude publiée en mars établit que le niveau de la nappe a baissé de 2,4 mètres."), "établit").attributionLevel).toBe("document");
    expect(fr("Le maire établit la liste des invités.").some((c) => c.cue === "établit")).toBe(false);
    // An inquiry's findings; and "found alive" is an event, no cue.
    expect(byCue(en("The inquiry found that the council had ignored warnings."), "found").attributionLevel).toBe("document");
    expect(en("A hiker who went missing on Tuesday has been found alive after three nights in the open.").map((c) => c.cue)).toEqual([null]);
    // Notices, panels and a consensus of forecasts are read, not heard.
    expect(byCue(fr("D’après le panel de distributeurs Consoscan, le prix du beurre a augmenté de 9 % en un an."), "D’après").attributionLevel).toBe("document");
    expect(byCue(en("The average forecast had been 241 million pounds, according to a company-compiled consensus."), "according to").attributionLevel).toBe("document");
  });

  it("reads a finding credited to the outlet the page's furniture names as the outlet's own", () => {
    const page = (body: string) => "Bridge closed\n\nBy Orla Kinsella\n\n" + body + "\n\nOrla Kinsella is Transport Correspondent of The Irish Ledger.\n";
    const own = extractClaims({ text: page("The Irish Ledger found the 19km detour took 47 minutes on Tuesday."), language: "en" }).claims;
    expect(byCue(own, "found").attributionLevel).toBe("witnessed");
    const analysis = extractClaims({ text: page("According to an Irish Ledger analysis of council records, 14 bridges failed inspection."), language: "en" }).claims;
    expect(byCue(analysis, "According to").attributionLevel).toBe("witnessed");
    // Another paper's finding stays a secondary report.
    const other = extractClaims({ text: page("The Western Courier found the detour took 47 minutes on Tuesday."), language: "en" }).claims;
    expect(byCue(other, "found").attributionLevel).toBe("secondary_report");
    // A paper that counted or watched by its title ("The Irish Ledger counted…") is a witness too.
    const counted = extractClaims({ text: page("The Irish Ledger counted 212 payments to a single games publisher over 14 months."), language: "en" }).claims;
    expect([byCue(counted, "counted").attributionLevel, byCue(counted, "counted").quote]).toEqual(["witnessed", "212 payments to a single games publisher over 14 months"]);
  });

  it("reads « de source sûre » and 'well-placed sources' as bare sources, and 'Court documents show' as one document", () => {
    expect(byCue(fr("De source sûre, l’exploitant envisagerait de confier les circuits scolaires à des autocaristes."), "De source sûre").attributionLevel).toBe("anonymous_bare");
    expect(byCue(en("Well-placed sources said the deal was signed on Friday."), "said").attributionLevel).toBe("anonymous_bare");
    expect(en("Court documents show the teenager faces 21 charges.").map((c) => [c.cue, c.attributionLevel])).toEqual([["show", "document"]]);
  });

  it("reads a business by what it is before its name, a name ending on a country and a statement sent by email", () => {
    expect(byCue(en("Bus operator Dolan Valley Coaches said three school routes had been rerouted."), "said").attributionLevel).toBe("official_statement");
    expect(byCue(en("Northern Services Canada said the budget had not been cut."), "said").attributionLevel).toBe("official_statement");
    expect(byCue(en("Northway Stores said in an emailed statement that its costs had risen 11 per cent."), "said").attributionLevel).toBe("official_statement");
    expect(byCue(fr("Vernoux explique, dans un courrier adressé le 6 mars à ses livreurs, que la baisse découle du recul des cotations."), "explique").attributionLevel).toBe("official_statement");
    // (A role before a person's name is no business: "the union leader John Smith".)
    expect(byCue(en("The union leader John Smith said the strike would go on."), "said").attributionLevel).toBe("named_on_record");
  });

  it("keeps a person a person when the apposition names the institution they work for", () => {
    expect(byCue(en("Dana Okafor, the councillor who chairs the environment committee, said the pipes were never checked."), "said").attributionLevel).toBe("named_on_record");
    expect(byCue(fr("Karim Benhaddou, secrétaire général du syndicat des dockers, a déclaré que 450 postes seraient supprimés."), "a déclaré").attributionLevel).toBe("named_on_record");
  });

  it("reads a role with its remit, then the holder's name, as a person", () => {
    expect(byCue(fr("La ministre déléguée au Numérique, Claire Fontanieu-Bras, a annoncé qu’une plateforme ouvrirait jeudi."), "a annoncé").attributionLevel).toBe("named_on_record");
  });

  it("reads a title before a name as a person's", () => {
    const c = byCue(fr("La docteure Hélène Marchetti a déclaré que douze lits avaient fermé depuis septembre."), "a déclaré");
    expect(c.attributionLevel).toBe("named_on_record");
    expect(c.claimant).toContain("Hélène Marchetti");
    expect(byCue(en("Former Senator Ann Ray said the fund had run dry."), "said").attributionLevel).toBe("named_on_record");
  });

  it("reads a newspaper by the words papers take in their names, with their capital", () => {
    expect(byCue(en("The Harbour Gazette reported that the mill would close in May."), "reported").attributionLevel).toBe("secondary_report");
    expect(byCue(fr("L’Hebdo des Quais rapporte que l’armateur envisage de partir."), "rapporte").attributionLevel).toBe("secondary_report");
    expect(byCue(fr("Le Courrier de l’Est affirme que l’hôpital a perdu 40 lits."), "affirme").attributionLevel).toBe("secondary_report");
    // Lower case, « le courrier » is a letter.
    expect(byCue(fr("Selon le courrier envoyé par le syndicat, la direction n’a jamais répondu."), "Selon").attributionLevel).toBe("document");
  });

  it("puts a figure in the mouth of whoever « évoque » it", () => {
    const claims = fr("Selon l’intersyndicale, 85 % des dockers ont cessé le travail, tandis que la direction du port évoque 38 % de grévistes.");
    expect(byCue(claims, "Selon").attributionLevel).toBe("official_statement");
    const management = byCue(claims, "évoque");
    expect(management.claimant).toBe("la direction du port");
    expect(management.attributionLevel).toBe("official_statement");
  });
});

describe("briefings, secretariats, companies named with their country, posts on X", () => {
  it("reads a briefing and a secretariat as the body speaking", () => {
    expect(byCue(fr("Le feu a déjà parcouru 2 150 hectares, selon le dernier point du SDIS."), "selon").attributionLevel).toBe("official_statement");
    expect(byCue(en("The fire has burnt 8,600 hectares, according to the latest update from the fire service."), "according to").attributionLevel).toBe("official_statement");
    expect(byCue(fr("La liste a déposé une plainte auprès de la commission, a confirmé le secrétariat de celle-ci."), "a confirmé").attributionLevel).toBe("official_statement");
  });

  it("reads « a-t-on appris auprès de l'établissement » as the establishment speaking", () => {
    const c = byCue(fr("Les blessés ont été transférés au centre hospitalier, a-t-on appris auprès de l’établissement."), "a-t-on appris");
    expect([c.claimant, c.attributionLevel]).toEqual(["l’établissement", "official_statement"]);
  });

  it("reads a company named with its country as a body, not a general's name", () => {
    const c = byCue(en("General Insurers Australia said 620 claims had been lodged by Wednesday morning."), "said");
    expect(c.attributionLevel).toBe("official_statement");
  });

  it("reads words posted on an account on X as a post", () => {
    expect(byCue(fr("L’ordre d’évacuation est levé à Montbrézac, a annoncé la préfecture sur son compte X."), "a annoncé").attributionLevel).toBe("secondary_report");
    expect(byCue(en("The evacuation order was lifted at 9pm, the police said on their X account."), "said").attributionLevel).toBe("secondary_report");
  });
});

describe("unnamed sources", () => {
  it("keeps sources bare when their adjectives only count or agree", () => {
    expect(byCue(fr("Selon des sources concordantes, une réunion pourrait se tenir vendredi."), "Selon").attributionLevel).toBe("anonymous_bare");
    expect(byCue(en("Multiple sources said the talks had stalled."), "said").attributionLevel).toBe("anonymous_bare");
  });

  it("reads an unnamed official as described, however capitalised the description", () => {
    expect(byCue(en("A senior Council official said six member states were preparing to block the measure."), "said").attributionLevel).toBe("anonymous_described");
    expect(byCue(en("Pentagon officials said the drones were delivered in August."), "said").attributionLevel).toBe("anonymous_described");
  });
});

describe("hearsay", () => {
  it("reads a cue in the conditional as the outlet not vouching for it", () => {
    const c = byCue(fr("Le ministre aurait déclaré que la réforme serait retirée."), "aurait déclaré");
    expect(c.attributionLevel).toBe("hedged_unsourced");
    // Hearsay names no source: nobody is on record as saying it.
    expect(c.claimant).toBeNull();
  });

  it("reads « il se murmure que » and its like as rumour", () => {
    const [claim] = fr("Il se murmure enfin que le directeur pourrait quitter ses fonctions avant l’été.");
    expect(claim?.attributionLevel).toBe("hedged_unsourced");
    expect(en("Rumour has it that the coach will resign after the final.")[0]?.attributionLevel).toBe("hedged_unsourced");
  });
});

describe("the outlet's own witness", () => {
  it("reads a reporter's seeing as witnessed, and other seeing as nothing", () => {
    const c = byCue(fr("Mardi matin, une journaliste du Courrier de l’Est a vu une vingtaine de patients sur des brancards."), "a vu");
    expect(c.attributionLevel).toBe("witnessed");
    expect(c.claimant).toBe("une journaliste du Courrier de l’Est");
    expect(fr("Le projet a vu le jour en 2019 dans un hangar du port.").some((x) => x.cue === "a vu")).toBe(false);
  });

  it("reads what was there at the outlet's visit (« lors de notre passage », 'during our visit') as witnessed", () => {
    const puits = fr("Dans la commune d’Aït Bouzgour, le puits de la famille Amzil était à sec lors de notre passage, mardi.");
    expect(puits.map((c) => [c.claimant, c.attributionLevel])).toEqual([["notre passage", "witnessed"]]);
    expect(en("During our visit on Tuesday, six patients were waiting on trolleys in the corridor.")[0]!.attributionLevel).toBe("witnessed");
    // Not inside someone's words.
    expect(fr("« Lors de notre passage, tout était fermé », raconte Marie Dupont.")[0]!.attributionLevel).toBe("named_on_record");
  });

  it("reads a broadcaster's crew, and 'she' after the outlet's named correspondent, seeing or counting as witnessed", () => {
    expect(byCue(en("A Sunridge 8 crew counted 138 trucks passing the corner of Route 40 in one hour."), "counted").attributionLevel).toBe("witnessed");
    expect(byCue(en("On Tuesday afternoon, a KVRN 8 crew saw workers in protective suits on the roof."), "saw").attributionLevel).toBe("witnessed");
    // A repair crew is no reporter.
    expect(en("A repair crew counted 12 broken poles on Route 9.").every((c) => c.cue === null)).toBe(true);
    const kells = byCue(en("Our correspondent Dana Kells reached Kanal Street on Monday. She saw water reaching the first-floor windows of houses."), "saw");
    expect([kells.claimant, kells.attributionLevel]).toEqual(["Our correspondent Dana Kells", "witnessed"]);
    // A second verb joined to the reporter's first; anyone else's counting stays the outlet's sentence.
    const train = byCue(en("A Courier reporter travelled on the 7.40am service this morning and counted 96 passengers standing in its three carriages."), "counted");
    expect([train.claimant, train.attributionLevel]).toEqual(["A Courier reporter", "witnessed"]);
    expect(byCue(fr("Notre journaliste s’est rendu sur place mardi et a compté 63 voyageurs pour le car de 7 h 10."), "a compté").attributionLevel).toBe("witnessed");
    expect(en("The engineer walked along the line and counted 12 broken poles.").every((c) => c.cue === null)).toBe(true);
    // A reporter with a long relative clause before the verb; a reporter's closing "saw" over a
    // scene that quotes a chant.
    expect(byCue(en("A Ledger reporter who reached the edge of the slide by all-terrain vehicle on Monday saw water still running through the debris."), "saw").attributionLevel).toBe("witnessed");
    expect(en("A Sentinel reporter outside the emergency entrance on Wednesday saw three ambulances turn around within an hour.")[0]!.attributionLevel).toBe("witnessed");
    const sitIn = byCue(en("About 200 students staged a sit-in outside the admissions building, chanting “degrees, not deals”, a Meridian Wire reporter saw."), "saw");
    expect([sitIn.attributionLevel, sitIn.quote.startsWith("About 200 students")]).toEqual(["witnessed", true]);
    // Live from the scene: "…, where she counted…", "…, she says" — the outlet's reporter reporting.
    const live = en("Our business correspondent Priyanka Holloway-Mensah is at Fennick’s branch on Castle Street, where she counted about 40 people queuing outside. Staff were handing out printed balance slips, she says.");
    expect(live.map((c) => [c.cue, c.attributionLevel])).toEqual([["counted", "witnessed"], ["says", "witnessed"]]);
    const camions = byCue(fr("Notre journaliste Paul Arnaud s’est rendu devant l’usine mardi. Entre 7 heures et 9 heures, il a vu quatre camions quitter le site."), "a vu");
    expect([camions.claimant, camions.attributionLevel]).toEqual(["Notre journaliste Paul Arnaud", "witnessed"]);
  });

  it("reads the page's own outlet, named in its furniture, seeing or counting as witnessed", () => {
    const page = (body: string, outlet: string, lang: "en" | "fr") => extractClaims({ text: `Headline\n\n${body}\n\n© ${outlet} 2025`, language: lang }).claims;
    const saw = byCue(page("APB News saw police turning back cars at a roadblock on Tuesday afternoon.", "APB News", "en"), "saw");
    expect([saw.claimant, saw.attributionLevel]).toEqual(["APB News", "witnessed"]);
    const crew = byCue(page("At the meeting, a WRDX 12 News crew saw about 40 residents holding signs.", "WRDX 12 News", "en"), "saw");
    expect([crew.claimant, crew.attributionLevel]).toEqual(["a WRDX 12 News crew", "witnessed"]);
    const counted = byCue(page("Lundi vers 21 h, Le Nordet a compté neuf personnes dans la salle d’attente.", "Le Nordet", "fr"), "a compté");
    expect([counted.claimant, counted.attributionLevel]).toEqual(["Le Nordet", "witnessed"]);
    // A brand's one-word name.
    expect(byCue(page("IslaWire saw at least six houses on the seaward side of the village on Friday.", "IslaWire", "en"), "saw").attributionLevel).toBe("witnessed");
    // What it could see from where it stood.
    const sheen = byCue(page("From the Port Aronui wharf on Monday afternoon, the Chronicle could see a rainbow sheen stretching along the shore.", "Aronui Chronicle", "en"), "could see");
    expect([sheen.attributionLevel, sheen.hedged]).toEqual(["witnessed", false]);
    // Its visit as the scene of what the main clause states; its travelling before it counted.
    const banner = page("When the Blaze visited the ground this morning, a hand-painted “Respect the ref” banner had been torn from the fence.", "Haverleigh Blaze", "en");
    expect(banner.map((c) => [c.claimant, c.attributionLevel])).toEqual([["the Blaze", "witnessed"]]);
    const train = byCue(page("Craol News travelled on the 7.40am service from Carrigmore this morning and counted 96 passengers standing in its three carriages.", "Craol News", "en"), "counted");
    expect([train.claimant, train.attributionLevel]).toEqual(["Craol News", "witnessed"]);
    const acronym = byCue(page("Lundi vers 18 h, MPR a compté 63 personnes attendant la ligne 7.", "MPR", "fr"), "a compté");
    expect([acronym.claimant, acronym.attributionLevel]).toEqual(["MPR", "witnessed"]);
    // (A town the furniture names has inhabitants, it does not count them; nor is a street the
    // subject of the verb after it.)
    const town = page("Brévanne compte 48 000 habitants.", "Brévanne", "fr");
    expect(town.map((c) => [c.cue, c.attributionLevel])).toEqual([[null, "author_assertion"]]);
  });
});

describe("documents and releases", () => {
  it("reads 'according to a report published … by …' as the report speaking", () => {
    const c = byCue(en("Lead was found in one home in eight, according to a report published on Tuesday by the Northern Water Board."), "according to");
    expect(c.attributionLevel).toBe("document");
    expect(c.claimant).toBe("a report published on Tuesday by the Northern Water Board");
    expect(c.quote).toBe("Lead was found in one home in eight");
  });

  it("does not read a release still to come as a cue", () => {
    expect(en("The board will publish street-by-street results on its website next week.").some((x) => x.cue !== null)).toBe(false);
  });
});

describe("a description with the person's name apposed", () => {
  it("is on the record, with a title such as \"Hon.\" and whatever a relative clause after the name says", () => {
    expect(byCue(en("A member of the committee, Hon. Chidi Okorafor-Bassey, told The Morning Bugle the panel would summon the commissioner."), "told").attributionLevel).toBe("named_on_record");
    expect(byCue(en("A trader, Mrs Ronke Alabi-Ogundipe, whose son has been held at the centre since 2021, said the prosecution is never ready."), "said").attributionLevel).toBe("named_on_record");
    expect(byCue(en("Her lawyer, Tamsin Greer of Corvallen Legal Aid, said the hearing is set for June."), "said").attributionLevel).toBe("named_on_record");
    expect(byCue(en("A trader, who asked not to be named, said the prosecution is never ready."), "said").attributionLevel).toBe("anonymous_described");
  });
});

describe("what was written in a ruling or a letter", () => {
  it("reads a body's name before a document's noun as the document (\"Department of Health figures published last month show…\")", () => {
    expect(byCue(en("Department of Health figures published last month show that 27% of patients aged 75 and over waited more than 24 hours."), "show").attributionLevel).toBe("document");
    expect(byCue(en("Flight records seen by the Ledger show that a government aircraft landed in Qaret that afternoon."), "show").attributionLevel).toBe("document");
    expect(byCue(en("Department of Health officials said 27% of patients waited more than 24 hours."), "said").attributionLevel).not.toBe("document");
  });

  it("reads what a judge or an official wrote in a decision, an order or a letter as the document's", () => {
    expect(byCue(en("In a 64-page decision released Wednesday, Justice Helen Ostrowski-Baird of the Superior Court wrote that the ministry had treated consultation as “a box to be ticked”."), "wrote").attributionLevel).toBe("document");
    expect(byCue(en("In a letter dated 14 March 2023, municipal manager Nomsa Gcabashe wrote that cracks on the bridge had “widened visibly” since 2021."), "wrote").attributionLevel).toBe("document");
    expect(byCue(fr("Dans une lettre datée du 14 mars, le maire, Paul Girard, écrit que les fissures se sont élargies."), "écrit").attributionLevel).toBe("document");
    // (Written elsewhere, it stays the writer's: "Smith wrote on Facebook that…".)
    expect(byCue(en("Councillor Ann Smith wrote that the cracks had widened since 2021."), "wrote").attributionLevel).toBe("named_on_record");
  });
});

describe("pronouns", () => {
  it("takes up the reporter the sentence before described, when no one is named: « …, a constaté notre journaliste. …, a-t-elle noté »", () => {
    const claims = fr("Mardi, une écume verte couvrait la rive à la plage des Grèves, a constaté notre journaliste. Un peu plus loin, une dizaine de baigneurs ignoraient la rubalise, a-t-elle également noté.");
    const noted = byCue(claims, "a-t-elle également noté");
    expect([noted.claimant, noted.attributionLevel]).toEqual(["notre journaliste", "witnessed"]);
    // (A reporter and a pronoun of the other gender stay apart.)
    const other = fr("Mardi, l’eau couvrait la route, a constaté notre envoyée spéciale. Un peu plus loin, une dizaine de baigneurs ignoraient la rubalise, a-t-il précisé.");
    expect(byCue(other, "a-t-il précisé").claimant).not.toBe("notre envoyée spéciale");
  });

  it("takes « il » after « L’entraîneur, Patrice Lodève » (an elided article, a role, the name) as him, not the woman quoted before", () => {
    const text = "La directrice générale, Sophie Marchal, a confirmé la perte.\n\nL’entraîneur, Patrice Lodève, a reconnu samedi que « l’incertitude pèse sur le vestiaire ». « On a perdu deux titulaires sur blessure en une semaine », a-t-il déploré.";
    expect(byCue(fr(text), "a-t-il déploré").claimant).toBe("L’entraîneur, Patrice Lodève");
  });

  it("reads « Pour l’économiste du sport Clémence Aubrac, maîtresse de conférences…, « … » » as hers: a description with the name after it is no take-up", () => {
    const text = "Le club a perdu à Saint-Rémy samedi soir.\n\nPour l’économiste du sport Clémence Aubrac, maîtresse de conférences à l’université de Vallérieux, « la dépendance aux droits télévisés rend les clubs fragiles ».";
    const pour = byCue(fr(text), "Pour");
    expect([pour.claimant?.startsWith("l’économiste du sport Clémence Aubrac, maîtresse de conférences"), pour.quote]).toEqual([true, "la dépendance aux droits télévisés rend les clubs fragiles"]);
  });

  it("takes 'she' after \"County Commissioner Gloria Haney called…\" as her: a capitalised title naming a body, then a person's name", () => {
    const text = "Dr. Renee Okafor said ozone levels were high.\n\nCounty Commissioner Gloria Haney called the truck traffic \"a slow-motion public health problem.\" She noted that the hub employs about 900 people.";
    expect(byCue(en(text), "noted").claimant).toBe("County Commissioner Gloria Haney");
  });

  it("takes « insiste la conseillère d’État » up as the woman named before it", () => {
    const text = "« La nuit, le trafic fait exploser le bruit », explique Nathalie Perrenoud-Gisler, cheffe du Département. « Ce n’est pas une mesure contre les automobilistes », insiste la conseillère d’État.";
    const insiste = byCue(fr(text), "insiste");
    expect([insiste.claimant, insiste.attributionLevel]).toEqual(["Nathalie Perrenoud-Gisler", "named_on_record"]);
  });

  it("takes 'he said' after an unnamed official's words as that official, not the man named before, unless someone is named since", () => {
    const text = "“We are told to wait,” said Mr Langat, whose farm was cleared.\n\nA veterinary officer involved in the culling, who asked not to be named because he is not authorised to speak to the press, said the delay allowed traders to move birds. “Crates left Kamuyu for the capital on the weekend before the ban,” he said.";
    const crates = en(text).find((c) => c.quote.startsWith("Crates left"))!;
    expect([crates.claimant?.startsWith("A veterinary officer involved in the culling"), crates.attributionLevel]).toEqual([true, "anonymous_described"]);
    const named = "An official, who asked not to be named, said journeys had fallen by a fifth.\n\nWhen we put these figures to Cllr Ann Hollings, she said: “The single fare has gone up 60%.”";
    expect(en(named).at(-1)!.claimant).toBe("Cllr Ann Hollings");
  });

  it("takes 'she said' after \"His sister, Mara Vey, told…\" as her: a relative with the name apposed is a person", () => {
    const text = "Ruth Ansbach, a lawyer, said the review was flawed.\n\nHis sister, Mara Vey, told the Ledger that her brother had been carrying a toy gun. \"The officers had seconds to look, and they didn't,\" she said.";
    expect(en(text).find((c) => c.quote.startsWith("The officers"))!.claimant).toBe("His sister, Mara Vey");
  });

  it("takes up « cette mère de trois enfants » and « l’élue de l’opposition » as the women named before", () => {
    const mere = "Samira El Kaddouri, 34 ans, a reçu en janvier le renon de son propriétaire. « On dort à quatre dans un studio de 28 m² », raconte cette mère de trois enfants.";
    expect(byCue(fr(mere), "raconte").claimant).toBe("Samira El Kaddouri");
    const elue = "La Municipalité chiffre à 62 000 francs les dépassements, tandis que la conseillère communale Véronique Chabloz-Aebi avance « plus de 200 000 francs ». « C’est du copinage, ni plus ni moins », lance l’élue de l’opposition.";
    expect(byCue(fr(elue), "lance").claimant).toBe("Véronique Chabloz-Aebi");
  });

  it("never takes up a name from a photo's credit the page's furniture holds, and reads « l’ancien » as a man", () => {
    const text = "L’ancien maire Marc Dubois a comparu mardi devant le tribunal correctionnel pour des travaux non déclarés.\n\nAudience du jeudi 22 mai au tribunal correctionnel. Photo Jean Béraud / L’Éclaireur\n\nIl a reconnu ne pas pouvoir produire la moindre facture.";
    expect(byCue(fr(text), "a reconnu").claimant).toBe("Marc Dubois");
    expect([genderOf("l’ancien élu"), genderOf("l’ancienne maire"), genderOf("l’institutrice"), genderOf("son entreprise")]).toEqual(["m", "f", "f", null]);
    // (A body's noun after « l’ » shows its gender: « l’association… Elle… ».)
    expect([genderOf("l’entreprise"), genderOf("l’hebdomadaire")]).toEqual(["f", "m"]);
  });

  it("resolves 'which it says' to the organisation speaking", () => {
    const c = byCue(en("Velora, the regional water utility, said the fault lies in old pipes, which it says homeowners must replace."), "says");
    expect(c.claimant).toBe("Velora, the regional water utility");
  });

  it("takes up the institution or the document last quoted with 'the company', « le document »", () => {
    const company = byCue(en("Norvik Components, the maker of brake systems, said the plant would close. The company blamed a fall in orders."), "blamed");
    expect(company.claimant).toContain("Norvik Components");
    const report = byCue(fr("Selon le rapport de la chambre régionale des comptes, le coût a doublé. Le document pointe une sous-estimation des travaux."), "pointe");
    expect(report.claimant).toContain("le rapport");
  });

  it("takes up the person just named with a description opening a sentence, but not an unnamed speaker or a briefing", () => {
    const doctor = byCue(fr("« On va perdre des patients », prévient le Dr Mathieu Dupont, urgentologue. Le médecin rappelle que l’urgence a reçu plus de 4 100 patients en 2024."), "rappelle");
    expect([doctor.claimant, doctor.attributionLevel]).toEqual(["Dr Mathieu Dupont", "named_on_record"]);
    const last = en("Maria Lopez, the chief executive, said the outage was over. A Corvane engineer, who spoke on condition of anonymity, said the upgrade had been rushed. The engineer said concerns had been raised the previous Friday.").at(-1)!;
    expect([last.claimant, last.attributionLevel]).toEqual(["The engineer", "anonymous_described"]);
    const briefing = byCue(fr("Quelque 3 200 habitants sont concernés, a déclaré la préfète, Hélène Darrigade. Le feu a parcouru 2 150 hectares, selon le dernier point du SDIS."), "selon");
    expect(briefing.claimant).toBe("le dernier point du SDIS");
    const coach = byCue(fr("La direction lorgnerait l’attaquant Théo Marsaud. L’entraîneur meyracois, Didier Ansquer, a indiqué que le recrutement n’est pas terminé."), "a indiqué");
    expect(coach.claimant).toContain("Didier Ansquer");
  });

  it("resolves a pronoun to the topic the sentence sets out before it", () => {
    const claims = fr("Karim Benhaddou a déclaré que la grève continuerait. Quant au ministre des Transports, il a affirmé que les stations seraient livrées.");
    expect(byCue(claims, "a affirmé").claimant).toMatch(/^ministre des Transports/);
  });
});

describe("names in apposition and unnamed spokespeople", () => {
  it("gives a role the name set after it with its rank", () => {
    const c = byCue(fr("« Le feu avance de 800 mètres à l’heure », a expliqué le commandant des opérations de secours, le colonel Éric Sarrazin-Moulin."), "a expliqué");
    expect(c.claimant).toBe("le commandant des opérations de secours, le colonel Éric Sarrazin-Moulin");
    expect(c.attributionLevel).toBe("named_on_record");
  });

  it("reads a role followed by a name as the named person", () => {
    expect(byCue(en("The local MP, Gareth Pellow, wrote that the ward had been full since October."), "wrote").attributionLevel).toBe("named_on_record");
    const c = byCue(fr("« Mon client a tout perdu », a plaidé son avocat, Me Louis Darnal, qui a demandé la relaxe."), "a plaidé");
    expect(c.claimant).toBe("son avocat, Me Louis Darnal");
    expect(c.attributionLevel).toBe("named_on_record");
    expect(byCue(fr("La préfète de la Haute-Loue, Sylvie Marchal, a annoncé l’ouverture d’une enquête."), "a annoncé").attributionLevel).toBe("named_on_record");
  });

  it("reads an unnamed spokesperson as the institution, unless they asked not to be named", () => {
    expect(byCue(en("A Norvik spokesperson said the agreement had expired in 2023."), "said").attributionLevel).toBe("official_statement");
    expect(byCue(en("A spokesman for the utility, who declined to be named, said crews were on site."), "said").attributionLevel).toBe("anonymous_described");
  });

  it("reads 'which' after a name as an organisation, and a team as one", () => {
    expect(byCue(en("The Corran Observatory, which operates the telescope, said the instrument had been recalibrated."), "said").attributionLevel).toBe("official_statement");
    expect(byCue(fr("Son équipe, Velo-Ardent, a fait savoir qu’elle écartait le coureur."), "a fait savoir").attributionLevel).toBe("official_statement");
  });

  it("reads an apposition naming a company as the institution speaking", () => {
    expect(byCue(fr("L’organisateur de la course, la société Brenne Événements, a fait savoir qu’il attendrait la décision."), "a fait savoir").attributionLevel).toBe("official_statement");
  });

  it("keeps the head of a source before a participle that describes it", () => {
    expect(byCue(fr("Un enquêteur ayant travaillé sur le dossier, qui a requis l’anonymat, estime que d’autres dirigeants étaient informés."), "estime").attributionLevel).toBe("anonymous_described");
    expect(byCue(en("Two diplomats briefed on the findings said the shells came from the north."), "said").attributionLevel).toBe("anonymous_described");
    expect(byCue(en("The company’s quarterly filing with the Securities Board shows revenue fell 18%."), "shows").attributionLevel).toBe("document");
  });
});

describe("French cues of more than one word", () => {
  it("reads « faire savoir », « faire état de » and « a pu constater »", () => {
    expect(byCue(fr("Le club a fait savoir qu’il ne ferait pas appel."), "a fait savoir").quote).toBe("il ne ferait pas appel");
    const report = byCue(fr("Le dernier rapport de l’agence faisait état de 61 contrôles positifs en 2024."), "faisait état de");
    expect(report.quote).toBe("61 contrôles positifs en 2024");
    expect(report.attributionLevel).toBe("document");
    const seen = byCue(fr("Des poissons morts flottaient encore mercredi à la surface de la rivière, a pu constater notre correspondante."), "a pu constater");
    expect(seen.attributionLevel).toBe("witnessed");
    expect(seen.claimant).toBe("notre correspondante");
    // After a clause and its comma, and « faire valoir que ».
    const office = byCue(fr("Le Préposé cantonal à la protection des données a ouvert une enquête, a fait savoir son office."), "a fait savoir");
    expect([office.quote, office.claimant]).toEqual(["Le Préposé cantonal à la protection des données a ouvert une enquête", "son office"]);
    expect(byCue(fr("Dans une déclaration écrite, le CISSS fait valoir que l’achalandage a augmenté de 12 %."), "fait valoir").quote).toBe("l’achalandage a augmenté de 12 %");
  });

  it("steps over an adverbial phrase of several words between auxiliary and participle, or between an inverted cue and its source", () => {
    expect(byCue(fr("Le ministère a par ailleurs indiqué que 2 300 professeurs ont été recrutés."), "a par ailleurs indiqué").attributionLevel).toBe("official_statement");
    expect(byCue(fr("Le maire a pour sa part estimé que le chantier coûterait 2 millions."), "a pour sa part estimé").quote).toBe("le chantier coûterait 2 millions");
    expect(byCue(fr("« Le feu n’est pas fixé, loin de là », a prévenu en fin d’après-midi le colonel Patrice Lhermitte."), "a prévenu").claimant).toBe("le colonel Patrice Lhermitte");
    expect(byCue(en("The council has for its part said the road will reopen in May."), "has for its part said").quote).toBe("the road will reopen in May");
  });

  it("reads « martèle », and « calcule » and « redoute » right after the words only", () => {
    expect(byCue(fr("« Ce n’est pas acceptable, trois mois après », martèle Marie Dupont."), "martèle").claimant).toBe("Marie Dupont");
    expect(byCue(fr("« Les enfants ont perdu six semaines de classe », calcule la maire, Sandrine Oury."), "calcule").quote).toBe("Les enfants ont perdu six semaines de classe");
    expect(byCue(fr("« Si l’usine ferme, tout le secteur suivra », redoute Nadia Berrahou."), "redoute").claimant).toBe("Nadia Berrahou");
    expect(fr("Le système relève chaque plaque aux deux bornes et calcule la vitesse moyenne.").map((c) => c.attributionLevel)).toEqual(["author_assertion"]);
    // A document's list; "listed" is left out, mostly a participle.
    expect(byCue(en("The same report lists 57 of those trucks as more than 20 years old."), "lists").attributionLevel).toBe("document");
    expect(en("Three of the websites listed in the alert were still online on Wednesday.").map((c) => c.cue)).toEqual([null]);
  });

  it("reads « parler de » a figure or a quotation, and « Au rectorat, on… » as the body speaking", () => {
    const figure = byCue(fr("La compagnie parle de 60 % de grévistes."), "parle de");
    expect([figure.quote, figure.claimant, figure.attributionLevel]).toEqual(["60 % de grévistes", "La compagnie", "official_statement"]);
    expect(fr("Le ministre parle de la réforme avec les syndicats.").map((c) => c.cue)).toEqual([null]);
    const rectorat = byCue(fr("Au rectorat, on reconnaît que le remplacement est tendu."), "reconnaît");
    expect([rectorat.claimant, rectorat.attributionLevel]).toEqual(["le rectorat", "official_statement"]);
    expect(byCue(fr("On affirme que 400 postes seront supprimés."), "affirme").claimant).toBeNull();
    // A canton, a region and a union front speak as bodies.
    expect(byCue(fr("Le canton affirme que le trajet sera rallongé de quelques secondes."), "affirme").attributionLevel).toBe("official_statement");
    expect(byCue(fr("Le front commun syndical affirme que 90 % du personnel est en grève."), "affirme").attributionLevel).toBe("official_statement");
  });

  it("reads 'this correspondent' as the outlet's own witness", () => {
    expect(byCue(en("On Friday this correspondent found 23 children sharing a single verandah."), "found").attributionLevel).toBe("witnessed");
  });

  it("leaves an apposition after an inverted source in the speaker's description, not a claim of its own", () => {
    expect(fr("« À ce prix-là, les jeunes ne s’installeront plus », affirme Lucie Arnaud, éleveuse installée depuis 2022 à Vernay.").map((c) => c.quote)).toEqual(["À ce prix-là, les jeunes ne s’installeront plus"]);
    // (A relative clause may carry a fact of its own.)
    expect(en("“It was secluded 23 times,” said Dana Lee, whose son was secluded 23 times in a single semester.")).toHaveLength(2);
  });

  it("reads a verb form after a determiner and an adjective as a noun", () => {
    const c = byCue(fr("Selon les premières analyses du laboratoire, l’eau contenait quinze fois trop d’ammonium."), "Selon");
    expect(c.attributionLevel).toBe("document");
    expect(c.claimant).toBe("les premières analyses du laboratoire");
  });
});

describe("the outlet's own guesses", () => {
  it("reads a modal of possibility with no source as hedged and unsourced", () => {
    expect(fr("L’entreprise pourrait être poursuivie pour pollution des eaux.")[0]?.attributionLevel).toBe("hedged_unsourced");
    expect(en("The planet may be tidally locked, with one side facing its star.")[0]?.attributionLevel).toBe("hedged_unsourced");
    expect(fr("Plusieurs commerçants auraient par ailleurs perdu un tiers de leur chiffre d’affaires.")[0]?.attributionLevel).toBe("hedged_unsourced");
    // A hypothesis is the outlet's own assertion, and so is the month of May.
    expect(fr("Toute vente d’armes serait une violation des résolutions de l’ONU.")[0]?.attributionLevel).toBe("author_assertion");
    expect(en("The plant closed in May after the strike.")[0]?.attributionLevel).toBe("author_assertion");
  });
});

describe("chains", () => {
  it("keeps the outlet as the source of what it reports, citing someone between commas", () => {
    const fr1 = fr("D’après Le Journal de Brenne, qui cite deux enquêteurs de la brigade financière, une partie des fonds aurait transité par le Luxembourg.");
    expect(fr1).toHaveLength(1);
    expect(fr1[0]!.claimant).toBe("Le Journal de Brenne");
    expect(fr1[0]!.attributionLevel).toBe("secondary_report");
    expect(fr1[0]!.quote).toBe("une partie des fonds aurait transité par le Luxembourg");
    const en1 = byCue(en("The Gazette, citing two officials, reported that the mill would close."), "reported");
    expect(en1.attributionLevel).toBe("secondary_report");
    expect(en1.quote).toBe("the mill would close");
  });
});

describe("subjects with long appositions", () => {
  it("reads a cue after an apposition holding 'that', with a report between the cue and its clause", () => {
    const c = byCue(en("The Lowmoor Development Board, a public agency that funds retraining programs, estimated in a report last year that every factory job supports 1.7 jobs elsewhere."), "estimated");
    expect(c.claimant).toBe("The Lowmoor Development Board, a public agency that funds retraining programs");
    expect(c.quote).toBe("every factory job supports 1.7 jobs elsewhere");
    // (An estimate made in a report is the report's: docs/attribution-levels.md, "the report found".)
    expect(c.attributionLevel).toBe("document");
  });

  it("does not take up an institution of another kind with 'the trust'", () => {
    const c = en("The Lowmoor Development Board said the plant would close. The Gazette reported that two patients had died, although the trust said it could not confirm any deaths.").find((x) => x.quote.includes("confirm any deaths"))!;
    expect(c.claimant).toBe("the trust");
  });
});

describe("French verbs that report speech only after the words", () => {
  it("reads « a lancé », « soupire-t-elle » after a quotation, and not « a lancé les travaux »", () => {
    const claims = fr("« Nous irons jusqu’au bout », a lancé Bruno Kerlan, chef de file de l’opposition. « C’est un gâchis », soupire-t-elle.");
    expect(byCue(claims, "a lancé").claimant).toContain("Bruno Kerlan");
    expect(byCue(claims, "soupire-t-elle").quote).toBe("C’est un gâchis");
    expect(fr("La ville a lancé les travaux du tramway en 2023.").some((c) => c.cue !== null)).toBe(false);
    expect(byCue(fr("Le ministre a concédé que le calendrier était serré."), "a concédé").quote).toBe("le calendrier était serré");
  });
});

describe("hedging in reported speech", () => {
  it("does not read the tense of reported words as a hedge, but keeps modals and hearsay", () => {
    expect(byCue(en("The company said it would close the plant by the end of next year."), "said").hedged).toBe(false);
    expect(byCue(en("The company said it could close the plant by the end of next year."), "said").hedged).toBe(true);
    expect(byCue(fr("Le maire a affirmé que le chantier coûterait 2 millions d’euros."), "a affirmé").hedged).toBe(false);
    // After « selon », the conditional is the press's hedge.
    expect(byCue(fr("Selon Le Journal de Brenne, le chantier coûterait 2 millions d’euros."), "Selon").hedged).toBe(true);
    expect(byCue(en("The hospital is reportedly considering turning its day unit into a ward."), "is reportedly considering").hedged).toBe(true);
  });

  it("does not read odds compared, an estimate as an adjective, a modal of perception or a verb of belief as a hedge", () => {
    expect(byCue(en("Night-shift workers are more likely to develop type 2 diabetes, according to the study."), "according to").hedged).toBe(false);
    expect(byCue(en("Repairs to the 11 schools will cost an estimated £38m, according to the council."), "according to").hedged).toBe(false);
    expect(byCue(en("A crack could be seen running up the pillar, the inspector said."), "said").hedged).toBe(false);
    expect(byCue(en("The repairs could cost £38m, the council said."), "said").hedged).toBe(true);
    expect(byCue(en("“He was opening packs every night. I thought it was just a game,” his mother said."), "said").hedged).toBe(false);
  });

  it("reads a conditional after a reporting verb in the present as the speaker's hedge: only a past tense sets the tense of the words", () => {
    expect(byCue(fr("Le rapport indique que la réserve serait épuisée vers 2031."), "indique").hedged).toBe(true);
    expect(byCue(fr("Le rapport indiquait que la réserve serait épuisée vers 2031."), "indiquait").hedged).toBe(false);
    expect(byCue(en("Moray Lennie says the scheme would pay £1.9 million a year into a fund."), "says").hedged).toBe(true);
    expect(byCue(en("Moray Lennie said the scheme would pay £1.9 million a year into a fund."), "said").hedged).toBe(false);
    expect([pastTenseCue("a-t-elle ajouté", "fr"), pastTenseCue("souligne-t-il", "fr"), pastTenseCue("has said", "en"), pastTenseCue("says", "en")]).toEqual([true, false, true, false]);
  });

  it("does not read a verb of belief as a hedge: only the modal or conditional of the words themselves", () => {
    expect(byCue(en("Police believe she lost the path in low cloud on the descent."), "believe").hedged).toBe(false);
    expect(byCue(en("Jane Rivard believes the project could cost twice that."), "believes").hedged).toBe(true);
    expect(byCue(fr("Le syndicat estime que l’usine fermera en juin."), "estime").hedged).toBe(false);
  });

  it("does not take the month of May for a modal", () => {
    expect(byCue(en("The mayor said the bridge would reopen in May."), "said").hedged).toBe(false);
    expect(byCue(en("The mayor said the bridge may reopen in June."), "said").hedged).toBe(true);
  });
});

describe("organisations, outlets and spokespeople by their names and appositions", () => {
  it("reads company and club names as institutions", () => {
    expect(byCue(en("Brava Air said more than half of its delays were caused by air traffic control."), "said").attributionLevel).toBe("official_statement");
    expect(byCue(en("Kelso Athletic said it had received no offer for the player."), "said").attributionLevel).toBe("official_statement");
    // "it" after a person's name is something else: here, the project.
    expect(byCue(en("Jane Rivard, a nurse, said it will cost twice the estimate."), "said").attributionLevel).toBe("named_on_record");
    expect(byCue(en("Jane Rivard said it will cost twice the estimate."), "said").attributionLevel).toBe("named_on_record");
  });

  it("reads the apposition's head noun: a trade newsletter, a sports daily, a supporters' trust", () => {
    expect(byCue(en("FleetWatch Weekly, the trade newsletter, reported that the airline was leasing three aircraft."), "reported").attributionLevel).toBe("secondary_report");
    expect(byCue(en("Kelso United Fans, the club’s largest supporters’ trust, said the sale would be a betrayal."), "said").attributionLevel).toBe("official_statement");
  });

  it("reads a French title starting with its article, citing others, as a second-hand report", () => {
    expect(byCue(fr("Le Petit Brennois, citant deux enquêteurs, affirme que les voleurs connaissaient les lieux."), "affirme").attributionLevel).toBe("secondary_report");
    expect(byCue(en("The player will leave in June, the Kelso Gazette reported on Wednesday, citing two club officials."), "reported").attributionLevel).toBe("secondary_report");
  });

  it("reads an unnamed French spokesperson of a long-named service as the service", () => {
    const c = byCue(fr("Un porte-parole du Service départemental d’incendie et de secours a assuré que le premier largage avait eu lieu 55 minutes après l’alerte."), "a assuré");
    expect(c.attributionLevel).toBe("official_statement");
    expect(c.claimant).toContain("Service départemental d’incendie et de secours");
  });

  it("reads « nous avons vu » as the outlet's own witness, and a relative « que » inside the subject", () => {
    expect(byCue(fr("Sur la route du col, nous avons vu une dizaine de voitures calcinées."), "avons vu").attributionLevel).toBe("witnessed");
    const c = byCue(fr("Les relevés de la station météo, que nous avons pu consulter, indiquent des rafales de 87 km/h lundi."), "indiquent");
    expect(c.attributionLevel).toBe("document");
    expect(c.claimant).toContain("Les relevés de la station météo");
  });

  it("reads « devrait » and 'should' with no source as the outlet's guess, and a turnout put at a figure", () => {
    expect(fr("Le vent devrait faiblir jeudi, ce qui permettrait de fixer le feu.")[0]?.attributionLevel).toBe("hedged_unsourced");
    expect(byCue(en("The union, which organised the march, put the turnout at 85,000."), "put").attributionLevel).toBe("official_statement");
  });
});

describe("who a later pronoun means", () => {
  it("takes a role with its name from a sentence that attributes nothing", () => {
    const c = byCue(fr("La directrice du musée, Claire Ozanne, ne cache pas sa colère. « Les pièces ne sont pas assurées », a-t-elle déclaré."), "a-t-elle déclaré");
    expect(c.claimant).toBe("La directrice du musée, Claire Ozanne");
  });

  it("skips a speaker of the other gender for the person named since", () => {
    const claims = fr(
      "« Le site est sécurisé », a annoncé la préfète, Hélène Morvan.\n\nMarc Quéré, directeur du zoo, s’exprime ensuite. « Deux loups sont sortis par la brèche », a-t-il insisté. Selon lui, le grillage était abîmé depuis octobre.",
    );
    expect(byCue(claims, "a-t-il insisté").claimant).toBe("Marc Quéré");
    expect(byCue(claims, "Selon").claimant).toBe("Marc Quéré");
    // A pronoun of the same gender still means the last speaker.
    const same = fr("« Le site est sécurisé », a annoncé la préfète, Hélène Morvan.\n\nLa foule se disperse ensuite. « Rien n’a bougé », a-t-elle ajouté.");
    expect(byCue(same, "a-t-elle ajouté").claimant).toContain("Hélène Morvan");
    const english = en("“The site is safe,” said Ms Morvan, the prefect.\n\nTom Reyes, the zoo’s director, then spoke. “Two wolves got out,” he said.");
    expect(byCue(english, "said").claimant).toContain("Morvan");
    expect(english.find((c) => c.quote === "Two wolves got out")?.claimant).toBe("Tom Reyes");
  });

  it("reads a person's gender from their first name or a feminine role when no article or title shows it", () => {
    // « a-t-elle ajouté » after a man spoke: the woman named before him.
    const claims = fr(
      "Nathalie Courchesne, ombudsman des services publics, a reçu les plaintes. « L’outil reproduit ces biais », soutient Mathieu Bérubé, professeur d’éthique. « Mon bureau a reçu 340 plaintes », a-t-elle ajouté.",
    );
    expect(byCue(claims, "a-t-elle ajouté").claimant).toBe("Nathalie Courchesne");
    // A title before the first name is no first name ("Judge" is no man's name here).
    const judge = en("Judge Alison Hartree told Danton: “You exploited the kindness of hundreds of people.” She added that the fraud had “undermined trust in genuine appeals”.");
    expect(byCue(judge, "added").claimant).toBe("Judge Alison Hartree");
    // A feminine role in apposition (« conseillère ») shows it even with an epicene first name.
    const role = fr("« Le tracé est validé », a déclaré Pierre Lagarde. Dominique Rivet, conseillère municipale, conteste. « Rien n’a été voté », a-t-elle lancé.");
    expect(byCue(role, "a-t-elle lancé").claimant).toBe("Dominique Rivet");
  });

  it("takes a pronoun for the person introduced with an age or a description since the last speaker, not for the outlet that saw the scene", () => {
    const text = "Titre\n\nPar la rédaction d’Onde\n\nMardi matin, une quinzaine de personnes faisaient la file devant le bureau, a constaté Onde. Parmi elles, Josée Gendreau, 58 ans, dont les prestations ont été coupées. « J’ai dû emprunter à ma sœur pour payer mon loyer », raconte-t-elle.";
    const c = extractClaims({ text, language: "fr" }).claims.find((x) => x.cue === "raconte-t-elle")!;
    expect([c.claimant, c.attributionLevel]).toEqual(["Josée Gendreau", "named_on_record"]);
  });

  it("takes a definite description of a person (« la retraitée », 'the farmer') for the person named before", () => {
    const c = byCue(fr("Josiane Kerbrat, 71 ans, a tout perdu. « Mon assureur m’a versé 2 300 € d’acompte », raconte la retraitée."), "raconte");
    expect([c.claimant, c.attributionLevel]).toEqual(["Josiane Kerbrat", "named_on_record"]);
    expect(byCue(en("Tom Reyes runs the dairy. “We lose money on every litre,” said the farmer."), "said").claimant).toBe("Tom Reyes");
    // (Professions by their learned endings: « la pédiatre », « le cardiologue », « le géographe ».)
    expect(byCue(fr("Maëlle Kerbrat soigne les enfants de Sarlange depuis 2010. « On pourrait voir des cas dans les collèges », prévient la pédiatre."), "prévient").claimant).toContain("Maëlle Kerbrat");
    expect(byCue(fr("Paul Morel, 58 ans, enseigne à Rennes. « Le quartier a changé », observe le géographe."), "observe").claimant).toBe("Paul Morel");
    // The speaker of the sentence before, not a place inside their description; someone named
    // since, when there is one.
    expect(byCue(fr("Pour Marc Feltgen, président de l’Union des salariés du Grand-Duché (USG), la réforme « punit ceux qui ont commencé tôt ». « Un maçon ne tient pas jusqu’à 65 ans », précise le syndicaliste."), "précise").claimant).toBe("Marc Feltgen");
    expect(byCue(fr("« Le feu a pris vers 3 heures », a indiqué le lieutenant Hervé Massart. C’est un voisin, Karim Benali, 37 ans, qui a donné l’alerte. Réveillé par un bruit, ce chauffeur-livreur dit avoir vu des flammes."), "dit").claimant).toBe("Karim Benali");
    // A statement, a title and an unnamed official are not descriptions of that person.
    expect(byCue(en("Tom Reyes runs the dairy. The price fell, the statement said."), "said").claimant).toBe("the statement");
    expect(byCue(fr("Jean Dupont a été reçu. « Le pont est fermé », a indiqué le maire."), "a indiqué").claimant).toContain("le maire");
  });

  it("reads the gender of a role with a capital article, and ', which says' as its antecedent's words", () => {
    const claims = fr("Le directeur sportif, Bastien Lorrain, a confirmé le contrôle. Son avocate, Me Frédérique Aubertin, conteste la procédure. Reçue mardi, elle a détaillé ses griefs : « Le préleveur est arrivé en avance. »");
    expect(claims.find((c) => c.quote.includes("Le préleveur"))?.claimant).toContain("Aubertin");
    const trust = byCue(en("The Castlebridge Rovers Supporters’ Trust, which says it has 4,800 members, opposes the sale."), "says");
    expect([trust.claimant, trust.quote]).toEqual(["The Castlebridge Rovers Supporters’ Trust", "it has 4,800 members"]);
    const paper = byCue(en("The findings were first reported last month by the Westbrook Tribune, which cited shipping records showing nine voyages."), "cited");
    expect([paper.claimant, paper.attributionLevel]).toEqual(["the Westbrook Tribune", "secondary_report"]);
    expect(byCue(fr("Quelques heures plus tard, le maire, Gilles Ravenaud, a annoncé que le festival était annulé."), "a annoncé").claimant).toBe("le maire, Gilles Ravenaud (mayor)");
  });

  it("gives a quotation before « raconte X, 58 ans, … » to X, and « Il » after « Son voisin, Joël Terrasson, … » to him", () => {
    const claims = fr("« On nous a promis un relogement », raconte Fatima Benali, 58 ans, locataire de la tour B. Son voisin de palier, Joël Terrasson, ne partage pas sa colère. Il estime que la démolition est une chance.");
    expect(byCue(claims, "raconte").quote).toBe("On nous a promis un relogement");
    expect(byCue(claims, "estime").claimant).toContain("Joël Terrasson");
  });

  it("does not take 'Nobody' inside a quotation for a person", () => {
    const c = byCue(en("Manager Carl Fenn was blunt. “Nobody has told me he is leaving. He trained this morning,” he said."), "said");
    expect(c.claimant).not.toBe("Nobody");
  });
});

describe("documents that show, postposed sources with a gerund, infinitive clauses", () => {
  it("reads a document's verb after its apposition, and not its object as an inverted source", () => {
    const accounts = byCue(en("Kelso’s latest accounts, filed with the registry in January, show a loss of £18.6 million."), "show");
    expect(accounts.attributionLevel).toBe("document");
    expect(accounts.quote).toBe("a loss of £18.6 million");
    const report = byCue(en("But the fund’s annual report, published in March, projects a deficit of 1.9 billion crowns by 2030."), "projects");
    expect(report.attributionLevel).toBe("document");
    expect(report.quote).toBe("a deficit of 1.9 billion crowns by 2030");
  });

  it("reads 'X, a police officer said, declining to give his name' as the officer's claim", () => {
    const c = byCue(en("By mid-afternoon, 14 people had been detained, a police officer on duty outside parliament said, declining to give his name."), "said");
    expect(c.quote).toBe("By mid-afternoon, 14 people had been detained");
    expect(c.attributionLevel).toBe("anonymous_described");
  });

  it("reads « a confirmé avoir reçu » and 'Ilunga's agent, Dario Fenske'", () => {
    expect(byCue(fr("La préfecture a confirmé mercredi avoir reçu une copie du recours."), "a confirmé").quote).toBe("avoir reçu une copie du recours");
    expect(byCue(en("Kelso’s agent, Dario Fenn, told the Gazette that the player never asked to leave."), "told").attributionLevel).toBe("named_on_record");
  });
});

describe("acronyms, titles before names, reporters' perceptions", () => {
  it("reads an acronym as a body and 'papers' as documents", () => {
    expect(byCue(en("The PCRB said its investigators had reviewed the footage from four officers."), "said").attributionLevel).toBe("official_statement");
    expect(byCue(en("Inquest papers show he died of a single gunshot wound."), "show").attributionLevel).toBe("document");
  });

  it("reads a name a few words after a title as the named person", () => {
    expect(byCue(fr("Le conseiller d’opposition Loïc Ferrand (Renouveau) a dénoncé « une négligence coupable »."), "a dénoncé").attributionLevel).toBe("named_on_record");
  });

  it("reads what a reporter watched or counted, and a document's count, but not anyone's", () => {
    expect(byCue(en("From the ridge, a Courier reporter watched the rig taking soil samples from the peat."), "watched").attributionLevel).toBe("witnessed");
    expect(byCue(en("The weekly report of the monitoring mission counted 1,240 explosions in seven days."), "counted").attributionLevel).toBe("document");
    expect(en("Police counted the ballots twice on Sunday night.").some((c) => c.cue !== null)).toBe(false);
    expect(fr("Le club a compté 300 adhérents en 2024.").some((c) => c.cue !== null)).toBe(false);
  });

  it("reads what a reporter noted, measured or heard past an aside, and a paper that watched after a circumstance", () => {
    expect(byCue(fr("Mercredi matin, au marché forain, notre journaliste a relevé un prix de 24 euros le kilo pour le thon jaune."), "a relevé").attributionLevel).toBe("witnessed");
    expect(fr("Mercredi matin, au marché forain, notre journaliste a relevé un prix de 24 euros le kilo pour le thon jaune.")).toHaveLength(1);
    expect(fr("Le maire a relevé un défi de taille.").some((c) => c.cue !== null)).toBe(false);
    expect(byCue(en("Beacon reporter Dana Ruiz, at the press site, heard the launch director call a hold at T-minus 40 seconds."), "heard").attributionLevel).toBe("witnessed");
    expect(byCue(en("On March 19, a Verity Desk reporter measured between 0.09 and 0.12 microsieverts per hour."), "measured").attributionLevel).toBe("witnessed");
    expect(en("The engineers measured the bridge twice.").some((c) => c.cue !== null)).toBe(false);
    const page = "Trawl ban splits harbour\n\nBy Morag Innes\n\nOn Thursday morning the Clarion watched three trawlers land fewer than 40 boxes of prawns at the pier.\n\n© The Ardveyle Clarion 2025\n";
    expect(byCue(extractClaims({ text: page, language: "en" }).claims, "watched").attributionLevel).toBe("witnessed");
  });

  it("reads « serait en cours », « serait à l’étude » with no source as rumour", () => {
    expect(fr("Un arrêté de mise en sécurité serait en cours de rédaction à la mairie.")[0]?.attributionLevel).toBe("hedged_unsourced");
  });
});

describe("what is not a claim to check", () => {
  it("keeps 'speaking on condition of anonymity because…' in the source, not as a claim", () => {
    const claims = en("A senior Council official, speaking on condition of anonymity because the talks are confidential, said six states were preparing to block the measure.");
    expect(claims).toHaveLength(1);
    expect(claims[0]!.claimant).toMatch(/^A senior Council official/);
    expect(claims[0]!.attributionLevel).toBe("anonymous_described");
  });

  it("scores 'did not respond' notes and headings low", () => {
    const [note] = fr("Contactée, l’entreprise Terrassol n’avait pas donné suite à l’heure où nous publions.");
    expect(note!.checkworthiness).toBeLessThan(0.5);
    const [calls] = en("Calls to the Harrow Cove town office were not returned Monday.");
    expect(calls!.checkworthiness).toBeLessThan(0.5);
    // (A meeting's or a hearing's date is a schedule; a date someone else gives stays theirs.)
    for (const schedule of [fr("Une réunion publique est prévue samedi à 10 heures à la mairie."), fr("L’audience est fixée au 9 février."), en("The board meets again Sept. 22, and the parents behind the petition plan to speak.")]) expect(schedule[0]!.checkworthiness).toBeLessThan(0.5);
    expect(fr("Une assemblée générale est prévue jeudi soir, a indiqué le syndicat.")[0]!.checkworthiness).toBeGreaterThanOrEqual(0.5);
    // (Who a speaker is: a body's membership, a person's years in a place; a body's history stays.)
    const scoreOf = (claims: ReturnType<typeof en>, start: string) => claims.find((c) => c.quote.startsWith(start))!.checkworthiness;
    const union = en("The Market Traders Association, which represents 41 stallholders, said the move would cost them.");
    expect(scoreOf(union, "which represents")).toBeLessThan(0.5);
    expect(scoreCheckworthiness({ text: "who has sold cheese at the market for 22 years", lang: "en", level: "author_assertion", hedged: false, quoteType: "indirect", negatedCue: false, title: false })).toBeLessThan(0.5);
    expect(scoreCheckworthiness({ text: "Dans un courrier daté du 2 septembre, que Le Courrier des Cimes a pu consulter", lang: "fr", level: "author_assertion", hedged: false, quoteType: "indirect", negatedCue: false, title: false })).toBeLessThan(0.5);
    const pool = en("Splashline, which has run Furlong Lane pool for the borough council since 2014, said the boiler had failed.");
    expect(scoreOf(pool, "which has run")).toBeGreaterThanOrEqual(0.5);
    const heading = en("12:40 – The prefect takes stock of 142 evacuations\n\nThe prefect said 142 people had been evacuated overnight.").find((c) => c.quote.includes("takes stock"));
    const sentence = en("The prefect takes stock of 142 evacuations in the town on Monday night.")[0]!;
    expect(heading!.checkworthiness).toBeLessThan(sentence.checkworthiness);
  });
});

describe("what a text lays down", () => {
  it("reads « prévoit » and 'stipulates' after a text as a document's cue, and a plan as no cue", () => {
    // (What a bill provides for the outlet states itself: decision 064.)
    expect(fr("Le projet de loi prévoit une hausse de 4 % du budget des armées.").map((c) => c.cue)).toEqual([null]);
    expect(byCue(fr("Le texte, que Le Courrier a pu consulter, prévoit la suppression de 120 postes."), "prévoit").attributionLevel).toBe("document");
    expect(byCue(en("The contract stipulates that the firm must repay the grant within two years."), "stipulates").attributionLevel).toBe("document");
    const plan = fr("La mairie prévoit de rouvrir le pont en mars.");
    expect(plan.map((c) => [c.cue, c.attributionLevel])).toEqual([[null, "author_assertion"]]);
  });
});

describe("quotations after a colon, reactions, relays", () => {
  it("gives a quotation opened after a colon to the person the sentence is about", () => {
    const claims = fr("Le président du groupe, Hugo Perrichon, est monté à la tribune : « Ce budget supprime 4 800 postes d’enseignants. »");
    const c = claims.find((x) => x.quote.startsWith("Ce budget supprime"))!;
    expect([c.claimant, c.attributionLevel]).toEqual(["Le président du groupe, Hugo Perrichon (president, group)", "named_on_record"]);
    expect(byCue(en("Mayor Jane Smith was blunt: “The bridge will not reopen this year.”"), ":").claimant).toBe("Mayor Jane Smith");
    // An office's holder too, not a text or a group.
    expect(byCue(en("The mayor was blunt: “The bridge will not reopen this year.”"), ":").claimant).toBe("The mayor");
    expect(byCue(fr("Interrogée sur l’âge légal, la ministre a été catégorique : « L’âge légal reste fixé à 65 ans. »"), ":").quote).toBe("L’âge légal reste fixé à 65 ans");
    expect(en("The ministers were blunt: “We have no money left.”").some((c) => c.cue === ":")).toBe(false);
    // A thing's sentence is no one's words.
    expect(en("The result was clear: “a landslide”, in the words of one observer.").some((x) => x.cue === ":")).toBe(false);
  });

  it("reads a quotation after a colon under a live page's time stamp", () => {
    const c = fr("20h48 – Ilse Varnak s’est exprimée devant la presse : « Nous avons avancé sur neuf points sur dix. »").find((x) => x.cue === ":")!;
    expect([c.claimant, c.quote]).toEqual(["Ilse Varnak", "Nous avons avancé sur neuf points sur dix"]);
  });

  it("gives a relative clause after an inverted reporter (« , qui a compté… ») to the reporter", () => {
    const claims = fr("Les télésièges étaient immobiles, a constaté notre envoyée spéciale, qui a compté une dizaine de voitures sur le parking.");
    const counted = byCue(claims, "a compté");
    expect([counted.claimant, counted.attributionLevel, counted.quote]).toEqual(["notre envoyée spéciale", "witnessed", "une dizaine de voitures sur le parking"]);
  });

  it("reads a quotation after a colon under a pronoun and an opening phrase", () => {
    const c = en("Prime Minister Petar Dravinic did not concede. In a televised address, he was defiant: “The result has been distorted by foreign money.”").find((x) => x.cue === ":")!;
    expect([c.claimant, c.attributionLevel]).toEqual(["Prime Minister Petar Dravinic", "named_on_record"]);
  });

  it("takes « la même source » for the source last quoted", () => {
    const claims = fr("L’inflation a ralenti à 3,1 %, selon les chiffres de l’Institut de la statistique. Les prix de l’alimentation ont progressé de 5,4 %, d’après la même source.");
    expect(byCue(claims, "d’après").claimant).toBe("les chiffres de l’Institut de la statistique (figures)");
    expect(byCue(claims, "d’après").attributionLevel).toBe("document");
  });

  it("takes « ce responsable » for the official just quoted, and reads projections, publications and laws as documents", () => {
    const claims = fr("Un membre du conseil, qui s’est exprimé sous couvert d’anonymat, a indiqué qu’une baisse des taux n’est pas à l’ordre du jour. D’après ce responsable, celle-ci s’est établie à 3,4 % en février.");
    expect(byCue(claims, "D’après").claimant).toContain("Un membre du conseil");
    expect(byCue(claims, "D’après").attributionLevel).toBe("anonymous_described");
    expect(byCue(en("The two smaller parties won 9.8% of the vote, according to a seat projection by the Salvera Institute."), "according to").attributionLevel).toBe("document");
    expect(byCue(fr("D’après les lois de finances successives, les crédits sont passés de 2,1 à 2,8 milliards d’euros."), "D’après").attributionLevel).toBe("document");
  });

  it("makes an unsourced 'are expected on Thursday' and « serait prêt à… si… » hearsay", () => {
    expect(en("Final results are expected on Thursday.")[0]!.attributionLevel).toBe("hedged_unsourced");
    expect(fr("Le gouvernement serait prêt à nommer un médiateur si le conflit se prolongeait.")[0]!.attributionLevel).toBe("hedged_unsourced");
  });

  it("carries a quotation over paragraphs that reopen it with « to its speaker, after « a détaillé ses griefs : »", () => {
    const text = [
      "Son avocate, Me Frédérique Aubertin, conteste la procédure. Elle a détaillé ses griefs :",
      "« Le préleveur s’est présenté à 6h50. Il n’a pas présenté d’ordre de mission.",
      "« C’est une procédure bâclée. Loïc n’a jamais pris d’EPO de sa vie.",
      "« Nous irons au tribunal administratif. »",
      "La fédération n’a pas réagi.",
    ].join("\n\n");
    const claims = fr(text);
    for (const q of ["Le préleveur", "C’est une procédure bâclée", "Nous irons au tribunal"]) {
      expect(claims.find((c) => c.quote.startsWith(q))?.claimant).toBe("Me Frédérique Aubertin");
    }
    expect(claims.find((c) => c.quote.startsWith("La fédération"))?.claimant).toBeNull();
    // A new paragraph that opens a new quotation, the old one closed, is not the last speaker's.
    const closed = en("“We will talk,” said an official who asked not to be named.\n\n“We came here to stop the killing. Karsk has not moved a battery,” said Lidia Marek.");
    expect(closed.find((c) => c.quote.startsWith("We came here"))?.claimant).toBe("Lidia Marek");
  });

  it("reads no speaker in a label in capitals, and no subject in a participle's phrase before it", () => {
    const claims = fr("CE QU’ELLE A DIT. Invitée dimanche de l’émission « Face à la Nation » sur Canal 9, la ministre du Logement, Corinne Aubracq, a affirmé : « L’an dernier, nous avons construit 120 000 logements sociaux. »");
    expect(claims.some((c) => c.cue === "A DIT")).toBe(false);
    const c = byCue(claims, "a affirmé");
    expect([c.claimant, c.attributionLevel]).toEqual(["la ministre du Logement, Corinne Aubracq (minister)", "named_on_record"]);
    expect(claims.some((x) => x.quote.startsWith("Invitée"))).toBe(false);
  });

  it("reads « a réagi » after a quotation as speech, and not before an object", () => {
    const c = byCue(fr("« C’est la victoire de la responsabilité », a réagi la ministre des Finances, Claire Vasseur."), "a réagi");
    expect(c.attributionLevel).toBe("named_on_record");
    expect(fr("La préfecture a réagi vivement à cette annonce.").map((x) => x.cue)).toEqual([null]);
  });

  it("makes a paper that cites someone a secondary report, even when its name reads like a person's", () => {
    const c = byCue(fr("D’après Le Messager du soir, qui cite un conseiller du Premier ministre, l’exécutif préparerait un projet de loi rectificative."), "D’après");
    expect([c.claimant, c.attributionLevel]).toEqual(["Le Messager du soir", "secondary_report"]);
    expect(byCue(fr("Le texte a recueilli 291 voix contre 274, selon le résultat du scrutin publié sur le site de l’Assemblée."), "selon").attributionLevel).toBe("document");
  });
});

describe("firms by their trade, the journalistic conditional", () => {
  it("reads a firm from its apposition ('one of the sanctioned firms'), its trade or its name", () => {
    expect(byCue(en("Calder Bay Maritime, one of the sanctioned firms, said in a statement that it had carried no military goods."), "said").attributionLevel).toBe("official_statement");
    expect(byCue(fr("La fromagerie, installée à Saint-Ambroise, a indiqué avoir suspendu sa production dès mardi."), "a indiqué").attributionLevel).toBe("official_statement");
    expect(byCue(fr("L’industriel affirme que le rejet est dû à une panne électrique."), "affirme").attributionLevel).toBe("official_statement");
  });

  it("makes an unsourced French conditional hearsay, but not a modal, a hypothesis or a condition", () => {
    for (const s of ["Des instructeurs seraient par ailleurs présents sur le sol korvane depuis janvier.", "M. Coustel envisagerait de briguer un siège au conseil départemental."]) {
      expect(fr(s).map((c) => [c.attributionLevel, c.hedged])).toEqual([["hedged_unsourced", true]]);
    }
    for (const s of ["Sans cette aide, l’usine fermerait dès l’été.", "Ce serait une erreur de fermer le pont."]) {
      expect(fr(s).map((c) => c.attributionLevel)).toEqual(["author_assertion"]);
    }
  });
});

describe("closeness to nothing in particular, deals agreed", () => {
  it("makes 'people familiar with the matter' bare and 'a person familiar with the negotiations' described", () => {
    expect(byCue(en("The board was split, people familiar with the matter said."), "said").attributionLevel).toBe("anonymous_bare");
    expect(fr("De source proche du dossier, la préfecture a convoqué les dirigeants du groupe.")[0]!.attributionLevel).toBe("anonymous_bare");
    expect(byCue(en("The board was split, a person familiar with the negotiations said."), "said").attributionLevel).toBe("anonymous_described");
  });

  it("reads 'has agreed to buy' as a deal the outlet reports, and 'agreed that' as words", () => {
    expect(en("Ardent Provisions has agreed to buy Halden Fresh for $3.2 billion.").map((c) => [c.cue, c.attributionLevel])).toEqual([[null, "author_assertion"]]);
    expect(byCue(en("The two leaders agreed that the border should reopen."), "agreed").quote).toBe("the border should reopen");
  });
});

describe("a body with its acronym, 'the agency'", () => {
  it("reads a named body with its acronym in brackets as an institution, and 'the agency' as that body", () => {
    const claims = en("The National Medicines Safety Authority (NMSA) said on Tuesday that fake pens were sold online. Twenty-three people have been treated in hospital, the agency said.");
    expect(claims.map((c) => c.attributionLevel)).toEqual(["official_statement", "official_statement"]);
    expect(claims[1]!.claimant).toContain("National Medicines Safety Authority");
    expect(byCue(en("According to the agency’s safety alert, the fake pens carry the brand name Slimora."), "According to").attributionLevel).toBe("document");
  });
});

describe("an institution's words after a phrase between commas", () => {
  it("reads « que » or an infinitive after « , dans un communiqué, » and makes no claim of that phrase", () => {
    const a = fr("Le ministère de l’Intérieur a fait savoir vendredi, dans un communiqué, que « le nombre de cambriolages recule ».");
    expect(a.map((c) => [c.cue, c.quote, c.attributionLevel])).toEqual([["a fait savoir", "le nombre de cambriolages recule", "official_statement"]]);
    const b = fr("Le parquet financier a confirmé, dans un communiqué diffusé lundi, avoir ouvert une enquête préliminaire.");
    expect(b.map((c) => [c.cue, c.quote])).toEqual([["a confirmé", "avoir ouvert une enquête préliminaire"]]);
  });

  it("reads « a confirmé l'ouverture d'une enquête » as the prosecutor's words, and « si l'échantillon confirme le résultat » as none", () => {
    expect(byCue(fr("Le parquet de Belcourt a confirmé l’ouverture d’une enquête pour extorsion."), "a confirmé").attributionLevel).toBe("official_statement");
    expect(fr("Le coureur encourt quatre ans de suspension si l’échantillon B confirme le premier résultat.").some((c) => c.cue === "confirme")).toBe(false);
  });
});

describe("papers by 'The' and capitals, words inside the quotation", () => {
  it("reads 'The Sunday Clarion reported' as a paper, and makes no claim of its chain", () => {
    const claims = en("The Sunday Clarion reported last week, citing emails it had obtained, that the adviser held a 30 per cent stake in Veltrane Systems.");
    expect(claims.map((c) => [c.cue, c.attributionLevel])).toEqual([["reported", "secondary_report"]]);
  });

  it("does not read « proches de » inside the quotation as an anonymous source", () => {
    const c = byCue(fr("« La production sera transférée vers nos usines, plus proches de nos principaux clients », a précisé la direction dans un communiqué."), "a précisé");
    expect(c.attributionLevel).toBe("official_statement");
  });
});

describe("businesses by what they are, titles with their preposition", () => {
  it("reads 'the cloud payroll platform' and « son équipe » in apposition as a body, and keeps « l'adjoint au maire » whole", () => {
    expect(byCue(en("Corvane, the cloud payroll platform used by 40,000 businesses, has admitted that a fix left a server open."), "has admitted").attributionLevel).toBe("official_statement");
    const c = byCue(fr("« Nous allons revoir la sécurité de nos musées », a promis l’adjoint au maire chargé de la culture, Karim Ouardane."), "a promis");
    expect(c.claimant).toContain("l’adjoint au maire chargé de la culture, Karim Ouardane");
    expect(c.attributionLevel).toBe("named_on_record");
  });
});

describe("the outlet's own count, images as evidence", () => {
  it("reads 'We counted…' and « nous avons compté » as the outlet's witness", () => {
    expect(byCue(en("We counted at least 60 lorries queued on the approach road."), "counted").attributionLevel).toBe("witnessed");
    expect(byCue(fr("Devant le palais, nous avons compté une trentaine d’agriculteurs venus en car."), "avons compté").attributionLevel).toBe("witnessed");
  });

  it("reads satellite images with their agent as a document", () => {
    const c = byCue(en("Satellite images reviewed by the Times show two burnt-out vehicles near the post."), "show");
    expect([c.claimant, c.attributionLevel]).toEqual(["Satellite images reviewed by the Times", "document"]);
  });
});

describe("rankings, and a suspect who is a person", () => {
  it("reads 'The index places Eastfold 62nd' as the document's, and 'Police placed the suspect under arrest' as the outlet's, unhedged", () => {
    expect(byCue(en("The index places Eastfold 62nd in the world for research citations."), "places").attributionLevel).toBe("document");
    expect(en("Police placed the suspect under arrest.").map((c) => [c.cue, c.hedged])).toEqual([[null, false]]);
    expect(byCue(en("Investigators said they suspect that the fire was lit on purpose."), "said").hedged).toBe(true);
  });
});

describe("texts telling a story, asides after the auxiliary, crowd counts", () => {
  it("reads 'Figures … tell a different story:' as the document's, and 'blast furnaces' as no cue", () => {
    const c = byCue(en("Figures published by the Statistics Bureau tell a different story: steel imports came to 1.8 million tonnes, up 41%."), "tell a different story");
    expect([c.attributionLevel, c.quote]).toEqual(["document", "steel imports came to 1.8 million tonnes, up 41%"]);
    expect(byCue(en("Two of the plant’s five blast furnaces stood idle on Tuesday, a Meridian Wire reporter saw."), "saw").attributionLevel).toBe("witnessed");
  });

  it("reads « a pour sa part relevé que », « la police en a compté 350 » and « le rapport classait… »", () => {
    expect(byCue(fr("Un haut fonctionnaire a pour sa part relevé que les plaintes avaient augmenté."), "a pour sa part relevé").quote).toBe("les plaintes avaient augmenté");
    const count = byCue(fr("Environ 800 personnes se sont rassemblées, selon le collectif ; la police en a compté 350."), "en a compté");
    expect([count.claimant, count.attributionLevel, count.quote]).toEqual(["la police (police)", "official_statement", "350"]);
    expect(byCue(fr("Un rapport de l’Inspection classait le musée parmi les douze établissements les moins sûrs."), "classait").attributionLevel).toBe("document");
  });
});

describe("releases, confederations, entourages, firms issuing statements", () => {
  it("places these sources", () => {
    expect(byCue(fr("Les prix ont augmenté de 0,3 %, indique la publication détaillée de l’IVS."), "indique").attributionLevel).toBe("document");
    expect(byCue(fr("La Confédération valmérienne du travail a estimé que les salaires réels ont reculé de 4 %."), "a estimé").attributionLevel).toBe("official_statement");
    expect(byCue(en("Somnetic said in a statement that it had no role in the study."), "said").attributionLevel).toBe("official_statement");
    // (« communiqué » ends on an accented letter; a firm named for its trade is a firm.)
    expect(byCue(fr("Dans un communiqué diffusé dimanche soir, Mabrinval indique que le site a perdu 2,3 millions d’euros."), "indique").attributionLevel).toBe("official_statement");
    expect(byCue(en("In a statement, Azulon Holidays said all of its excursions were running as normal."), "said").attributionLevel).toBe("official_statement");
    expect(byCue(fr("Plus de 2,3 millions de ménages attendent un logement, selon le dernier décompte du ministère."), "selon").attributionLevel).toBe("document");
    expect(byCue(fr("L’entourage de la ministre a assuré que Mme Aubracq parlait des agréments."), "a assuré").attributionLevel).toBe("official_statement");
  });
});

describe("« a fait savoir » after the words, a chain after the cue", () => {
  it("reads them", () => {
    expect(byCue(fr("\"Nos prix suivent les cotations européennes\", a fait savoir le Groupe Valdor dans un communiqué."), "a fait savoir").attributionLevel).toBe("official_statement");
    const c = byCue(fr("Le Réveil du Centre affirmait lundi, citant un cadre de l’agence, que l’enveloppe n’avait pas été versée."), "affirmait");
    expect([c.claimant, c.attributionLevel]).toEqual(["Le Réveil du Centre", "secondary_report"]);
  });
});

describe("the scene a reporter found", () => {
  it("reads 'When a Times reporter reached…, the barrier was down' as witnessed, and 'When the mayor arrived' as nothing of the kind", () => {
    const c = en("When a Northgate Times reporter reached the crossing on Tuesday morning, the barrier was down.")[0]!;
    expect([c.claimant, c.attributionLevel, c.quote]).toEqual(["a Northgate Times reporter", "witnessed", "the barrier was down"]);
    const f = fr("Quand notre journaliste est arrivée sur place vers 9 heures, les grilles du site étaient fermées.");
    expect(f.map((x) => [x.claimant, x.attributionLevel])).toEqual([["notre journaliste", "witnessed"]]);
    expect(en("When the mayor arrived, the hall was full.")[0]!.attributionLevel).toBe("author_assertion");
  });
});

describe("a body taken up as 'it', a daily that cites", () => {
  it("reads 'Open Wells said it had suspended…' as a body, and 'Jane Smith said it had been…' as a person", () => {
    expect(byCue(en("Open Wells said it had suspended all field operations in Dorsenia."), "said").attributionLevel).toBe("official_statement");
    expect(byCue(en("Jane Smith said it had been a difficult year."), "said").attributionLevel).toBe("named_on_record");
  });

  it("reads 'the Dorsenian daily Sawt al-Wadi, citing two people, reported' as a paper", () => {
    const c = byCue(en("The Dorsenian daily Sawt al-Wadi, citing two people involved in the talks, reported that the money had been raised by the charity."), "reported");
    expect(c.attributionLevel).toBe("secondary_report");
  });
});

describe("names with capitalised common words, organisers, an apposition's relative clause", () => {
  it("reads no cue in 'the Westmoor Rail Users' Group', organisers as a body, and 'the company that runs the app' by its head", () => {
    const c = byCue(en("“This is a cut,” said Ian Colquhoun, chair of the Westmoor Rail Users’ Group."), "said");
    expect(c.quote).toBe("This is a cut");
    expect(en("“This is a cut,” said Ian Colquhoun, chair of the Westmoor Rail Users’ Group.").some((x) => x.cue === "Rail")).toBe(false);
    expect(byCue(en("Ticket sales reached 18,500 this year, according to the organisers."), "according to").attributionLevel).toBe("official_statement");
    expect(byCue(en("Passticket, the Brackford-based company that runs the app, said in a statement that a cloud outage had affected some events."), "said").attributionLevel).toBe("official_statement");
  });
});

describe("an institution's count", () => {
  it("reads « a recensé » and « a dénombré » as the institution's figures", () => {
    const c = byCue(fr("Le ministère a recensé 1 240 cas de fraude en 2024."), "a recensé");
    expect([c.claimant, c.attributionLevel, c.quote]).toEqual(["Le ministère (ministry)", "official_statement", "1 240 cas de fraude en 2024"]);
  });
});

describe("documents that find, show and put figures", () => {
  it("reads a French text's findings with a noun phrase as their object, in every tense", () => {
    for (const sentence of ["Le rapport relève une hausse de 40 % des interpellations.", "Un rapport de la Cour des comptes publié en 2022 avait relevé une hausse de 40 % des interpellations."]) {
      const c = fr(sentence).find((x) => /rel[eè]v/u.test(x.cue ?? ""))!;
      expect([c.attributionLevel, c.quote]).toEqual(["document", "une hausse de 40 % des interpellations"]);
    }
    // A person's « relever » with an object is an act.
    expect(fr("Le maire a relevé le défi.").map((c) => c.cue)).toEqual([null]);
  });

  it("reads 'Data from X show…' and a poll that puts a party on a figure", () => {
    const data = byCue(en("Data from the Water Quality Authority show the works discharged untreated sewage on 41 days last year."), "show");
    expect([data.claimant, data.attributionLevel]).toEqual(["Data from the Water Quality Authority", "document"]);
    const poll = byCue(en("A Pollwise survey published on Friday put the opposition on 41 per cent."), "put");
    expect([poll.claimant, poll.attributionLevel, poll.quote]).toEqual(["A Pollwise survey published on Friday", "document", "the opposition on 41 per cent"]);
    expect(byCue(en("A report published on Friday found a 40% rise in arrests."), "found").claimant).toBe("A report published on Friday");
    expect(en("The TV show the network aired drew 3 million viewers.").map((c) => c.cue)).toEqual([null]);
  });
});

describe("a document's verb that looks like a plural noun", () => {
  it("reads 'The paper reports a detection…' as the paper speaking", () => {
    const c = byCue(en("The paper reports a detection with a significance of 3.1 sigma."), "reports");
    expect(c.attributionLevel).toBe("document");
    expect(c.quote).toBe("a detection with a significance of 3.1 sigma");
  });
});

describe("papers and firms by their names", () => {
  it("reads radio and wire names as outlets, and a name that is no person's, reporting, as a paper", () => {
    expect(byCue(en("Fen Valley FM reported that staff at the academy chain had rejected a 4 per cent offer."), "reported").attributionLevel).toBe("secondary_report");
    expect(byCue(fr("Le Petit Brennois rapportait mardi que plusieurs sinistrés avaient été mal indemnisés."), "rapportait").attributionLevel).toBe("secondary_report");
  });

  it("reads a paper's own finding on the spot as witnessed", () => {
    expect(byCue(fr("Les bureaux étaient encore sous scellés mardi matin, a constaté La Vigie du Val."), "a constaté").attributionLevel).toBe("witnessed");
  });

  it("reads 'the firm appointed as administrators' and 'X's largest producer' as institutions, and 'One headteacher' as unnamed", () => {
    expect(byCue(en("Grey & Lomax, the firm appointed as administrators, said customers would be treated as unsecured creditors."), "said").attributionLevel).toBe("official_statement");
    expect(byCue(en("Fornax Steel, Morvane's largest producer, said it would cut 1,100 jobs."), "said").attributionLevel).toBe("official_statement");
    expect(byCue(en("One headteacher, who asked not to be named, said two schools would cut posts."), "said").attributionLevel).toBe("anonymous_described");
  });
});

describe("pronouns before anyone is quoted, reflexive verbs after a quotation", () => {
  it("resolves « il » to the person last named when nobody has been quoted yet", () => {
    const c = byCue(fr("Erwan Le Bihan dirige le parc depuis 2015. « Aucun visiteur n’a été en danger », a-t-il insisté."), "a-t-il insisté");
    expect(c.claimant).toBe("Erwan Le Bihan");
    expect(c.attributionLevel).toBe("named_on_record");
  });

  it("reads « , s'agace X » after a quotation with X as the source", () => {
    const c = byCue(fr("« On vend déjà à perte depuis l’été », s’agace Loïc Le Goff, éleveur laitier."), "s’agace");
    expect(c.claimant).toContain("Loïc Le Goff");
  });
});

describe("object pronouns and organisations named before", () => {
  it("keeps « nous » in « Un diplomate nous indique que… » out of the source", () => {
    const c = byCue(fr("Un diplomate européen, qui a requis l’anonymat, nous indique que la délégation a quitté la salle."), "nous indique");
    expect(c.claimant).toContain("Un diplomate européen");
    expect(c.attributionLevel).toBe("anonymous_described");
  });

  it("takes up the organisation last named with 'the company' when none was quoted", () => {
    const c = byCue(en("Quorra Systems will cut 2,400 jobs, the company announced on Tuesday."), "announced");
    expect(c.claimant).toContain("Quorra Systems");
  });
});

describe("hearsay before the cue, short names of organisations", () => {
  it("reads 'X reportedly plans…' as hearsay", () => {
    const c = byCue(en("The airport reportedly plans to add three routes to Spain next summer."), "plans");
    expect(c.attributionLevel).toBe("hedged_unsourced");
    expect(c.claimant).toBeNull();
  });

  it("reads a lone name taking up an organisation named in full before as that organisation", () => {
    const c = byCue(en("Quorra Systems will cut 2,400 jobs, the company announced. Quorra added that revenue could recover next year."), "added");
    expect(c.attributionLevel).toBe("official_statement");
    expect(byCue(fr("La présidence arvénienne salue un accord historique."), "salue").attributionLevel).toBe("official_statement");
  });
});

describe("fact-check labels and statistics offices", () => {
  it("does not take 'OUR VERDICT:' for a speaker", () => {
    expect(en("OUR VERDICT: The overall waiting list has shrunk by about 9%.").some((c) => c.claimant === "OUR VERDICT")).toBe(false);
  });

  it("reads a statistics office as a data set", () => {
    expect(byCue(en("According to the Westmere Statistics Office, 612,400 people were waiting for treatment."), "According to").attributionLevel).toBe("document");
  });
});

describe("unnamed people as a group", () => {
  it("reads a plural noun for ordinary people opening the sentence as unnamed, not as a name", () => {
    for (const [sentence, cue] of [
      ["Residents said the water rose within minutes.", "said"],
      ["Passengers told the Gazette the train stood still for an hour.", "told"],
      ["Farmers say the drought has halved their yields.", "say"],
    ] as const) {
      const c = byCue(en(sentence), cue);
      expect(c.attributionLevel, sentence).toBe("anonymous_described");
    }
    expect(byCue(fr("Des riverains affirment que l’odeur a empiré depuis l’été."), "affirment").attributionLevel).toBe("anonymous_described");
  });

  it("keeps a group noun before an organisation's name a description of that organisation", () => {
    expect(byCue(fr("L’association de patients Vaccins Vigilance affirme que les signalements dataient de février."), "affirme").attributionLevel).toBe("official_statement");
  });

  it("keeps a relative clause with its own verb inside the subject", () => {
    const c = byCue(en("Those who were there said the crowd never topped 300."), "said");
    expect([c.claimant, c.attributionLevel]).toEqual(["Those who were there", "anonymous_described"]);
    const d = byCue(fr("Ceux qui étaient présents ont affirmé que la foule était clairsemée."), "ont affirmé");
    expect([d.claimant, d.attributionLevel]).toEqual(["Ceux qui étaient présents", "anonymous_described"]);
  });

  it("does not read a verb of saying inside 'those who…' as an attribution", () => {
    expect(en("Those who say the vote was rigged have lost every appeal.").map((c) => c.cue)).toEqual([null]);
    expect(fr("Ceux qui disent ça n’ont pas d’arguments.").map((c) => c.cue)).toEqual([null]);
  });
});

describe("the outlet's own count and visit", () => {
  it("reads the outlet's reporters in the first person, outside quotations, as its witness", () => {
    const seen = en("The records we saw included precise coordinates and users’ display names.");
    expect(seen.map((c) => [c.quote, c.claimant, c.cue, c.attributionLevel])).toEqual([["The records we saw included precise coordinates and users’ display names", "we", "saw", "witnessed"]]);
    expect(en("In three cases we were able to match a route’s starting point to a home address.")[0]?.attributionLevel).toBe("witnessed");
    expect(en("I’ve watched waves come clean over the sea wall every few minutes.")[0]?.attributionLevel).toBe("witnessed");
    expect(fr("Lors du vote, auquel nous avons assisté, aucun des 212 adhérents présents n’a approuvé le tarif.")[0]?.attributionLevel).toBe("witnessed");
    const team = byCue(fr("Depuis 5 heures du matin, une soixantaine de travailleurs bloquent les accès du site, a constaté notre équipe sur place, palettes en feu."), "a constaté");
    expect([team.claimant, team.quote, team.attributionLevel]).toEqual(["notre équipe sur place", "Depuis 5 heures du matin, une soixantaine de travailleurs bloquent les accès du site", "witnessed"]);
    // A team the page names as its own, and not the town's.
    const crew = extractClaims({ text: "Titre\n\nPar la rédaction de RTHV\n\nSamedi vers 10 heures, la file d’attente s’étirait sur 200 mètres, a pu constater une équipe de RTHV.", language: "fr" }).claims.find((x) => x.cue === "a pu constater")!;
    expect([crew.claimant, crew.attributionLevel]).toEqual(["une équipe de RTHV", "witnessed"]);
    expect(byCue(fr("Les fissures étaient visibles, a constaté l’équipe municipale."), "a constaté").attributionLevel).not.toBe("witnessed");
    const counted = byCue(fr("Onze scènes sont déjà dégagées sur la voûte du chœur, nous les avons comptées."), "avons comptées");
    expect([counted.claimant, counted.attributionLevel]).toEqual(["nous", "witnessed"]);
    // Someone else's "we" inside a quotation is theirs; "we asked" is no witness.
    expect(byCue(en("“We saw the water rise,” said Ann Boyd."), "said").attributionLevel).toBe("named_on_record");
    expect(en("We contacted the council on Monday.").map((c) => c.attributionLevel)).not.toContain("witnessed");
  });

  it("reads 'by our count' and 'by a reporter's count' as the outlet's witness", () => {
    expect(byCue(en("About 900 people filled the church hall, by our count."), "by our count").attributionLevel).toBe("witnessed");
    const c = byCue(en("About 900 people filled the church hall on Friday, by a Gazette reporter’s count."), "by a Gazette reporter’s count");
    expect([c.claimant, c.attributionLevel, c.quote]).toEqual(["a Gazette reporter", "witnessed", "About 900 people filled the church hall on Friday"]);
    expect(byCue(fr("Selon notre décompte, 300 personnes attendaient devant la mairie."), "Selon").attributionLevel).toBe("witnessed");
  });

  it("keeps an estimate by one of several a document's, not a witness", () => {
    expect(byCue(en("By one estimate, the repairs will cost £4m."), "By one estimate").attributionLevel).not.toBe("witnessed");
  });

  it("reads a reporter with a long description who counted as the outlet's witness", () => {
    const c = byCue(en("On Monday, a Courier reporter on the 8.10 from Hale to Brindley counted 54 passengers standing."), "counted");
    expect([c.claimant, c.attributionLevel]).toEqual(["a Courier reporter on the 8.10 from Hale to Brindley", "witnessed"]);
  });

  it("reads 'When we visited…' as the scene the outlet saw, but not 'When we contacted…'", () => {
    const seen = en("When we visited the estate on Thursday, four of the nine lifts were out of order.");
    expect([seen[0]?.claimant, seen[0]?.attributionLevel]).toEqual(["we", "witnessed"]);
    expect(fr("Lorsque nous sommes arrivés vers midi, les grilles étaient fermées.")[0]?.attributionLevel).toBe("witnessed");
    expect(en("When we contacted the council, it said the lifts were being repaired.").some((c) => c.attributionLevel === "witnessed")).toBe(false);
  });

  it("reads a paper's visit and the outlet's own test as its witness, the test's conditions inside the claim", () => {
    const visit = byCue(en("When the Herald visited the ground on Monday, the gates were padlocked."), "visited the ground on Monday");
    expect([visit.claimant, visit.attributionLevel, visit.quote]).toEqual(["the Herald", "witnessed", "the gates were padlocked"]);
    const test = en("When we ran an AirCrisp from an affected batch for 40 minutes at full power in our test lab, the handle reached 78C.")[0]!;
    expect(test.attributionLevel).toBe("witnessed");
    expect(test.quote).toMatch(/^When we ran an AirCrisp.*the handle reached 78C$/u);
    expect(en("When the Council met on Monday, the vote was close.").some((c) => c.attributionLevel === "witnessed")).toBe(false);
  });
});

describe("one-word names the article introduced as bodies", () => {
  it("reads a one-word name as the body the article introduced, wherever it speaks later", () => {
    const claims = fr("L’enseigne Prixval a relevé ses tarifs de 4 % en mars. Prixval assure que tous ses prix respectent le seuil légal.");
    expect(byCue(claims, "assure").attributionLevel).toBe("official_statement");
    const en1 = en("Corlan, the regional bus operator, cut 40 routes last year. Corlan says ridership has recovered since.");
    expect(byCue(en1, "says").attributionLevel).toBe("official_statement");
  });

  it("reads each name of a list after a plural body noun (« les marques Ardelle, Vestium et Kalypso ») as a body", () => {
    const claims = fr("Les filatures produisent pour les marques Ardelle, Vestium, Nordhaven et Kalypso. Contactée, Ardelle a indiqué avoir suspendu toute nouvelle commande. Nordhaven assure n’avoir aucune relation commerciale directe avec elles.");
    expect(byCue(claims, "a indiqué").attributionLevel).toBe("official_statement");
    expect(byCue(claims, "assure").attributionLevel).toBe("official_statement");
    const brands = en("The mills supply the brands Ardelle, Vestium and Kalypso. Vestium said it had ordered an independent audit.");
    expect(byCue(brands, "said").attributionLevel).toBe("official_statement");
  });

  it("keeps a one-word name a person's when the apposition describes a person of a body", () => {
    const claims = fr("Delorme, président du syndicat des transporteurs, a pris la parole. Delorme affirme que 300 camions sont bloqués.");
    expect(byCue(claims, "affirme").attributionLevel).toBe("named_on_record");
  });
});

describe("office-holders taken up, indefinite anonymous sources, the outlet's own information", () => {
  it("reads « l'élu » and « le dirigeant » as the person just named", () => {
    const claims = fr("Hervé Castel, président de la métropole, a défendu le projet. « Chaque avenant a été voté en conseil », a poursuivi l’élu. Le dirigeant reconnaît que la dette a pesé.");
    expect(byCue(claims, "a poursuivi").claimant).toContain("Hervé Castel");
    expect(byCue(claims, "reconnaît").attributionLevel).toBe("named_on_record");
  });

  it("reads an indefinite description that asked not to be named as anonymous, whatever its capitals", () => {
    const c = byCue(en("A former Strideway engineer, who asked not to be named, said staff had raised the flaw in 2024."), "said");
    expect(c.attributionLevel).toBe("anonymous_described");
  });

  it("reads « selon nos informations » as the outlet's unnamed sources", () => {
    expect(byCue(fr("Selon nos informations, le déficit dépasse 70 000 euros."), "Selon").attributionLevel).toBe("anonymous_bare");
  });

  it("does not take a quotation opening on 'It' for a pronoun that makes the speaker a body", () => {
    expect(byCue(en("“It came up to the second floor in twenty minutes,” said Marek Tolvan, 54, a tram driver."), "said").attributionLevel).toBe("named_on_record");
  });
});

describe("a paper that saw it", () => {
  it("reads 'the Sentinel saw…' as the outlet's witness, but not a text it saw", () => {
    expect(byCue(en("At the weir, the Sentinel saw hundreds of dead fish against the gates."), "saw").attributionLevel).toBe("witnessed");
    expect(en("The Gazette saw a copy of the contract.").some((c) => c.attributionLevel === "witnessed")).toBe(false);
    expect(en("Police saw the tweet on Monday.").some((c) => c.cue === "saw")).toBe(false);
  });
});

describe("texts in the plural and a paper's authors", () => {
  it("reads tables, surveys, disclosures and annual accounts as documents", () => {
    expect(byCue(en("According to those tables, a single ticket cost £1.50 in 2019."), "According to").attributionLevel).toBe("document");
    expect(byCue(en("Structural surveys found the roof panels were at risk of failing."), "found").attributionLevel).toBe("document");
    expect(byCue(en("According to a disclosure in the paper, the study was funded by a charity."), "According to").attributionLevel).toBe("document");
    expect(byCue(fr("Selon les comptes annuels déposés en mars, le club a perdu 2 millions d’euros."), "Selon").attributionLevel).toBe("document");
  });

  it("reads a paper's authors as the paper", () => {
    expect(byCue(en("The authors wrote that the risk rose by 6% for every 10 decibels."), "wrote").attributionLevel).toBe("document");
    expect(byCue(fr("Les auteurs de l’étude estiment que le risque augmente de 6 %."), "estiment").attributionLevel).toBe("document");
  });
});

describe("a French pronoun taking up a body", () => {
  it("reads « Elle rappelle… » after an agency spoke in the sentence before as that agency", () => {
    const claims = fr("L’Agence régionale de santé a indiqué mercredi « comprendre l’inquiétude des habitants ». Elle rappelle qu’une enveloppe de 1,2 million d’euros a été débloquée en 2024.");
    const c = byCue(claims, "rappelle");
    expect([c.claimant, c.attributionLevel]).toEqual(["L’Agence régionale de santé", "official_statement"]);
  });

  it("keeps « il » after a quotation for the person quoted, not a body named inside it", () => {
    const claims = fr("Julien Mervan a réagi sur les réseaux sociaux. « L’agence se trompe. Je n’ai jamais rien pris de ma vie », a-t-il écrit.");
    expect(byCue(claims, "a-t-il écrit").claimant).toBe("Julien Mervan");
  });
});

describe("co-ops, districts, fellow outlets, a desk's findings, hearsay with an aside", () => {
  it("reads a co-op and school districts as bodies", () => {
    expect(byCue(en("The co-op said some customers may not have power back until Saturday."), "said").attributionLevel).toBe("official_statement");
    expect(byCue(en("Both districts announced that schools will be closed on Wednesday."), "announced").attributionLevel).toBe("official_statement");
  });

  it("reads « nos confrères du Journal… » as another outlet", () => {
    expect(byCue(fr("Selon nos confrères du Journal de l’Auzonne, un homme de 71 ans a été retrouvé mort."), "Selon").attributionLevel).toBe("secondary_report");
  });

  it("reads a fact-check desk's 'we found' as its own witness", () => {
    expect(byCue(en("We found the same footage in a broadcaster's report from March 2023."), "found").attributionLevel).toBe("witnessed");
  });

  it("reads « aurait de son côté écrit » as hearsay", () => {
    expect(fr("Le maire, Hervé Castagnet, aurait de son côté écrit au ministre de la Santé.")[0]?.attributionLevel).toBe("hedged_unsourced");
  });
});

describe("'the operator' takes up the body named before", () => {
  it("reads 'the operator says' after a rail company as that company", () => {
    const claims = en("Coastline Rail has suspended all services west of Carrow Junction. The operator says several trees are blocking the line.");
    const c = byCue(claims, "says");
    expect([c.claimant?.includes("Coastline Rail"), c.attributionLevel]).toEqual([true, "official_statement"]);
  });
});

describe("a capitalised word ending a name", () => {
  it("reads no cue in 'Coastline Rail has suspended…'", () => {
    expect(en("Coastline Rail has suspended all services west of Carrow Junction.").map((c) => c.cue)).toEqual([null]);
  });
});

describe("titles, offices, demonstratives and names with their party", () => {
  it("keeps « le colonel Hervé Massart » as the named officer, not a description taking up another name", () => {
    const c = byCue(fr("Une maison a brûlé à Saint-Ormel. « La maison était déjà embrasée », a précisé le colonel Hervé Massart."), "a précisé");
    expect(c.claimant).toBe("le colonel Hervé Massart");
  });

  it("reads « Il » after a subject named with its party in brackets as that person", () => {
    const claims = fr("« La maison était embrasée », a précisé le colonel Hervé Massart. Le maire, Jean-Paul Girardot (divers droite), s’est rendu sur place. Il a indiqué qu’un logement avait été proposé à la victime.");
    expect(byCue(claims, "a indiqué").claimant).toContain("Jean-Paul Girardot");
  });

  it("reads « ce chauffeur-livreur » as the person named before", () => {
    const claims = fr("C’est un voisin, Karim Benali, 37 ans, qui a donné l’alerte. Ce chauffeur-livreur dit avoir vu des flammes sortir du garage.");
    expect(byCue(claims, "dit").claimant).toBe("Karim Benali");
  });

  it("reads 'X's office' as a body and '… Analytics' as a firm", () => {
    expect(byCue(en("Gov. Alina Brekke's office said the change costs a commuter about $1.90 a month."), "said").attributionLevel).toBe("official_statement");
    expect(byCue(en("Prices rose 12 cents in two weeks, according to GaugePoint Analytics."), "according to").attributionLevel).toBe("official_statement");
  });
});

describe("social media posts and council members", () => {
  it("reads a social media post as a report at second hand", () => {
    expect(byCue(en("A Facebook post shared more than 40,000 times claimed the dog had mauled three children."), "claimed").attributionLevel).toBe("secondary_report");
    expect(byCue(en("Viral posts also said the girl had lost her arm."), "also said").attributionLevel).toBe("secondary_report");
    expect(byCue(fr("La publication, partagée plus de 9 000 fois sur Facebook, affirme que le festival a reçu 1,2 million d’euros."), "affirme").attributionLevel).toBe("secondary_report");
    // Whoever posts it (decision 050): a body, a named person, an unnamed resident.
    expect(byCue(en("In a post on X, the ministry said the road was closed."), "said").attributionLevel).toBe("secondary_report");
    expect(byCue(fr("Véronique Stassart, échevine du Logement, a promis sur sa page Facebook que personne ne se retrouvera à la rue."), "a promis").attributionLevel).toBe("secondary_report");
    expect(byCue(en("The federation posted that 40 head teachers had signed a pledge."), "posted").attributionLevel).toBe("secondary_report");
    expect(byCue(en("Local TD Declan Moran said in a post on X that he had raised the matter with the Minister."), "said").attributionLevel).toBe("secondary_report");
    expect(byCue(fr("Sur X, l’Institut royal météorologique (IRM) a indiqué qu’il était tombé 118 litres par mètre carré en 72 heures."), "a indiqué").attributionLevel).toBe("secondary_report");
  });

  it("reads photos, a map or a video put on a social network as that post's content, the poster its source", () => {
    const photos = byCue(fr("Sur Facebook, le groupe Bréviaz Solidaire a publié mardi des photos datées de l’été 2022 où l’on distingue déjà les fissures."), "a publié");
    expect([photos.attributionLevel, photos.claimant?.startsWith("le groupe Bréviaz Solidaire")]).toEqual(["secondary_report", true]);
    expect(photos.quote).toContain("des photos datées de l’été 2022");
    const map = byCue(fr("La municipalité de Sainte-Gertrude a publié sur sa page Facebook une carte situant le feu « à moins de 4 km » du village."), "a publié");
    expect([map.claimant, map.quote]).toEqual(["La municipalité de Sainte-Gertrude", "une carte situant le feu « à moins de 4 km » du village"]);
    expect(byCue(en("The council posted a map on Facebook showing the fire 4 km from the village."), "posted").attributionLevel).toBe("secondary_report");
    // After an opening phrase, with the name in apposition.
    const quai = byCue(fr("Dimanche, le maire de Castelrouge, Didier Fabrègue-Moll, a publié sur X la photo d’un quai désert : « 6 h 52, troisième train supprimé cette semaine. »"), "a publié");
    expect([quai.attributionLevel, quai.claimant?.startsWith("le maire de Castelrouge, Didier Fabrègue-Moll")]).toEqual(["secondary_report", true]);
    // Not what someone did on a platform, nor a report published anywhere.
    expect(en("The mayor shared his concerns with residents on Facebook Live last week.").every((c) => c.cue === null)).toBe(true);
    expect(en("The mayor has published a report on the fire.").every((c) => c.attributionLevel !== "secondary_report")).toBe(true);
  });

  it("reads a platform as a post's channel only in the attribution's own clause, and the platform speaking for itself as a company", () => {
    const raids = en("Police said the gang films its crimes for social media, but a youth worker in Kellerton, who did not want to be named, said most of them had left school.");
    expect(raids.find((c) => c.quote.startsWith("most of them"))?.attributionLevel).toBe("anonymous_described");
    const sirens = en("The mayor said the fire had destroyed 40 homes, while residents wrote on Facebook that the sirens never sounded.");
    expect(byCue(sirens, "said").attributionLevel).toBe("named_on_record");
    expect(byCue(sirens, "wrote").attributionLevel).toBe("secondary_report");
  });

  it("reads 'City Council member Dorian Vasquez' as the named member", () => {
    expect(byCue(en("City Council member Dorian Vasquez has called the loan a waste of money."), "has called").attributionLevel).toBe("named_on_record");
  });
});

describe("levels of the ninth blind round", () => {
  it("reads a role in lower case before a full name as the person, whatever qualifies the role", () => {
    expect(byCue(en("Club captain Declan Moriarty said the players had not been paid since June."), "said").attributionLevel).toBe("named_on_record");
    expect(byCue(en("Union boss Harriet Coyle claimed staff were ‘treated like furniture’."), "claimed").attributionLevel).toBe("named_on_record");
    expect(byCue(en("Bus operator Dolan Valley Coaches said services would resume."), "said").attributionLevel).toBe("official_statement");
  });

  it("reads guilds, local papers, petitions and documents named in several words", () => {
    expect(byCue(en("The Writers’ Guild of Tamsworth said in a statement that 40 members were owed fees."), "said").attributionLevel).toBe("official_statement");
    expect(byCue(en("The local paper, the Ferrow Valley Mail, reported that the tower had been unstaffed for weeks."), "reported").attributionLevel).toBe("secondary_report");
    expect(byCue(fr("D’après le cahier des charges du marché, les repas devaient arriver à 63 °C."), "D’après").attributionLevel).toBe("document");
    expect(byCue(fr("Selon les comptages cantonaux, 7 800 véhicules passaient chaque jour sur le pont."), "Selon").attributionLevel).toBe("document");
    expect(byCue(en("According to the FIR registered at the police station, the food was cooked at 4 am."), "According to").attributionLevel).toBe("document");
  });

  it("reads a name the article shows to be a company's as the company, not a person", () => {
    // Introduced with its legal form…
    const kitchens = en("The contract of Halvik Kitchens Pvt Ltd was suspended on Tuesday.\n\nIn a statement, Halvik Kitchens said the food had left its kitchen in perfect condition.");
    expect(byCue(kitchens, "said").attributionLevel).toBe("official_statement");
    // …or as the employer of its staff ("a Skyvane spokesman"), unless a person bears the name.
    const airline = en("Skyvane cancelled 212 flights on Saturday.\n\nA Skyvane spokesman apologised to passengers.\n\nSkyvane says fewer than 25,000 people were affected.");
    expect(byCue(airline, "says").attributionLevel).toBe("official_statement");
    const person = en("Maria Skyvane spoke on Monday. A Skyvane spokesman said the rally would go ahead.\n\nSkyvane said the polls were wrong.");
    expect(person.find((c) => c.claimant === "Skyvane")?.attributionLevel).toBe("named_on_record");
  });

  it("reads what is expected, with no source, as a hedge", () => {
    expect(en("More walkouts are expected over the bank holiday weekend.")[0]?.attributionLevel).toBe("hedged_unsourced");
    expect(fr("Les résultats des analyses sont attendus d’ici une dizaine de jours.")[0]?.attributionLevel).toBe("hedged_unsourced");
    expect(fr("Le ministre est attendu à Lyon mardi.")[0]?.attributionLevel).toBe("author_assertion");
  });
});

describe("the page's own outlet and bodies taken up again", () => {
  it("reads the outlet's crew or its short name as its own witness, the masthead naming it", () => {
    const crew = extractClaims({ text: "Residents flee as fire nears\nKPR NEWS\n\nAt the relief centre, a KPR News crew saw volunteers turning cars away from a full car park on Monday.", language: "en" }).claims;
    expect(byCue(crew, "saw").attributionLevel).toBe("witnessed");
    const paper = extractClaims({ text: "Club in crisis\n\nAt the ground on Friday night, the Leader counted 412 supporters at the defeat to Harps.\n\n© 2025 The Dunmore Leader. All rights reserved.", language: "en" }).claims;
    expect(byCue(paper, "counted").attributionLevel).toBe("witnessed");
  });

  it("reads « l’entreprise » taken up twice as the same company", () => {
    const claims = fr("Les travaux de la société minière Ferraval SA ont été suspendus. Ferraval a annoncé son intention de faire appel.\n\nL’entreprise affirme avoir versé toutes les indemnités et soutient que son permis « demeure valide ».");
    expect(byCue(claims, "affirme").claimant).toContain("Ferraval");
    expect(byCue(claims, "soutient").claimant).toContain("Ferraval");
  });

  it("reads a daily report as a document, its adjective no paper's", () => {
    expect(byCue(fr("Selon le bilan quotidien de l’agence, 41 incendies sont actifs."), "Selon").attributionLevel).toBe("document");
  });
});

describe("a role taken up after the person was named with it", () => {
  it("reads « la conseillère d’État » and 'its chief executive' as the person named with that role, whoever spoke since", () => {
    const fr1 = fr("Nathalie Perrenoud-Gisler, conseillère d’État, a annoncé la fermeture du pont. « Nous n’avions pas le choix », a ajouté Marc Dubois, ingénieur.\n\nSelon la conseillère d’État, les travaux dureront deux ans.");
    expect([byCue(fr1, "Selon").claimant, byCue(fr1, "Selon").attributionLevel]).toEqual(["Nathalie Perrenoud-Gisler", "named_on_record"]);
    const en1 = en("Deirdre Fallon-Keogh, chief executive of the Wagering Authority, said the rules would change. “We had no choice,” said Tom Reed, an engineer.\n\nIts chief executive said fines would double.");
    expect(en1.at(-1)?.claimant).toBe("Deirdre Fallon-Keogh");
    // A body named in apposition is no person: "the company" stays the company.
    expect(en("Quillon Systems, the company behind the app, cut jobs. The company said demand had fallen.").at(-1)?.attributionLevel).toBe("official_statement");
  });
});

describe("data observatories", () => {
  it("reads an observatory that publishes data as a document, not an astronomers' observatory", () => {
    expect(byCue(fr("D’après l’Observatoire régional des loyers, le loyer moyen a bondi de 9 %."), "D’après").attributionLevel).toBe("document");
    expect(byCue(en("The Harbour Observatory said the comet would be visible on Friday."), "said").attributionLevel).toBe("official_statement");
  });
});
