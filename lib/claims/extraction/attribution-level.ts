// Attribution level (docs/attribution-levels.md): how the claim reaches the reader. Decided from
// the source noun phrase (outlet? document? institution? unnamed role? person's name?), the cue
// and a few sentence-level signals ("on condition of anonymity", "dans un communiqué").
import type { AttributionLevel } from "./types";
import { PhraseSet, ANON_ROLES, DOCUMENTS, INSTITUTIONS, INSTITUTION_ACRONYMS, NEWSPAPER_TITLE_WORDS, OUTLETS, OUTLET_ACRONYMS, REPORTERS, ROLE_TITLES, COUNTRIES, phraseSet } from "./gazetteer";

const OUTLET_WORDS = phraseSet(OUTLETS);
const INSTITUTION_WORDS = phraseSet(INSTITUTIONS);
const OUTLET_RE = { test: (s: string) => OUTLET_WORDS.test(s) || OUTLET_ACRONYMS.test(s) || NEWSPAPER_TITLE_WORDS.test(s) };
const INSTITUTION_RE = { test: (s: string) => INSTITUTION_WORDS.test(s) || INSTITUTION_ACRONYMS.test(s) };
const DOCUMENT_RE = phraseSet(DOCUMENTS);
const ANON_RE = phraseSet(ANON_ROLES);
const REPORTER_RE = phraseSet(REPORTERS);
const ROLE_RE = phraseSet(ROLE_TITLES);
// Words naming what a person is, as an apposition gives it ("Dana Okafor, the councillor who…",
// « Karim Benhaddou, secrétaire général du syndicat »): roles, titles, unnamed-person nouns.
const PERSON_NOUNS = phraseSet([
  ...ROLE_TITLES, ...ANON_ROLES.filter((w) => !/^(?:sources?|intelligence|renseignement|people|members?|membres?)$/u.test(w)), ...REPORTERS.filter((w) => !/^(?:our|notre|nos)$/u.test(w)),
  "councillor", "councilor", "conseillère", "author", "professor", "professeur", "professeure", "doctor", "docteur", "docteure",
  "lawyer", "avocat", "avocate", "founder", "fondateur", "fondatrice", "head", "nurse", "infirmier", "infirmière", "farmer",
  "agriculteur", "teacher", "enseignant", "enseignante", "owner", "propriétaire", "scientist", "scientifique", "economist",
  "économiste", "activist", "militant", "militante", "survivor", "victim", "victime", "mother", "father", "mère", "père",
  "worker", "ouvrier", "ouvrière", "salarié", "salariée", "manager", "gérant", "gérante", "deputy", "adjoint", "adjointe",
  "vice-president", "vice-présidente", "vice-président", "présidente", "directrice", "secrétaire générale", "secretary-general",
  "préfet", "préfète", "sous-préfet", "sous-préfète", "recteur", "rectrice", "bâtonnier", "bâtonnière", "mp", "mep",
]);
// Titles written before a name ("la docteure Hélène Marchetti", "former Senator Ann Ray").
const TITLE_BEFORE_NAME = phraseSet([
  ...ROLE_TITLES, "docteur", "docteure", "dr", "professeur", "professeure", "pr", "prof", "maître", "me", "colonel",
  "capitaine", "commandant", "lieutenant", "sergent", "sergeant", "inspecteur", "inspectrice", "inspector", "detective",
  "officer", "abbé", "père", "sœur", "mgr", "monseigneur", "rev", "reverend", "sir", "dame", "lord", "lady", "councillor",
  "councilor", "conseillère", "conseiller", "ancien", "ancienne", "former", "ex", "feu", "late", "doctor", "professor",
]);
const COUNTRY_RE = phraseSet(Object.keys(COUNTRIES));
const ANONYMITY_RE = /anonym|not authori[sz]ed to (?:speak|discuss)|(?:asked|declined|refused) (?:not )?to be (?:named|identified)|pas (?:souhaité|voulu) être (?:nommée?|identifiée?|cité)|requis l['’]anonymat|couvert d['’]anonymat|familiar with|close to the|proche(?:s)? d[eu]|spoke on background/iu;
// Adjectives that count or agree but do not describe ("multiple sources", « des sources
// concordantes »): the source is still bare.
const BARE_SOURCE_RE = /^(?:(?:a|an|one|two|three|several|multiple|various|numerous|other|another|the|some|des|une|plusieurs|deux|trois|d['’]autres|les|de|certaines|diverses|différentes|nombreuses|multiples)\s+)?(?:sources?|source)(?:\s+(?:concordantes?|multiples|diverses|différentes|said|says))?$/iu;
const STATEMENT_RE = /\b(?:in a (?:statement|press release|communiqué)|dans un communiqué|par communiqué|in a news release|dans une déclaration)\b/iu;
const WITNESS_CUES = new Set(["see", "witness", "observe", "constater", "voir", "observer"]);
const DETERMINER_RE = /^(?:the|a|an|le|la|les|l['’]|un|une|des|du|de|d['’]|ce|cette|ces|son|sa|ses|leur|leurs|his|her|their|its|this|these|that)$/iu;
const STOP_CAPS = new Set(["the", "a", "an", "le", "la", "les", "un", "une", "des", "mr.", "mrs.", "ms.", "dr.", "m.", "mme", "sen.", "rep.", "gov.", "gen.", "lt.", "president", "président",
  // Quantifiers standing for unnamed people ("Some believe…", « Certains estiment… »).
  "some", "many", "most", "others", "both", "all", "few", "several", "certains", "certaines", "plusieurs", "beaucoup"]);

export interface LevelInput {
  source: string | null;
  /** Words of the source as written (before pronoun resolution). */
  sourceWords: string[];
  cueLemma: string | null;
  cueKind: "verb" | "prep" | "passive" | "nominal" | null;
  sentence: string;
  /** True when the source was a pronoun resolved to a named person. */
  resolvedPerson: boolean;
  rumour: boolean;
  /** The attribution itself is hearsay: « il aurait déclaré », "reportedly told". */
  hearsayCue?: boolean;
}

// Nouns in -ing, which are no participles ("the quarterly filing", "a court ruling").
const ING_NOUNS = "filing|ruling|finding|findings|briefing|hearing|meeting|recording|listing|warning|ranking|rating|building|spending|funding|polling|reading|training|housing|pricing";
const ING_NOUN_RE = new RegExp(`^(?:${ING_NOUNS})$`, "u");

/** Head of a noun phrase: the part before a comma, relative clause or "of/de" complement. */
// …and before a participle that opens a reduced relative clause ("Two diplomats briefed on the
// findings", "officials speaking on condition of anonymity", « un enquêteur ayant travaillé »).
const HEAD_END = new RegExp(String.raw`,|\s(?:who|qui|which|of|for|at|from|by|on|outside|inside|near|de|du|des|d['’]|with|avec|in|dans|pour|par|devant|près)\s|\s(?!(?:${ING_NOUNS})\s)(?=\p{Ll}+(?:ed|ing)\s(?:on|in|by|with|about|to|at|for|from)\s)|\s(?:ayant|étant|sur)\s`, "iu");
export function sourceHead(source: string): string {
  return source.split(HEAD_END)[0]!.trim();
}

// A name given in apposition: "The local MP, Gareth Pellow", « son avocat, Me Laurent Dussac ».
const APPOSED_NAME_RE = /^,\s*(?:(?:Me|Maître|Dr|Pr|M\.|Mme|Mr\.?|Mrs\.?|Ms\.?)\s+)?\p{Lu}[\p{L}’'-]+(?:\s+(?:de\s+|van\s+|von\s+|da\s+|del\s+|le\s+|la\s+)?\p{Lu}[\p{L}’'-]+){1,3}\s*(?:,|$)/u;

/** True when the source is a role followed by a person's name: "Son manager général, Patrick
 *  Oliveau", "The trust’s chief executive, Martin Oyelaran". */
export function hasApposedName(source: string): boolean {
  const comma = source.indexOf(",");
  return comma > 0 && APPOSED_NAME_RE.test(source.slice(comma)) && !INSTITUTION_RE.test(source.slice(comma)) && !OUTLET_RE.test(source.slice(comma));
}

/** Capitalised words that look like a person's or an organisation's name. */
export function hasProperName(words: string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!/^\p{Lu}\p{Ll}/u.test(w)) continue;
    if (i === 0 && (STOP_CAPS.has(w.toLowerCase()) || DETERMINER_RE.test(w))) continue;
    if (STOP_CAPS.has(w.toLowerCase())) continue;
    return true;
  }
  return false;
}

