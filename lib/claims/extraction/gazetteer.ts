// Small word lists that let rules recognise what kind of source a noun phrase names: news
// outlets, institutions, documents, unnamed roles, countries. Kept short and generic (not tuned to
// one article); everything is lower case and matched on whole words.

export const OUTLETS = [
  "new york times", "times", "washington post", "post", "wall street journal", "journal", "reuters", "associated press", "agence france-presse", "bloomberg", "fox news", "nbc news", "abc news", "cbs news", "guardian", "politico", "axios", "breitbart", "huffington post", "huffpost", "buzzfeed", "usa today", "daily mail",
  "financial times", "the economist", "economist", "new yorker", "atlantic", "vox", "slate", "daily beast", "the hill", "hill",
  "le monde", "le figaro", "figaro", "libération", "le parisien", "les echos", "mediapart", "l'express", "le point",
  "franceinfo", "france info", "bfmtv", "france 2", "france inter", "radio france", "france 24", "euronews",
  "al jazeera", "spiegel", "der spiegel", "ria novosti", "interfax", "xinhua", "yonhap", "kyodo", "el país",
  "corriere della sera", "la repubblica", "espreso tv", "kyiv independent", "times of israel", "haaretz", "le temps",
  "newspaper", "newspapers", "journal", "journaux", "quotidien", "hebdomadaire", "magazine", "tabloid", "tabloïd", "outlet",
  "média", "médias", "media", "chaîne", "channel", "network", "broadcaster", "website", "site", "blog", "tweet", "twitter",
  "facebook", "instagram", "tiktok", "telegram", "radio", "télévision", "television", "tv", "news agency",
  "agence de presse", "podcast", "editorial", "éditorial", "columnist", "chroniqueur", "éditorialiste", "editorialist", "hebdo", "gazette", "tabloids", "newsletter", "sports daily", "news daily", "weekly paper", "trade newsletter", "site d'information", "mensuel",
  "leader column", "editorial column", "opinion column", "trade weekly", "trade title", "trade paper", "trade publication", "lettre professionnelle", "lettre spécialisée", "revue spécialisée", "am station", "fm station", "radio station", "tv station", "television station", "community station", "station de radio", "station communautaire",
];

