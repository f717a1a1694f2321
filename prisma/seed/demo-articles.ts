// Demo content for the claims tracker: four fictional news reports (two in French, two in
// English) with hand-annotated claims. All outlets, people, places and figures are invented.
// French texts use real typography: « » with non-breaking spaces (U+00A0) inside, ’ apostrophes,
// non-breaking spaces before « : » and inside numbers and percentages.

export type DemoClaim = {
  quote: string; // an exact substring of the article text, occurring once in it
  summary: string; // short headline, under 75 characters
  claimant: string | null; // as written in the article, or null when there is no source
  claimantKind: "person" | "institution" | "outlet" | "document" | null;
  cue: string | null; // exact substring of the article: "a déclaré", "said", "selon"…
  attributionLevel:
    | "witnessed"
    | "named_on_record"
    | "official_statement"
    | "document"
    | "anonymous_described"
    | "anonymous_bare"
    | "secondary_report"
    | "hedged_unsourced"
    | "author_assertion";
  quoteType: "direct" | "indirect" | "mixed";
  hedged: boolean;
  checkworthiness: number; // 0..1
};

export type DemoArticle = {
  slug: string;
  title: string;
  outlet: string;
  url: string;
  language: "fr" | "en";
  publishedAt: string; // ISO 8601 UTC
  text: string;
  claims: DemoClaim[];
};