/** What an apposition after the name says the source is: "AgriEuropa, the main farmers' lobby"
 *  is an institution, "Karim Benhaddou, secrétaire général du syndicat" a person; null without
 *  one, or when it says neither. The words up to its first complement are read ("secrétaire
 *  général" of "secrétaire général du syndicat"), so the institution a person works for does not
 *  make the person an institution. */
export function appositionKind(source: string): "person" | "institution" | "outlet" | null {
  const comma = source.indexOf(",");
  if (comma < 0) return null;
  const apposition = sourceHead(source.slice(comma + 1));
  const words = PhraseSet.words(apposition).filter((w) => !DETERMINER_RE.test(w));
  if (words.length === 0) return null;
  // The head noun: last in English ("the club's largest supporters' trust"), first in French
  // (« secrétaire général », « quotidien sportif »).
  const english = /^(?:the|a|an)\s/iu.test(apposition.trim());
  const noun = english ? words.at(-1)! : words[0]!;
  // A phrase of the list at the head ("sports daily", « secrétaire général »).
  const atHead = (set: PhraseSet) => set.test(noun) || (english ? set.endsAt(words, words.length) : set.startsAt(words, 0));
  if (atHead(OUTLET_WORDS)) return "outlet";
  if (atHead(PERSON_NOUNS)) return "person";
  if (atHead(INSTITUTION_WORDS)) return "institution";
  return null;
}