export const INSTITUTIONS = [
  "white house", "command", "zone de secours", "zone de police", "gestionnaire du réseau", "gestionnaire de réseau", "gestionnaire des réseaux", "gestionnaire de la ligne", "gestionnaire du site", "gestionnaire des routes", "météo-france", "météosuisse", "environnement canada", "weather service", "bureau of meteorology", "maison blanche", "kremlin", "pentagon", "pentagone", "élysée", "elysée", "matignon", "quai d'orsay",
  // ("Road Running Standards, the body that certifies courses", "Bright Harbor Live, the
  // promoter", "Seatlark, the tour’s official ticket seller".)
  "body", "promoter", "ticket seller", "ticketing platform",
  "institution", "instance", "downing street", "state department", "département d'état", "government", "gouvernement", "administration", "ministry",
  "ministère", "department", "département", "army", "armée", "military", "forces", "police", "préfecture", "prefecture",
  "court", "tribunal", "cour", "parquet", "prosecutor's office", "prosecutors", "company", "firm", "entreprise", "groupe",
  "campaign", "campagne", "party", "parti", "committee", "comité", "commission", "council", "conseil", "embassy",
  "ambassade", "office", "bureau", "regime", "régime", "agency", "agence", "united nations", "nations unies", "european union", "union européenne", "congress", "congrès", "senate", "sénat", "parliament", "parlement", "assemblée", "city", "ville", "capitainerie", "commune", "pompiers", "sapeurs-pompiers", "gendarmes", "policiers", "sous-préfecture",
  // (Public places that speak through their management: "The library says…", « Le musée affirme… »,
  // "The airport says…", "The coastguard said…", « Le festival affirme… ».)
  "library", "bibliothèque", "médiathèque", "museum", "musée", "festival", "airport", "aéroport", "coastguard", "coast guard", "garde-côtes",
  // (Sports clubs by the first word of their name: « le Stade Ferravinois », « l’Olympique de… ».)
  "stade", "olympique", "racing", "sporting",
  "force", "municipalité", "municipality", "municipalities", "collectivité", "intercommunalité", "hôtel", "communauté de communes", "agglomération", "métropole", "mairie",
  "county", "district", "school district", "gardaí", "garda", "gendarmerie", "union", "guild", "syndicat", "federation", "fédération", "organisme", "organisation", "organization", "association", "ngo", "ong",
  "institute", "institut", "university", "université", "hospital", "hôpital", "infirmary", "clinic", "clinique", "centre", "center", "board", "authorities", "autorités",
  "spokesman's office", "headquarters", "état-major", "staff", "navy", "marine", "air force", "armée de l'air", "ministère de la défense",
  "central bank", "banque centrale", "federal reserve", "eurostat", "justice department", "defense department", "home office", "foreign office", "interior ministry", "foreign ministry",
  "inc", "corp", "corporation", "ltd", "group", "bank", "banque", "service", "services",
  // What an organisation is called in an apposition ("Velora, the regional water utility, said").
  "lobby", "utility", "operator", "manufacturer", "carmaker", "airline", "carrier", "insurer", "retailer", "supplier",
  "charity", "foundation", "trust", "coalition", "alliance", "watchdog", "regulator", "authority", "club", "league",
  "consortium", "cooperative", "nonprofit", "non-profit", "think tank", "conglomerate", "laboratory", "school", "college",
  "chamber", "collective", "employer", "employers", "maker", "builder", "team", "équipe", "présidence", "presidency", "primature", "chancellerie", "chancellery", "délégation", "delegation", "habitat", "producer", "consultancy", "administrators", "distributor", "provider", "chain", "exporter",
  "importer", "startup", "start-up", "observatory", "mission", "secretariat", "inspectorate", "directorate", "ombudsman's office",
  // Territories that speak through their government (« le canton parle de… », « la Région
  // assure… ») and union fronts (« le front commun syndical »).
  "canton", "région", "province", "front commun", "front syndical",
  "intersyndicale", "direction", "collectif", "fondation", "mutuelle", "société", "opérateur", "constructeur", "assureur",
  "fabricant", "compagnie", "laboratoire", "ligue", "coopérative", "enseigne", "groupement", "observatoire", "autorité",
  "régie", "rectorat", "chambre", "académie", "établissement", "clinique", "caisse", "syndicats", "exploitant", "bailleur",
  // Businesses by what they make or run (« la fromagerie », « l'industriel »), and firms in the plural
  // ("one of the sanctioned firms").
  "fromagerie", "laiterie", "boulangerie", "brasserie", "usine", "raffinerie", "fonderie", "abattoir", "industriel",
  "firms", "companies", "entreprises", "sociétés",
  // What a business is in an apposition ("Corvane, the cloud payroll platform…", « son équipe,
  // Cérès-Altitude »).
  "platform", "plateforme", "provider", "fournisseur", "retailer", "distributeur", "lender", "insurer", "carrier",
  "transporteur", "manufacturer", "maker", "developer", "éditeur", "startup", "start-up", "chain", "supermarket",
  "airline", "supplier", "wholesaler", "équipe", "team", "app", "application", "brand", "marque", "operator", "opérateur",
  "régulateur", "régulatrice", "confédération", "confederation", "entourage", "cabinet", "secrétariat", "secretariat", "organisers", "organizers", "organisateurs", "organisatrices",
  // Cooperatives and districts ("the co-op said", "both districts announced").
  "co-op", "coop", "cooperative", "co-operative", "coopérative", "districts", "school district", "school districts",
];

