// Names mentioned in the text before a point, for pronouns and descriptions that take them up
// when no attribution introduced them: « Erwan Le Bihan dirige le parc… », a-t-il insisté;
// "Quillon Systems will cut 2,400 jobs, the company announced".
import { firstNameGenderOf, isFirstName, nameKey } from "@/lib/articles/first-names";
import { HONORIFIC, looksLikePerson, nameLooksLikeOrganisation } from "./source-phrase";
import { allMatches } from "./scan";
import { NEWSPAPER_TITLE_WORDS } from "./gazetteer";

// Two or three capitalised words ("Nadia Berthelot", "Jean-Luc Morel", "Quillon Systems").
// (And with an ampersand: "Firth & Isles Ferries".)
// (With an elided prefix: "Conor O’Brien", « Adjoua N’Guessan-Kra ».)
// (The capital is matched before the look-behind: most positions fail on it, and cheaply.)
// (A hyphen may join one more part: « Anne-Sophie Kerbrat-Lindqvist ».)
export const NAME = /\p{Lu}(?<![\p{L}’'-]\p{Lu})(?:[’']\p{Lu})?\p{Ll}+(?:(?:[- ]| & )\p{Lu}(?:[’']\p{Lu})?\p{Ll}+){1,2}(?:-\p{Lu}(?:[’']\p{Lu})?\p{Ll}+)?(?![\p{L}])/gu;

export interface NamedMention {
  span: [number, number];
  text: string;
}

/** The last name in the 600 characters before `end` that passes `keep` (and is not inside `skip`). */
function lastBefore(text: string, end: number, keep: (name: Mention) => boolean, skip?: [number, number]): NamedMention | null {
  const from = Math.max(0, end - 600);
  const names = namesIn(text);
  // (The last name that ends by `end`, found by halving, then backwards.)
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (names[mid]!.span[1] <= end) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && names[i]!.span[0] >= from; i--) {
    const name = names[i]!;
    if (skip && name.span[0] >= skip[0] && name.span[0] < skip[1]) continue;
    // (A copy: the caller may move the span it is given.)
    if (keep(name)) return { span: [name.span[0], name.span[1]], text: name.text };
  }
  return null;
}