// Last words of company and club names ("Corvale Air", "Dunmore Athletic", "Norvik Holdings"),
// with their capital: no person is called that.
const ORG_NAME_END = /(?<![\p{L}\p{N}])(?:Air|Airlines|Airways|Athletic|FC|AFC|Holdings|Industries|Motors|Energy|Pharma|Pharmaceuticals|Labs|Systems|Technologies|Partners|Capital|Foods|Telecom|Rail|Railways|Logistics|Insurance|Water|Power|Components|Group|Bank|Trust|Together|Inc\.?|Ltd\.?|plc|SA|SAS|GmbH|Corp\.?|Co\.?)$/u;

/** True when the noun phrase names a person (not an outlet, institution, document or country). */
export function looksLikePerson(source: string): boolean {
  // "The Corran Ridge Observatory, which operates…": "which" is never said of a person.
  const kind = appositionKind(source);
  if (kind === "institution" || kind === "outlet" || /,\s*which\s/iu.test(source)) return false;
  const head = sourceHead(source);
  if (ORG_NAME_END.test(head)) return false;
  // « Le Petit Sarrancourtois », « La Voix du Nord »: a capitalised article starts a title, not a name.
  if (/^(?:Le|La|Les|L['’])\s?\p{Lu}/u.test(head) && /\s\p{Lu}/u.test(head.slice(3))) return false;
  const words = head.split(/\s+/);
  if (!hasProperName(words)) return ROLE_RE.test(head) && /^(?:the|le|la|l['’])\s/iu.test(head) && !INSTITUTION_RE.test(head);
  if (OUTLET_RE.test(head) && !/^(?:Mr|Mrs|Ms|M|Mme)\.?\s/u.test(head)) return false;
  // "Yuriy Ignat, porte-parole de l'armée" has a name before the institution; "la Maison Blanche"
  // and "l'administration Biden" start with the institution.
  let k = 0;
  while (k < words.length && DETERMINER_RE.test(words[k]!)) k++;
  const rest = words.slice(k).join(" ");
  // The phrase names an institution when it starts with one ("la Maison Blanche",
  // "l'administration Biden") or ends with one ("The National Weather Service").
  const lw = PhraseSet.words(rest);
  const sets = [INSTITUTION_WORDS, OUTLET_WORDS, DOCUMENT_RE, COUNTRY_RE];
  const first = words[k] ?? "";
  if (rest && (sets.some((set) => set.startsAt(lw, 0)) || INSTITUTION_ACRONYMS.test(first) || OUTLET_ACRONYMS.test(first))) return false;
  if (words.length > 1 && [INSTITUTION_WORDS, OUTLET_WORDS, DOCUMENT_RE].some((set) => set.endsAt(lw, lw.length))) return false;
  // A title before the name: « la docteure Hélène Marchetti », "former Senator Ann Ray".
  while (k < words.length - 1 && /^\p{Ll}/u.test(words[k]!) && TITLE_BEFORE_NAME.test(words[k]!)) k++;
  if (!/^\p{Lu}/u.test(words[k] ?? "")) return false;
  return true;
}

export function classifyLevel(input: LevelInput): AttributionLevel {
  // Invisible characters (zero-width spaces pasted from the web) must not split words here.
  const x = { ...input, source: input.source?.replace(/[\u200B-\u200D\u2060\uFEFF]/g, "") ?? null };
  if (!x.source) {
    if (x.cueKind === "passive") return "hedged_unsourced";
    return x.rumour ? "hedged_unsourced" : "author_assertion";
  }
  const src = x.source;
  const head = sourceHead(src);
  const lower = src.toLowerCase();
  // Chains: "the Times, citing officials" is a secondary report whatever the inner source.
  if (REPORTER_RE.test(lower) && (x.cueLemma ? WITNESS_CUES.has(x.cueLemma) : false)) return "witnessed";
  if (/\b(?:notre|our)\s+(?:envoyée?\s+spéciale?|correspondent|correspondante?|reporter|journaliste?)/iu.test(lower)) return "witnessed";
  // « nous avons vu », "we saw": the outlet's own witness.
  if (/^(?:nous|we)$/iu.test(src.trim()) && x.cueLemma && WITNESS_CUES.has(x.cueLemma)) return "witnessed";
  if (BARE_SOURCE_RE.test(head.trim())) return "anonymous_bare";
  // The outlet does not vouch that the words were said: « Le ministre aurait demandé… ».
  if (x.hearsayCue) return "hedged_unsourced";
  if (x.resolvedPerson) return "named_on_record";
  // ("Ilunga's agent, Dario Fenske": a possessive name describes the role.)
  if (hasApposedName(src) && !hasProperName(head.split(/\s+/).filter((w) => !/['’]s$/u.test(w))) && ![INSTITUTION_RE, OUTLET_RE, DOCUMENT_RE].some((set) => set.test(head))) return "named_on_record";
  const headWords = head.split(/\s+/);
  const firstContent = headWords.find((w) => !DETERMINER_RE.test(w) && !/^\d/.test(w)) ?? "";
  // English noun phrases end with their head ("a Quinnipiac University poll released in August",
  // "a senior administration official"); a trailing capitalised word is a name.
  const englishHead = englishHeadNoun(headWords);
  if (englishHead) {
    if (DOCUMENT_RE.test(englishHead)) return "document";
    if (OUTLET_RE.test(englishHead) && !/^(?:times|post|journal)$/iu.test(englishHead)) return "secondary_report";
    if (BARE_SOURCE_RE.test(englishHead) && headWords.length <= 2) return "anonymous_bare";
    // "one GOP source", "a source close to the campaign": a source described, still unnamed.
    if (/^sources?$/u.test(englishHead)) return "anonymous_described";
    // An unnamed spokesperson speaks for the institution ("A Halvorsen spokesperson said"),
    // unless they asked not to be named.
    if (/^spokes(?:man|woman|person)$/u.test(englishHead) && !ANONYMITY_RE.test(src)) return "official_statement";
    // "A senior Council official", "Pentagon officials": unnamed people described by where they
    // work, however capitalised the description.
    if (ANON_RE.test(englishHead) && englishHead !== "intelligence") return "anonymous_described";
  }
  if (OUTLET_RE.test(head) && !looksLikePersonName(headWords)) return "secondary_report";
  // "un communiqué de Matignon", "a statement from the ministry": the institution speaking.
  if (/^(?:communiqué|statement|déclaration|press release|release)$/iu.test(englishHead ?? firstContent)) return "official_statement";
  if (DOCUMENT_RE.test(firstContent) || (DOCUMENT_RE.test(head) && !hasProperName(headWords))) return "document";
  const person = looksLikePerson(src);
  if (person && hasProperName(headWords)) return "named_on_record";
  // "L'organisateur, la société Argence Organisation, a fait savoir…": the apposition says it is
  // an institution.
  const apposed = appositionKind(src);
  if (apposed === "outlet") return "secondary_report";
  if (apposed === "institution" && !ANONYMITY_RE.test(src)) return "official_statement";
  // « Le Petit Sarrancourtois, citant deux enquêteurs »: a source that relays another is a report
  // at second hand (the chain), unless a person relays.
  if (!person && /,\s*(?:citing|quoting|citant|qui cite)\s/iu.test(src)) return "secondary_report";
  // « un porte-parole du Service départemental… »: an unnamed spokesperson speaks for the body.
  if (/^(?:porte-parole|spokes(?:man|woman|person))$/iu.test(firstContent) && !hasProperName(headWords.slice(1)) && !ANONYMITY_RE.test(src)) return "official_statement";
  if (ANONYMITY_RE.test(src) || (ANONYMITY_RE.test(x.sentence) && !hasProperName(headWords))) return "anonymous_described";
  if (/^(?:he|she|il|elle|i|je|we|nous)$/iu.test(src.trim())) return "named_on_record";
  if (INSTITUTION_RE.test(head) || COUNTRY_RE.test(head) || STATEMENT_RE.test(x.sentence)) {
    if (ANON_RE.test(firstContent) && /s$/u.test(firstContent)) return "anonymous_described";
    return "official_statement";
  }
  if (person) return "named_on_record";
  if (ANON_RE.test(head)) return "anonymous_described";
  if (/^(?:they|ils|elles|it|on)$/iu.test(src.trim())) return "anonymous_described";
  if (hasProperName(headWords)) return "official_statement";
  return "anonymous_described";
}

function looksLikePersonName(words: string[]): boolean {
  return /^(?:Mr|Mrs|Ms|M|Mme|Dr)\.?$/u.test(words[0] ?? "");
}

export const __test = { OUTLET_RE, INSTITUTION_RE, DOCUMENT_RE };

/** Last lower-case noun of an English noun phrase, skipping trailing participles; null when the
 *  phrase ends with a capitalised name or is not English-looking. */
function englishHeadNoun(words: string[]): string | null {
  let k = words.length - 1;
  while (k > 0 && /^\p{Ll}+(?:ed|ing)$/u.test(words[k]!) && !ING_NOUN_RE.test(words[k]!)) k--;
  const w = words[k] ?? "";
  if (!/^\p{Ll}+$/u.test(w) || k === 0) return null;
  if (/[àâçéèêëîïôûù]/u.test(words.join(" "))) return null;
  return w;
}