export const DOCUMENTS = [
  "report", "reports", "study", "studies", "survey", "poll", "polls", "analysis", "data", "figures", "readings", "measurements", "statistics", "document",
  // ("a breach notification filed with…", "the 2025 edition of the index", "a list it published").
  // (What pictures from above show, and a joint advisory or the UN's estimates.)
  "satellite imagery", "satellite images", "imagery", "images satellitaires", "clichés satellitaires", "advisory", "joint advisory", "advice", "scientific advice", "avis technique", "estimation", "estimations", "projection", "projections", "exit poll", "sortie des urnes",
  "notification", "edition", "certificate", "certificat", "medical certificate", "certificat médical", "attestation", "death certificate", "acte de décès", "autopsy report", "rapport d'autopsie", "list", "order", "outage map", "dashboard", "tracker", "service tracker", "summary", "charge summary", "charge sheet", "tests", "test results", "written evidence", "circular", "circulaire",
  // (A book speaking for itself: "The book claims…", « le livre affirme… »; its author's "she
  // writes" stays hers.)
  "book", "memoir", "autobiography", "livre", "autobiographie", "manuscript", "manuscrit",
  // (A bill paid: « Une facture de 4 870 euros… mentionne un « séminaire » ».)
  "facture", "factures", "invoice", "invoices", "receipt", "receipts",
  // (A duty log and a staff script: « la main courante de l’ouvrage », "a script… tells staff".)
  "main courante", "script", "scripts",
  // (An insurance policy's terms: "The policy schedule… covers…", "the policy requires…".)
  "policy schedule", "insurance policy",
  // (A lawsuit by its short name and a published timetable: "The suit, filed Jan. 30, says…", "The
  // airport’s published timetable suggests…".)
  "suit", "timetable", "timetables",
  // (An application filed for a permit: "Its planning application, lodged in October, says…"; not
  // "application" alone, which in French is as often an app: « L’application Ovalune a confirmé… ».)
  "planning application", "permit application", "licence application", "license application", "demande d'autorisation",
  // (A body's rules and records kept: "The lottery’s rules, published on its website, say…", « les
  // archives de prix de l’application », "staffing rotas seen by the Chronicle", "the resort’s own
  // weather station", "its written staffing policy".)
  "archives", "rota", "rotas", "weather station", "station météo", "staffing policy", "written policy", "heat policy",
  "documents", "filing", "filings", "records", "record", "memo", "memorandum", "letter", "findings", "finding", "assessment",
  "audit", "review", "paper", "research", "census", "estimate", "estimates", "index", "indictment", "complaint", "lawsuit",
  "transcript", "emails", "email", "cable", "cables", "dossier", "budget", "forecast", "model", "numbers", "results", "tally",
  "rapport", "étude", "études", "enquête", "sondage", "sondages", "analyse", "données", "chiffres", "statistiques", "note", "indice", "indices", "avis",
  "mémo", "courrier", "lettre", "découverte", "conclusions", "évaluation", "recensement", "bilan", "relevé", "baromètre",
  "décret", "arrêté", "jugement", "plainte", "acte", "documents", "procès-verbal", "procès-verbaux", "projections", "prévisions", "compte rendu",
  "papers", "résultats", "recours", "requête", "pourvoi", "ordonnance", "réquisitoire", "arrêt", "expertise", "contre-expertise", "analyses", "relevés", "registre", "dépêche interne",
  "court documents", "court papers", "minutes", "logs", "log", "ruling", "judgment", "judgement", "verdict", "affidavit",
  "testimony", "bulletin", "registry", "register", "inventory", "quarterly filing", "annual report", "accounts",
  "financial statements", "returns", "projections", "minutes",
  // Texts that lay down rules: « le projet de loi prévoit… », "the contract stipulates…".
  "décompte", "comptage", "comptages", "count", "petition", "petitions", "fir", "ranking", "rankings", "classement", "league table", "images", "satellite images", "footage", "photographs", "recording", "enregistrement", "vidéo", "projection", "seat projection", "publication", "loi", "lois", "loi de finances", "decision", "décision", "alert", "alerte", "safety alert", "notice", "résultat", "texte", "projet", "projet de loi", "proposition de loi", "amendement", "délibération", "circulaire", "règlement", "contrat",
  "convention", "cahier des charges", "bill", "contract", "draft", "regulation", "regulations", "directive", "ordinance",
  // (An agreement signed: « Un accord signé en 2024… prévoit une consultation préalable ».)
  "accord", "agreement", "protocole", "protocol",
  // Tables, surveys and disclosures in the plural or as published ("those tables", "structural
  // surveys", « les comptes annuels », « le recueil des actes administratifs »).
  "table", "tables", "fare tables", "surveys", "disclosure", "disclosures", "comptes", "comptes annuels", "recueil", "actes",
  // A site's own published rules ("StrideLoop's privacy policy says…").
  "privacy policy", "terms of service", "terms and conditions", "politique de confidentialité", "conditions générales",
  "tableau", "tableaux", "rapports",
  // (A price schedule, a monitoring survey, a posted notice: « selon la grille tarifaire votée par
  // le conseil », « Le suivi de mortalité… recense 64 oiseaux », « Une affichette datée du 9 mars
  // attribue la panne à… ». Not a plan: what « le plan de la direction prévoit » is, the outlet
  // states.)
  // (A public body's answer to a records request: "a freedom of information response".)
  "freedom of information response", "foi response", "freedom of information request", "foi request", "réponse à une demande d'accès",
  "grille", "grilles", "grille tarifaire", "grilles tarifaires", "barème", "suivi", "affichette", "status page", "horaires", "compte administratif", "comptes administratifs",
  // (A comparison published, a criminal record, a calendar, registers, an entry in a log, a wall
  // label: « selon un comparatif publié en septembre », « selon son casier judiciaire », "A second
  // entry, at 4:41 p.m., records…", "a wall label added…".)
  "comparatif", "casier judiciaire", "casier", "annexe", "annexes", "annex", "appendix", "contrats", "calendar", "registres", "page d'état", "entry", "entries", "wall label", "crédits budgétaires",
  // Notices and panels: « la fiche de rappel », « le panel de distributeurs Consoscan », "a
  // company-compiled consensus" of analysts' forecasts.
  "fiche", "fiches", "pages", "fiche de rappel", "fiche technique", "avis de rappel", "recall notice", "panel", "panels", "consensus",
  // An actuary's valuation of a fund.
  "valuation", "actuarial valuation",
  // Findings of an inquiry ("The inquiry found that…", "an investigation by the board found").
  "inquiry", "investigation", "probe", "inspection",
  // Counts published as data ("State traffic counts show…").
  "counts", "traffic counts",
  // Permits and plans filed with an authority ("The event permit … lists a maximum capacity",
  // « le plan de sécurité du festival prévoyait 38 agents »).
  "permit", "permits", "licence", "license", "permis", "plan de sécurité", "security plan", "safety plan", "plan d'évacuation", "evacuation plan",
];