// A name of the text with what it looks like, worked out the first time a look-up asks: every
// sentence looks back over the same names.
interface Mention extends NamedMention {
  person?: boolean;
  organisation?: boolean;
  gender?: Gender;
}
// (An acronym, « La SETO rejette… », is a body's name: "the company" may take it up, "he" not.)
// (Not a date read as a name: "On July 6, the senator…".)
// (Nor a storm's name: "as Storm Hollis brought gusts of 90mph", « Tempête Ciarán ».)
const isPerson = (m: Mention) => (m.person ??= !ACRONYM_ONLY.test(m.text) && !DATE_NAME.test(m.text) && !STORM_NAME.test(m.text) && looksLikePerson(m.text));
const STORM_NAME = /^(?:Storm|Hurricane|Typhoon|Cyclone|Tropical Storm|Tempête|Ouragan|Typhon)\s/u;
// A conjunction opening a sentence that the name pattern takes in before a name: "When Harrowline
// visited…", « Quand Jean Dupont a appris… ». (Not a preposition: « Pour Jean Dupont » reads
// better left alone.)
const OPENER_NAME = /^(?:When|While|After|Before|If|As|Since|Although|Because|Once|Until|Unless|Where|Though|Quand|Lorsque|Comme|Puis|Mais|Alors)[ \u00A0]/u;
const DATE_NAME = /^(?:On|In|By|Since|Until|Le|En|Depuis)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche)$/u;
// (Not a common noun capitalised by its place: « L’application de suivi… » opening a sentence.)
const ARTICLE_AND_NOUN = /^(?:L['’]|Le\s|La\s|Les\s|The\s)\p{Ll}[\p{Ll}-]*$/u;
const isOrganisation = (m: Mention) => (m.organisation ??= ACRONYM_ONLY.test(m.text) || (nameLooksLikeOrganisation(m.text) && !ARTICLE_AND_NOUN.test(m.text)));
const genderOfName = (m: Mention) => (m.gender !== undefined ? m.gender : (m.gender = genderOf(m.text)));

// Every name of the text, found once: pronouns and descriptions look back from each sentence.
// (One text at a time: the one being extracted.)
let names: { text: string; names: Mention[] } | null = null;
// The furniture of the text being extracted, whose names are read only when a look-up asks.
let furniture: { text: string; removed: readonly { start: number; end: number }[] } | null = null;
function namesIn(text: string): Mention[] {
  if (names?.text !== text) names = { text, names: findNames(text, furniture?.text === text ? furniture.removed : []) };
  return names.names;
}

/** Sets the page's furniture `removed` for the look-ups on `text` that follow: a caption's credit
 *  (« Photo L’Éclaireur des Marches ») is nobody a pronoun takes up. */
export function readNames(text: string, removed: readonly { start: number; end: number }[]): void {
  furniture = { text, removed };
  if (names?.text === text) names = null;
}

function findNames(text: string, removed: readonly { start: number; end: number }[]): Mention[] {
  const names: Mention[] = [];
  for (const m of allMatches(NAME, text)) {
    // (Without the conjunction: « Quand Jean Dupont » is Jean Dupont; "When Harrowline", one word
    // left, no person.)
    const opener = OPENER_NAME.exec(m[0])?.[0].length ?? 0;
    const rest = m[0].slice(opener);
    if (opener && !/[ \u00A0]/u.test(rest)) names.push({ span: [m.index + opener, m.index + m[0].length], text: rest, person: false });
    else names.push({ span: [m.index + opener, m.index + m[0].length], text: rest });
  }
  const acronyms: Mention[] = [];
  for (const m of allMatches(ACRONYM, text)) if (!NOT_ACRONYM.has(m[0])) acronyms.push({ span: [m.index, m.index + m[0].length], text: m[0] });
  // (Each list is in text order already: merged, not sorted.)
  const found: Mention[] = [];
  let i = 0;
  let j = 0;
  while (i < names.length || j < acronyms.length) found.push(j >= acronyms.length || (i < names.length && names[i]!.span[0] <= acronyms[j]!.span[0]) ? names[i++]! : acronyms[j++]!);
  // (Both in text order: one sweep.)
  const spans = [...removed].sort((a, b) => a.start - b.start);
  let r = 0;
  const kept = spans.length === 0 ? found : found.filter((m) => {
    while (r < spans.length && spans[r]!.end <= m.span[0]) r++;
    return !(r < spans.length && spans[r]!.start <= m.span[0]);
  });
  const furnitureText = spans.map((b) => text.slice(b.start, b.end)).join("\n");
  for (const m of kept) if (namesNoPerson(text, m, furnitureText)) m.person = false;
  return kept;
}
/** Names that are no person, whatever they look like: the page's own title as its furniture
 *  writes it with the word after it (« …consultés par Le Jour nouveau »), and the end of a body's
 *  name (« the Office for Seized Property »). */
function namesNoPerson(text: string, m: Mention, furnitureText: string): boolean {
  const s = m.span[0];
  const c = m.text.charCodeAt(0);
  // (Cheap looks first: only names opening on L or T can open on an article, and a body's name
  // has "for", "of", "on" or "the" before its end.)
  const title = furnitureText && (c === 76 || c === 84) && ARTICLE_THEN_NAME.test(m.text) ? TITLE_TAIL.exec(text.slice(m.span[1], m.span[1] + 30)) : null;
  if (title && furnitureText.includes(m.text + title[0])) return true;
  return (text.startsWith("for ", s - 4) || text.startsWith("of ", s - 3) || text.startsWith("on ", s - 3) || text.startsWith("the ", s - 4)) && BODY_BEFORE_NAME.test(text.slice(Math.max(0, s - 40), s));
}
const BODY_BEFORE_NAME = /(?:Office|Ministry|Department|Agency|Council|Commission|Institute|Bureau|Board|Authority|Centre|Center|Fund|Foundation|Society|Association|Federation|Union|Committee|Court|School|College|University)[ \u00A0]+(?:for|of|on)[ \u00A0]+(?:the[ \u00A0]+)?$/u;
const ARTICLE_THEN_NAME = /^(?:L['’]|Le\s|La\s|Les\s|The\s)\p{Lu}/u;
const TITLE_TAIL = /^[\s\u00A0]\p{Ll}[\p{Ll}-]+/u;
// Three to six capitals standing alone ("SETO", "RCMP"); not a roman numeral or a time of day.
const ACRONYM = /\p{Lu}(?<![\p{L}\p{N}’'-]\p{Lu})\p{Lu}{2,5}(?![\p{L}\p{N}’'-])/gu;
const ACRONYM_ONLY = /^\p{Lu}{3,6}$/u;
const NOT_ACRONYM = new Set(["III", "VIII", "XIV", "XIX", "XVI", "XVII", "XVIII", "XXI", "USD", "EUR", "GBP", "CAD", "FCFA", "CFA"]);

/** The person named most often before `end` (by surname; the later of equals): whom a page's
 *  interview, opening with no name of its own, questions ("Dans son bureau…, Gilles
 *  Armanet-Ferréol a fait encadrer… Il a accepté de répondre à nos questions", then others named
 *  in passing before the first « — »). */
export function mostNamedPersonBefore(text: string, end: number): NamedMention | null {
  const counts = new Map<string, { n: number; last: Mention }>();
  for (const name of namesIn(text)) {
    if (name.span[1] > end) break;
    if (!isPerson(name)) continue;
    const key = name.text.split(/[\s\u00A0]+/u).at(-1)!;
    const seen = counts.get(key);
    counts.set(key, { n: (seen?.n ?? 0) + 1, last: name });
  }
  let best: { n: number; last: Mention } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n || (c.n === best.n && c.last.span[0] > best.last.span[0])) best = c;
  return best ? { span: [best.last.span[0], best.last.span[1]], text: best.last.text } : null;
}

/** The last person named before `end`. */
export const lastNameBefore = (text: string, end: number) => lastBefore(text, end, isPerson);

/** The first person named between `start` and `end`: whom a page's opening presents. */
export function firstNameBetween(text: string, start: number, end: number, skip: (name: string) => boolean = () => false): NamedMention | null {
  for (const name of namesIn(text)) {
    if (name.span[1] > end) break;
    if (name.span[0] >= start && isPerson(name) && !skip(name.text)) return { span: [name.span[0], name.span[1]], text: name.text };
  }
  return null;
}

/** The same, not written as places are ("…à l’Université du Haut-Marigot"): whom a description
 *  such as « le chercheur » takes up. (Not after « de », which names people as often as places:
 *  « le salon de Josiane Kerbrat ».) */
export const lastPersonBefore = (text: string, end: number) => lastBefore(text, end, (m) => isPerson(m) && !PLACE_ARTICLE_BEFORE.test(text.slice(Math.max(0, m.span[0] - 6), m.span[0])));
const PLACE_ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:the|in|at|from|du|au|aux|des|en)[ \u00A0]+$/iu;

/** The last organisation named before `end` ("Quillon Systems", "Habitat Loirmont"). */
export const lastOrganisationBefore = (text: string, end: number) => lastBefore(text, end, isOrganisation);
/** The last name before `end` that reads as a newspaper's ("the Daily Trumpet", « L’Écho du
 *  Marvesin »), or one `known` to be an outlet: whom « le quotidien », "the tabloid" take up. */
export const lastOutletNameBefore = (text: string, end: number, known?: { has(name: string): boolean }) =>
  lastBefore(text, end, (m) => NEWSPAPER_TITLE_WORDS.test(m.text) || /^(?:Daily|Evening|Morning|Sunday|Weekly)\s\p{Lu}/u.test(m.text) || !!known?.has(m.text));

export type Gender = "f" | "m" | null;

/** The gender a source phrase shows, when it shows one: its article or title (« la préfète »,
 *  "Ms Grant", « M. Dupont »), a feminine role in apposition (« Carole Wengler, ministre
 *  déléguée », "spokeswoman"), else the first name of the person (gender-detection-from-name's
 *  English table, which holds the common French names too). */
export function genderOf(phrase: string): Gender {
  const p = phrase.trim();
  if (/^(?:[Ll]a|[Uu]ne|[Cc]ette)\s|\b(?:Mme|Madame|Mlle|Ms|Mrs|Miss)\b/u.test(p)) return "f";
  if (/^(?:[Ll]e|[Uu]n|[Cc]e|[Cc]et)\s|(?:^|\s)(?:M\.|Monsieur|Mr\.?)(?=\s)/u.test(p)) return "m";
  // (After an elided article or a possessive, the adjective or the noun shows it: « l’ancien élu »,
  // « l’institutrice », « notre envoyée spéciale ».)
  const elided = /^(?:[Ll]['’]|(?:[Nn]otre|[Vv]otre|[Ll]eur|[Ss]on)\s)(\p{L}+)/u.exec(p)?.[1]?.toLowerCase();
  // (After « l’ », a body's noun shows it too: « l’hebdomadaire », « l’association »; not after a
  // possessive, « son association », which is a person's.)
  const body = elided && /^[Ll]['’]/u.test(p) ? elided : "";
  if (elided === "ancienne" || (elided && elided !== "ancien" && (FEMININE_ROLE.test(elided) || FEMININE_BODY.test(body)))) return "f";
  if (MASCULINE_BODY.test(body)) return "m";
  // (A name given with the role says more than a role's ending: « L’ombudsman des services
  // publics, Nathalie Courchesne ».)
  if (elided === "ancien" || (elided && MASCULINE_ROLE.test(elided))) return firstNameGender(p) ?? "m";
  const role = ROLE_AFTER_NAME.exec(p)?.[1]?.toLowerCase();
  if (role && FEMININE_ROLE.test(role)) return "f";
  return firstNameGender(p) ?? (role && MASCULINE_ROLE.test(role) ? "m" : null);
}

// The first word of the description after the name: "Karim Benchellal, pneumologue, président…".
const ROLE_AFTER_NAME = /^[^,(]*\p{Lu}[^,(]*[,(][ \u00A0]*(?:(?:l['’]|la|le|the|an?|ex-|former|ancienne?|nouvelle?)[ \u00A0]*)*([\p{L}-]+)/u;
// Feminine forms of French role nouns (directrice, chercheuse, conseillère, présidente, adjointe,
// déléguée, avocate) and English nouns that name a woman.
const FEMININE_ROLE = /(?:trice|euse|ière|ienne|[dnt]ante|dente|ointe|ée|esse|woman|mother|daughter|wife|sister|widow|mère|fille|épouse|sœur|veuve)s?$/u;
// Bodies' nouns after an elided article, whose gender no ending shows.
const FEMININE_BODY = /^(?:agence|association|administration|autorité|entreprise|enseigne|université|usine|école|assemblée|inspection|instance|institution|organisation|ONG)$/u;
const MASCULINE_BODY = /^(?:hebdomadaire|établissement|hôpital|office|observatoire|institut|organisme|exécutif|ordre|opérateur|exploitant)$/u;
const MASCULINE_ROLE = /^(?:\p{L}+(?:teur|eur|ier|ien|dent|oint|man)|father|son|husband|brother|widower|père|fils|époux|frère)s?$/u;

/** The gender of the first name in a phrase ("Carole Wengler, ministre…", « le pneumologue Karim
 *  Benchellal », "Judge Alison Hartree"), when the table knows it: the first capitalised word
 *  before a surname that is no title; a compound name counts by its first part (Jean-Luc,
 *  Marie-Claude). */
function firstNameGender(phrase: string): Gender {
  for (const m of phrase.matchAll(FIRST_NAME)) {
    const word = nameKey(m[1]!);
    if (TITLE_WORDS.has(word)) continue;
    const g = firstNameGenderOf(word);
    return g === "female" ? "f" : g === "male" ? "m" : null;
  }
  return null;
}


const FIRST_NAME = /(?<![\p{L}’'.-])(\p{Lu}\p{Ll}+)(?:-\p{Lu}\p{Ll}+)?(?=[ \u00A0]+(?:\p{Lu}\.[ \u00A0]+)?(?:(?:de|du|van|von|le|la|al|el|da|dos|di|ben|bin)[ \u00A0]+)?\p{Lu})/gu;
// Titles and ranks before a name, which the table may read as first names (Judge, Chief, Saint).
const TITLE_WORDS = new Set(
  "judge justice sheriff chief captain capt sergeant sgt officer detective inspector constable general gen colonel col major lieutenant lt admiral commander president prime minister senator sen rep representative governor gov mayor councillor cllr coach father reverend rev bishop pastor rabbi imam saint sir lord dame lady sister brother doctor dr professor prof premier chancellor secretary speaker deputy ambassador king queen prince princess me maître maitre pr mgr".split(" "),
);

/** The gender a person's mention shows, or, for a surname alone ("Pennell said"), the gender of
 *  the full name the article gave before it ("Craig Pennell"). */
export function genderOfMention(text: string, mention: NamedMention): Gender {
  // ("Amrit Kowalczyk-Boateng has hung a banner from her window": the page's own possessive, right
  // after the name and before any other, says more than a table of first names.)
  const shown = SHOWN_GENDER.exec(text.slice(mention.span[1], mention.span[1] + 80))?.[1];
  if (shown) return shown === "her" ? "f" : "m";
  const own = genderOf(mention.text);
  // (A title before a surname alone, « Me Detienne », "Dr Okafor", says nothing of the gender:
  // the full name given before does.)
  const bare = mention.text.trim().replace(/^(?:Me|Maître|Dr|Pr|Prof\.?|Dr\.)\s+/u, "");
  if (own || /\s/u.test(bare)) return own;
  const surname = bare;
  const earlier = lastBefore(text, mention.span[0], (name) => name.text.endsWith(` ${surname}`) || name.text.endsWith(`\u00A0${surname}`));
  return earlier ? genderOf(earlier.text) : null;
}

const SHOWN_GENDER = /^(?:,[^,.!?]{1,40},)?\s+(?:has|had|is|was|keeps|kept)\s[^.!?“”"«»\p{Lu}]{0,50}?(?<![\p{L}])(her|his)(?![\p{L}])/u;

/** The gender of a personal pronoun: « il », « selon lui », "he" are masculine, « elle », "she"
 *  feminine. */
export function pronounGender(pronoun: string): Gender {
  return /^(?:il|lui|he|him)$/u.test(pronoun) ? "m" : /^(?:elle|she|her)$/u.test(pronoun) ? "f" : null;
}

/** The last person named before `end`, outside `skip`, whose phrase does not show the other
 *  gender. */
export const lastNameOfGender = (text: string, end: number, gender: Gender, skip: [number, number]) =>
  lastBefore(text, end, (name) => isPerson(name) && (gender === null || (genderOfName(name) ?? (placeLike(text, name) ? null : gender)) === gender), skip);

// A name that shows no gender, written as places are: after a preposition or "the" ("in the Middle
// East"), or owning something ("New York's legislature").
const PLACE_BEFORE = /(?:^|[^\p{L}])(?:the|in|of|from|to|at|across|le|la|en|de|du|à|au)[ \u00A0]+$/iu;
const placeLike = (text: string, name: NamedMention) => PLACE_BEFORE.test(text.slice(Math.max(0, name.span[0] - 8), name.span[0])) || /^['’]s[ \u00A0]/u.test(text.slice(name.span[1], name.span[1] + 3));

// Nouns for bodies that introduce a one-word name ("the retailer Valdor", « l'exploitant
// Hydrelis ») or follow it as its apposition ("Velora, the regional water utility").
const BODY_NOUNS = "brand|marque|company|firm|group|operator|retailer|chain|utility|supermarket|insurer|bank|lender|carrier|airline|developer|manufacturer|maker|union|agency|charity|regulator|platform|société|entreprise|enseigne|groupe|exploitant|distributeur|opérateur|fabricant|association|syndicat|start-up|constructeur|assureur|bailleur|gestionnaire|promoteur|laboratoire|transporteur|compagnie|banque|mutuelle|plateforme|fédération|collectif|coopérative|filiale|subsidiary|application|appli|app|startup";
// (The noun may take its complements first: « l’application de suivi de cycle Ovalune ».)
// (Or a French adjective after it: « la start-up auvrenacoise Orbilane ».)
const INTRODUCED_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:(?:${BODY_NOUNS})(?:[ \u00A0](?:de|du|des|of|for)[ \u00A0][\p{Ll}’'-]+|[ \u00A0]d['’][\p{Ll}’'-]+){0,3}(?:[ \u00A0]\p{Ll}+(?:aise?|ais|oise?|ois|ienne?|ain|aine|ale|al|ique|ine|in))?|(?:gouvernement|ministère de la Défense|armée|présidence)[ \u00A0]+(?:de[ \u00A0]+|d['’]))[ \u00A0]*$`, "iu");
// "for the brands Ardelle, Vestium and Kalypso", « les marques Ardelle, Vestium et Kalypso »: each
// name of a list after a plural body noun.
const BODY_PLURALS = "brands|marques|companies|firms|groups|retailers|chains|banks|lenders|insurers|airlines|carriers|manufacturers|makers|unions|platforms|sociétés|entreprises|enseignes|groupes|distributeurs|opérateurs|fabricants|syndicats|constructeurs|assureurs|banques|compagnies|plateformes|laboratoires";
const LIST_NAME = String.raw`\p{Lu}[\p{L}&’'-]*(?:[ \u00A0]\p{Lu}[\p{L}&’'-]*){0,2}`;
const LISTED_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${BODY_PLURALS})[ \u00A0]+(?:${LIST_NAME}(?:,[ \u00A0]+|[ \u00A0]+(?:et|and|ou|or)[ \u00A0]+))*$`, "u");
// (The body noun heads the apposition: not "Reyes, the union's negotiator".)
const APPOSED_AFTER = new RegExp(String.raw`^,[ \u00A0]+(?:(?:the|a|an|its|le|la|l['’]|un|une|son|sa)[ \u00A0]*)?(?:(?!(?:de|du|des|of|d['’])[ \u00A0])[\p{Ll}’'-]+[ \u00A0]+){0,3}(?:${BODY_NOUNS})(?=[,.;:]|[ \u00A0]+(?:of|de|du|des|d['’]|that|which|qui|dont|in|en|based|for|pour|with|whose|à|au)(?![\p{L}]))`, "u");
// ("Velonia's defence ministry": a country is a body too.)
const OWNS_BODY = /^['’]s[ \u00A0]+(?:government|ministry|defence|defense|foreign|army|military|parliament|cabinet)(?![\p{L}])/u;
const ONE_TO_THREE_WORDS = /^\p{Lu}[\p{Ll}\p{Lu}-]+(?: \p{Lu}[\p{Ll}\p{Lu}&-]+){0,2}$/u;
const STAFF_BEFORE = /(?:^|[^\p{L}])(?:a|an|the|one|two|three|several)(?:[ \u00A0]+(?:senior|former|junior|chief|top|lead))?[ \u00A0]+$/iu;
const STAFF_AFTER = /^[ \u00A0]+(?:spokesman|spokeswoman|spokesperson|representative|executive|executives|pilot|pilots|engineer|engineers|employee|employees|staff|manager|managers|official|officials|app|website|board|shareholders|customers|flight|flights|store|stores|plant|factory)(?![\p{L}])/iu;
// (A participle opening the sentence is no name: « Contactée, l'entreprise… ».)
const NOT_A_NAME = /^(?:Mr|Mrs|Ms|Dr|M|Mme)$|(?:é|ée|és|ées|ed|ing)$/u;

// How far from where a name speaks its introduction is looked for (an article's length).
const REACH = 20000;

/** Whether a name (one to three words) is one the article introduces as a body (company, union, country…):
 *  then "Valdor says…" is that body speaking, not a person named Valdor. Each name's uses near
 *  the first place it speaks alone are looked up once. */
export function namedBodies(text: string): { has(name: string, at?: number): boolean } {
  const known = new Map<string, boolean>();
  const introduced = (name: string, at: number): boolean => {
    // (A name of two or three words is a body's only when it opens on no first name: "Sukhsagar
    // Kitchens", introduced as "Sukhsagar Kitchens Pvt Ltd", not "Anna Berg".)
    const words = name.split(" ");
    if (!ONE_TO_THREE_WORDS.test(name) || NOT_A_NAME.test(words[0]!) || NOT_A_NAME.test(name) || (words.length > 1 && isFirstName(words[0]!))) return false;
    let staffOf = false;
    let personSeen = false;
    const to = Math.min(text.length, at + REACH);
    for (let i = text.indexOf(name, Math.max(0, at - REACH)), seen = 0; i >= 0 && i < to && seen < 60; i = text.indexOf(name, i + 1), seen++) {
      const end = i + name.length;
      // A whole word, not one of a longer name ("Rail" in "Coastline Rail", "Pell" in "Pell & Wraxall").
      if (/[\p{L}’'-]/u.test(text[i - 1] ?? "") || /[\p{L}’'-]/u.test(text[end] ?? "")) continue;
      // ("Halvorsen" after "Halvorsen Container Line": the short form of a company's name.)
      const longer = /^[ \u00A0]+((?:\p{Lu}[\p{L}&.-]*[ \u00A0]?){1,3})/u.exec(text.slice(end, end + 60));
      if (longer && nameLooksLikeOrganisation(`${name} ${longer[1]!.trim()}`)) return true;
      if (/^[ \u00A0]*(?:&|\p{Lu})/u.test(text.slice(end, end + 3))) continue;
      // "A Jetwyn spokesman", "a senior Jetwyn pilot", "the Jetwyn app": the name of the
      // employer or the maker…
      staffOf ||= STAFF_BEFORE.test(text.slice(Math.max(0, i - 20), i)) && STAFF_AFTER.test(text.slice(end, end + 20));
      const before = /(\p{Lu}[\p{L}-]*)[ \u00A0]$/u.exec(text.slice(Math.max(0, i - 30), i));
      if (before) {
        personSeen ||= isFirstName(before[1]!);
        continue;
      }
      // (« le gestionnaire du réseau, Lignaval, et… »: a body's noun, then the name set off by a
      // comma, unless it names a person.)
      const commaBefore = /,[ \u00A0]*$/u.exec(text.slice(Math.max(0, i - 3), i));
      if (commaBefore && !name.split(" ").some((w) => isFirstName(w) || HONORIFIC.test(w)) && INTRODUCED_BEFORE.test(text.slice(Math.max(0, i - 40), i - commaBefore[0].length))) return true;
      if (INTRODUCED_BEFORE.test(text.slice(Math.max(0, i - 40), i)) || LISTED_BEFORE.test(text.slice(Math.max(0, i - 120), i)) || APPOSED_AFTER.test(text.slice(end, end + 120)) || OWNS_BODY.test(text.slice(end, end + 30))) return true;
    }
    // …unless the name is also a person's: "a Trump spokesman" after "Donald Trump".
    return staffOf && !personSeen;
  };
  return {
    has(name: string, at = 0) {
      let v = known.get(name);
      if (v === undefined) known.set(name, (v = introduced(name, at)));
      return v;
    },
  };
}

/** The person the article named with this role in apposition before `end`: « la conseillère
 *  d’État » after « Nathalie Perrenoud-Gisler, conseillère d’État, … », "its chief executive" after
 *  "Deirdre Fallon-Keogh, chief executive of the authority", "The trust’s chief executive" after
 *  "The trust’s chief executive, Martin Oyelaran". The last such person, or null. */
export function namedWithRole(text: string, end: number, description: string): NamedMention | null {
  const role = description.trim().replace(/^(?:the|its|his|her|their|le|la|les|l['’]|son|sa|leur)\s*/iu, "");
  // (An acronym for a role too: « le PDG », "the CEO".)
  if (!ROLE_ACRONYM.test(role) && (role.length < 4 || role.length > 60 || !/^\p{Ll}/u.test(role))) return null;
  const gender = genderOf(description);
  const fits = (name: string) => !gender || (firstNameGender(name) ?? gender) === gender;
  // Each earlier writing of the role (with either apostrophe), nearest first, within an
  // article's length: a name before it and a comma, or a comma and a name after it.
  const from = Math.max(0, end - REACH);
  for (const written of new Set([role.replace(/'/gu, "’"), role.replace(/’/gu, "'")])) {
    for (let i = text.lastIndexOf(written, end - 1); i >= from; i = i > 0 ? text.lastIndexOf(written, i - 1) : -1) {
      const after = i + written.length;
      if (/[\p{L}]/u.test(text[i - 1] ?? "") || /[\p{L}]/u.test(text[after] ?? "")) continue;
      // (The name after the role first: « sur Canal Un, la première ministre sortante, Hélène
      // Cordier-Vasseur » gives the role to her, not to the channel before.)
      // (Of the gender the description gives: « la porte-parole » is not « le porte-parole… ,
      // Patrick Lokondo Ebengo ».)
      const next = ROLE_THEN_NAME.exec(text.slice(after, after + 90));
      if (next && fits(next[1]!)) return mentionAt(after + next[0].lastIndexOf(next[1]!), next[1]!);
      const s0 = Math.max(0, i - 90);
      const before = NAME_THEN_ROLE.exec(text.slice(s0, i));
      if (before && fits(before[1]!)) return mentionAt(s0 + before.index, before[1]!);
    }
  }
  return null;
}

const mentionAt = (at: number, name: string): NamedMention => ({ span: [at, at + name.length], text: name });
/** Roles written as acronyms: « le PDG », "the CEO". */
export const ROLE_ACRONYMS = "PDG|DG|DRH|DGS|CEO|CFO|COO";
const ROLE_ACRONYM = new RegExp(`^(?:${ROLE_ACRONYMS})$`, "u");

// (Case-sensitive: a name is capitalised, and "engineer, who spoke…" names nobody.)
const NAME_WORDS = String.raw`\p{Lu}[\p{L}'’-]+(?:[ \u00A0]+(?:de[ \u00A0]+|van[ \u00A0]+|von[ \u00A0]+)?\p{Lu}[\p{L}'’-]+){1,3}`;
// (An age may come between: « Claire Martin, 74 ans, retraitée », "Joanne Smith, 44, a nurse".)
const NAME_THEN_ROLE = new RegExp(String.raw`(${NAME_WORDS}),[ \u00A0]+(?:\d{1,3}(?:[ \u00A0]ans)?,[ \u00A0]+)?(?:(?:the|a|an|le|la|l['’]|un|une)[ \u00A0]*)?$`, "u");
// (A few words may follow the role: « la première ministre sortante, Hélène… », « la porte-parole
// du gouvernement rwandais, Aline… ».)
// (Or the body it serves: « le PDG de Ferlane, Arnaud… ».)
const ROLE_THEN_NAME = new RegExp(String.raw`^(?:[ \u00A0]+(?:\p{Ll}[\p{Ll}-]*|d['’]\p{L}+)|[ \u00A0]+(?:de|du|des|of|at)[ \u00A0]+\p{Lu}[\p{L}-]*){0,4},[ \u00A0]+(${NAME_WORDS})`, "u");

// The outlet's reporter named: "Our correspondent Dana Kells", « notre envoyée spéciale Léa
// Castagnier », or the name then ", our correspondent".
const REPORTER_ROLE = String.raw`(?:[\p{L}-]+[ \u00A0]+){0,2}(?:correspondent|reporter|journalist|photographer|presenter|envoyée?[ \u00A0]+spéciale?|journaliste|correspondante?|photographe|présentat(?:eur|rice))`;
const REPORTER_BEFORE_NAME = new RegExp(String.raw`(?:^|[^\p{L}])((?:our|notre|nos|this|cette|ce)[ \u00A0]+${REPORTER_ROLE}[ \u00A0,]+)$`, "iu");
const REPORTER_AFTER_NAME = new RegExp(String.raw`^,[ \u00A0]+(?:our|notre|this|cette)[ \u00A0]+${REPORTER_ROLE}(?![\p{L}])`, "iu");
// (Case matters for the name: no `i` flag, where \p{Lu} would match any letter.)
const REPORTER_NAMED = new RegExp(String.raw`(?:^|[^\p{L}])(?:[Oo]ur|[Nn]otre|[Tt]his|[Cc]ette)[ \u00A0]+${REPORTER_ROLE}[ \u00A0,]+\p{Lu}\p{Ll}+[ \u00A0]+\p{Lu}|\p{Lu}\p{Ll}+[ \u00A0]+\p{Lu}[\p{L}-]+,[ \u00A0]+(?:our|notre)[ \u00A0]+${REPORTER_ROLE}(?![\p{L}])`, "u");

/** Whether the outlet's reporter was named in the `reach` characters before `end` ("Our
 *  correspondent Dana Kells reached Kanal Street. She saw…"). */
export const reporterNamedBefore = (text: string, end: number, reach = 400) => REPORTER_NAMED.test(text.slice(Math.max(0, end - reach), end));

// A name then what makes its bearer a journalist: « Erwan Le Floc’h-Mensah, journaliste au service
// Mer du Guetteur des Rades », "Dana Kells, our correspondent", "Dana Kells, the Herald's health
// reporter".
const REPORTER_DESCRIBED = new RegExp(String.raw`^,[ \u00A0]+(?:(?:our|notre|the|la|le|l['’])[ \u00A0]*)?(?:\p{Lu}[\p{L}’'-]*(?:[ \u00A0]\p{Lu}[\p{L}’'-]*)*['’]s[ \u00A0]+)?${REPORTER_ROLE}(?![\p{L}])`, "u");
/** Whether the page names `name` as a journalist (the outlet's, as pages name no other's so):
 *  a live chat's answers under that name are the outlet's own text. */
export function namedAsReporter(text: string, name: string): boolean {
  // (Once per name and text: a transcript repeats its labels on every line.)
  if (reporters?.text !== text) reporters = { text, known: new Map() };
  let known = reporters.known.get(name);
  if (known === undefined) reporters.known.set(name, (known = describedAsReporter(text, name)));
  return known;
}
let reporters: { text: string; known: Map<string, boolean> } | null = null;
function describedAsReporter(text: string, name: string): boolean {
  for (const at of occurrences(text, name)) {
    if (REPORTER_DESCRIBED.test(text.slice(at + name.length, at + name.length + 80))) return true;
    // (Or with the role before the name, "our housing reporter Dana Kells", « notre journaliste
    // Erwan Le Floc’h », or in the page's byline, "By Dana Kells", « Par Erwan Le Floc’h ».)
    const before = text.slice(Math.max(0, at - 60), at);
    if (REPORTER_BEFORE_NAME.test(before) || BYLINE_BEFORE.test(before)) return true;
  }
  return false;
}
// (Or a programme's presenter: "Presented by Joanna Pell-Ashworth".)
// (Or a bulletin's credits: « Présentation : Ninon Escalier-Baptiste · Reportage : Yanis… ».)
// (And a report's credit: "Reporting by Femi Larkspur-Greene", « Un reportage de Chloé Vasquez ».)
const FIELD_CREDIT = String.raw`Reporting by|Reported by|(?:Un )?[Rr]eportage de|Reportage d['’]`;
const BYLINE_BEFORE = new RegExp(String.raw`(?:^|\n)[ \t]*(?:By|BY|Par|PAR|Presented by|Présentée? par|${FIELD_CREDIT})[ \t]*$|(?:^|\n|[·|][ \t\u00A0])[ \t]*(?:Présentation|Reportage|Presenter|Reporter|Reporting)[ \t\u00A0]?:[ \t\u00A0]+$`, "u");
/** Whether the page credits `name` with the field report itself ("Reporting by Femi
 *  Larkspur-Greene", « Reportage de Maëlys Orcière-Diop »): a reporter sent to the scene, whose
 *  plain statements on a transcript are what they saw there. (Not a programme's list of credits,
 *  « Présentation : … · Reportage : Yanis Ferrandou-Mbaye », where one annotator of two took the
 *  reporter's plain statements as the outlet's.) */
export function creditedFieldReporter(text: string, name: string): boolean {
  return occurrences(text, name).some((at) => FIELD_CREDIT_BEFORE.test(text.slice(Math.max(0, at - 40), at)));
}
const FIELD_CREDIT_BEFORE = new RegExp(String.raw`(?:^|\n)[ \t]*(?:${FIELD_CREDIT})[ \t\u00A0]*$`, "u");

/** Where `name` occurs in `text`; a name in capitals, as a transcript's label writes it
 *  ("DEV HALLORAN-SOYINKA:"), in any case ("Our reporter Dev Halloran-Soyinka"). */
function occurrences(text: string, name: string): number[] {
  if (/\p{Ll}/u.test(name)) {
    const out: number[] = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) out.push(at);
    return out;
  }
  return [...text.matchAll(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&"), "giu"))].map((m) => m.index);
}

/** Where the phrase naming a person as the outlet's reporter starts ("Our correspondent Dana
 *  Kells" → the start of "Our"), or null when the name is not introduced so. */
export function reporterIntroStart(text: string, span: [number, number]): number | null {
  const before = REPORTER_BEFORE_NAME.exec(text.slice(Math.max(0, span[0] - 60), span[0]));
  if (before) return span[0] - before[1]!.length;
  return REPORTER_AFTER_NAME.test(text.slice(span[1], span[1] + 60)) ? span[0] : null;
}

// Offices people are elected to, written next to a name: « la mairesse, Lise Thibodeau-Caron »,
// "Councillor Ana Ruiz", « Jean Dupont, député de la 3e circonscription ».
const ELECTED = /(?:^|[^\p{L}])(?:maire|mairesse|bourgmestre|échevine?|syndic|syndique|députée?|sénat(?:eur|rice)|conseill(?:er|ère)s?(?: municipale?| régionale?| départementale?)?|présidente? (?:de la région|du département|du conseil)|élue?|mayor|councillor|councilor|alderman|senator|representative|assembly ?member|MP|MPP|MLA|TD|MSP|lawmaker|legislator)(?![\p{L}])/iu;

/** The last person named before `end` with an elected office written next to the name: whom
 *  « l’élue », "the lawmaker" take up, past people named since without one. */
export function lastElectedBefore(text: string, end: number): NamedMention | null {
  return lastBefore(text, end, (m) => isPerson(m) && ELECTED.test(text.slice(Math.max(0, m.span[0] - 40), m.span[0]) + " " + text.slice(m.span[1], m.span[1] + 40).split(/[.;]/u)[0]));
}