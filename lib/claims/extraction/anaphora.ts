// Words that take up someone or something named earlier: a topic set out before a pronoun
// (« Quant au ministre, il… »), and definite descriptions ("the company", « le document »,
// "the regime") that stand for the institution, document or country last met.
import { DOCUMENT_RE } from "./source-phrase";
const TOPIC_RE = /(?:^|[\s,;])(?:[Qq]uant (?:à |aux? )|[Aa]s for )([^,;«»“”"]{2,80}?),[\s\u00A0]*$/u;

/** The topic a sentence sets out before a pronoun (« Quant au ministre des Transports, il… »). */
export function dislocatedTopic(text: string, sentenceStart: number, pronounStart: number): { span: [number, number]; text: string } | null {
  if (pronounStart - sentenceStart > 200) return null;
  const m = TOPIC_RE.exec(text.slice(sentenceStart, pronounStart));
  if (!m) return null;
  const start = sentenceStart + m.index + m[0].lastIndexOf(m[1]!);
  return { span: [start, start + m[1]!.length], text: m[1]! };
}
// « Au rectorat, on reconnaît… », « Chez Valdor, on affirme… »: the body where "on" speaks.
const BODY_BEFORE_ON = /^[\s\u00A0]*(?:([Aa]ux?)|([Àà] la|[Àà] l['’]|[Cc]hez|[Dd]u côté d(?:u|e la|e l['’]|es)))\s*([^,;«»“”"]{2,80}?),[\s\u00A0]*on\s+(?:(?:ne|n['’])\s*)?$/u;

/** The body a sentence opens on before "on" and the cue at `cueStart`, with its article restored
 *  (« Au rectorat, on… » → « le rectorat »). */
export function bodyBeforeOn(text: string, sentenceStart: number, cueStart: number): { span: [number, number]; text: string } | null {
  if (cueStart - sentenceStart > 120) return null;
  const m = BODY_BEFORE_ON.exec(text.slice(sentenceStart, cueStart));
  if (!m) return null;
  const start = sentenceStart + m[0].indexOf(m[3]!, (m[1] ?? m[2])!.length);
  const article = m[1] ? (m[1].toLowerCase() === "aux" ? "les " : "le ") : /^[Àà] la$/u.test(m[2]!) ? "la " : /^[Àà] l/u.test(m[2]!) ? "l’" : "";
  return { span: [start, start + m[3]!.length], text: article + m[3]! };
}

export const ANAPHORIC_NP = /^(?:the|le|la|l['’]|ce|cette)\s*(?:regime|régime|country|pays|government|gouvernement|company|entreprise|société|group|groupe|organi[sz]ation|agency|agence|state|état|kingdom|royaume|nation)$/iu;
// "the company", « le document »: a definite description taking up the institution or the
// document last quoted ("Halvorsen Components said… the company blamed…").
export const ANAPHORIC_INSTITUTION = /^(?:the|le|la|l['’]|ce|cette)\s*(?:company|firm|group|organi[sz]ation|agency|trust|utility|board|ministry|observatory|operator|retailer|airline|carrier|bank|force|council|club|institution|entreprise|société|groupe|agence|organisme|association|fédération|syndicat|observatoire|opérateur|exploitant|enseigne|distributeur|transporteur|banque|instance|compagnie|laboratoire|fabricant|constructeur|plateforme|platform|chain|maker|manufacturer|insurer|assureur)$/iu;
// "the company" takes up any company-like body ("the operator", « l'exploitant » too); "the
// trust" only one called a trust.
// (« l’institution », « l’instance »: any body at all.)
export const GENERIC_BODY = /(?:company|firm|group|organi[sz]ation|operator|institution|entreprise|société|groupe|organisme|opérateur|exploitant|instance|club)$/iu;
// "the agency" takes up a public body by any of its usual names ("the National Medicines Safety
// Authority", « l'Autorité nationale de veille sanitaire »).
const AGENCY = /^(?:agency|agence)$/u;
const PUBLIC_BODY = /agency|agence|authority|autorité|office|commission|administration|regulator|régulateur|institute|institut|service/iu;
export function takesUp(anaphor: string, antecedent: string): boolean {
  const noun = lastWord(anaphor);
  return GENERIC_BODY.test(noun) || antecedent.toLowerCase().includes(noun) || (AGENCY.test(noun) && PUBLIC_BODY.test(antecedent));
}
// "the paper", « le quotidien », « la station »: the outlet last quoted (a press review quotes one
// after another: "The Daily Trumpet reports… The tabloid adds…").
// (With an adjective: « le quotidien populaire », "the conservative daily".)
// (Case matters: "The Daily Trumpet" is a name, not a daily.)
export const ANAPHORIC_OUTLET = /^(?:[Tt]he|[Ll]e|[Ll]a|[Ll]['’]|[Cc]e|[Cc]ette)\s*(?:[\p{Ll}-]+\s+)?(?:paper|newspaper|daily|weekly|tabloid|broadcaster|station|channel|network|magazine|website|outlet|journal|quotidien|hebdomadaire|mensuel|station|radio|chaîne|tabloïd|média|titre)(?:\s+(?!(?:de|du|des|d['’]|of)(?![\p{L}]))[\p{Ll}-]+)?$/u;
// ("The paper notes…" after "a study published in the Annals…": the study's paper, not a
// newspaper; with no document before, "the paper" is the outlet last quoted, below.)
// (« D’après cet indice », "the index shows": a series of figures too.)
export const ANAPHORIC_DOCUMENT = /^(?:the|this|le|la|l['’]|ce|cet|cette)\s*(?:report|document|study|survey|filing|audit|analysis|order|ruling|judgment|paper|index|rapport|étude|enquête|note|analyse|ordonnance|jugement|arrêt|indice|baromètre|bilan)$/iu;

// « la même source », « le même document », "the same report": whoever was quoted last.
// (And a demonstrative for the one just quoted: « D'après ce responsable », "this official said".)
export const SAME_SOURCE = /^(?:(?:the|le|la|l['’])\s*(?:même|same)\s+(?:source|document|rapport|report|study|étude|texte|text|bilan|sondage|poll|survey|communiqué|statement|note|avis|analyse|analysis|indice|index)|(?:ce|cette|this)\s+(?:responsable|source|official|porte-parole|spokesman|spokeswoman|spokesperson|expert|experte|document|rapport|report|étude|study))$/iu;

// « …le témoignage d’un technicien de signalisation de Ferlane, entendu à huis clos. Celui-ci
// affirme… »: a demonstrative pronoun takes up the last person of its gender met just before,
// named or described with « un », « une » and a noun for a person.
export const DEMONSTRATIVE_PRONOUN = /^(?:celui|celle)-(?:ci|là)$/u;
const INDEFINITE_PERSON = /(?<![\p{L}])(un|une)[\s\u00A0]+(\p{Ll}[\p{Ll}-]+)(?:[\s\u00A0]+(?:de|du|des|d['’])[\s\u00A0]*(?:la[\s\u00A0]+|l['’])?[\p{L}-]+)*/gu;

/** The last « un technicien de… », « une infirmière » in [from, at) whose article has the gender
 *  given, with `isPersonNoun` judging the noun. */
export function lastIndefinitePerson(text: string, from: number, at: number, feminine: boolean, isPersonNoun: (noun: string) => boolean): { span: [number, number]; text: string } | null {
  let found: { span: [number, number]; text: string } | null = null;
  for (const m of text.slice(from, at).matchAll(INDEFINITE_PERSON)) {
    if ((m[1] === "une") !== feminine || !isPersonNoun(m[2]!)) continue;
    found = { span: [from + m.index, from + m.index + m[0].length], text: m[0] };
  }
  return found;
}


// "The Post has obtained a copy of the contract. It says…", « Le Fil d’Ostrande a pu consulter le
// procès-verbal de cette vente, daté du… Il indique que… »: the text the outlet says it saw.
const SEEN_TEXT = /(?:a pu consulter|a consulté|avons pu consulter|avons consulté|s['’]est procuré|nous sommes procuré|a obtenu|avons obtenu|ha(?:s|ve) (?:seen|reviewed|obtained))[\s\u00A0]+((?:le|la|les|l['’]|un|une|des|the|a|an)[\s\u00A0]*[^,.;:«»“”"()]{1,80})/u;

const TEXT_SUBJECT = /^((?:ce|cet|cette)[\s\u00A0]*(?:document|rapport|étude|note|enquête|procès-verbal|courrier|lettre|texte|avis|bilan|arrêté|jugement|compte rendu))(?=[\s\u00A0,])/iu;

/** Whether a subject pronoun can take up a text named with these words, by the article it opens
 *  on: « il » for « le rapport », « elle » for « la note », "it" for anything not plural, "they",
 *  « ils », « elles » for « les comptes », "the papers". */
export function pronounFits(words: string, pronoun: string): boolean {
  const article = words.split(/[\s\u00A0'’]/u)[0]!.toLowerCase();
  const plural = /^(?:les|des)$/u.test(article) || (/^(?:the|its|their)$/u.test(article) && /s$/u.test(words.replace(/,.*$/su, "").trim()));
  if (pronoun === "it") return !/^(?:les|des)$/u.test(article);
  if (pronoun === "they" || pronoun === "ils" || pronoun === "elles") return plural;
  const gender = /^(?:le|un|ce|cet)$/u.test(article) ? "il" : /^(?:la|une|cette)$/u.test(article) ? "elle" : /^(?:les|des)$/u.test(article) ? "plural" : null;
  return (pronoun === "il" || pronoun === "elle") && (gender === pronoun || (gender === null && article !== "the" && article !== "a" && article !== "an"));
}

// (Or named before a relative clause that says so: « La décision s’appuie sur un audit du cabinet
// Stratelle Conseil, que L’Observateur a pu consulter. Il chiffre… ».)
const SEEN_RELATIVE = /,[\s\u00A0]*(?:que|qu['’]|which|that)[\s\u00A0]*[^,.;«»“”"]{1,40}?[\s\u00A0](?:a pu consulter|a consulté|avons pu consulter|avons consulté|s['’]est procuré|a obtenu|avons obtenu|ha(?:s|ve) (?:seen|reviewed|obtained))(?![\p{L}])/u;
const ARTICLE_AT = /(?<![\p{L}])(?:le|la|les|l['’]|un|une|des|the|a|an)(?=[\s\u00A0]|(?<=['’])\p{L})/giu;
/** The text named right before such a relative clause, from the last article whose noun is a
 *  document's (« un audit du cabinet… », not « La décision s’appuie sur… » before it nor « la
 *  commune » in « un rapport de la commune »), as a match whose first group is the text. */
function seenInRelative(sentence: string): RegExpExecArray | null {
  const rel = SEEN_RELATIVE.exec(sentence);
  if (!rel) return null;
  const from = Math.max(0, rel.index - 100);
  let found: RegExpExecArray | null = null;
  for (const a of sentence.slice(from, rel.index).matchAll(ARTICLE_AT)) {
    const at = from + a.index;
    const words = sentence.slice(at, rel.index);
    const noun = words.slice(a[0].length).trim().split(/[\s\u00A0]+/u)[0] ?? "";
    if (!DOCUMENT_RE.test(noun) || /[,;:«»“”"()]/u.test(words)) continue;
    found = [words, words] as unknown as RegExpExecArray;
    found.index = at;
  }
  return found;
}

/** The text the sentence before says the outlet consulted or obtained, which a pronoun opening
 *  the next sentence takes up when its gender fits (« Il indique… » after « le procès-verbal »). */
export function seenTextBefore(text: string, prev: { start: number; end: number }, pronoun: string): { span: [number, number]; text: string } | null {
  // (Or the text the sentence before opens on with a demonstrative: « Ce document, attendu depuis
  // l’automne, avait été remis au ministre. Il estime que… ».)
  const m = SEEN_TEXT.exec(text.slice(prev.start, prev.end)) ?? TEXT_SUBJECT.exec(text.slice(prev.start, prev.end)) ?? seenInRelative(text.slice(prev.start, prev.end));
  if (!m || !DOCUMENT_RE.test(m[1]!)) return null;
  if (!pronounFits(m[1]!, pronoun)) return null;
  // (The copy is the text: "a copy of the contract" is the contract.)
  const copy = /^(?:an?|the)\s+cop(?:y|ies)\s+of\s+|^une?\s+copies?\s+d(?:e\s+|u\s+|['’])/iu.exec(m[1]!)?.[0].length ?? 0;
  const words = m[1]!.slice(copy).trimEnd();
  const start = prev.start + m.index + m[0].length - m[1]!.length + copy;
  return { span: [start, start + words.length], text: words };
}

/** Whether a body's name holds the noun a description ends on: "Westbeam Network" for "The
 *  network", « Radio Lizère » for « la radio ». */
export function namesWithNoun(name: string, description: string): boolean {
  return new RegExp(`(?<![\\p{L}])${lastWord(description)}(?![\\p{L}])`, "iu").test(name);
}

/** The last word of a description, lower-cased: its head noun ("the network" → "network"). */
function lastWord(description: string): string {
  return description.trim().split(/\s+|['’]/u).at(-1)!.toLowerCase();
}

// "Croisières Velmora conteste cette version.": a sentence opening on a name of two or three
// capitalised words, then a verb in lower case.
const NAME_OPENING = /^[\s\u00A0]*(\p{Lu}[\p{L}&’'-]+(?:[ \u00A0]\p{Lu}[\p{L}&’'-]+){1,2})[ \u00A0]+(?=\p{Ll})/u;

/** The name a sentence opens on, when none of its words is a first name: « la compagnie » in the
 *  next sentence takes it up, whatever its words say it is. */
export function bodyOpening(text: string, sentence: { start: number; end: number }, isFirstName: (w: string) => boolean): { span: [number, number]; text: string } | null {
  const m = NAME_OPENING.exec(text.slice(sentence.start, sentence.end));
  if (!m) return shortNameOpening(text, sentence, isFirstName);
  if (m[1]!.split(/[ \u00A0]/u).some((w) => isFirstName(w) || /^(?:Le|La|Les|The|Un|Une|A|An)$/u.test(w))) return null;
  const start = sentence.start + m[0].indexOf(m[1]!);
  return { span: [start, start + m[1]!.length], text: m[1]! };
}

// "Aubrelle conteste cette lecture.": one capitalised word, then a verb in lower case…
const SHORT_NAME_OPENING = /^[\s\u00A0]*(\p{Lu}[\p{Ll}’'-]{3,})[ \u00A0]+(?=\p{Ll})/u;
/** …the short name of a body the text named in full before ("Le fabricant… Aubrelle Nutrition a
 *  rappelé…"): that full name. */
function shortNameOpening(text: string, sentence: { start: number; end: number }, isFirstName: (w: string) => boolean): { span: [number, number]; text: string } | null {
  const m = SHORT_NAME_OPENING.exec(text.slice(sentence.start, sentence.end));
  if (!m || isFirstName(m[1]!)) return null;
  const full = new RegExp(String.raw`(?<![\p{L}])${m[1]}[ \u00A0]\p{Lu}[\p{L}&’'-]+`, "u").exec(text.slice(Math.max(0, sentence.start - 4000), sentence.start));
  if (!full) return null;
  const start = sentence.start + m[0].indexOf(m[1]!);
  return { span: [start, start + m[1]!.length], text: full[0] };
}

// A body's name, capitalised words with the small words of a title between them ("Air Vavang",
// « Services industriels de Valcrêt », "Tidewell Ferries").
const BODY_NAME = String.raw`\p{Lu}[\p{L}’'&.-]*(?:[ \u00A0](?:(?:de|du|des|la|le|l['’]|of|the|and|et|&)[ \u00A0])?\p{Lu}[\p{L}’'&.-]*){0,4}`;
const ARTICLE = String.raw`(?:[Ll]e|[Ll]a|[Ll]['’]|[Ll]es|[Tt]he|[Aa]n?|[Uu]ne?|[Ss]a|[Ss]on|[Ii]ts)`;
const introductions = new Map<string, RegExp>();
/** The name the text gave a body when it introduced it with the noun of `anaphor`, before `end`:
 *  "Air Vavang, la compagnie régionale, …" or « la compagnie Air Vavang » for « la compagnie »,
 *  "the budget airline Jetwyn" for "the airline"; the last such name. */
export function nameIntroducedAs(text: string, end: number, anaphor: string): { text: string } | null {
  const noun = lastWord(anaphor);
  if (noun.length < 3) return null;
  let re = introductions.get(noun);
  if (!re) {
    re = new RegExp(String.raw`(?<![\p{L}])(${BODY_NAME}),[ \u00A0]${ARTICLE}[ \u00A0]?(?:[\p{Ll}’'-]+[ \u00A0]){0,3}${noun}(?![\p{L}])|(?<![\p{L}])${ARTICLE}[ \u00A0]?(?:[\p{Ll}’'-]+[ \u00A0]){0,2}${noun}[ \u00A0](${BODY_NAME})`, "gu");
    introductions.set(noun, re);
  }
  // (Only around the noun's own occurrences, no more than 4,000 characters back: the name stands
  // within a few words of it.)
  const from = Math.max(0, end - 4000);
  let last: string | null = null;
  for (let at = text.indexOf(noun, from); at >= 0 && at < end; at = text.indexOf(noun, at + noun.length)) {
    const window = text.slice(Math.max(from, at - 160), Math.min(end, at + noun.length + 120));
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) last = (m[1] ?? m[2])!;
  }
  return last ? { text: last } : null;
}