export const ANON_ROLES = [
  "official", "officials", "responsable", "responsables", "source", "sources", "person", "people", "aide", "aides",
  "adviser", "advisers", "advisor", "advisors", "diplomat", "diplomats", "officer", "officers", "insider", "insiders",
  "employee", "employees", "member", "members", "someone", "staffer", "staffers", "analyst", "analysts", "expert",
  "experts", "observer", "observers", "witness", "witnesses", "resident", "residents", "investigators", "lawmakers",
  "executive", "executives", "spokesman", "spokeswoman", "spokesperson", "porte-parole", "proche", "proches", "entourage",
  "membre", "membres", "diplomate", "diplomates", "fonctionnaire", "fonctionnaires", "militaire", "militaires", "agent",
  "agents", "enquêteur", "enquêteurs", "conseiller", "conseillers", "quelqu'un", "habitant", "habitants", "témoin", "témoins",
  "expert", "experts", "analyste", "analystes", "cadre", "cadres", "dirigeant", "dirigeants", "élu", "élus", "observateur",
  "observateurs", "chercheur", "chercheurs", "researchers", "scientists", "economists", "économistes", "critics", "critiques",
  "supporters", "partisans", "protesters", "manifestants", "voters", "électeurs", "democrats", "republicans", "leaders",
  "intelligence", "renseignement",
];