export const demoArticles: DemoArticle[] = [
  // ---------------------------------------------------------------------------------------------
  // 1. French: port strike
  // ---------------------------------------------------------------------------------------------
  {
    slug: "greve-port-lorvan-troisieme-jour",
    title: "Grève au port de Lorvan : les dockers bloquent les terminaux pour le troisième jour",
    outlet: "La Dépêche du Littoral",
    url: "https://news.example.org/depeche-du-littoral/2025/03/12/greve-port-lorvan-troisieme-jour",
    language: "fr",
    publishedAt: "2025-03-12T17:45:00Z",
    text: [
      "Les grues sont restées immobiles, mercredi, pour le troisième jour consécutif au port de Lorvan. Sur le quai des Ormes, notre journaliste a constaté qu’une quarantaine de porte-conteneurs attendaient au mouillage, tandis que des palettes brûlaient devant l’entrée du terminal nord, sous le regard d’une poignée de gendarmes.",
      "Le mouvement a été lancé lundi par l’intersyndicale des dockers, après la présentation d’un plan d’automatisation du terminal nord, qui emploie aujourd’hui 1 350 personnes. Dans les vestiaires comme sur les piquets, l’inquiétude domine.",
      "« Le plan prévoit la suppression de 450 postes d’ici à 2027, soit un tiers des effectifs », a déclaré Karim Benhaddou, secrétaire général du syndicat des dockers de Lorvan, devant quelque 300 grévistes réunis à l’aube. Il a ajouté que la direction n’avait « jamais répondu » aux trois courriers envoyés par le syndicat depuis janvier.",
      "La bataille des chiffres a commencé dès le premier jour, chaque camp accusant l’autre de gonfler ou de minimiser la mobilisation. Selon l’intersyndicale, 85 % des dockers ont cessé le travail, tandis que la direction du port évoque 38 % de grévistes.",
      "Le blocage pèse sur toute l’économie régionale, des transporteurs routiers aux céréaliers qui exportent par la mer. D’après les chiffres de l’Observatoire régional des transports, le port a traité 2,3 millions de conteneurs EVP en 2024, en hausse de 6 % sur un an.",
      "Selon des sources concordantes, une réunion de médiation pourrait se tenir vendredi à la préfecture, en présence des deux parties.",
      "L’Hebdo des Quais, qui cite un courriel interne, rapporte pour sa part que l’armateur Nordlink envisagerait de dérouter ses escales vers Anvers si le blocage se prolongeait au-delà de la semaine. Interrogé par notre journal, l’armateur n’a pas donné suite à nos questions mercredi soir.",
      "Quant au ministre des Transports, il aurait demandé au préfet de trouver une issue avant le week-end, afin d’éviter des ruptures d’approvisionnement en carburant dans les stations-service du département.",
      "En attendant, sur le quai des Ormes, les braseros restaient allumés à la nuit tombée.",
    ].join("\n\n"),
    claims: [
      {
        quote: "une quarantaine de porte-conteneurs attendaient au mouillage",
        summary: "Une quarantaine de porte-conteneurs bloqués au mouillage",
        claimant: "notre journaliste",
        claimantKind: "person",
        cue: "a constaté",
        attributionLevel: "witnessed",
        quoteType: "indirect",
        hedged: false,
        checkworthiness: 0.7,
      },
      {
        quote:
          "Le mouvement a été lancé lundi par l’intersyndicale des dockers, après la présentation d’un plan d’automatisation du terminal nord, qui emploie aujourd’hui 1 350 personnes",
        summary: "Grève lancée lundi contre l’automatisation d’un terminal de 1 350 salariés",
        claimant: null,
        claimantKind: null,
        cue: null,
        attributionLevel: "author_assertion",
        quoteType: "indirect",
        hedged: false,
        checkworthiness: 0.75,
      },
      {
        quote: "Le plan prévoit la suppression de 450 postes d’ici à 2027, soit un tiers des effectifs",
        summary: "Le plan supprimerait 450 postes d’ici à 2027, un tiers des effectifs",
        claimant: "Karim Benhaddou, secrétaire général du syndicat des dockers de Lorvan",
        claimantKind: "person",
        cue: "a déclaré",
        attributionLevel: "named_on_record",
        quoteType: "direct",
        hedged: false,
        checkworthiness: 0.9,
      },
      {
        // pronoun claimant: « Il a ajouté » refers to Karim Benhaddou
        quote: "la direction n’avait « jamais répondu » aux trois courriers envoyés par le syndicat depuis janvier",
        summary: "La direction n’a répondu à aucun des trois courriers du syndicat",
        claimant: "Karim Benhaddou, secrétaire général du syndicat des dockers de Lorvan",
        claimantKind: "person",
        cue: "Il a ajouté",
        attributionLevel: "named_on_record",
        quoteType: "mixed",
        hedged: false,
        checkworthiness: 0.65,
      },
      {
        // two claims, two sources, one sentence (1/2)
        quote: "85 % des dockers ont cessé le travail",
        summary: "85 % de grévistes selon l’intersyndicale",
        claimant: "l’intersyndicale",
        claimantKind: "institution",
        cue: "Selon",
        attributionLevel: "official_statement",
        quoteType: "indirect",
        hedged: false,
        checkworthiness: 0.8,
      },
      {
        // two claims, two sources, one sentence (2/2)
        quote: "38 % de grévistes",
        summary: "38 % de grévistes selon la direction du port",
        claimant: "la direction du port",
        claimantKind: "institution",
        cue: "évoque",
        attributionLevel: "official_statement",
        quoteType: "indirect",
        hedged: false,
        checkworthiness: 0.8,
      },
      {
        quote: "le port a traité 2,3 millions de conteneurs EVP en 2024, en hausse de 6 % sur un an",
        summary: "2,3 millions de conteneurs traités en 2024, +6 % sur un an",
        claimant: "les chiffres de l’Observatoire régional des transports",
        claimantKind: "document",
        cue: "D’après",
        attributionLevel: "document",
        quoteType: "indirect",
        hedged: false,
        checkworthiness: 0.85,
      },
      {
        quote: "une réunion de médiation pourrait se tenir vendredi à la préfecture",
        summary: "Une médiation envisagée vendredi à la préfecture",
        claimant: "des sources concordantes",
        claimantKind: "person",
        cue: "Selon",
        attributionLevel: "anonymous_bare",
        quoteType: "indirect",
        hedged: true,
        checkworthiness: 0.35,
      },
      {
        quote:
          "l’armateur Nordlink envisagerait de dérouter ses escales vers Anvers si le blocage se prolongeait au-delà de la semaine",
        summary: "Nordlink pourrait dérouter ses escales vers Anvers",
        claimant: "L’Hebdo des Quais",
        claimantKind: "outlet",
        cue: "rapporte",
        attributionLevel: "secondary_report",
        quoteType: "indirect",
        hedged: true,
        checkworthiness: 0.6,
      },
      {
        quote: "il aurait demandé au préfet de trouver une issue avant le week-end",
        summary: "Le ministre aurait exigé une sortie de crise avant le week-end",
        claimant: null,
        claimantKind: null,
        cue: null,
        attributionLevel: "hedged_unsourced",
        quoteType: "indirect",
        hedged: true,
        checkworthiness: 0.5,
      },
    ],
  },

  // ---------------------------------------------------------------------------------------------
  // 2. French: regional hospital budget dispute (with page boilerplate that is not a claim)
  // ---------------------------------------------------------------------------------------------
  {
    slug: "hopital-breville-budget-rejete",
    title: "Hôpital de Bréville : le budget 2025 rejeté, bras de fer avec l’ARS",
    outlet: "Le Courrier de l’Est",
    url: "https://news.example.org/courrier-de-l-est/2025/01/21/hopital-breville-budget-rejete",
    language: "fr",
    publishedAt: "2025-01-21T05:30:00Z",
    text: [
      "Le conseil de surveillance du centre hospitalier de Bréville a rejeté, lundi soir, le budget prévisionnel pour 2025, par neuf voix contre six. C’est la première fois depuis l’ouverture de l’établissement, en 1974, qu’un budget y est refusé. La séance, ouverte au public, s’est tenue dans une atmosphère électrique.",
      "Lire aussi : Urgences de Bréville : une nuit d’attente sur un brancard pour un patient de 92 ans",
      "L’agence régionale de santé (ARS) a confirmé dans un communiqué qu’elle « maintiendra » sa dotation à 212 millions d’euros, soit quatre millions de moins que la somme demandée par l’hôpital, et qu’elle attend un « plan de retour à l’équilibre » d’ici à la fin du mois de mars. Du côté des soignants, la colère ne retombe pas.",
      "« Nous avons déjà fermé douze lits de chirurgie depuis septembre, faute d’infirmiers », a déclaré la docteure Hélène Marchetti, présidente de la commission médicale d’établissement. « Avec ce budget, le prochain service à fermer sera la pédiatrie », a-t-elle ajouté.",
      "Un cadre de l’ARS, qui s’est exprimé sous couvert d’anonymat, estime au contraire que l’hôpital « n’a pas fait les efforts demandés » pour réduire son recours à l’intérim médical, une dépense qu’il juge « hors de contrôle ».",
      "D’après le dernier rapport de la chambre régionale des comptes, publié en novembre, l’intérim médical a coûté 9,4 millions d’euros à l’établissement en 2023, contre 5,1 millions en 2021.",
      "Recevez chaque matin l’essentiel de l’actualité de votre département : inscrivez-vous gratuitement à notre newsletter.",
      "Sur le terrain, la tension est palpable. Mardi matin, une journaliste du Courrier de l’Est a vu une vingtaine de patients allongés sur des brancards dans le couloir des urgences, faute de lits disponibles dans les étages.",
      "Reste à savoir qui cédera le premier. D’après une source qui a requis l’anonymat, la direction envisagerait de reporter d’un an l’ouverture du nouveau bloc opératoire, prévue en septembre. Il se murmure enfin que le directeur, Philippe Auzanne, pourrait quitter ses fonctions avant l’été. Contactée lundi soir, la direction de l’hôpital n’a pas souhaité s’exprimer avant la prochaine réunion du conseil de surveillance.",
      "Partager sur Facebook · Partager sur X · Copier le lien",
    ].join("\n\n"),
    claims: [
      {
        quote:
          "Le conseil de surveillance du centre hospitalier de Bréville a rejeté, lundi soir, le budget prévisionnel pour 2025, par neuf voix contre six",
        summary: "Budget 2025 de l’hôpital de Bréville rejeté par neuf voix contre six",
        claimant: null,
        claimantKind: null,
        cue: null,
        attributionLevel: "author_assertion",
        quoteType: "indirect",
        hedged: false,
        checkworthiness: 0.8,
      },
      {
        quote: "C’est la première fois depuis l’ouverture de l’établissement, en 1974, qu’un budget y est refusé",
        summary: "Premier budget refusé depuis l’ouverture de l’hôpital en 1974",
        claimant: null,
        claimantKind: null,
        cue: null,
        attributionLevel: "author_assertion",
        quoteType: "indirect",
        hedged: false,
        checkworthiness: 0.7,
      },
      {
        quote:
          "elle « maintiendra » sa dotation à 212 millions d’euros, soit quatre millions de moins que la somme demandée par l’hôpital, et qu’elle attend un « plan de retour à l’équilibre » d’ici à la fin du mois de mars",
        summary: "L’ARS maintient sa dotation à 212 millions d’euros",
        claimant: "L’agence régionale de santé (ARS)",
        claimantKind: "institution",
        cue: "a confirmé",
        attributionLevel: "official_statement",
        quoteType: "mixed",
        hedged: false,
        checkworthiness: 0.85,
      },
      {
        quote: "Nous avons déjà fermé douze lits de chirurgie depuis septembre, faute d’infirmiers",
        summary: "Douze lits de chirurgie fermés depuis septembre",
        claimant: "Hélène Marchetti, présidente de la commission médicale d’établissement",
        claimantKind: "person",
        cue: "a déclaré",
        attributionLevel: "named_on_record",
        quoteType: "direct",
        hedged: false,
        checkworthiness: 0.8,
      },
      {
        // pronoun claimant with an inverted cue: « a-t-elle ajouté » refers to Hélène Marchetti
        quote: "Avec ce budget, le prochain service à fermer sera la pédiatrie",
        summary: "La pédiatrie serait le prochain service à fermer",
        claimant: "Hélène Marchetti, présidente de la commission médicale d’établissement",
        claimantKind: "person",
        cue: "a-t-elle ajouté",
        attributionLevel: "named_on_record",
        quoteType: "direct",
        hedged: false,
        checkworthiness: 0.25,
      },
      {
        quote: "l’hôpital « n’a pas fait les efforts demandés » pour réduire son recours à l’intérim médical, une dépense qu’il juge « hors de contrôle »",
        summary: "Pour l’ARS, l’hôpital n’a pas assez réduit l’intérim médical",
        claimant: "Un cadre de l’ARS",
        claimantKind: "person",
        cue: "estime",
        attributionLevel: "anonymous_described",
        quoteType: "mixed",
        hedged: false,
        checkworthiness: 0.35,
      },
      {
        quote: "l’intérim médical a coûté 9,4 millions d’euros à l’établissement en 2023, contre 5,1 millions en 2021",
        summary: "Intérim médical : 9,4 millions d’euros en 2023 contre 5,1 en 2021",
        claimant: "le dernier rapport de la chambre régionale des comptes",
        claimantKind: "document",
        cue: "D’après",
        attributionLevel: "document",
        quoteType: "indirect",
        hedged: false,
        checkworthiness: 0.9,
      },
      {
        quote:
          "une vingtaine de patients allongés sur des brancards dans le couloir des urgences, faute de lits disponibles dans les étages",
        summary: "Une vingtaine de patients sur des brancards aux urgences",
        claimant: "une journaliste du Courrier de l’Est",
        claimantKind: "person",
        cue: "a vu",
        attributionLevel: "witnessed",
        quoteType: "indirect",
        hedged: false,
        checkworthiness: 0.7,
      },
      {
        quote: "la direction envisagerait de reporter d’un an l’ouverture du nouveau bloc opératoire, prévue en septembre",
        summary: "L’ouverture du nouveau bloc opératoire serait reportée d’un an",
        claimant: "une source qui a requis l’anonymat",
        claimantKind: "person",
        cue: "D’après",
        attributionLevel: "anonymous_bare",
        quoteType: "indirect",
        hedged: true,
        checkworthiness: 0.55,
      },
      {
        quote: "le directeur, Philippe Auzanne, pourrait quitter ses fonctions avant l’été",
        summary: "Le directeur Philippe Auzanne pourrait partir avant l’été",
        claimant: null,
        claimantKind: null,
        cue: "Il se murmure",
        attributionLevel: "hedged_unsourced",
        quoteType: "indirect",
        hedged: true,
        checkworthiness: 0.3,
      },
    ],
  },

  // ---------------------------------------------------------------------------------------------
  // 3. English: city water-quality report (with page boilerplate that is not a claim)
  // ---------------------------------------------------------------------------------------------
  {
    slug: "port-carrick-lead-water-report",
    title: "Lead above legal limit in one in eight Port Carrick homes tested, report finds",
    outlet: "The Harbour Gazette",
    url: "https://news.example.org/harbour-gazette/2025/02/05/port-carrick-lead-water-report",
    language: "en",
    publishedAt: "2025-02-05T11:20:00Z",
    text: [
      "Water samples from one in eight homes tested in Port Carrick last year contained lead above the legal limit of 10 micrograms per litre, according to a report published on Tuesday by the Northern Water Quality Board.",
      "Most of the failing samples came from houses built before 1970 in the Eastside and Quayhill districts, where many homes still have their original supply pipes, the report said.",
      "Share on Facebook | Share on X | Email this article",
      "Carrick Water, the city-owned utility, said in a statement that water leaving its treatment works “meets every national standard” and that the problem lies in “privately owned lead pipes” inside older properties, which it says homeowners are responsible for replacing.",
      "“We have known about these pipes for twenty years and nobody has wanted to pay to dig them up,” said Dana Okafor, the councillor who chairs the city’s environment committee. She said the council will vote next month on a £4 million grant scheme to replace lead supply pipes in about 1,500 homes.",
      "The city banned lead pipes in new buildings in 1976, but no programme was ever funded to remove existing ones.",
      "Read more: Port Carrick council approves new sewer charge",
      "The Carrick Evening Post first reported in December that the utility had been aware of elevated readings in Eastside since 2022. Carrick Water did not respond to a request for comment on that report.",
      "On Wednesday, a Gazette reporter saw staff at St Brendan’s primary school on Quay Street handing out bottled water and taping signs over the drinking fountains while a queue of parents waited at the gate.",
      "Replacement work on the worst-affected streets is expected to start in the spring, once contractors have been appointed. The board will publish street-by-street results on its website next week, and residents can ask the utility for a free test.",
      "The Harbour Gazette is free to read. Support independent local journalism: donate from £3 a month. Sign up for our morning newsletter.",
    ].join("\n\n"),
    claims: [
      {
        quote:
          "Water samples from one in eight homes tested in Port Carrick last year contained lead above the legal limit of 10 micrograms per litre",
        summary: "One in eight homes tested had lead above the legal limit",
        claimant: "a report published on Tuesday by the Northern Water Quality Board",
        claimantKind: "document",
        cue: "according to",
        attributionLevel: "document",
        quoteType: "indirect",
        hedged: false,
        checkworthiness: 0.9,
      },
      {
        quote: "Most of the failing samples came from houses built before 1970 in the Eastside and Quayhill districts",
        summary: "Most failures in pre-1970 houses in Eastside and Quayhill",
        claimant: "the report",
        claimantKind: "document",
        cue: "said",
        attributionLevel: "document",
        quoteType: "indirect",
        hedged: false,
        checkworthiness: 0.75,
      },
      {
        quote:
          "water leaving its treatment works “meets every national standard” and that the problem lies in “privately owned lead pipes” inside older properties, which it says homeowners are responsible for replacing",
        summary: "Utility says treated water meets standards, blames private pipes",
        claimant: "Carrick Water, the city-owned utility",
        claimantKind: "institution",
        cue: "said in a statement",
        attributionLevel: "official_statement",
        quoteType: "mixed",
        hedged: false,
        checkworthiness: 0.75,
      },
      {
        quote: "We have known about these pipes for twenty years and nobody has wanted to pay to dig them up",
        summary: "Lead pipes known about for twenty years, councillor says",
        claimant: "Dana Okafor, the councillor who chairs the city’s environment committee",
        claimantKind: "person",
        cue: "said",
        attributionLevel: "named_on_record",
        quoteType: "direct",
        hedged: false,
        checkworthiness: 0.6,
      },
      {
        // pronoun claimant: "She said" refers to Dana Okafor
        quote:
          "the council will vote next month on a £4 million grant scheme to replace lead supply pipes in about 1,500 homes",
        summary: "Council to vote on £4m scheme to replace pipes in 1,500 homes",
        claimant: "Dana Okafor, the councillor who chairs the city’s environment committee",
        claimantKind: "person",
        cue: "She said",
        attributionLevel: "named_on_record",
        quoteType: "indirect",
        hedged: false,
        checkworthiness: 0.75,
      },
      {
        quote: "The city banned lead pipes in new buildings in 1976, but no programme was ever funded to remove existing ones",
        summary: "Lead pipes banned in new buildings in 1976, never removed",
        claimant: null,
        claimantKind: null,
        cue: null,
        attributionLevel: "author_assertion",
        quoteType: "indirect",
        hedged: false,
        checkworthiness: 0.7,
      },
      {
        quote: "the utility had been aware of elevated readings in Eastside since 2022",
        summary: "Utility knew of high lead readings in Eastside since 2022",
        claimant: "The Carrick Evening Post",
        claimantKind: "outlet",
        cue: "first reported",
        attributionLevel: "secondary_report",
        quoteType: "indirect",
        hedged: false,
        checkworthiness: 0.8,
      },
      {
        quote:
          "staff at St Brendan’s primary school on Quay Street handing out bottled water and taping signs over the drinking fountains",
        summary: "School on Quay Street handing out bottled water",
        claimant: "a Gazette reporter",
        claimantKind: "person",
        cue: "saw",
        attributionLevel: "witnessed",
        quoteType: "indirect",
        hedged: false,
        checkworthiness: 0.65,
      },
      {
        quote: "Replacement work on the worst-affected streets is expected to start in the spring",
        summary: "Pipe replacement expected to start in the spring",
        claimant: null,
        claimantKind: null,
        cue: "is expected to",
        attributionLevel: "hedged_unsourced",
        quoteType: "indirect",
        hedged: true,
        checkworthiness: 0.3,
      },
      {
        quote: "The board will publish street-by-street results on its website next week",
        summary: "Street-by-street results to be published next week",
        claimant: null,
        claimantKind: null,
        cue: null,
        attributionLevel: "author_assertion",
        quoteType: "indirect",
        hedged: false,
        checkworthiness: 0.35,
      },
    ],
  },

  // ---------------------------------------------------------------------------------------------
  // 4. English: EU farm-subsidy vote
  // ---------------------------------------------------------------------------------------------
  {
    slug: "eu-parliament-farm-subsidy-cap-vote",
    title: "European Parliament narrowly backs cap on farm payments to large estates",
    outlet: "The Brussels Ledger",
    url: "https://news.example.org/brussels-ledger/2025/04/10/eu-parliament-farm-subsidy-cap-vote",
    language: "en",
    publishedAt: "2025-04-10T16:05:00Z",
    text: [
      "The European Parliament voted 331 to 298 on Thursday, with 41 abstentions, to cap direct payments under the Common Agricultural Policy at €100,000 per farm per year, after a debate that ran late into the evening. The margin was narrower than many in Brussels had expected.",
      "The European Commission said the cap will affect about 0.4% of recipients and free up roughly €1.2bn a year for small and young farmers.",
      "Ingrid Vasquez, the Spanish Green MEP who steered the text through Parliament, called the result “a first crack in a system that pays the biggest landowners the most”.",
      "“Family farms in my region will not see a single extra euro from this,” said Tomasz Wierzbicki, a Polish MEP from the centre-right European People’s Party, who voted against.",
      "The figures are disputed: AgriEuropa, the main farmers’ lobby in Brussels, says 12,000 farms stand to lose money, while the Commission puts the number at fewer than 7,000.",
      "The imbalance the cap targets is long-standing. A 2024 study by the Institute for Rural Economics, a Vienna-based research group, found that 80% of direct payments go to the largest 20% of recipients.",
      "The vote is only a first step: the Council, where national governments sit, must now agree its own position before negotiations can begin. A senior Council official, speaking on condition of anonymity because the talks are confidential, said at least six member states, including France and Poland, are preparing to block the measure in negotiations with Parliament.",
      "Sources said the French government has already drafted a counter-proposal that would raise the cap to €250,000.",
      "Final rules are reportedly unlikely to take effect before the 2028 budget cycle, leaving current payments unchanged for at least three more years, a timetable that satisfies neither side of the debate.",
    ].join("\n\n"),
    claims: [
      {
        quote:
          "The European Parliament voted 331 to 298 on Thursday, with 41 abstentions, to cap direct payments under the Common Agricultural Policy at €100,000 per farm per year",
        summary: "Parliament votes 331–298 to cap farm payments at €100,000",
        claimant: null,
        claimantKind: null,
        cue: null,
        attributionLevel: "author_assertion",
        quoteType: "indirect",
        hedged: false,
        checkworthiness: 0.85,
      },
      {
        quote: "the cap will affect about 0.4% of recipients and free up roughly €1.2bn a year for small and young farmers",
        summary: "Cap hits 0.4% of recipients, frees €1.2bn a year, Commission says",
        claimant: "The European Commission",
        claimantKind: "institution",
        cue: "said",
        attributionLevel: "official_statement",
        quoteType: "indirect",
        hedged: false,
        checkworthiness: 0.85,
      },
      {
        quote: "the result “a first crack in a system that pays the biggest landowners the most”",
        summary: "Rapporteur calls vote a first crack in a system favouring landowners",
        claimant: "Ingrid Vasquez, the Spanish Green MEP who steered the text through Parliament",
        claimantKind: "person",
        cue: "called",
        attributionLevel: "named_on_record",
        quoteType: "mixed",
        hedged: false,
        checkworthiness: 0.25,
      },
      {
        quote: "Family farms in my region will not see a single extra euro from this",
        summary: "Polish MEP says family farms will gain nothing",
        claimant: "Tomasz Wierzbicki, a Polish MEP from the centre-right European People’s Party",
        claimantKind: "person",
        cue: "said",
        attributionLevel: "named_on_record",
        quoteType: "direct",
        hedged: false,
        checkworthiness: 0.3,
      },
      {
        // two claims, two sources, one sentence (1/2)
        quote: "12,000 farms stand to lose money",
        summary: "12,000 farms would lose money, says farmers’ lobby",
        claimant: "AgriEuropa, the main farmers’ lobby in Brussels",
        claimantKind: "institution",
        cue: "says",
        attributionLevel: "official_statement",
        quoteType: "indirect",
        hedged: false,
        checkworthiness: 0.8,
      },
      {
        // two claims, two sources, one sentence (2/2)
        quote: "fewer than 7,000",
        summary: "Commission: fewer than 7,000 farms lose out",
        claimant: "the Commission",
        claimantKind: "institution",
        cue: "puts the number at",
        attributionLevel: "official_statement",
        quoteType: "indirect",
        hedged: false,
        checkworthiness: 0.8,
      },
      {
        quote: "80% of direct payments go to the largest 20% of recipients",
        summary: "80% of direct payments go to the largest 20% of recipients",
        claimant: "A 2024 study by the Institute for Rural Economics, a Vienna-based research group",
        claimantKind: "document",
        cue: "found",
        attributionLevel: "document",
        quoteType: "indirect",
        hedged: false,
        checkworthiness: 0.85,
      },
      {
        quote:
          "at least six member states, including France and Poland, are preparing to block the measure in negotiations with Parliament",
        summary: "At least six member states preparing to block the cap",
        claimant: "A senior Council official",
        claimantKind: "person",
        cue: "speaking on condition of anonymity",
        attributionLevel: "anonymous_described",
        quoteType: "indirect",
        hedged: false,
        checkworthiness: 0.7,
      },
      {
        quote: "the French government has already drafted a counter-proposal that would raise the cap to €250,000",
        summary: "France has drafted a counter-proposal for a €250,000 cap",
        claimant: "Sources",
        claimantKind: "person",
        cue: "Sources said",
        attributionLevel: "anonymous_bare",
        quoteType: "indirect",
        hedged: false,
        checkworthiness: 0.65,
      },
      {
        quote: "Final rules are reportedly unlikely to take effect before the 2028 budget cycle",
        summary: "Final rules unlikely before the 2028 budget cycle",
        claimant: null,
        claimantKind: null,
        cue: "reportedly",
        attributionLevel: "hedged_unsourced",
        quoteType: "indirect",
        hedged: true,
        checkworthiness: 0.3,
      },
    ],
  },
];
