// Reading a source's noun phrase (docs/attribution-levels.md): its head, its apposition, and
// whether it names a person, an institution, an outlet or a document. Word lists are small and
// generic; names no list knows are read from how the article describes them ("Velora, the
// regional water utility", « la docteure Hélène Marchetti », "Corvale Air").
import { isFirstName } from "@/lib/articles/first-names";
import type { Token } from "./tokens";
import { PhraseSet, ANON_ROLES, PEOPLE_GROUPS, DOCUMENTS, INSTITUTIONS, INSTITUTION_ACRONYMS, NEWSPAPER_TITLE_WORDS, OUTLETS, OUTLET_ACRONYMS, REPORTERS, ROLE_TITLES, COUNTRIES, phraseSet } from "./gazetteer";
import { remembered } from "./remembered";
const OUTLET_WORDS = phraseSet(OUTLETS);
const INSTITUTION_WORDS = phraseSet(INSTITUTIONS);
export const OUTLET_RE = { test: remembered((s: string) => OUTLET_WORDS.test(s.includes("Network") ? s.replace(CAUSE_NETWORK, "$1") : s) || OUTLET_ACRONYMS.test(s) || NEWSPAPER_TITLE_WORDS.test(s) || namesPressAgency(s)) };
// (« l’Agence amaranienne de presse »: a press agency whatever its nationality.)
const PRESS_AGENCY = /(?<![\p{L}])agence\s+(?:[\p{L}-]+\s+){0,2}(?:de\s+presse|d['’]information)(?![\p{L}])/iu;
/** Whether a phrase names a press agency (a plain search first: the pattern opens on a lookbehind). */
export const namesPressAgency = (s: string): boolean => /gence/iu.test(s) && PRESS_AGENCY.test(s);
// ("The Lowara Human Rights Network", "the Election Monitoring Network": a network of groups
// working for a cause is no broadcaster.)
const CAUSE_NETWORK = /((?:Rights|Action|Advocacy|Solidarity|Justice|Support|Aid|Health|Women['’]s|Youth|Election|Monitoring|Observers?|Peace|Society|Development|Refugee|Migrants?|Climate|Anti-Corruption|Transparency))\s+Network(?![\p{L}])/gu;
// (Any acronym of three to six capitals stands for a body: "The PCRA said", « l'ARCHM ».)
const ANY_ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}{3,6}(?![\p{L}\p{N}])/u;
export const INSTITUTION_RE = { test: remembered((s: string) => INSTITUTION_WORDS.test(s) || INSTITUTION_ACRONYMS.test(s) || ANY_ACRONYM.test(s)) };
export const DOCUMENT_RE = phraseSet(DOCUMENTS);
export const ANON_RE = phraseSet([...ANON_ROLES, ...PEOPLE_GROUPS]);
const ANON_WORDS = new Set([...ANON_ROLES, ...PEOPLE_GROUPS].filter((w) => !w.includes(" ")));
export const REPORTER_RE = phraseSet(REPORTERS);
// A broadcaster's crew: a call sign or a channel's number before "crew" ("a KVRN 8 crew", "A
// Sunridge 8 crew", "a TV crew"); a repair or rescue crew is no reporter.
export const STATION_CREW = /(?:^|\s)(?:\p{Lu}{3,5}(?:\s?\d{1,2})?|\p{Lu}\p{Ll}+\s\d{1,2}|TV|[Nn]ews|[Cc]amera|[Tt]elevision)\s+crews?$/u;
const ROLE_RE = phraseSet(ROLE_TITLES);

/** « le gestionnaire du réseau »: a body's name of several words opens the phrase, past its
 *  head (« le gestionnaire », alone, is a person's). */
export function opensWithInstitution(source: string): boolean {
  const words = PhraseSet.words(source);
  const k = words.findIndex((w) => !DETERMINER_RE.test(w));
  return k >= 0 && INSTITUTION_WORDS.startsAt(words, k);
}

/** « la retraitée », "the dairy farmer from Plouvénec": a definite description of an ordinary
 *  person (not a title such as « le maire », which names its holder, nor an unnamed official),
 *  which takes up someone the article has already named. */
export function isDefinitePersonDescription(source: string): boolean {
  // (« l'élu », « le dirigeant », "the lawmaker": words for any office-holder, which take up the
  // one just named.)
  if (TAKE_UP_ROLE.test(source.trim())) return true;
  // (A demonstrative too: « ce chauffeur-livreur dit… ».)
  // (At the start of a sentence too: « Le médecin rappelle… ». Not when the name follows:
  // « L'entraîneur meyracois, Didier Ansquer », « L'organisateur, la société Argence ».)
  if (!DEFINITE_THEN_NOUN.test(source) || hasApposedName(source) || appositionKind(source)) return false;
  // (Nor when a person's name follows the description's complement: « l’économiste du sport
  // Clémence Aubrac » is named here.)
  const named = NAME_AFTER_DESCRIPTION.exec(source.split(",")[0]!);
  if (named && isFirstName(named[1]!)) return false;
  const head = sourceHead(source);
  // (Words as written: a name after the title, « le colonel Hervé Massart », is no description.)
  if (!DEFINITE_THEN_NOUN.test(head) || hasProperName(head.split(/\s+/u).slice(1))) return false;
  // (An adjective before the noun is no noun: « le dernier point du SDIS » is a briefing.)
  const noun = PhraseSet.words(head).filter((w) => !DETERMINER_RE.test(w) && !ADJECTIVES_BEFORE_NOUN.has(w));
  // (Singular: "the residents" are a group; and no body, paper, text or country.)
  if (noun.length === 0 || noun.length > 3 || /[sx]$/u.test(noun[0]!)) return false;
  // (« le chercheur », "the analyst", « le militant »: an expert's or a campaigner's noun, singular
  // and definite, takes up the one just named — « un chercheur » stays unnamed.)
  if (noun.length === 1 && EXPERT_NOUNS.has(noun[0]!)) return true;
  if ([INSTITUTION_RE, OUTLET_RE, DOCUMENT_RE, COUNTRY_RE, ROLE_RE, ANON_RE, REPORTER_RE].some((set) => set.test(head))) return false;
  if (opensWithInstitution(source)) return false;
  // A noun for a person: listed, or by its ending (« retraitée », « éleveur », "farmer", "pianist").
  // (And a relative: « cette mère de trois enfants », "the boy's father".)
  return looksLikePerson(head) || isPersonNoun(noun[0]!) || MAN_OR_WOMAN.has(noun[0]!) || RELATIVE.test(noun[0]!);
}
const NAME_AFTER_DESCRIPTION = /\s(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s\p{Lu}[\p{L}’'-]+\s*$/u;
// (The article in either case, the noun in lower case: not a title, "The Farmer".)
const DEFINITE_THEN_NOUN = /^(?:[Ll]e|[Ll]a|[Ll]['’]|[Tt]he|[Cc]e|[Cc]et|[Cc]ette|[Tt]his)\s*\p{Ll}/u;
const ADJECTIVES_BEFORE_NOUN = new Set(["dernier", "dernière", "nouveau", "nouvel", "nouvelle", "premier", "première", "ancien", "ancienne", "même", "latest", "last", "new", "first", "same", "jeune", "young", "vieil", "vieille", "old", "elderly"]);
const EXPERT_NOUNS = new Set(["chercheur", "chercheuse", "expert", "experte", "analyste", "économiste", "scientifique", "militant", "militante", "researcher", "analyst", "economist", "scientist", "activist", "campaigner"]);
// « le jeune homme de 27 ans », "the woman": a man or a woman the article has just named.
const MAN_OR_WOMAN = new Set(["homme", "femme", "man", "woman"]);
/** « l’élu », « l’élue de l’opposition »: one elected, with the side or the place they stand for. */
export const ELECTED_ONE = String.raw`l['’]\s*(?:élue?|édile)(?:\s+(?:de|du|des)\s[^,]{2,40})?`;
// (« le magistrat », "the magistrate": the prosecutor or judge just named.)
const TAKE_UP_ROLE = new RegExp(String.raw`^(?:${ELECTED_ONE}|l['’]\s*avocate?|le dirigeant|la dirigeante|le magistrat|la magistrate|l['’]\s*intéressée?|the lawmaker|the politician|the lawyer|the magistrate)$`, "iu");
// (« pédiatre », « cardiologue », « géographe », « médecin » too.)
// (« maître », « maîtresse de conférences »: a lecturer's title has no ending of its own.)
const PERSON_ENDING = /(?:eur|eure|euse|cheffe|rice|ier|ière|llère|gère|ien|ienne|iste|ante|aire|ée|er|or|ist|ian|iatre|logue|graphe|médecin|^maître|^maîtresse)$/u;
const NOT_PERSON_NOUN = /^(?:communiqué|statement|déclaration|release|message|post|tweet|letter|paper|order|number|center|centre|chapter|register|dossier|quartier|courrier|calendrier|budget|rapporteur|moteur|secteur|chiffre|aire|catalogue|dialogue|prologue|épilogue|monologue|paragraphe|télégraphe|autographe|musée|lycée|armée|assemblée|année|journée|soirée|matinée|entrée|idée|vallée|durée|pensée|fusée|trophée|chaussée|allée|poupée|épopée|premier|première|dernier|dernière|entier|entière|plénière|filière|frontière|lumière|rivière|matière|barrière|carrière|manière|prière|bière|ordinaire|extraordinaire|nécessaire|temporaire|unitaire|volontaire|majoritaire|minoritaire|supplémentaire|salaire|horaire|commentaire|anniversaire|territoire|inventaire|formulaire|itinéraire|dictionnaire|scénario|sommaire|glossaire|laboratoire|saison|tarifaire|sanitaire|budgétaire|réglementaire|prioritaire)$|ment$/u;
/** "the mayor", « la ministre de la Santé »: one office's holder, named by the office. */
export function isRoleHolder(phrase: string): boolean {
  const head = sourceHead(phrase.trim());
  return /^(?:[Ll]e|[Ll]a|[Ll]['’]|[Tt]he)\s*\p{Ll}/u.test(head) && ROLE_RE.test(head) && !/^[Tt]he\s+\p{Ll}+s$/u.test(head);
}

/** A description that names a person's role: « la conseillère d’État », "its chief executive". */
export function namesPersonRole(phrase: string): boolean {
  const head = sourceHead(phrase.trim());
  if (PERSON_NOUNS.test(head)) return true;
  // (« Le ministère morvadien », « la Fédération valmérienne »: a French noun comes before its
  // adjective, and an adjective of place ends like a person's noun.)
  const words = PhraseSet.words(head);
  if (/^(?:le|la|l['’]|les)$/u.test(words[0] ?? "") && INSTITUTION_WORDS.test(words[1] ?? "")) return false;
  return isPersonNoun(words.at(-1) ?? "");
}

/** A noun for a person by its ending (« pédiatre », « retraitée », "farmer"), not a thing's. */
export function isPersonNoun(word: string): boolean {
  return PERSON_ENDING.test(word) && !NOT_PERSON_NOUN.test(word);
}
// Words naming what a person is, as an apposition gives it ("Dana Okafor, the councillor who…",
// « Karim Benhaddou, secrétaire général du syndicat »): roles, titles, unnamed-person nouns.
const PERSON_NOUNS = phraseSet([
  ...ROLE_TITLES, ...ANON_ROLES.filter((w) => !/^(?:sources?|intelligence|renseignement|people|members?|membres?)$/u.test(w)), ...REPORTERS.filter((w) => !/^(?:our|notre|nos)$/u.test(w)),
  "councillor", "councilor", "conseillère", "author", "professor", "professeur", "professeure", "doctor", "docteur", "docteure",
  "lawyer", "barrister", "solicitor", "attorney", "avocat", "avocate", "founder", "fondateur", "fondatrice", "head", "nurse", "infirmier", "infirmière", "farmer",
  "agriculteur", "teacher", "enseignant", "enseignante", "owner", "propriétaire", "scientist", "scientifique", "economist",
  "économiste", "activist", "militant", "militante", "survivor", "victim", "victime", "mother", "father", "mère", "père",
  "worker", "ouvrier", "ouvrière", "salarié", "salariée", "manager", "gérant", "gérante", "deputy", "adjoint", "adjointe",
  "vice-president", "vice-présidente", "vice-président", "présidente", "directrice", "secrétaire générale", "secretary-general",
  "préfet", "préfète", "sous-préfet", "sous-préfète", "recteur", "rectrice", "bâtonnier", "bâtonnière", "mp", "mep",
  // ("The team captain, Ifeanyi Nwachukwu-Bala", "Joint administrators Imelda… and Piers…", « le
  // prince Tiémo Assadi-Kerouane ».)
  "captain", "administrator", "administrators", "prince", "princess", "princesse", "king", "queen", "roi", "reine",
]);
/** A courtesy title standing alone before a name: « Me », « Mme », "Dr.", "Mrs". */
export const HONORIFIC = /^(?:Me|Maître|Dr|Pr|M|Mme|Mr|Mrs|Ms)\.?$/u;
// Titles written before a name ("la docteure Hélène Marchetti", "former Senator Ann Ray").
const TITLE_BEFORE_NAME = phraseSet([
  ...ROLE_TITLES, "docteur", "docteure", "dr", "professeur", "professeure", "pr", "prof", "maître", "me", "colonel",
  "capitaine", "commandant", "lieutenant", "sergent", "sergeant", "inspecteur", "inspectrice", "inspector", "detective",
  "officer", "abbé", "père", "sœur", "mgr", "monseigneur", "rev", "reverend", "sir", "dame", "lord", "lady", "councillor",
  "councilor", "conseillère", "conseiller", "ancien", "ancienne", "former", "ex", "feu", "late", "doctor", "professor",
  // Abbreviated titles ("state Sen. Ray Kessling", "Cllr Ann Ray").
  "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "supt", "insp", "det", "cllr",
  "lieutenant-colonel", "adjudant", "adjudant-chef", "général", "commissaire", "major", "member",
]);
export const COUNTRY_RE = phraseSet(Object.keys(COUNTRIES));
export const DETERMINER_RE = /^(?:the|a|an|le|la|les|l['’]|un|une|des|du|de|d['’]|ce|cette|ces|son|sa|ses|leur|leurs|his|her|their|its|this|these|that)$/iu;
const STOP_CAPS = new Set(["one", "two", "three", "four", "five", "six", "the", "a", "an", "le", "la", "les", "un", "une", "des", "mr.", "mrs.", "ms.", "dr.", "m.", "mme", "sen.", "rep.", "gov.", "gen.", "lt.", "president", "président",
  // Quantifiers standing for unnamed people ("Some believe…", « Certains estiment… »).
  "some", "many", "most", "others", "both", "all", "few", "several", "certains", "certaines", "plusieurs", "beaucoup",
  // So do demonstratives with a relative clause ("Those who were there said…", « Ceux qui… »).
  "those", "anyone", "everyone", "ceux", "celles", "celui", "celle"]);

// Nouns in -ing, which are no participles ("the quarterly filing", "a court ruling").
const ING_NOUNS = "filing|ruling|finding|findings|briefing|hearing|meeting|recording|listing|warning|ranking|rating|building|spending|funding|polling|reading|training|housing|pricing";
const ING_NOUN_RE = new RegExp(`^(?:${ING_NOUNS})$`, "u");

// A head ends before a participle that opens a reduced relative clause ("Two diplomats briefed on the
// findings", "officials speaking on condition of anonymity", « un enquêteur ayant travaillé »),
// or before the participle a document is dated by ("satellite images taken Oct. 19"; not "the
// written judgment", "its published accounts", "the tribunal’s written decision").
const HEAD_END = new RegExp(String.raw`,|\s(?:who|qui|which|that|of|for|at|from|by|on|outside|inside|near|de|du|des|d['’]|with|avec|in|dans|pour|par|devant|près)\s|\s(?!(?:${ING_NOUNS})\s)(?=\p{Ll}+(?:ed|ing)\s(?:on|in|by|with|about|to|at|for|from|as)\s)|(?<!(?:^|\s)(?:the|a|an|its|their|his|her|our|this|these|those|\S+['’]s))\s(?=(?:taken|written|drawn|shown|given|dated|released|published|issued|leaked|compiled|filed)\s)|\s(?:ayant|étant|sur)\s`, "iu");
/** Head of a noun phrase: the part before a comma, relative clause or "of/de" complement. */
export function sourceHead(source: string): string {
  return source.split(HEAD_END)[0]!.trim();
}

// A name given in apposition: "The local MP, Gareth Pellow", « son avocat, Me Laurent Dussac ».
// (A rank may be spelt out or abbreviated: « le général de brigade Nabil Haj-Ali », "Brig. Gen.
// Nabil Haj-Ali".)
const APPOSED_NAME_RE = /^,\s*(?:(?:le|la|l['’]|the)\s*(?:\p{Ll}[\p{Ll}.-]*\s+){1,3})?(?:(?:Me|Maître|Dr\.?|Pr\.?|M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Hon\.?|Barr\.?|Cllr\.?|(?:(?:Brig|Gen|Maj|Lt|Col|Capt|Cmdr|Adm|Sgt|Cpl|Sen|Rep|Gov|Prof|Rev)\.\s*)+)\s*)?(\p{Lu}[\p{L}’'-]+(?:\s+(?:de\s+|van\s+|von\s+|da\s+|del\s+|le\s+|la\s+)?\p{Lu}[\p{L}’'-]+){1,3})(\s+(?:of|at|from)\s+\p{Lu}[^,]{1,60})?(?:\s*\([^()]{1,40}\))?\s*(?:,|$)/u;

/** True when the source is a role followed by a person's name: "Son manager général, Patrick
 *  Oliveau", "The trust’s chief executive, Martin Oyelaran". */
export function hasApposedName(source: string): boolean {
  const comma = source.indexOf(",");
  // (The name itself, not a relative clause after it, must not be a body's: "A trader, Mrs Ronke
  // Alabi-Ogundipe, whose son has been held at the centre…".)
  // ("Her lawyer, Tamsin Greer of Corvallen Legal Aid": where they work may follow the name.)
  const m = comma > 0 ? APPOSED_NAME_RE.exec(source.slice(comma)) : null;
  const name = m ? m[0].replace(m[2] ?? "", "") : "";
  return !!name && !INSTITUTION_RE.test(name) && !OUTLET_RE.test(name);
}

/** Capitalised words that look like a person's or an organisation's name. */
export function hasProperName(words: string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!/^\p{Lu}\p{Ll}/u.test(w)) continue;
    // ("Residents said…": a noun for unnamed people is capitalised only because it opens the sentence.)
    if (i === 0 && (STOP_CAPS.has(w.toLowerCase()) || DETERMINER_RE.test(w) || ANON_WORDS.has(w.toLowerCase()))) continue;
    if (STOP_CAPS.has(w.toLowerCase())) continue;
    return true;
  }
  return false;
}

/** True when a role or title is followed, within a few words, by a person's name: « Le
 *  conseiller d'opposition Loïc Ferrandon », "Labour Minister Odile Varenne". */
export function hasTitledName(source: string): boolean {
  const words = source.replace(/\s*[,(].*$/u, "").split(/\s+/);
  // ("City Auditor Renata Falkenrath-Osei": a title's capitalised words, then a first name the
  // table knows and the surname that ends the phrase.)
  const j = words.length - 2;
  // (Not "Ellinsby Royal Infirmary", "Ridgeport General Hospital": a body's word ends it.)
  // (Nor "Vennick Ridge Resorts": a company's word ends it.)
  if (j >= 1 && j <= 3 && isFirstName(words[j]!) && /^\p{Lu}\p{Ll}/u.test(words[j + 1]!) && !INSTITUTION_RE.test(words[j + 1]!) && !INSTITUTION_RE.test(words[j]!) && !ORG_NAME_END.test(words[j + 1]!) && words.slice(0, j).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !isFirstName(w) && !STOP_CAPS.has(w.toLowerCase()))) return true;
  for (let i = 0; i < words.length - 2; i++) {
    const w = PhraseSet.words(words[i]!)[0] ?? "";
    // (A French profession after its article titles a name too: « la biologiste Nathalie Técher ».)
    const profession = i > 0 && /^(?:le|la|l['’])$/iu.test(words[i - 1]!) && isPersonNoun(w);
    if (!(TITLE_BEFORE_NAME.test(w) || PERSON_NOUNS.test(w) || profession)) continue;
    for (let j = i + 1; j <= i + 4 && j < words.length - 1; j++) {
      if (/^\p{Lu}\p{Ll}/u.test(words[j]!) && /^\p{Lu}\p{Ll}/u.test(words[j + 1]!) && looksLikePerson(`${words[j]} ${words[j + 1]}`)) return true;
    }
  }
  return false;
}

/** What an apposition after the name says the source is: "AgriEuropa, the main farmers' lobby"
 *  is an institution, "Karim Benhaddou, secrétaire général du syndicat" a person; null without
 *  one, or when it says neither. The words up to its first complement are read ("secrétaire
 *  général" of "secrétaire général du syndicat"), so the institution a person works for does not
 *  make the person an institution. */
const APPOSITION_CACHE = new Map<string, ReturnType<typeof readApposition>>();
export function appositionKind(source: string): "person" | "institution" | "outlet" | null {
  let known = APPOSITION_CACHE.get(source);
  if (known === undefined) {
    if (APPOSITION_CACHE.size > 5000) APPOSITION_CACHE.clear();
    APPOSITION_CACHE.set(source, (known = readApposition(source)));
  }
  return known;
}

function readApposition(source: string): "person" | "institution" | "outlet" | null {
  const comma = source.indexOf(",");
  if (comma < 0) return null;
  // ("Calder Bay Maritime, one of the sanctioned firms": the firms are what it is.)
  const apposition = sourceHead(source.slice(comma + 1).replace(/^\s*(?:one|two|several|some|l['’]une?|l['’]un|deux|plusieurs)\s+(?:of|des|d['’]entre)\s+/iu, ""));
  const words = PhraseSet.words(apposition).filter((w) => !DETERMINER_RE.test(w));
  if (words.length === 0) return null;
  // The head noun: last in English ("the club's largest supporters' trust"), first in French
  // (« secrétaire général », « quotidien sportif »).
  const english = /^(?:the|a|an)\s|['’]s\s/iu.test(apposition.trim());
  const noun = english ? words.at(-1)! : words[0]!;
  // A phrase of the list at the head ("sports daily", « secrétaire général »).
  const atHead = (set: PhraseSet) => set.test(noun) || (english ? set.endsAt(words, words.length) : set.startsAt(words, 0));
  // ("Reel Trade, the industry weekly", "X, the city's daily": a weekly, a daily as a noun.)
  if (atHead(OUTLET_WORDS) || (english && /^(?:weekly|daily|monthly|fortnightly)$/u.test(noun))) return "outlet";
  if (atHead(PERSON_NOUNS)) return "person";
  if (atHead(INSTITUTION_WORDS)) return "institution";
  return null;
}

// Last words of company and club names ("Corvale Air", "Dunmore Athletic", "Norvik Holdings"),
// with their capital: no person is called that.
const ORG_NAME_END = /(?<![\p{L}\p{N}])(?:Analytics|Metrics|Renewables|Wind|Solar|Fibre|Fiber|Paper|Quarries|Quarrying|Aggregates|Research|Insights|Polling|Opinion|Data|Pictures|Films|Publishing|Books|Partners|Capital|Consulting|Associates|Ventures|Maritime|Shipping|Mining|Chemicals|Chimie|Services|Solutions|Construction|Media|Networks|Metals|Steel|Transports|Logistique|Industrie|Air|Airlines|Airways|Athletic|FC|AFC|United|Rovers|Wanderers|Albion|Town|Holdings|Industries|Motors|Energy|Pharma|Pharmaceuticals|Labs|Systems|Technologies|Partners|Capital|Foods|Telecom|Rail|Railways|Logistics|Insurance|Water|Power|Components|Group|Bank|Trust|Together|Forum|Live|Stores|Coaches|Mobilités|Mobility|Transit|Dairy|Farms|Gestion|Énergies|Énergie|Assurances|Immobilier|Distribution|Software|Public Health|Retail|Studios|Entertainment|Holidays|Travel|Tours|Hotels|Resorts|Leisure|Hospitality|Homes|Care|Healthcare|Constabulary|Properties|Realty|Builders|Aerospace|Aviation|Space|Lanceurs|Terminals|Terminal|Line|Lines|Freight|Ferries|Ferry|Marine|Container|Containers|Automotive|Electric|Gas|Petroleum|Telecoms|Communications|Broadband|Wireless|Robotics|Biotech|Therapeutics|Games|Gaming|Interactive|Insurers|Assureurs|Center|Centre|Hospital|Clinic|Infirmary|Provisions|Produce|Brewery|Breweries|Distillery|Bakery|Creamery|Dairies|Fisheries|Mills|Packers|Kitchens|Catering|Inc\.?|Ltd\.?|plc|SA|SAS|GmbH|Corp\.?|Co\.?)$/u;

// One word with a capital inside is a brand ("MutuAlliance", "StrideLoop"), not a person
// ("McAllister", "DeSantis", "LeBlanc" keep their family prefixes).
const BRAND = /^(?!(?:Mc|Mac|De|Di|Du|Da|Le|La|Van|Von|Fitz)\p{Lu})\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*$/u;

/** True when a bare name is an organisation's by its words ("Quillon Systems", "Habitat
 *  Loirmont", "Dunmore Athletic"). */
export function nameLooksLikeOrganisation(name: string): boolean {
  return endsLikeOrganisation(name) || INSTITUTION_WORDS.startsAt(PhraseSet.words(name), 0);
}

/** "Quillon Systems", and the same with its country after it: "General Insurers Australia",
 *  "Harbour Rail Canada". */
function endsLikeOrganisation(name: string): boolean {
  if (ORG_NAME_END.test(name)) return true;
  const country = /\s(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?)$/u.exec(name);
  return !!country && !!COUNTRIES[country[1]!.toLowerCase()] && ORG_NAME_END.test(name.slice(0, country.index));
}

const RELATIVE = /^(?:mum|mom|mother|dad|father|son|daughter|wife|husband|partner|brother|sister|grandmother|grandfather|grandson|granddaughter|uncle|aunt|cousin|niece|nephew|widow|widower|fiancée?|mère|père|fils|fille|épouse|mari|compagnon|compagne|frère|sœur|grand-mère|grand-père|oncle|tante|cousine?|nièce|neveu|veuve|veuf)$/u;

// Last words of place names ("Kanal Street", "Harrow Cove", "Lake Simbara" is caught by its first):
// no person is called that.
// « Saint-Ambrel », « Sainte-Foy », "St-Jérôme": a place named after a saint, alone.
const SAINT_PLACE = /^(?:Saint|Sainte|St|Ste)-\p{Lu}[\p{L}'’-]*$/u;
const PLACE_NAME_END = /\p{L}\s(?:Street|Road|Avenue|Lane|Square|Boulevard|Bridge|Park|River|Bay|Cove|Harbour|Harbor|Valley|Island|Hill|Hills|Drive|Quay|Wharf|Station|Airport|Highway|Motorway|Creek|Beach|Point|Heights|Estate)$/u;

const DEFINITE_OPENING = /^(?:(?:the|le|la|les)\s|l['’]\s?)/iu;

/** True when the noun phrase names a person (not an outlet, institution, document or country). */
export const looksLikePerson = remembered(judgePerson);

function judgePerson(source: string): boolean {
  // "The Corran Ridge Observatory, which operates…": "which" is never said of a person.
  const kind = appositionKind(source);
  // (After a role, "which" may be said of the role's body: "Kwame Ashworth-Leigh, regional secretary
  // of the Educators’ Guild, which represents…" is a person.)
  if (kind === "institution" || kind === "outlet" || /^[^,]*,\s*which\s/iu.test(source)) return false;
  const head = sourceHead(source);
  // « La ministre déléguée au Numérique, Claire Fontanieu-Bras »: a role, then the holder's name.
  // (« L’entraîneur, Patrice Lodève »: the elided article sits against its noun.)
  if (ROLE_RE.test(head) && DEFINITE_OPENING.test(head) && hasApposedName(source)) return true;
  // ("His sister, Mara Vey", « Sa sœur, Inès Martin »: a relative, then the name.)
  const possessed = /^(?:his|her|their|my|our|sa|son|leur|mon|ma|notre)\s+(\S+)$/iu.exec(head);
  if (possessed && RELATIVE.test(possessed[1]!.toLowerCase()) && hasApposedName(source)) return true;
  if (endsLikeOrganisation(head) || BRAND.test(head) || PLACE_NAME_END.test(head) || SAINT_PLACE.test(head.trim())) return false;
  // « Le Petit Sarrancourtois », « La Voix du Nord »: a capitalised article starts a title, not a name.
  if (/^(?:Le|La|Les|L['’])\s?\p{Lu}/u.test(head) && /\s\p{Lu}/u.test(head.slice(3))) return false;
  const words = head.split(/\s+/);
  if (!hasProperName(words)) return ROLE_RE.test(head) && DEFINITE_OPENING.test(head) && !/^les\s/iu.test(head) && !INSTITUTION_RE.test(head);
  if (OUTLET_RE.test(head) && !/^(?:Mr|Mrs|Ms|M|Mme)\.?\s/u.test(head)) return false;
  // "Yuriy Ignat, porte-parole de l'armée" has a name before the institution; "la Maison Blanche"
  // and "l'administration Biden" start with the institution.
  let k = 0;
  while (k < words.length && DETERMINER_RE.test(words[k]!)) k++;
  const rest = words.slice(k).join(" ");
  // The phrase names an institution when it starts with one ("la Maison Blanche",
  // "l'administration Biden") or ends with one ("The National Weather Service").
  const lw = PhraseSet.words(rest);
  if (roleThenName(words.slice(k)) || titledName(words.slice(k))) return true;
  const sets = [INSTITUTION_WORDS, OUTLET_WORDS, DOCUMENT_RE, COUNTRY_RE];
  const first = words[k] ?? "";
  if (rest && (sets.some((set) => set.startsAt(lw, 0)) || INSTITUTION_ACRONYMS.test(first) || OUTLET_ACRONYMS.test(first))) return false;
  if (words.length > 1 && [INSTITUTION_WORDS, OUTLET_WORDS, DOCUMENT_RE].some((set) => set.endsAt(lw, lw.length))) return false;
  // "Northern Services Canada", "Parks Canada": a name that ends on a country is a body's.
  if (words.length - k > 1 && /^\p{Lu}/u.test(words[words.length - 1]!) && COUNTRY_RE.endsAt(lw, lw.length)) return false;
  // "Bus operator Dolan Valley Coaches", "kitchen appliance brand Halden": what the business is,
  // then its name.
  for (let j = k; j < words.length - 1; j++) if (/^\p{Ll}/u.test(words[j]!) && /^\p{Lu}/u.test(words[j + 1]!) && INSTITUTION_WORDS.endsAt(PhraseSet.words(words.slice(k, j + 1).join(" ")), j + 1 - k)) return false;
  // A title before the name: « la docteure Hélène Marchetti », "former Senator Ann Ray".
  while (k < words.length - 1 && /^\p{Ll}/u.test(words[k]!) && TITLE_BEFORE_NAME.test(words[k]!)) k++;
  if (/^\p{Lu}/u.test(words[k] ?? "")) return true;
  // (« l’imam Karim Benhaddou », "oyster farmer Jean Balt": any description in lower case, then a
  // first name the table knows and a surname.)
  const j = words.findIndex((w, i) => i > k && /^\p{Lu}/u.test(w));
  // ("his mum Joanne", « sa fille Inès »: a relative, then a first name alone.)
  return j > k && words.slice(k, j).every((w) => /^\p{Ll}/u.test(w)) && isFirstName(words[j]!) && (/^\p{Lu}/u.test(words[j + 1] ?? "") || (j === words.length - 1 && RELATIVE.test(words[j - 1]!)));
}

// "Club captain Shane Fahy-Corrigan", "Union boss Gary Penhaligon", "District collector Ravindra
// Salunkhe-Patil": a person's role in lower case, then two or three capitalised words that end
// the phrase, is a person however the role is qualified.
const ROLE_BEFORE_NAME = phraseSet(["captain", "boss", "collector", "skipper", "striker", "goalkeeper", "organiser", "organizer", "campaigner", "resident", "pilot", "player"]);
function roleThenName(words: string[]): boolean {
  const j = words.findLastIndex((w) => /^\p{Ll}/u.test(w));
  const name = words.slice(j + 1);
  if (j < 0 || name.length < 2 || name.length > 3 || !name.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return false;
  const role = PhraseSet.words(words[j]!);
  return [PERSON_NOUNS, TITLE_BEFORE_NAME, ROLE_BEFORE_NAME].some((set) => set.startsAt(role, 0)) && !INSTITUTION_WORDS.test(name.join(" ")) && !OUTLET_WORDS.test(name.join(" "));
}

/** "County Commissioner Gloria Haney", "Deputy Mayor Anne Roux": a capitalised title, whatever
 *  the body it names, right before a first name the table knows and a surname that end the phrase. */
function titledName(words: string[]): boolean {
  const n = words.length;
  if (n < 3 || !/^\p{Lu}\p{Ll}/u.test(words[n - 1]!) || !isFirstName(words[n - 2]!)) return false;
  const title = PhraseSet.words(words[n - 3]!);
  return /^\p{Lu}/u.test(words[n - 3]!) && [TITLE_BEFORE_NAME, ROLE_RE].some((set) => set.startsAt(title, 0));
}

export function looksLikePersonName(words: string[]): boolean {
  return /^(?:Mr|Mrs|Ms|M|Mme|Dr)\.?$/u.test(words[0] ?? "");
}

/** Last lower-case noun of an English noun phrase, skipping trailing participles; null when the
 *  phrase ends with a capitalised name or is not English-looking. */
export function englishHeadNoun(words: string[]): string | null {
  let k = words.length - 1;
  while (k > 0 && /^\p{Ll}+(?:ed|ing)$/u.test(words[k]!) && !ING_NOUN_RE.test(words[k]!)) k--;
  const w = words[k] ?? "";
  if (!/^\p{Ll}+$/u.test(w) || k === 0) return null;
  if (/[àâçéèêëîïôûù]/u.test(words.join(" "))) return null;
  // (A French name puts its adjectives after the noun: « Le Conseil militaire » is a council.)
  if (/^(?:le|la|les|l['’])$/iu.test(words[0]!) && /^\p{Lu}/u.test(words[1] ?? "")) return null;
  return w;
}

/** Up to three lower-case words of description from token k, then a first name the table knows
 *  and a surname: "oyster farmer Jean Balt", « l’imam Karim Benhaddou » (from « imam »).
 *  `role`: the last of those words must name a person ("Council leader Susan…", not "Trump
 *  repeatedly said Hillary…"). */
export function namedPersonAt(tokens: Token[], k: number, role = false): boolean {
  for (let j = k; j <= k + 3; j++) {
    const w = tokens[j]?.w ?? "";
    // (The cheap tests first: the role's is a phrase look-up.)
    if (/^\p{Lu}/u.test(w)) return j > k - (role ? 0 : 1) && /^\p{Lu}/u.test(tokens[j + 1]?.w ?? "") && isFirstName(w) && (!role || namesPersonRole(tokens[j - 1]!.w));
    if (!/^\p{Ll}+$/u.test(w)) return false;
  }
  return false;
}