// Ordinary people, unnamed, as a group ("Residents said…", « des riverains affirment… »): as
// unnamed as the roles above, but no title before a name ("the patients' group Vaccine Watch").
export const PEOPLE_GROUPS = [
  "parents", "families", "neighbours", "neighbors", "shoppers", "passengers", "commuters", "patients", "teachers",
  "students", "pupils", "workers", "farmers", "locals", "villagers", "tenants", "customers", "nurses", "doctors", "users",
  "fans", "activists", "campaigners", "demonstrators", "volunteers", "survivors", "victims", "relatives", "participants",
  "attendees", "drivers", "motorists", "traders", "shopkeepers", "homeowners", "staff", "riverains", "voisins",
  "commerçants", "usagers", "passagers", "familles", "locataires", "salariés", "enseignants", "élèves", "étudiants",
  "agriculteurs", "soignants", "infirmiers", "infirmières", "médecins", "bénévoles", "victimes", "participants",
  "automobilistes", "clients", "ouvriers", "militants", "forecasters", "meteorologists", "prévisionnistes",
  // (War and its aftermath: "Ukrainian troops said…", « des soldats affirment… ».)
  "troops", "soldiers", "fighters", "rebels", "civilians", "refugees", "detainees", "prisoners", "sailors", "crew members",
  "soldats", "militaires", "combattants", "rebelles", "civils", "réfugiés", "déplacés", "détenus", "prisonniers", "marins",
];

export const REPORTERS = ["correspondent", "reporter", "reporters", "journalist", "journalists", "envoyé spécial", "envoyée spéciale", "journaliste", "journalistes", "photographer", "photographe", "correspondant", "correspondante", "our", "notre", "nos"];

export const ROLE_TITLES = [
  "president", "président", "présidente", "minister", "ministre", "senator", "sénateur", "sénatrice", "governor",
  "gouverneur", "mayor", "maire", "mairesse", "bourgmestre", "échevin", "échevine", "syndic", "syndique", "secretary", "secrétaire", "chancellor", "chancelier", "chancelière", "prime minister",
  "premier ministre", "premier", "king", "roi", "reine", "queen", "pope", "pape", "ceo", "pdg", "director", "directeur",
  "directrice", "chairman", "chair", "speaker", "candidate", "candidat", "candidate", "nominee", "general", "général",
  "chief", "chef", "leader", "ambassador", "ambassadeur", "ambassadrice", "judge", "juge", "attorney general", "prosecutor",
  "procureur", "procureure", "commissioner", "commissaire", "sheriff", "coach", "entraîneur", "entraîneuse", "député", "députée", "préfet", "préfète",
  "sous-préfet", "sous-préfète", "recteur", "rectrice", "bâtonnier", "bâtonnière", "proviseur", "proviseure", "headteacher",
  "head teacher", "chairperson", "chairwoman", "treasurer", "trustee", "convenor", "coordinator", "coordinatrice", "coordinateur", "délégué", "déléguée",
];

// Countries and capitals, French and English, with an English name for claimant glosses.
export const COUNTRIES: Record<string, string> = {
  "corée du nord": "North Korea", "north korea": "North Korea", pyongyang: "North Korea", "corée du sud": "South Korea",
  "south korea": "South Korea", séoul: "South Korea", seoul: "South Korea", russie: "Russia", russia: "Russia",
  moscou: "Russia", moscow: "Russia", ukraine: "Ukraine", kyiv: "Ukraine", kiev: "Ukraine", "états-unis": "United States",
  "etats-unis": "United States", "united states": "United States", washington: "United States", chine: "China",
  china: "China", pékin: "China", beijing: "China", iran: "Iran", téhéran: "Iran", tehran: "Iran", france: "France",
  paris: "France", "royaume-uni": "United Kingdom", britain: "United Kingdom", "united kingdom": "United Kingdom",
  londres: "United Kingdom", london: "United Kingdom", allemagne: "Germany", germany: "Germany", berlin: "Germany",
  israël: "Israel", israel: "Israel", turquie: "Turkey", turkey: "Turkey", ankara: "Turkey", syrie: "Syria", syria: "Syria",
  japon: "Japan", japan: "Japan", tokyo: "Japan", inde: "India", india: "India", mexique: "Mexico", mexico: "Mexico",
  canada: "Canada", italie: "Italy", italy: "Italy", espagne: "Spain", spain: "Spain", pologne: "Poland", poland: "Poland",
  biélorussie: "Belarus", belarus: "Belarus", cuba: "Cuba", venezuela: "Venezuela", brésil: "Brazil", brazil: "Brazil",
  "arabie saoudite": "Saudi Arabia", "saudi arabia": "Saudi Arabia", egypte: "Egypt", égypte: "Egypt", egypt: "Egypt",
  irak: "Iraq", iraq: "Iraq", afghanistan: "Afghanistan", pakistan: "Pakistan", taïwan: "Taiwan", taiwan: "Taiwan",
  australie: "Australia", australia: "Australia", irlande: "Ireland", ireland: "Ireland", "nouvelle-zélande": "New Zealand",
  "new zealand": "New Zealand", belgique: "Belgium", belgium: "Belgium", suisse: "Switzerland", switzerland: "Switzerland",
  "afrique du sud": "South Africa", "south africa": "South Africa", nigeria: "Nigeria", sénégal: "Senegal", senegal: "Senegal",
  maroc: "Morocco", morocco: "Morocco", algérie: "Algeria", algeria: "Algeria", tunisie: "Tunisia", tunisia: "Tunisia",
  // (Capitals standing for governments in foreign-desk copy: « selon Bruxelles », "Kigali denied…".)
  bruxelles: "European Union", brussels: "European Union", rwanda: "Rwanda", kigali: "Rwanda", "rd congo": "DR Congo", rdc: "DR Congo",
  kinshasa: "DR Congo", soudan: "Sudan", sudan: "Sudan", khartoum: "Sudan", kenya: "Kenya", nairobi: "Kenya", éthiopie: "Ethiopia",
  ethiopia: "Ethiopia", "addis-abeba": "Ethiopia", "addis ababa": "Ethiopia", abuja: "Nigeria", dakar: "Senegal", mali: "Mali",
  bamako: "Mali", niger: "Niger", niamey: "Niger", "burkina faso": "Burkina Faso", ouagadougou: "Burkina Faso", abidjan: "Côte d'Ivoire",
  cameroun: "Cameroon", cameroon: "Cameroon", yaoundé: "Cameroon", alger: "Algeria", algiers: "Algeria", rabat: "Morocco", tunis: "Tunisia",
  "le caire": "Egypt", cairo: "Egypt", liban: "Lebanon", lebanon: "Lebanon", beyrouth: "Lebanon", beirut: "Lebanon", damas: "Syria",
  damascus: "Syria", bagdad: "Iraq", baghdad: "Iraq", riyad: "Saudi Arabia", riyadh: "Saudi Arabia", qatar: "Qatar", doha: "Qatar",
  "new delhi": "India", islamabad: "Pakistan", kaboul: "Afghanistan", kabul: "Afghanistan", varsovie: "Poland", warsaw: "Poland",
  ottawa: "Canada", canberra: "Australia", minsk: "Belarus", "la havane": "Cuba", havana: "Cuba", caracas: "Venezuela",
  philippines: "Philippines", manille: "Philippines", manila: "Philippines", vietnam: "Vietnam", hanoï: "Vietnam", hanoi: "Vietnam",
  indonésie: "Indonesia", indonesia: "Indonesia", jakarta: "Indonesia", taipei: "Taiwan", haïti: "Haiti", haiti: "Haiti",
};

/** Whole-word, case-insensitive membership test for a list of words and short phrases. Built on
 *  sets of n-grams rather than one big regex alternation: the classifier calls it for every
 *  source phrase, and set lookups keep extraction above 1 MB/s. */
export class PhraseSet {
  private readonly phrases = new Set<string>();
  /** First and last words of the phrases: a position whose word is neither cannot start (or end)
   *  a match, so the n-gram strings for it are never built. */
  private readonly firstWords = new Set<string>();
  private readonly lastWords = new Set<string>();
  private readonly maxWords: number;

  constructor(list: string[]) {
    let max = 1;
    for (const item of list) {
      const words = PhraseSet.words(item);
      if (words.length === 0) continue;
      this.phrases.add(words.join(" "));
      this.firstWords.add(words[0]!);
      this.lastWords.add(words[words.length - 1]!);
      max = Math.max(max, words.length);
    }
    this.maxWords = max;
  }

  // The classifier asks about the same few phrases many times per claim: cache their words.
  private static cache = new Map<string, string[]>();

  static words(s: string): string[] {
    const hit = PhraseSet.cache.get(s);
    if (hit) return hit;
    if (PhraseSet.cache.size > 4096) PhraseSet.cache.clear();
    const words = PhraseSet.split(s);
    PhraseSet.cache.set(s, words);
    return words;
  }

  private static split(s: string): string[] {
    const words = s.toLowerCase().replace(/’/g, "'").match(/[\p{L}\p{N}]+(?:['.-][\p{L}\p{N}]+)*/gu) ?? [];
    // French elisions: "l'armée" is the word "armée".
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (w.length > 2 && w.includes("'")) words[i] = w.replace(/^(?:l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu)'/, "");
    }
    return words;
  }

  test(s: string): boolean {
    return this.find(s) !== null;
  }

  /** True when a phrase of the set starts at words[i] (words as returned by PhraseSet.words). */
  startsAt(words: string[], i: number): boolean {
    if (!this.firstWords.has(words[i]!)) return false;
    let phrase = "";
    for (let n = 0; n < this.maxWords && i + n < words.length; n++) {
      phrase = n === 0 ? words[i]! : `${phrase} ${words[i + n]}`;
      if (this.phrases.has(phrase)) return true;
    }
    return false;
  }

  /** True when a phrase of the set ends just before words[end]. */
  endsAt(words: string[], end: number): boolean {
    if (!this.lastWords.has(words[end - 1]!)) return false;
    let phrase = "";
    for (let n = 1; n <= this.maxWords && end - n >= 0; n++) {
      phrase = n === 1 ? words[end - 1]! : `${words[end - n]} ${phrase}`;
      if (this.phrases.has(phrase)) return true;
    }
    return false;
  }

  /** First phrase found (longest at the earliest position), or null. */
  find(s: string): string | null {
    const words = PhraseSet.words(s);
    for (let i = 0; i < words.length; i++) {
      if (!this.firstWords.has(words[i]!)) continue;
      let found: string | null = null;
      let phrase = "";
      for (let n = 0; n < this.maxWords && i + n < words.length; n++) {
        phrase = n === 0 ? words[i]! : `${phrase} ${words[i + n]}`;
        if (this.phrases.has(phrase)) found = phrase;
      }
      if (found) return found;
    }
    return null;
  }
}

export function phraseSet(words: string[]): PhraseSet {
  return new PhraseSet(words);
}

// Acronyms are matched case-sensitively: "UN" is the United Nations, "un" a French article.
export const INSTITUTION_ACRONYMS = /(?<![\p{L}\p{N}])(?:FBI|CIA|NSA|NATO|OTAN|UN|ONU|EU|UE|WHO|OMS|IMF|FMI|INSEE|Insee|CDC|FDA|EPA|SEC|DOJ|DHS|DNC|RNC|GOP|ICE|IRS|FEC|NHS|OSCE|OPEC|OPEP|AIEA|IAEA|SNCF|EDF)(?![\p{L}\p{N}])/u;
export const OUTLET_ACRONYMS = /(?<![\p{L}\p{N}])(?:AP|AFP|CNN|MSNBC|NBC|ABC|CBS|NPR|BBC|RFI|TASS|KCNA|TF1|PBS|CNBC|ANSA|DPA)(?![\p{L}\p{N}])/u;
// Words that newspapers put in their names ("The Harbour Gazette", « La Dépêche du Littoral »),
// matched with their capital only: « le courrier » is a letter, « Le Courrier de l'Est » a paper.
export const NEWSPAPER_TITLES = "Gazette|Herald|Tribune|Chronicle|Courier|Dispatch|Ledger|Inquirer|Examiner|Telegraph|Sentinel|Beacon|Clarion|Echo|Mercury|Gleaner|Recorder|Record|Advertiser|Globe|Argus|Bulletin|Hebdo|Dépêche|Courrier|Feuille|Messager|Réveil|Voix|Écho|Soir|Matin|Sentinelle|Éclaireur|Vigie|Observateur|Républicain|Progrès|Nouvelliste|Quotidien|FM|TV|News|Wire|Newswire|Heraldo|Diario|Correo|Prensa|Periódico|Jornal|Folha|Gazzetta|Corriere|Zeitung|Dagblad|Courant|Phare|Lanterne|Guetteur|Vigilant|Flambeau|Fanal";
export const NEWSPAPER_TITLE_WORDS = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${NEWSPAPER_TITLES})(?![\p{L}\p{N}])`, "u");
