// Cue detection: which tokens of a sentence attribute something to someone ("said",
// "a-t-il dit", "n'a pas révélé", "according to", "selon", "it was reported").
import type { Token } from "./tokens";
import { ANON_ROLES, DOCUMENTS, INSTITUTIONS, NEWSPAPER_TITLE_WORDS, NEWSPAPER_TITLES, PEOPLE_GROUPS, PhraseSet, ROLE_TITLES, phraseSet } from "./gazetteer";
import { DOCUMENT_ONLY, EN_AUX, EN_WITNESS_ONLY, FR_AUX, FR_BE, FR_INFINITIVES, FR_NEG, FR_PRONOMINAL, FR_REFLEXIVE_ONLY, FR_WITNESS_ONLY, REPORTER_NOUNS, SKIPPABLE, TEXT_RULE_VERBS, VERBS, type CueStrength, type VerbInfo } from "./lexicon";
import { STATION_CREW, isPersonNoun, namedPersonAt } from "./source-phrase";
import { isFirstName } from "@/lib/articles/first-names";

export interface CueHit {
  /** Token range of the cue, auxiliaries included, end exclusive. */
  i0: number;
  i1: number;
  /** Token of the verb or preposition itself. */
  head: number;
  lemma: string;
  kind: "verb" | "prep" | "passive" | "nominal";
  strength: CueStrength | "prep";
  negated: boolean;
  gerund: boolean;
  /** Token index of an inverted subject pronoun ("a-t-il", "dit-elle"). */
  inverted: number | null;
  invertedPronoun: string | null;
  /** Nominal cues: token range of the owner of the words ("Trump's", "his", « du ministre »)
   *  and the token where the reported words start. */
  owner?: [number, number];
  contentFrom?: number;
}

const DETERMINERS = {
  en: new Set("the a an this these those his her their its our my your of every each any another no".split(" ")),
  fr: new Set("le la les l' un une des du de d' cette ce ces sa son ses leur leurs au aux notre nos votre vos en aucun aucune chaque quelques plusieurs".split(" ")),
};
// Forms that are far more often nouns than verbs in news prose.
const NOUNISH = new Set(["blast", "rail", "rails", "support", "tell", "comments", "rules", "details", "credits", "requests", "talks", "talk", "underscores", "compares", "invites", "spoke", "remarks", "remark", "attacks", "attack", "challenges", "challenge", "figures", "projects", "reporting", "defends", "state", "states", "mocks", "juge", "tonne", "avance", "montre", "note", "annonce", "demande", "critique", "lâche", "observe", "cite", "report", "claim", "call", "answer", "question", "charge", "order", "post", "show", "find", "estimate", "promise", "demand", "tweet", "plans", "plan", "reports", "claims", "calls", "questions", "charges", "orders", "shows", "finds", "estimates", "promises", "demands", "tweets", "signal", "signals", "counter", "document", "documents", "project", "forecast", "comment", "notes", "warning", "fear", "fears", "hope", "hopes", "doubt", "doubts", "concern", "want", "wants", "feel", "need", "know", "think", "believe", "expect", "suspect", "wonder", "understand", "figure", "order", "echo", "echoes", "cheer", "cheers", "plead", "order", "reply", "replies", "answers", "tout", "pledge", "pledges", "vow", "vows", "list"]);
const NON_ATTRIBUTING_INFINITIVE = new Set(["tell", "confirm", "declare", "recommend", "disclose", "testify", "talk", "welcome", "discuss", "speak", "comment", "respond", "answer", "address", "explain", "release", "report", "request", "ask", "request", "plan", "learn", "know", "understand", "see", "find", "show"]);
const NOMINAL_CUES = new Set(["claim", "conclusion", "finding", "findings", "assessment", "observation", "assertion", "argument", "statement", "comments", "remarks", "promise", "pledge", "warning", "suggestion", "allegation", "allegations", "accusation", "insistence", "belief", "contention", "charge", "assurance", "prediction", "announcement", "admission", "denial", "vow", "boast", "complaint", "insinuation", "theory", "view"]);
const DEGREE_WORDS = new Set(["not", "n't", "never", "too", "so", "very", "deeply", "increasingly", "also", "still", "more", "less", "quite", "particularly", "especially", "all", "now", "already", "clearly", "openly", "privately", "publicly", "reportedly", "visibly"]);
const ATTITUDE_ADJ = new Set(["bearish", "bullish", "coy", "eager", "keen", "reluctant", "hesitant", "committed", "determined", "intent", "willing", "unwilling", "pleased", "proud", "grateful", "doubtful", "suspicious", "enthusiastic", "nervous", "anxious", "fearful", "horrified", "appalled", "dismayed", "troubled", "disturbed", "offended", "outspoken", "vocal", "emphatic", "insistent", "unequivocal", "frustrated", "concerned", "worried", "angry", "upset", "confident", "optimistic", "pessimistic", "skeptical", "sceptical", "convinced", "sure", "certain", "hopeful", "afraid", "incensed", "disappointed", "furious", "outraged", "adamant", "critical", "supportive", "wary", "unhappy", "alarmed", "passionate"]);
const BE_FORMS = new Set(["is", "are", "was", "were", "'s", "'re", "am", "be", "been", "remain", "remains", "remained", "seem", "seems", "seemed"]);
const LEGAL_ACTIONS = new Set(["case", "cases", "lawsuit", "lawsuits", "suit", "suits", "claim", "claims", "filing", "filings", "motion", "motions", "petition", "petitions", "application", "applications", "appeal", "appeals", "complaint", "complaints"]);
const SPEAKING_BODY = /^(?:tabloid|paper|newspaper|daily|weekly|broadcaster|magazine|agency|company|firm|group|ministry|government|union|council|report|study|survey|poll|court|campaign|prosecution|defence|defense|book|memoir|lawsuit|complaint|indictment|letter)$/u;
const PLURAL_NOUNS = new Set(["claims", "demands", "remarks", "comments", "requests", "attacks", "charges", "plans", "reports", "questions", "promises", "tweets", "calls", "details", "talks", "fears", "hopes", "doubts", "concerns", "warnings", "orders", "answers", "replies", "signals", "estimates", "forecasts", "projects", "documents", "cheers", "echoes", "credits", "faults", "invites", "points", "insults", "protests", "lectures", "salutes", "voices", "promotes", "moans", "counters"]);
const NEGATORS = new Set(["not", "n't", "never", "didn't", "doesn't", "don't", "won't", "wouldn't", "can't", "couldn't"]);
// The lexicon split by language once, so the per-token lookup allocates nothing.
const VERBS_BY_LANG = { en: new Map<string, VerbInfo[]>(), fr: new Map<string, VerbInfo[]>() };
for (const [form, infos] of VERBS) {
  for (const lang of ["en", "fr"] as const) {
    const own = infos.filter((x) => x.lang === lang);
    if (own.length) VERBS_BY_LANG[lang].set(form, own);
  }
}
const ADJECTIVE_DEGREE = new Set(["more", "most", "less", "least", "very", "highly", "well", "so", "too", "much"]);
const BASE_VERB_SUBJECTS = new Set(["i", "we", "you", "they", "to", "who", "that", "some", "many", "most", "others", "both", "all", "few", "several", "people", "percent"]);
const OPEN_QUOTE_TOKENS = new Set(["“", "«", '"', "„"]);
/** The subject just before the verb at `i` reads as a person: a personal pronoun, a surname
 *  alone ("Clinton"), a name with a first name, or a noun for a person or people ("the mayor",
 *  "voters"). */
const PERSON_WORDS = new Set([...ROLE_TITLES, ...ANON_ROLES, ...PEOPLE_GROUPS]);
function personBefore(tokens: Token[], i: number): boolean {
  let j = i - 1;
  // (Past an adverb or an auxiliary: "Clinton essentially wants", "voters did not want".)
  while (j > 0 && (/^\p{Ll}+ly$|^(?:also|still|now|just|only|really|even|not|n't)$/u.test(tokens[j]!.l) || EN_AUX.has(tokens[j]!.l))) j--;
  const t = tokens[j];
  if (!t) return false;
  if (/^(?:i|we|you|he|she|they|who|people|il|elle|ils|elles|je|nous|vous)$/u.test(t.l)) return true;
  if (!/^\p{Lu}/u.test(t.w)) return isPersonNoun(t.l) || PERSON_WORDS.has(t.l);
  let k = j;
  while (k > 0 && /^\p{Lu}/u.test(tokens[k - 1]!.w) && j - k < 4) k--;
  return k === j ? !/^(?:The|It|This)$/u.test(t.w) : tokens.slice(k, j + 1).some((x) => isFirstName(x.w));
}

const SUBJECT_PRONOUNS = new Set(["i", "we", "you", "he", "she", "they", "it", "who", "il", "elle", "ils", "elles", "on", "je", "nous", "vous", "qui"]);
const PASSIVE_LEMMAS = new Set(["accuse", "announce", "confirm", "learn", "gather", "label", "dub", "describe", "view", "rate", "blame", "criticize", "criticise", "praise", "reject", "deny", "condemn", "accuser", "soupçonner", "report", "expect", "believe", "say", "think", "know", "estimate", "allege", "understand", "rapporter", "dire", "estimer", "croire", "penser", "annoncer", "confirmer", "indiquer", "révéler", "tell", "find", "show", "suspect", "consider", "considérer"]);
const FR_APPEL = /^(?:appel(?:le|les|lent|lera|leront|lerait|leraient)|appel(?:ait|aient|a|ant|é|ée|és|ées))$/u;
const INVERTED = /^(.+?)-(?:t-)?(il|elle|on|ils|elles|je|nous|vous)$/u;

/** `headline`: the text is a headline, where present-tense verbs carry the news ("Christie Calls
 *  Clinton ‘A Disgrace’", "New Poll Shows…") and noun-looking forms are usually verbs. */
/** `reporterBefore(at)`: whether the outlet's reporter was named shortly before the text offset
 *  `at` ("Our correspondent Dana Kells reached Kanal Street. She saw water…"), so that a pronoun
 *  seeing or counting there is the outlet's witness. */
export function findCues(tokens: Token[], lang: "fr" | "en", headline = false, ownOutlet: (name: string) => boolean = () => false, reporterBefore: (at: number) => boolean = () => false, documentPronoun = false): CueHit[] {
  const out: CueHit[] = [];
  // The text a verb of documents needs before it: a document's name, or the pronoun opening the
  // sentence when it takes up the text the last sentence quoted (`documentPronoun`): "The policy
  // schedule… lists £900,000 of cover. It requires the vineyard to…", « Une note… fixe cette heure
  // limite. Elle ne mentionne aucune date ».
  const documentAt = (i: number) => {
    const k = documentSubjectAt(tokens, i);
    return k >= 0 || !documentPronoun || i > 4 || tokens.slice(1, i).some((x) => x.p && x.l !== ",") ? k : 0;
  };
  // ("A Courier reporter travelled on the 7.40am service and counted 96 passengers", « Notre
  // journaliste s'est rendu sur place et a compté… »: a second verb joined to the reporter's
  // first, the subject opening the sentence.)
  const coordinatedWitness = (i: number) => {
    const k = FR_AUX.has(tokens[i - 1]?.l ?? "") || EN_AUX.has(tokens[i - 1]?.l ?? "") ? i - 2 : i - 1;
    if (tokens[k]?.l !== "and" && tokens[k]?.l !== "et") return false;
    const opening = subjectWords(tokens, Math.min(k, 8), 8);
    return opening.some((x) => REPORTER_WORDS.has(x.l) || FR_REPORTER_WORDS.has(x.l)) || STATION_CREW.test(opening.map((t) => t.w).join(" ")) || outletBefore(tokens, openingEnd(tokens, k), ownOutlet);
  };
  // (« il a vu », "She saw", "where she counted": the pronoun right before the verb or its
  // auxiliary.)
  const reporterPronoun = (i: number) => {
    const k = FR_AUX.has(tokens[i - 1]?.l ?? "") || EN_AUX.has(tokens[i - 1]?.l ?? "") ? i - 2 : i - 1;
    return /^(?:he|she|il|elle)$/u.test(tokens[k]?.l ?? "") && reporterBefore(tokens[k]!.s);
  };
  // The page's own outlet as the subject of a verb of perceiving: "APB News saw…", « Le Nordet
  // a compté… », "a WRDX 12 News crew saw…" (its name is known from the page's furniture).
  // (Only what it did see: "saw", « a compté », not « Brévanne compte 48 000 habitants ».)
  // ("Notre reporter, posté dimanche matin au demi-tour du quai des Tanneurs, avait vu…": the
  // reporter opening the sentence, however long the aside before the verb.)
  const reporterOpens = (i: number) => i <= 30 && tokens.slice(0, 3).some((x) => REPORTER_WORDS.has(x.l) || FR_REPORTER_WORDS.has(x.l)) && !tokens.slice(0, i).some((x) => x.p && x.l !== "," && x.l !== "'" && x.l !== "’");
  const outletSaw = (i: number) => (lang === "en" ? /(?:ed|saw|heard|seen)$/u.test(tokens[i]!.l) : FR_AUX.has(tokens[i - 1]?.l ?? "")) && outletBefore(tokens, i, ownOutlet);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Punctuation and one-letter words are never cues (French "a" only counts inside "a-t-il").
    if (t.p || (t.l.length < 2 && t.l !== "à")) continue;
    // ("From the wharf, the Chronicle could see a rainbow sheen…": what the outlet could see, it saw.)
    if (lang === "en" && (t.l === "see" || t.l === "hear") && tokens[i - 1]?.l === "could" && outletBefore(tokens, i - 1, ownOutlet)) {
      out.push({ i0: i - 1, i1: i + 1, head: i, lemma: t.l, kind: "verb", strength: "evidence", negated: false, gerund: false, inverted: null, invertedPronoun: null });
      continue;
    }
    if (!canStartCue(t.l, lang)) continue;
    // « CE QU'ELLE A DIT. », "WHAT HE SAID:": a fact-check's section label in capitals reports
    // nothing (a headline in capitals still may).
    if (!headline && /^\p{Lu}{2,}$/u.test(t.w)) continue;
    // "the Westmoor Rail Users' Group", "Coastline Rail has suspended…": a capitalised word after
    // another inside a name is no verb.
    if (!headline && /^\p{Lu}/u.test(t.w) && i > 0 && !tokens[i - 1]!.p && /^\p{Lu}/u.test(tokens[i - 1]!.w)) continue;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    // « À en croire l’échevine, Martine Gobert, ces indemnités… »: another « selon ».
    if (lang === "fr" && t.l === "à" && next?.l === "en" && tokens[i + 2]?.l === "croire" && tokens[i + 3] && !tokens[i + 3]!.p) {
      out.push(prep(i, i + 3, "d'après"));
      i += 2;
      continue;
    }
    // "in his eyes", "in the mayor’s view", "by her own admission", "by one estimate", « à ses
    // yeux », « aux yeux du ministre », « de l’aveu même du ministre »: a perspective phrase whose
    // owner is the source of the rest of the sentence.
    // (These function words start no other cue: the rest of the rules are skipped for them.)
    if (PERSPECTIVE_STARTERS.has(t.l)) {
      const perspective = perspectiveCue(tokens, i, lang);
      if (perspective) {
        out.push({ i0: i, i1: perspective.i1, head: i, lemma: perspective.lemma ?? "perspective", kind: "prep", strength: "prep", negated: false, gerund: false, inverted: null, invertedPronoun: null, owner: perspective.owner });
        i = perspective.i1 - 1;
      }
      continue;
    }
    // Prepositional cues.
    if (lang === "en" || lang === "fr") {
      if (t.l === "according" && next?.l === "to") {
        out.push(prep(i, i + 2, "according to"));
        i++;
        continue;
      }
      // "per the Times", "per Politico": a source, unlike "per cent", "per year", "per capita".
      if (lang === "en" && t.l === "per" && next && (/^\p{Lu}/u.test(next.w) || (["the", "a", "an"].includes(next.l) && /^\p{Lu}/u.test(tokens[i + 2]?.w ?? "")))) {
        out.push(prep(i, i + 1, "per"));
        continue;
      }
      if ((t.l === "citing" || t.l === "quoting") && next && !next.p) {
        out.push(prep(i, i + 1, t.l === "citing" ? "cite" : "quote"));
        continue;
      }
      // « Pour Laurent Berger, secrétaire général de la CFDT, le compte n'y est pas » — a
      // sentence-initial "pour" + named source + comma introduces that source's view.
      // (So does a role or a body: « Pour la procureure, Sandrine Moréac, … », « Pour l'économiste
      // Mathieu Sorel, … », « Pour le syndicat, … »; not « Pour la première fois, … ».)
      if (lang === "fr" && t.l === "pour" && i === 0 && next && (/^\p{Lu}/u.test(next.w) || ["lui", "elle", "eux", "elles"].includes(next.l) || speakerAfter(tokens, i + 1)) && tokens.slice(i + 1, i + 14).some((x) => x.l === ",")) {
        out.push(prep(i, i + 1, "pour"));
        continue;
      }
      // "For oyster farmer Jean Balt, the spill has cost…", "For Jean Balt, …": the same frame in
      // English, kept to a person the first-name table knows ("For many residents", "For Trump"
      // and "For the first time" stay the outlet's).
      if (lang === "en" && t.l === "for" && i === 0 && namedPersonAt(tokens, i + 1) && tokens.slice(i + 1, i + 10).some((x) => x.l === ",")) {
        out.push(prep(i, i + 1, "for"));
        continue;
      }
      // « son affirmation selon laquelle… » introduces the content of a noun, not a source.
      if (t.l === "selon" && next && /^(?:laquelle|lequel|lesquelles|lesquels)$/.test(next.l)) continue;
      // « de 250 à 600 euros selon la distance », « selon les cas », « selon l’âge »: depending on.
      // (Not « selon la Région », the regional authority with its capital.)
      if (t.l === "selon" && next && DETERMINERS.fr.has(next.l) && SELON_CRITERIA.has(tokens[i + 2]?.l ?? "") && !/^\p{Lu}/u.test(tokens[i + 2]!.w)) continue;
      if (t.l === "selon" || t.l === "citant") {
        out.push(prep(i, i + 1, t.l === "selon" ? "selon" : "citer"));
        continue;
      }
      if (t.l === "d'" && next?.l === "après" && tokens[i + 2] && !tokens[i + 2]!.p) {
        out.push(prep(i, i + 2, "d'après"));
        i++;
        continue;
      }
    }
    // "as a Homeland Security memo put it": "put it" reports someone's words only in this frame.
    // "Figures from the statistics bureau tell a different story: …": a text's account after a colon.
    if (lang === "en" && /^(?:tell|tells|told)$/u.test(t.l) && (next?.l === "a" || next?.l === "an")) {
      let k = i + 2;
      while (k < tokens.length && k < i + 5 && tokens[k]!.l !== "story") k++;
      if (tokens[k]?.l === "story" && tokens[k + 1]?.l === ":") {
        out.push({ i0: i, i1: k + 1, head: i, lemma: "tell", kind: "verb", strength: "speech", negated: false, gerund: false, inverted: null, invertedPronoun: null });
        i = k;
        continue;
      }
      // ("Official figures tell a more mixed story.": without the account after it, a judgement.)
      if (tokens[k]?.l === "story") {
        i = k;
        continue;
      }
    }
    // "The news agency quoted Vice Foreign Minister Ri as calling the briefing “a fabrication”",
    // "Interfax quoted Peskov as saying…": the outlet relays the words of the person it quotes; the
    // cue runs from "quoted" to the verb of saying, whose object is the claim.
    // ("was quoted as saying": the passive is the next rule's.)
    if (lang === "en" && QUOTED_AS.has(t.l) && !BE_FORMS.has(prev?.l ?? "") && prev?.l !== "being") {
      const as = quotedAsSaying(tokens, i);
      if (as && as.k > i + 1) {
        out.push({ i0: i, i1: as.k + 2, head: as.k + 1, lemma: as.lemma, kind: "verb", strength: "speech", negated: false, gerund: false, inverted: null, invertedPronoun: null });
        i = as.k + 1;
        continue;
      }
    }
    // "Peskov was quoted by Interfax as saying…", "was quoted in the Herald as saying",
    // "was quoted as saying": the subject's words, the cue from "was" to the verb of saying.
    if (lang === "en" && t.l === "quoted" && (prev?.l === "was" || prev?.l === "were" || (prev?.l === "been" && /^ha[sd]$|^have$/u.test(tokens[i - 2]?.l ?? "")))) {
      const as = quotedAsSaying(tokens, i);
      if (as) {
        const { k } = as;
        const i0 = prev!.l === "been" ? i - 2 : i - 1;
        out.push({ i0, i1: k + 2, head: k + 1, lemma: as.lemma, kind: "verb", strength: "speech", negated: false, gerund: false, inverted: null, invertedPronoun: null });
        i = k + 1;
        continue;
      }
    }
    // So does "put it bluntly:" before the words.
    if (lang === "en" && (t.l === "put" || t.l === "puts") && next?.l === "it" && !tokens.slice(Math.max(0, i - 10), i).some((x) => x.l === "as")) {
      const adverb = /ly$/u.test(tokens[i + 2]?.l ?? "") || tokens[i + 2]?.l === "this" || tokens[i + 2]?.l === "simply" ? 1 : 0;
      if (tokens[i + 2 + adverb]?.l === ":") {
        out.push({ i0: i, i1: i + 2 + adverb, head: i, lemma: "put", kind: "verb", strength: "speech", negated: false, gerund: false, inverted: null, invertedPronoun: null });
        i += 1 + adverb;
        continue;
      }
    }
    if (lang === "en" && (t.l === "put" || t.l === "puts") && next?.l === "it" && tokens.slice(Math.max(0, i - 10), i).some((x) => x.l === "as")) {
      out.push({ i0: i, i1: i + 2, head: i, lemma: "put", kind: "verb", strength: "speech", negated: false, gerund: false, inverted: null, invertedPronoun: null });
      i++;
      continue;
    }
    // « peut-on lire dans le rapport », « lit-on dans le communiqué »: a document speaking.
    if (lang === "fr" && ((t.l === "peut-on" && next?.l === "lire") || t.l === "lit-on")) {
      const i1 = t.l === "peut-on" ? i + 2 : i + 1;
      out.push({ i0: i, i1, head: i1 - 1, lemma: "lire", kind: "verb", strength: "speech", negated: false, gerund: false, inverted: i, invertedPronoun: "on" });
      i = i1 - 1;
      continue;
    }
    // "“…,” the letter reads.", "The sign read: …": what a document says, in its own words.
    if (lang === "en" && (t.l === "reads" || t.l === "read") && prev && DOCUMENT_SUBJECTS.has(prev.l) && next && (next.l === "." || next.l === "," || next.l === ":" || OPEN_QUOTE_TOKENS.has(next.l))) {
      out.push({ i0: i, i1: i + 1, head: i, lemma: "read", kind: "verb", strength: "speech", negated: false, gerund: false, inverted: null, invertedPronoun: null });
      continue;
    }
    // Inverted French forms: "a-t-il dit", "déclare-t-elle", "dit-il".
    const inv = lang === "fr" ? INVERTED.exec(t.l) : null;
    if (inv) {
      const base = inv[1]!;
      const pron = inv[2]!;
      if (FR_AUX.has(base)) {
        let j = i + 1;
        while (j < tokens.length && j <= i + 3 && SKIPPABLE.has(tokens[j]!.l)) j++;
        const v = VERBS.get(tokens[j]?.l ?? "")?.find((x) => x.lang === "fr" && x.form === "pp");
        if (v) {
          out.push({ i0: i, i1: j + 1, head: j, lemma: v.lemma, kind: "verb", strength: v.strength, negated: isNegatedFr(tokens, i), gerund: false, inverted: i, invertedPronoun: pron });
          i = j;
          continue;
        }
      }
      const v = VERBS.get(base)?.find((x) => x.lang === "fr" && x.form === "fin");
      if (v) {
        out.push({ i0: i, i1: i + 1, head: i, lemma: v.lemma, kind: "verb", strength: v.strength, negated: false, gerund: false, inverted: i, invertedPronoun: pron });
      } else if (FR_AUX.has(base) && FR_QUOTE_VERBS.has(tokens[i + 1]?.l ?? "")) {
        // « », a-t-il lancé »: a verb that reports speech only right after the words.
        out.push({ i0: i, i1: i + 2, head: i + 1, lemma: FR_QUOTE_VERBS.get(tokens[i + 1]!.l)!, kind: "verb", strength: "speech", negated: false, gerund: false, inverted: i, invertedPronoun: pron });
        i++;
      } else if (FR_QUOTE_VERBS.has(base)) {
        out.push({ i0: i, i1: i + 1, head: i, lemma: FR_QUOTE_VERBS.get(base)!, kind: "verb", strength: "speech", negated: false, gerund: false, inverted: i, invertedPronoun: pron });
      }
      continue;
    }
    // "issued a statement calling…", "sent a letter urging…", "released a report that says…",
    // « a publié un communiqué », « a fait une déclaration »: a light verb whose object is a
    // piece of communication reports it like a verb of saying.
    const light = commVerbPhrase(tokens, i, lang);
    if (light) {
      // "attempted to make the case that…": an infinitive takes the main clause's subject.
      const toInf = lang === "en" && light.i0 === i && prev?.l === "to";
      out.push({ i0: light.i0, i1: light.i1, head: i, lemma: light.lemma, kind: "verb", strength: "speech", negated: light.negated, gerund: toInf || /ing$/.test(t.l), inverted: null, invertedPronoun: null });
      i = light.i1 - 1;
      continue;
    }
    // "voted against the bill", "campaigned for Clinton", "weighed in on", "sided with": taking a
    // position in public, a verb only with its particle.
    const position = lang === "en" ? POSITION_VERBS.get(t.l) : undefined;
    if (position && next && position.particles.includes(next.l) && !(prev && DETERMINERS.en.has(prev.l))) {
      let k = i - 1;
      while (k >= 0 && k >= i - 4 && (skippable(tokens, k) || EN_AUX.has(tokens[k]!.l))) k--;
      out.push({ i0: k + 1, i1: i + 2, head: i, lemma: position.lemma, kind: "verb", strength: "speech", negated: false, gerund: /ing$/.test(t.l) || prev?.l === "to", inverted: null, invertedPronoun: null });
      i++;
      continue;
    }
    // "The Tax Foundation puts the figure at $498 billion", "The union puts the number of stranded
    // passengers at 40,000", "puts the club’s debts at €2.3 million": an estimate given by the
    // subject. The cue is the verb alone: what it put at which figure is the claim.
    // ("The energy regulator's October review set the pump price at KSh 184.50": a document's
    // figure too; a body that sets a price decides it.)
    if (lang === "en" && (/^(?:put|puts|putting)$/.test(t.l) || (/^(?:set|sets)$/.test(t.l) && documentAt(i) >= 0)) && !(prev && DETERMINERS.en.has(prev.l))) {
      // "A Pollwise survey put the opposition on 41 per cent": a poll's figures for a party.
      const pollFigure = documentAt(i) >= 0 && tokens.slice(i + 1, i + 8).some((x, k) => (x.l === "at" || x.l === "on") && /^\d/u.test(tokens[i + 2 + k]?.l ?? ""));
      if (pollFigure || figureAfterObject(tokens, i + 1)) {
        let k = i - 1;
        // ("published on Friday put": a day after a preposition belongs to the subject.)
        while (k >= 0 && k >= i - 4 && ((skippable(tokens, k) && !AFTER_PREPOSITION.test(tokens[k - 1]?.l ?? "")) || EN_AUX.has(tokens[k]!.l))) k--;
        const end = i + 1;
        out.push({ i0: k + 1, i1: end, head: i, lemma: "put", kind: "verb", strength: "speech", negated: false, gerund: t.l === "putting", inverted: null, invertedPronoun: null });
        i = end - 1;
        continue;
      }
    }
    // "painted Romney as an out-of-touch rich guy", "linked the breach to Russia", "pressed him
    // on his taxes", « a présenté la réforme comme… »: verbs that characterise or question only
    // with their frame word a few words on.
    const framed = FRAMED_VERBS[lang].get(t.l);
    if (framed && !(prev && DETERMINERS[lang].has(prev.l)) && frameWordFollows(tokens, i + 1, framed.word, framed.objectFirst)) {
      let k = i - 1;
      while (k >= 0 && k >= i - 4 && (skippable(tokens, k) || (lang === "en" ? EN_AUX.has(tokens[k]!.l) : FR_AUX.has(tokens[k]!.l)))) k--;
      if (lang === "fr" && !FR_AUX.has(tokens[k + 1]?.l ?? "") && /é(?:e|s|es)?$/.test(t.l)) continue;
      // "The house was painted in blue as…": a passive is a description, not a characterisation.
      if (!/ing$/.test(t.l) && tokens.slice(k + 1, i).some((x) => BE_FORMS.has(x.l) || FR_BE.has(x.l) || x.l === "being")) continue;
      out.push({ i0: k + 1, i1: i + 1, head: i, lemma: framed.lemma, kind: "verb", strength: "speech", negated: false, gerund: /(?:ing|ant)$/.test(t.l), inverted: null, invertedPronoun: null });
      continue;
    }
    // "is a staunch opponent of the death penalty", « est un fervent défenseur du nucléaire »: a
    // predicate noun of taking sides states the subject's stance on what follows.
    const side = sideNoun(tokens, i, lang);
    if (side) {
      out.push({ i0: side.i0, i1: side.i1, head: i, lemma: t.l, kind: "verb", strength: "stance", negated: false, gerund: false, inverted: null, invertedPronoun: null });
      i = side.i1 - 1;
      continue;
    }
    // « Le ministre s’en est pris à l’opposition »: going after someone (« s’en prendre à »).
    if (lang === "fr" && /^pri(?:s|se|ses)$/.test(t.l) && next?.l === "à" && FR_BE.has(prev?.l ?? "") && tokens[i - 2]?.l === "en" && tokens[i - 3]?.l === "s'") {
      out.push({ i0: i - 3, i1: i + 2, head: i, lemma: "prendre", kind: "verb", strength: "speech", negated: false, gerund: false, inverted: null, invertedPronoun: null });
      i++;
      continue;
    }
    // "Trump’s claim that…", "his earlier claim that…", "their promise to…", « son affirmation
    // selon laquelle… », « la promesse du ministre de… »: a reporting noun with its owner.
    const nominal = nominalCue(tokens, i, lang);
    if (nominal) {
      out.push({ i0: i, i1: i + 1, head: i, lemma: t.l, kind: "nominal", strength: "speech", negated: false, gerund: false, inverted: null, invertedPronoun: null, owner: nominal.owner, contentFrom: nominal.contentFrom });
      continue;
    }
    // "Democrats were frustrated that…", "she is confident the bill will pass": an attitude
    // adjective after "to be" attributes a stance to the subject.
    // Degree adverbs and negation may come between ("weren’t too concerned about", "’s so frustrated").
    if (lang === "en" && ATTITUDE_ADJ.has(t.l) && next && !next.p) {
      let k = i - 1;
      let negated = false;
      while (k >= 0 && k >= i - 3 && DEGREE_WORDS.has(tokens[k]!.l)) {
        if (NEGATORS.has(tokens[k]!.l)) negated = true;
        k--;
      }
      const be = tokens[k];
      // "she’s so frustrated that…": the verb is glued to its pronoun, which stays the subject.
      const glued = !!be && /^(?:he|she|it|they|we|you|i)['’](?:s|re|m)$/.test(be.l);
      if (be && (BE_FORMS.has(be.l) || glued || /^(?:weren|wasn|isn|aren)['’]t$/.test(be.l))) {
        if (/n['’]t$/.test(be.l)) negated = true;
        out.push({ i0: glued ? k + 1 : k, i1: i + 1, head: i, lemma: t.l, kind: "verb", strength: "stance", negated, gerund: false, inverted: null, invertedPronoun: null });
        continue;
      }
    }
    // « Le ministre s'est dit préoccupé », « se dit prête à… »: "se dire" + adjective states a stance.
    if (lang === "fr" && /^(?:dit|dite|dits|dites|disent)$/.test(t.l) && next && !next.p && /^\p{Ll}/u.test(next.w)) {
      const k = prev?.l === "est" || prev?.l === "sont" ? i - 2 : i - 1;
      if (tokens[k]?.l === "s'" || tokens[k]?.l === "se") {
        out.push({ i0: k, i1: i + 1, head: i, lemma: "dire", kind: "verb", strength: "stance", negated: false, gerund: false, inverted: null, invertedPronoun: null });
        continue;
      }
    }
    // « Le médecin se veut rassurant : « … » », « se montre prudente : … »: the stance, then its words.
    if (lang === "fr" && /^(?:veut|veulent|voulait|voulaient|montre|montrent|montrait|montraient)$/u.test(t.l) && (prev?.l === "se" || prev?.l === "s'") && next && /^\p{Ll}/u.test(next.w) && (tokens[i + 2]?.l === ":" || (tokens[i + 3]?.l === ":" && /^(?:plus|très|moins|aussi|assez)$/u.test(next.l)))) {
      const end = tokens[i + 2]?.l === ":" ? i + 2 : i + 3;
      out.push({ i0: i - 1, i1: end, head: i, lemma: "dire", kind: "verb", strength: "stance", negated: false, gerund: false, inverted: null, invertedPronoun: null });
      i = end - 1;
      continue;
    }
    if (lang === "fr") {
      const phrase = frPhraseCue(tokens, i);
      if (phrase) {
        out.push(phrase);
        continue;
      }
    }
    let infos = VERBS_BY_LANG[lang].get(t.l);
    // "Caddell continued: …" / "he continued, “…”": continuing to speak, only before a quotation.
    // "“…,” she continued." — or after one, as a postposed attribution (« poursuit-il » in French).
    if (!infos?.length && lang === "en" && /^continu(?:ed|es)$/.test(t.l) && next && (next.l === ":" || OPEN_QUOTE_TOKENS.has(next.l) || (next.l === "," && OPEN_QUOTE_TOKENS.has(tokens[i + 2]?.l ?? "")) || (next.p && afterQuotation(tokens, i)))) {
      infos = [{ lemma: "continue", lang: "en", strength: "speech", form: "fin" }];
    }
    // « a appelé à la grève », « appelle au calme »: calling for something; not « appeler » a
    // person on the phone, nor « s'appeler » (to be named).
    // (« a appelé « les deux parties à reprendre le dialogue » »: the people called on, quoted.)
    const quotedCallOn = !!next && OPEN_QUOTE_TOKENS.has(next.l) && tokens.slice(i + 2, i + 8).some((x) => x.l === "à");
    // (Nor « la préfecture m’a appelé à 18h40 »: a call at a time.)
    if (!infos?.length && lang === "fr" && FR_APPEL.test(t.l) && (next?.l === "à" || next?.l === "au" || next?.l === "aux" || quotedCallOn) && prev?.l !== "s'" && prev?.l !== "se" && !(next?.l === "à" && /^\d/u.test(tokens[i + 2]?.l ?? ""))) {
      infos = [{ lemma: "appeler", lang: "fr", strength: "speech", form: /^appel(?:é|ée|és|ées)$/.test(t.l) ? "pp" : "fin" }];
    }
    // « « … », a lancé le maire » / « …, soupire-t-elle »: verbs that report speech only right
    // after the words they report (« a lancé un projet » reports nothing).
    if ((!infos || infos.length === 0) && lang === "fr" && FR_QUOTE_VERBS.has(t.l)) {
      let k = i - 1;
      while (k >= 0 && k >= i - 3 && (skippable(tokens, k) || FR_NEG.has(tokens[k]!.l))) k--;
      // (« …, s'agace le maire »: the reflexive pronoun belongs to the verb.)
      const reflexive = prev?.l === "s'" || prev?.l === "se" ? i - 1 : i;
      let i0 = tokens[k] && FR_AUX.has(tokens[k]!.l) ? k : reflexive;
      // (« », lui a lancé la députée »: whom the words were thrown at belongs to the verb.)
      if (/^(?:lui|leur)$/u.test(tokens[i0 - 1]?.l ?? "")) i0--;
      // (« justifie », « corrige » take objects too: only right after « … », do they report.)
      const strict = STRICTLY_AFTER_QUOTE.has(FR_QUOTE_VERBS.get(t.l)!);
      const rightAfter = CLOSE_QUOTE_TOKENS.has(tokens[i0 - 1]?.l ?? "") || (tokens[i0 - 1]?.l === "," && CLOSE_QUOTE_TOKENS.has(tokens[i0 - 2]?.l ?? ""));
      if (rightAfter || (!strict && afterQuotation(tokens, i0 + (i0 < i ? 1 : 0)))) {
        out.push({ i0, i1: i + 1, head: i, lemma: FR_QUOTE_VERBS.get(t.l)!, kind: "verb", strength: "speech", negated: false, gerund: false, inverted: null, invertedPronoun: null });
      }
      continue;
    }
    if (!infos || infos.length === 0) continue;
    // "The breach was first reported by PatchLedger", "The Register first reported the donations":
    // who broke the story is the outlet's own statement about it (the seed's « rapportée pour la
    // première fois par le New York Times »), not that paper's claim.
    // (Not with words reported after it: "The Ledger first reported Sunday that the office had…".)
    if (lang === "en" && prev?.l === "first" && FIRST_REPORTED.has(infos[0]!.lemma) && (/^(?:was|were|been|is|are)$/u.test(tokens[i - 2]?.l ?? "") || !tokens.slice(i + 1, i + 9).some((x) => x.l === "that" || x.l === ":" || x.l === ","))) continue;
    // ("A hiker … has been found alive", "was found guilty": a state found, an event, not words.)
    if (infos[0]!.lemma === "find" && FOUND_STATE.has(next?.l ?? "")) continue;
    // ("The ledger was found last year by Lucia Marenko-Pryce", "Two bodies were found in the
    // river": a thing found, with no finding to report; "was found to have…" is one.)
    if (infos[0]!.lemma === "find" && /^(?:was|were|been|be|is|are)$/u.test(prev?.l ?? "") && !tokens.slice(i + 1, i + 4).some((x) => x.l === "that" || x.l === "to" || x.l === ":")) continue;
    // (« L'OCM pointe à la 16e place »: a ranking, not a remark.)
    if (infos[0]!.lemma === "pointer" && (next?.l === "à" || next?.l === "au")) continue;
    // « une journaliste du Courrier a vu des patients… »: seeing is a cue only for the outlet's own
    // witness; « le projet a vu le jour » or « on a vu » report nothing.
    // (A crowd count is also the police's or the organisers': « la police en a compté 350 ».)
    // (And a rival count set against another source's figure: « …, quand Yannick Lebreuil, délégué
    // syndical, en compte « plus de 120 » ».)
    const countedBefore = lang === "fr" && countedByClitic(tokens, i, infos[0]!.lemma);
    if (lang === "fr" && FR_WITNESS_ONLY.has(infos[0]!.lemma) && !tokens.slice(Math.max(0, i - 12), i).some((x) => FR_REPORTER_WORDS.has(x.l) || (infos[0]!.lemma === "compter" && COUNTING_BODIES.has(x.l))) && !(countedBefore && rivalClause(tokens, i)) && !outletSaw(i) && !reporterPronoun(i) && !coordinatedWitness(i) && !reporterOpens(i)) continue;
    // "The contract stipulates…", « Le texte, que nous avons consulté, prévoit… »: what a text lays
    // down; the town council's « prévoit de rouvrir » is a plan, not a source.
    // (« Météo-France prévoit… », « Environnement Canada prévoit des rafales… »: a forecaster's
    // forecast is its statement.)
    // ("The draft provides for a 30km buffer zone": what a text provides for; not what a body
    // provides.)
    // (« Il faudra sans doute plusieurs années… »: « sans doute » is "probably", « nul doute ».)
    if (infos[0]!.lemma === "douter" && (prev?.l === "sans" || prev?.l === "nul" || prev?.l === "aucun")) continue;
    // (« le prix moyen s’établissait à 212 euros »: a figure standing at a level, not a finding.)
    if (infos[0]!.lemma === "établir" && (prev?.l === "s'" || prev?.l === "se")) continue;
    // (« La fromagerie… rappelle depuis vendredi toutes ses tommes », "is recalling more than 40
    // frozen meals": products called back, not words.)
    if ((infos[0]!.lemma === "rappeler" || infos[0]!.lemma === "recall") && recallOfGoods(tokens, i + 1)) continue;
    // (« Ces relevés ne retiennent que les attaques… »: what a record counts in, its scope, not a
    // finding.)
    if (infos[0]!.lemma === "retenir" && prev?.l === "ne" && next?.l === "que") continue;
    // (« Cette progression s’explique d’abord par… »: a thing explained by a cause, not a speaker,
    // who « s’explique pour la première fois ».)
    if (infos[0]!.lemma === "expliquer" && (prev?.l === "s'" || prev?.l === "se") && tokens.slice(i + 1, i + 4).some((x) => x.l === "par") && !tokens.slice(i + 1, i + 4).some((x) => x.p)) continue;
    // (« Les 24 radars ont rapporté 4,7 millions d’euros d’amendes »: money brought in, not words.)
    if (infos[0]!.lemma === "rapporter" && sumFollows(tokens, i + 1)) continue;
    // (What a law lays down, « la loi impose de notifier… », the outlet states itself; and a
    // second verb joined to the first, "lists a maximum capacity… and requires the promoter to…",
    // goes on with the first one's words.)
    if (DOCUMENT_ONLY.has(infos[0]!.lemma) && (documentAt(i) < 0 || (infos[0]!.lemma === "provide" && next?.l !== "for") || (TEXT_RULE_VERBS.has(infos[0]!.lemma) && (prev?.l === "and" || prev?.l === "et")) || ((TEXT_RULE_VERBS.has(infos[0]!.lemma) || RULE_LAYING.has(infos[0]!.lemma)) && isLawAt(tokens, documentAt(i), infos[0]!.lemma))) && !(infos[0]!.lemma === "prévoir" && forecasterBefore(tokens, i))) continue;
    // A determiner right before means the word is a noun here ("la demande", "the report").
    // …except a French object clitic: « comme le souligne le rapport », « il l'a dit ».
    const clitic = lang === "fr" && prev && ["le", "la", "les", "l'"].includes(prev.l) && ["comme", "il", "elle", "on", "ils", "elles", "je", "nous", "vous", "qui"].includes(tokens[i - 2]?.l ?? "");
    // (« en affirmant que… »: « en » before a present participle makes a gerund.)
    const frGerund = lang === "fr" && prev?.l === "en" && t.l.endsWith("ant");
    if (prev && DETERMINERS[lang].has(prev.l) && !clitic && !frGerund && !countedBefore) continue;
    // (« 98 000 tonnes »: the unit, not « tonner ».)
    if (lang === "fr" && (t.l === "tonnes" || (t.l === "tonne" && /^\d/u.test(prev?.l ?? "")))) continue;
    // (« avait relevé l’âge légal de 62 à 63 ans », « relever le défi »: raising, not noting; « nos
    // journalistes ont relevé un prix de 550 francs » is noting.)
    // (« ne relèvent pas du régime des catastrophes naturelles », « relève de la compétence de… »:
    // falling under something.)
    // (Not « relève de graves lacunes », « relève des incohérences »: what was noted.)
    const fallsUnder = tokens.slice(i + 1, i + 4).filter((x) => !FR_NEG.has(x.l));
    // (Not the past participle: « notre journaliste a relevé du maltarène dans… » noted some.)
    if (lang === "fr" && infos[0]!.lemma === "relever" && !/é(?:e|s|es)?$/u.test(t.l) && (fallsUnder[0]?.l === "du" || (fallsUnder[0]?.l === "de" && /^(?:la|l')$/u.test(fallsUnder[1]?.l ?? "")))) continue;
    if (lang === "fr" && infos[0]!.lemma === "relever" && ((/^(?:le|la|les|l')$/u.test(tokens[i + 1]?.l ?? "") && RAISED.has(tokens[i + 2]?.l ?? "")) || raisedTo(tokens, i))) continue;
    // (« Les pertes se chiffreraient en millions d’euros »: amounting to, not putting a figure on.)
    if (lang === "fr" && infos[0]!.lemma === "chiffrer" && (tokens[i - 1]?.l === "se" || tokens[i - 1]?.l === "s'")) continue;
    // (« Le vent explique la vitesse à laquelle le feu s’est propagé »: explaining a thing, not
    // saying that something is so. Not « », explique le colonel »: a source after the verb.)
    if (lang === "fr" && infos[0]!.lemma === "expliquer" && !tokens[FR_AUX.has(tokens[i - 1]?.l ?? "") ? i - 2 : i - 1]?.p && /^(?:le|la|les|l'|un|une|des|ce|cette|ces)$/u.test(tokens[i + 1]?.l ?? "")) continue;
    // (« crédite X de 24 % »: only a share, a poll's; a bank credits an account.)
    if (lang === "fr" && infos[0]!.lemma === "créditer" && !tokens.slice(i + 1, i + 12).some((x) => x.l === "%")) continue;
    if (lang === "fr") {
      const pp = infos.find((x) => x.form === "pp");
      const fin = infos.find((x) => x.form === "fin");
      if (pp) {
        // Walk back over adverbs and negation to the auxiliary.
        // (« a depuis établi que… »: « depuis » right after the auxiliary means "since then".)
        let k = i - 1;
        while (k >= 0 && k >= i - 4 && (skippable(tokens, k) || FR_NEG.has(tokens[k]!.l) || (tokens[k]!.l === "depuis" && FR_AUX.has(tokens[k - 1]?.l ?? "")))) k--;
        // (« a pour sa part relevé », « a de son côté affirmé »: an aside between them.)
        if (k >= 3 && ASIDE_AFTER_AUX.has(`${tokens[k - 2]!.l} ${tokens[k - 1]!.l} ${tokens[k]!.l}`)) k -= 3;
        // (« Gaël Tournier a, lui, accusé… »: a stressed pronoun set off between them.)
        else if (k >= 3 && tokens[k]!.l === "," && FR_STRESSED.has(tokens[k - 1]!.l) && tokens[k - 2]!.l === ",") k -= 3;
        const aux = tokens[k];
        if (aux && aux.l === "été") {
          let k2 = k - 1;
          while (k2 >= 0 && k2 >= k - 3 && (skippable(tokens, k2) || FR_NEG.has(tokens[k2]!.l))) k2--;
          const start = tokens[k2] && FR_AUX.has(tokens[k2]!.l) ? k2 : k;
          if (PASSIVE_LEMMAS.has(pp.lemma) && !factConfirmed(pp.lemma, next)) out.push({ i0: start, i1: i + 1, head: i, lemma: pp.lemma, kind: "passive", strength: pp.strength, negated: isNegatedFr(tokens, start), gerund: false, inverted: null, invertedPronoun: null });
          continue;
        }
        // (« La présidence a pris acte de la démission et précisé que… »: a second participle
        // sharing the auxiliary of the first, before what it reports.)
        if (aux && (aux.l === "et" || aux.l === "puis") && k === i - 1 && (next?.l === "que" || next?.l === "qu'" || next?.l === ":") && !FR_REFLEXIVE_ONLY.has(pp.lemma) && tokens.slice(Math.max(0, k - 20), k).some((x) => /^(?:a|ont|avait|avaient)$/u.test(x.l))) {
          out.push({ i0: i, i1: i + 1, head: i, lemma: pp.lemma, kind: "verb", strength: pp.strength, negated: false, gerund: false, inverted: null, invertedPronoun: null });
          continue;
        }
        if (aux && FR_AUX.has(aux.l)) {
          if (FR_REFLEXIVE_ONLY.has(pp.lemma) || restrictiveNeQue(tokens, k, i + 1)) continue;
          const negated = isNegatedFr(tokens, k);
          // « critiqué pour avoir affirmé que… », « ayant déclaré… »: a non-finite past takes the
          // subject of the main clause, like an English gerund.
          const nonFinite = aux.l === "avoir" || aux.l === "ayant";
          out.push({ i0: negated ? negStart(tokens, k) : withObjectClitic(tokens, k), i1: i + 1, head: i, lemma: pp.lemma, kind: "verb", strength: pp.strength, negated, gerund: nonFinite, inverted: null, invertedPronoun: null });
          continue;
        }
        if (aux && FR_BE.has(aux.l)) {
          // « s’est indignée l’élue », « se sont réjouis les salariés »: a pronominal verb of saying.
          const pronominal = aux.l === "s'est" ? k : (aux.l === "est" || aux.l === "sont") && (tokens[k - 1]?.l === "s'" || tokens[k - 1]?.l === "se") ? k - 1 : -1;
          if (pronominal >= 0 && FR_PRONOMINAL.has(pp.lemma)) {
            out.push({ i0: pronominal, i1: i + 1, head: i, lemma: pp.lemma, kind: "verb", strength: pp.strength, negated: isNegatedFr(tokens, pronominal), gerund: false, inverted: null, invertedPronoun: null });
            continue;
          }
          // "s'est dit", "est cité": pronominal or passive; only a few verbs report this way.
          if (PASSIVE_LEMMAS.has(pp.lemma) && aux.l !== "s'est") out.push({ i0: k, i1: i + 1, head: i, lemma: pp.lemma, kind: "passive", strength: pp.strength, negated: isNegatedFr(tokens, k), gerund: false, inverted: null, invertedPronoun: null });
          continue;
        }
      }
      if (fin && FR_REFLEXIVE_ONLY.has(fin.lemma) && prev?.l !== "se" && prev?.l !== "s'") continue;
      // « Le maire table sur le double »: only banking on a figure (not « une table »).
      if (fin?.lemma === "tabler" && !tokens.slice(i + 1, i + 5).some((x) => x.l === "sur")) continue;
      if (fin) {
        // (After a noun that ends its subject and before « que », a quotation or its object's
        // determiner, the form is a verb: « Le maire annonce que… », « Le rapport montre que… »,
        // « Une vidéo… montre des dizaines de salariés… ».)
        // (« …et annonce une action en justice »: so does a verb coordinated to the one before.)
        // (« L’association juge dans un communiqué que… »: the channel between verb and « que ».)
        const channel = next?.l === "dans" && DETERMINERS.fr.has(tokens[i + 2]?.l ?? "") && /^(?:communiqué|déclaration|courrier|lettre|message|entretien)$/u.test(tokens[i + 3]?.l ?? "");
        // (« Le club annonce, lui, une affluence de 1 450 personnes »: a stressed pronoun set off
        // after the verb.)
        const stressed = next?.l === "," && FR_STRESSED.has(tokens[i + 2]?.l ?? "") && tokens[i + 3]?.l === ",";
        // (And past adverbs: « Le même bilan montre d'ailleurs que… ».)
        let afterAt = stressed ? i + 4 : i + 1;
        while (afterAt < i + 5 && SKIPPABLE.has(tokens[afterAt]?.l ?? "")) afterAt++;
        const after = tokens[afterAt];
        const verbFrame = !!prev && !prev.p && /^\p{Ll}/u.test(prev.w) && !DETERMINERS.fr.has(prev.l) && (!FR_PREPOSITIONS.has(prev.l) || prev.l === "et") && !!after && (channel || after.l === "que" || after.l === "qu'" || after.l === ":" || OPEN_QUOTE_TOKENS.has(after.l) || DETERMINERS.fr.has(after.l) || (stressed && (after.l === "de" || after.l === "d'")));
        // (« L’Association des automobilistes (AVA) juge… »: after its acronym, the subject ends;
        // « Le Conseil militaire (CMRN) annonce la dissolution… »: before its object.)
        const objectAfter = !!after && (after.l === "que" || after.l === "qu'" || after.l === ":" || OPEN_QUOTE_TOKENS.has(after.l) || DETERMINERS.fr.has(after.l));
        if (NOUNISH.has(t.l) && !verbFrame && !(prev && (SUBJECT_PRONOUNS.has(prev.l) || prev.l === "," || (prev.l === ")" && (channel || objectAfter)) || /^\p{Lu}/u.test(prev.w)))) continue;
        // « les premières analyses du laboratoire »: after a determiner and an adjective, a noun.
        // (Or opening the sentence with no determiner: « Premier chiffre, celui du ministère… ».)
        if (prev && (FR_PRENOMINAL.has(prev.l) || prev.l === "second" || prev.l === "seconde") && (DETERMINERS.fr.has(tokens[i - 2]?.l ?? "") || i === 1)) continue;
        if (t.l.endsWith("ant")) {
          // « Plus inquiétant, l’ONSS a cité… », « Fait rassurant, … »: after a degree word or a
          // noun, the form is an adjective opening the sentence, the outlet's own comment.
          const closes = next?.l === "," || (next?.l === "encore" && tokens[i + 2]?.l === ",");
          if (closes && prev && (FR_DEGREE.has(prev.l) || (i === 1 && /^\p{Lu}/u.test(prev.w)))) continue;
          // (« Une pétition en ligne réclamant le maintien du marché avait recueilli 2 300
          // signatures », « les affiches annonçant les dates… n’avaient pas été retirées »: right
          // after a noun inside the subject, before the sentence's own verb, the participle
          // describes the noun.)
          if (!frGerund && prev && !prev.p && /^\p{Ll}/u.test(prev.w) && !SUBJECT_PRONOUNS.has(prev.l) && !DETERMINERS.fr.has(prev.l) && !FR_PREPOSITIONS.has(prev.l) && !FR_AUX.has(prev.l) && subjectOpensSentence(tokens, i) && compoundVerbAfter(tokens, i + 1)) continue;
          // (« a adopté une motion demandant au bailleur… »: what a motion asks is the vote's own
          // content, which the outlet reports as a fact.)
          if (/^(?:motion|résolution|vœu|voeu|délibération)$/u.test(prev?.l ?? "")) continue;
          // Present participle: « déclarant que », « en affirmant que » attribute to the main subject.
          out.push({ i0: frGerund ? i - 1 : i, i1: i + 1, head: i, lemma: fin.lemma, kind: "verb", strength: fin.strength, negated: false, gerund: true, inverted: null, invertedPronoun: null });
          continue;
        }
        if (restrictiveNeQue(tokens, i, i + 1)) continue;
        // (« ne dit pas que… »: the negation after the verb belongs to the cue.)
        const negatedFin = isNegatedFr(tokens, i);
        let finEnd = i + 1;
        while (negatedFin && finEnd < i + 3 && FR_NEG.has(tokens[finEnd]?.l ?? "")) finEnd++;
        out.push({ i0: withObjectClitic(tokens, i), i1: finEnd, head: i, lemma: fin.lemma, kind: "verb", strength: fin.strength, negated: negatedFin, gerund: false, inverted: null, invertedPronoun: null });
      }
      continue;
    }
    // English.
    const info = infos[0]!;
    // "what he called X", "what multiple lawmakers called fraud": a label inside a noun phrase.
    if (t.l === "called" || t.l === "calls") {
      const back = tokens.slice(Math.max(0, i - 4), i).map((x) => x.l);
      if (back.includes("what") && !back.includes(",")) continue;
      if (prev && !prev.p && /^\p{Ll}/u.test(prev.w) && !SUBJECT_PRONOUNS.has(prev.l) && !EN_AUX.has(prev.l) && !/s$/.test(prev.l) && next && /^\p{Lu}/u.test(next.w)) continue;
    }
    // "called into a radio show", "called an emergency meeting": phoning in and convening.
    if (info.lemma === "call" && next && (next.l === "into" || (next.l === "in" && tokens[i + 2]?.l === "to") || ((next.l === "an" || next.l === "a") && CONVENED.test(tokens.slice(i + 2, i + 5).map((x) => x.l).join(" "))))) continue;
    if (tokens[i - 2]?.l === "according" && prev?.l === "to") continue;
    // "a report published on Tuesday by the board": a participle after a document names when and
    // by whom it came out; what the document says is reported by another cue ("according to…").
    // (Not a paper's name ending on such a word: "the Westmere Evening Post reported on Wednesday".)
    if (prev && (DOCUMENT_SUBJECTS.has(prev.l) || DOCUMENT_NOUNS.has(prev.l)) && !(i > 1 && /^\p{Lu}/u.test(prev.w) && /^\p{Lu}/u.test(tokens[i - 2]!.w)) && /(?:ed|en|wn)$/u.test(t.l) && next && (next.l === "by" || next.l === "on" || next.l === "in" || next.l === "last" || next.l === "this" || next.l === "earlier" || next.l === "yesterday")) continue;
    // "a Courier reporter watched the rig…", "The weekly report counted 1,240 explosions": what
    // the outlet's reporter perceived, or a document counted; anyone else's watching is an act.
    // ("a Herald reporter on the 7.42 from Westmoor to Dunmere counted…": the subject may be long.)
    // ("I’ve heard from sources that…": words heard from someone are theirs, whoever heard them.)
    if (EN_WITNESS_ONLY.has(info.lemma) && !(info.lemma === "hear" && next?.l === "from")) {
      const witness = (x: Token) => REPORTER_WORDS.has(x.l) || (info.lemma === "count" && DOCUMENT_NOUNS.has(x.l));
      // ("The Chronicle counted about 80 people", "The Daily Clanger watched as…": a paper by its
      // title; whether it is this page's own outlet is for the level to tell.)
      // (Also after a circumstance, "On Thursday morning the Clarion watched…", or by its
      // initials, "MRPR watched as…".)
      const subject = subjectWords(tokens, i, 10);
      const the = subject.map((x) => x.l).lastIndexOf("the");
      const titled = (the >= 0 && the < subject.length - 1 && subject.slice(the + 1).every((x) => /^\p{Lu}/u.test(x.w))) || (subject.length === 1 && /^\p{Lu}{2,6}$/u.test(subject[0]!.w));
      // (And a reporter before an aside: "Beacon reporter Dana Ruiz, at the press site, heard…".)
      let comma = i - 2;
      while (comma >= 0 && tokens[comma]!.l !== ",") comma--;
      // (Or a long phrase of place and time before a date set off: "A Sentinel reporter who stood at
      // the toll plaza from 7 to 8 a.m. on Thursday, Jan. 8, counted…".)
      const aside = tokens[i - 1]?.l === "," && comma >= 0 ? subjectWords(tokens, comma, 14) : [];
      if (!titled && !reporterWhoBefore(tokens, i) && !tokens.slice(Math.max(0, i - 5), i).some(witness) && !subject.some(witness) && !aside.some(witness) && !outletSaw(i) && !stationCrewBefore(tokens, i) && !reporterPronoun(i) && !coordinatedWitness(i)) continue;
    }
    // ("…for repairs expected to last 14 months", "a fifth pack believed to have settled…": a
    // participle after a noun and before its infinitive describes the noun; nobody is named.)
    // (Not "is widely expected to", "is also expected to": an auxiliary two words back.)
    if ((t.l === "expected" || t.l === "believed" || t.l === "thought" || t.l === "estimated") && prev && !prev.p && /^\p{Ll}/u.test(prev.w) && next?.l === "to" && ![prev, tokens[i - 2]].some((x) => x && (EN_AUX.has(x.l) || SUBJECT_PRONOUNS.has(x.l) || /^(?:be|been|being|also|still|now|widely|generally|not)$|ly$/u.test(x.l)))) continue;
    // "The decision states that…": the plural noun "states" is a verb only before "that".
    if (t.l === "states" && next?.l !== "that") continue;
    if (info.lemma === "record" && next?.l !== "that" && !recordKeptBy(tokens, i)) continue;
    // "A video viewed 1.2 million times…", "a post shared more than 40,000 times": a participle
    // after a noun and before its count describes the noun.
    if (/ed$/u.test(t.l) && prev && !prev.p && DETERMINERS.en.has(tokens[i - 2]?.l ?? "") && next && (/^\d/u.test(next.l) || COUNT_OPENERS.has(next.l)) && tokens.slice(i + 1, i + 6).some((x) => x.l === "times")) continue;
    // "Inmates have refused food since Sunday", "was refused bail": refusing a thing is an act;
    // refusing to do something, or refusing the offer, is a stance.
    if (info.lemma === "refuse" && next && /^\p{Ll}+$/u.test(next.w) && next.l !== "to" && !DETERMINERS.en.has(next.l) && !OBJECT_PRONOUNS.has(next.l) && !EN_AUX.has(next.l) && next.l !== "that") continue;
    // ("…grew to 14 confirmed cases", "the first confirmed death": a participle before its noun.)
    if (t.l === "confirmed" && prev && (/^\d/u.test(prev.l) || COUNT_OPENERS.has(prev.l) || DETERMINERS.en.has(prev.l) || /^(?:first|second|third|new|more|fewer|total)$/u.test(prev.l)) && next && /^\p{Ll}+$/u.test(next.w) && !VERBS.has(next.l) && !DETERMINERS.en.has(next.l) && !EN_AUX.has(next.l) && !/^(?:that|to|by|in|on|at|for|with|as|it|he|she|they|we|and|or|but)$/u.test(next.l)) continue;
    // "The economy added about 160,000 jobs": adding a quantity is growth, not words.
    if (info.lemma === "add" && next && (/^\d/u.test(next.l) || COUNT_OPENERS.has(next.l) || next.l === "another") && !tokens.slice(i + 1, i + 7).some((x) => x.l === "that" || x.l === ":" || OPEN_QUOTE_TOKENS.has(x.l))) continue;
    // ("Hollenby’s has recalled fourteen of its sandwiches", « a rappelé 61 400 voitures »: a product
    // recall, of a number of things.)
    if ((info.lemma === "recall" || info.lemma === "rappeler") && next && (/^\d/u.test(next.l) || COUNT_OPENERS.has(next.l) || NUMBER_WORDS.test(next.l))) continue;
    // "The catchment supports about 310 dairy farms": supporting a number of things keeps them.
    if (info.lemma === "support" && next && (/^\d/u.test(next.l) || COUNT_OPENERS.has(next.l))) continue;
    // "Ardent has agreed to buy Halden", "agreed to a ceasefire": a deal struck, not words said
    // ("agreed that…", "agreed with her" still report).
    // ("The council decided to close the pool": a decision taken, the act the outlet reports; so is
    // a body's plan, "Brightwold Renewables wants to put up 14 turbines", where a person's wish,
    // "Clinton wants to triple…", stays that person's stance.)
    if ((info.lemma === "agree" || info.lemma === "decide" || (info.lemma === "want" && !personBefore(tokens, i))) && infinitiveAfter(tokens, i + 1)) continue;
    // ("The City Council voted 6-1 on Tuesday night to demand that…": what a vote asks is the
    // vote's own content, which the outlet reports as a fact.)
    if (prev?.l === "to" && tokens.slice(Math.max(0, i - 10), i - 1).some((x) => x.l === "voted")) continue;
    // ("…, who did not want to be named, said…": how the source asked to be kept, no wish reported.)
    if (info.lemma === "want" && next?.l === "to" && tokens[i + 2]?.l === "be" && /^(?:named|identified|quoted)$/u.test(tokens[i + 3]?.l ?? "")) continue;
    // ("By just over 300 votes, Dunmarrow said no tonight", "voters said yes to the plan": a vote.)
    if (info.lemma === "say" && (next?.l === "no" || next?.l === "yes") && /^(?:,|\.|to|tonight|today|again|on|in)$/u.test(tokens[i + 2]?.l ?? ".")) continue;
    // ("has pieced together what officials knew and when": a question the outlet asks, not what
    // anyone knows.)
    if (info.lemma === "know" && prev && !prev.p && /^(?:what|how|when|whether|who)$/u.test(tokens[i - 2]?.l ?? "")) continue;
    // ("a doctor decides to admit a patient", "admitted 40 people overnight": taking in, not
    // conceding; "He admitted a mistake had been made" still reports: a verb follows its subject.)
    if (info.lemma === "admit" && next && /^(?:a|an|\d[\d,]*|some|more|fewer|patients|people|children|pupils|students)$/u.test(next.l) && !tokens.slice(i + 2, i + 5).some((x) => EN_AUX.has(x.l))) continue;
    // "every job supports 1.7 jobs elsewhere", "supports 400 families": sustaining, not backing.
    if (info.lemma === "support" && next && /^[\d$€£]/u.test(next.w)) continue;
    // "A report by planning officers noted…": a gerund that names a trade before its noun.
    if (info.form === "ing" && info.strength === "stance" && ING_NOUNS.has(t.l) && next && /^\p{Ll}+s$/u.test(next.w) && !VERBS.has(next.l)) continue;
    // "The board will publish the results next week": a release still to come reports nothing yet.
    if ((info.lemma === "publish" || info.lemma === "release" || info.lemma === "unveil") && prev && (prev.l === "will" || prev.l === "'ll" || prev.l === "shall" || prev.l === "to")) continue;
    // Base forms that double as nouns ("Apple Music show", "a Times report") need a plural or
    // pronoun subject, a modal or "to" right before them.
    // Quantifiers stand for people too ("Some believe…", "Many fear…", "Most say…").
    // After a negation ("did not want", "doesn't know") the form is a verb too.
    // So does a clause right after it ("data from the survey show that women…", "documents show
    // he took…"): a noun is not followed by a subject or by "that" + subject.
    // Coordinated names are a plural subject too ("China and Russia support the government").
    const coordinatedNames = !!prev && /^\p{Lu}/u.test(prev.w) && !prev.p && (tokens[i - 2]?.l === "and" || tokens[i - 2]?.l === ",") && /^\p{Lu}/u.test(tokens[i - 3]?.w ?? "");
    // ("Dunmore's accounts, filed in January, show a loss": after an apposition's comma, a form
    // followed by a determiner is the verb.)
    // ("The paper reports a detection…": after a document's name too.)
    // ("The Pan-African News Service (PANS), citing a doctor, reports that…": after an aside, "that".)
    const verbAfterApposition = (prev?.l === "," || DOCUMENT_NOUNS.has(prev?.l ?? "")) && !!next && (["a", "an", "the", "its", "their", "no"].includes(next.l) || (prev?.l === "," && next.l === "that" && !VERBS.has(tokens[i + 2]?.l ?? "") && !EN_AUX.has(tokens[i + 2]?.l ?? "")));
    // "Data from the authority show the plant discharged…": a document's evidence verb.
    // (Also at the end, after its words: "…was cut by 18% that year, the report shows.", "…, the
    // National Police Directorate’s annual report shows.")
    const postposed = !!prev && DOCUMENT_NOUNS.has(prev.l) && (!next || next.l === "." || next.l === "!") && commaThenDeterminer(tokens, i - 1);
    // (A sum's currency sign opens the object too: "the accounts list $58.7 million".)
    const documentVerb = info.strength === "evidence" && ((!!next && (!next.p || CURRENCY_SIGN.test(next.l)) && !(prev && DETERMINERS.en.has(prev.l)) && documentAt(i) >= 0) || postposed);
    if (info.form === "base" && NOUNISH.has(t.l) && !coordinatedNames && !verbAfterApposition && !documentVerb && !(prev && (BASE_VERB_SUBJECTS.has(prev.l) || EN_AUX.has(prev.l) || NEGATORS.has(prev.l) || /^\p{L}+s$/u.test(prev.w))) && !(thatClauseFollows(tokens, i + 1) && !!prev && !NOUN_MODIFIERS.test(prev.l))) continue;
    // A participle modifying a noun ("tweets accusing X", "language calling for") is not a cue;
    // ", saying…", "by saying" and sentence-initial gerunds are.
    if (
      info.form === "ing" &&
      prev &&
      !prev.p &&
      !["by", "while", "after", "before", "in", "and", "was", "were", "is", "are", "been", "be", "'s", "without", "from", "of", "despite", "upon", "now"].includes(prev.l) &&
      // "criticised for saying that…": after "for", only saying itself reports words.
      !(prev.l === "for" && (info.lemma === "say" || info.lemma === "claim")) &&
      !SKIPPABLE.has(prev.l) &&
      !/(?:ly|'s|'re|'m|n't)$/.test(prev.l) &&
      // ("A post on X by the MP claiming that “…”": a post or a letter relays what it says.)
      !(info.strength === "speech" && next?.l === "that" && POST_NOUNS.has(nounBefore(tokens, i)))
    )
      continue;
    // "20 states", "the reports": a number or determiner before means a noun; so does a
    // possessive ("Trump’s comments").
    // (Not a date's or a channel's number ending the subject: "images taken between Oct. 28 and
    // Nov. 14 show…", "records obtained by KVRN 8 show…".)
    // (Nor a year: "A supply contract signed in 2024 fixes the price…".)
    const numberEndsName = !!tokens[i - 2] && (MONTH_WORDS.test(tokens[i - 2]!.l) || /^\p{Lu}{2,}$/u.test(tokens[i - 2]!.w) || (/^(?:in|since)$/u.test(tokens[i - 2]!.l) && /^(?:19|20)\d\d$/u.test(prev?.l ?? "")));
    if (prev && /^\d/.test(prev.l) && (info.form === "base" || /s$/.test(t.l)) && !numberEndsName) continue;
    // ("Penrick’s said it had taken the line off": a shop's name ending in 's, and "said", which is
    // never a noun.)
    if (prev && /['’]s$/.test(prev.l) && !/^(?:he|she|it|that|what|who)['’]s$/.test(prev.l) && info.form !== "pp" && !(/^(?:said|says|told)$/u.test(t.l) && /^\p{Lu}/u.test(prev.w))) continue;
    // ("Voice notes circulating on WhatsApp claimed…", "Reports published by the ministry show…":
    // a plural noun that a participle and its preposition follow is the subject.)
    if ((PLURAL_NOUNS.has(t.l) || t.l === "notes" || t.l === "posts" || t.l === "videos" || t.l === "messages") && next && /^\p{Ll}{3,}(?:ing|ed)$/u.test(next.w) && /^(?:on|in|by|at|from|online|across|among|over)$/u.test(tokens[i + 2]?.l ?? "")) continue;
    // Noun-like forms count as verbs after a subject-like word, or when a clause follows them
    // ("a poll shows that…", "the average shows Clinton ahead").
    // "Video of the incident shows him with…": an object pronoun follows a verb, never a noun.
    const clauseFollows = !PLURAL_NOUNS.has(t.l) && !!next && (next.l === "that" || SUBJECT_PRONOUNS.has(next.l) || OBJECT_PRONOUNS.has(next.l) || /^\p{Lu}/u.test(next.w) || /^\d/.test(next.l));
    // Forms that are mostly plural nouns ("his claims", "new demands") need a name or a pronoun
    // right before them to be read as verbs ("Trump claims…", "she demands…").
    // "The Clinton campaign plans to employ…", "the city wants to": a third-person form followed by
    // an infinitive is a verb.
    // ("made plans to build", "announced plans to": after a verb it is the verb's object.)
    const infinitiveFollows = /s$/.test(t.l) && next?.l === "to" && /^\p{Ll}+$/u.test(tokens[i + 2]?.w ?? "") && !DETERMINERS.en.has(tokens[i + 2]!.l) && !!prev && !prev.p && !/ed$/.test(prev.l) && !OBJECT_TAKERS.has(prev.l);
    // The subject may stand before an adverb ("It also points out…").
    let sj = i - 1;
    while (sj > 0 && SUBJECT_ADVERBS.has(tokens[sj]!.l)) sj--;
    const subj = tokens[sj];
    // ("A staff report prepared for the meeting estimates that the routes…": a document's verb,
    // which a clause follows.)
    const documentThat = thatClauseFollows(tokens, i + 1) && documentAt(i) >= 0;
    // ("The department estimates repairs at $4.2 million": estimating something at a figure.)
    const estimateAt = info.lemma === "estimate" && figureAfterObject(tokens, i + 1);
    // ("The group estimates that…", "The association, a trade group, claims that…": a noun with
    // its article, and maybe an apposition, before the verb and its clause.)
    // (After "that", a subject, not a verb: "the estimates that were published" is a relative.)
    const nounThat = next?.l === "that" && !!tokens[i + 2] && !tokens[i + 2]!.p && !EN_AUX.has(tokens[i + 2]!.l) && !VERBS.has(tokens[i + 2]!.l) && singularNounBefore(tokens, i);
    // ("The tabloid claims Mr Marlowe-Pryce spent…": a speaking body's noun with its article, then a
    // name opening the clause.)
    // (Or ending the sentence: "…, as the newspaper reports.")
    const bodyClaims = !!subj && SPEAKING_BODY.test(subj.l) && DETERMINERS.en.has(tokens[sj - 1]?.l ?? "") && !!next && (/^\p{Lu}/u.test(next.w) || next.l === "." || next.l === ",");
    if (PLURAL_NOUNS.has(t.l) && !headline && !infinitiveFollows && !verbAfterApposition && !documentThat && !estimateAt && !nounThat && !bodyClaims && !(subj && (SUBJECT_PRONOUNS.has(subj.l) || (/^\p{Lu}/u.test(subj.w) && !/['’]s$/.test(subj.w))))) continue;
    // "An adjuster handling Calder Flats claims, who asked…": a gerund's object, named by the
    // names before it; a relative clause after it describes a noun.
    // ("A staff report prepared for the meeting estimates…": "meeting" is a noun.)
    const gerundBefore = tokens.slice(Math.max(0, i - 4), i).findLast((x) => !/^\p{Lu}/u.test(x.w))?.l ?? "";
    if (PLURAL_NOUNS.has(t.l) && !headline && ((next?.l === "," && /^(?:who|which|whose)$/u.test(tokens[i + 2]?.l ?? "")) || (/ing$/u.test(gerundBefore) && !ING_NOUNS.has(gerundBefore)))) continue;
    // "32% of Republican claims", "the Democratic claims": a capitalised modifier inside a noun phrase.
    const before2 = tokens[i - 2];
    if (PLURAL_NOUNS.has(t.l) && !headline && prev && /^\p{Lu}/u.test(prev.w) && before2 && (DETERMINERS.en.has(before2.l) || /\d/.test(before2.l) || before2.l === "%")) continue;
    const headlineVerb = headline && /s$/.test(t.l) && !!prev && !prev.p && !DETERMINERS.en.has(prev.l);
    // "cities that support the rules": a relative "that" after a plural noun is the subject.
    // "4 percent support the Green Party": a share of people is a plural subject.
    const relativeSubject = (prev?.l === "that" && /^\p{Ll}+s$/u.test(tokens[i - 2]?.w ?? "")) || (prev?.l === "percent" && !!next && !["among", "of", "for", "from", "in", "with"].includes(next.l));
    // ("Two-thirds of the cases sought less than $3,000", "The lawsuit seeks damages": what a court
    // case asks for is its object, not a stance of anyone's.)
    // ("is seeking a third term", "sought re-election": what a candidate runs for is no view; a
    // view sought is "seeks to show…".)
    if (info.lemma === "seek" && ((prev && LEGAL_ACTIONS.has(prev.l)) || tokens.slice(i + 1, i + 4).some((x) => /^(?:term|re-election|reelection|office|presidency|nomination|seat|mandate)$/u.test(x.l)))) continue;
    // ("six individuals accused of supplying engines": a participle after its noun, the accused,
    // not an accuser; "were accused of" stays the passive the structure reads.)
    if (t.l === "accused" && next?.l === "of" && prev && !EN_AUX.has(prev.l) && !/^(?:being|been|not|never|also|widely|publicly|repeatedly)$/u.test(prev.l)) continue;
    // ("Toxic fumes filled the hall": the smoke, unless a pronoun fumes.)
    if (t.l === "fumes" && !SUBJECT_PRONOUNS.has(prev?.l ?? "")) continue;
    // "obtained through a public records request": a bare form after a singular article and
    // its modifiers is the noun the article heads ("a" cannot head a plural subject).
    if (/^\p{Ll}+$/u.test(t.w) && info.lemma === t.l && info.form === "base" && indefiniteNounPhraseBefore(tokens, i)) continue;
    if (NOUNISH.has(t.l) && prev && !relativeSubject && !estimateAt && !documentVerb && !documentThat && !nounThat && !bodyClaims && !SUBJECT_PRONOUNS.has(prev.l) && !EN_AUX.has(prev.l) && prev.l !== "to" && prev.l !== "," && !/^\p{Lu}/u.test(prev.w) && !(SUBJECT_ADVERBS.has(prev.l) && /^\p{Lu}/u.test(subj?.w ?? "")) && !/s$/.test(prev.l) && !clauseFollows && !headlineVerb && !infinitiveFollows && !verbAfterApposition && !NEGATORS.has(prev.l)) continue;
    let k = i - 1;
    let negated = false;
    while (k >= 0 && k >= i - 4) {
      const w = tokens[k]!.l;
      if (w === "not" || w === "n't" || w === "never") negated = true;
      // "was widely mocked": an -ly adverb between the auxiliary and the participle.
      // ("A report published on Friday found": a day after a preposition is the subject's.)
      else if (!((skippable(tokens, k) && !AFTER_PREPOSITION.test(tokens[k - 1]?.l ?? "")) || EN_AUX.has(w) || w.endsWith("n't") || (/^\p{Ll}{3,}ly$/u.test(w) && EN_AUX.has(tokens[k - 1]?.l ?? "")))) break;
      if (w.endsWith("n't")) negated = true;
      k--;
    }
    // ("resale sites must show a ticket's face value", "the log, which it must publish under its
    // licence": what someone is bound to do, not what was said or shown.)
    if (tokens.slice(k + 1, i).some((x) => x.l === "must" || x.l === "shall")) continue;
    // "Court documents show…": the noun, before its verb.
    if (t.l === "documents" && next && (EN_AUX.has(next.l) || VERBS.has(next.l) || /^(?:show|showed|shows|reveal|revealed|say|said|says|indicate|indicated|state|stated)$/u.test(next.l))) continue;
    // "would add $84 billion", "regarding the plan": not reporting at all.
    if ((t.l === "add" || t.l === "adds" || t.l === "added") && next && (/^[\d$€£]/.test(next.w) || ["to", "up"].includes(next.l))) continue;
    // ("pleaded guilty to assault", "pleads not guilty": a plea entered in court, not words reported.)
    if (info.lemma === "plead" && (next?.l === "guilty" || next?.l === "innocent" || (next?.l === "not" && tokens[i + 2]?.l === "guilty") || next?.l === "no")) continue;
    // ("regarding the plan", "warned in writing that…": no one reporting there.)
    if (t.l === "regarding" || (t.l === "writing" && prev?.l === "in")) continue;
    // "known as HFCs", "The program, called EB-5, allows…": naming, not reporting.
    if (t.l === "known" && (next?.l === "as" || next?.l === "for")) continue;
    if (prev?.l === "," && (t.l === "called" || t.l === "dubbed" || t.l === "named" || t.l === "titled") && next && /^[\p{Lu}\d“"']/u.test(next.w) && tokens.slice(i + 1, i + 6).some((x) => x.l === ",")) continue;
    // ("Norovirus, often called the winter vomiting bug, spreads…": a name it goes by, set off.)
    if ((t.l === "called" || t.l === "dubbed" || t.l === "nicknamed") && /^(?:often|also|commonly|sometimes|popularly|widely|usually|informally)$/u.test(prev?.l ?? "") && tokens[i - 2]?.l === ",") continue;
    // "a more detailed plan", "highly touted": a participle used as an adjective.
    if (prev && ADJECTIVE_DEGREE.has(prev.l) && t.l.endsWith("ed")) continue;
    // "It goes without saying that…", "says something about the times": idioms of the writer's.
    if (info.lemma === "say" && ((t.l === "saying" && prev?.l === "without" && /^go(?:es)?$|^went$/.test(tokens[i - 2]?.l ?? "")) || (next && /^(?:something|a lot|lots|volumes)$/.test(next.l === "a" ? "a " + (tokens[i + 2]?.l ?? "") : next.l) && tokens.slice(i + 1, i + 4).some((x) => x.l === "about")))) continue;
    // "seemed eager to…": the attitude adjective makes the cue (read above with its verb).
    if ((info.lemma === "seem" || info.lemma === "appear") && next && ATTITUDE_ADJ.has(next.l)) continue;
    // "appeared on MSNBC", "appeared at a hearing": appearing somewhere, not seeming.
    if (info.lemma === "appear" && next && ["on", "at", "in", "before", "with", "alongside"].includes(next.l)) continue;
    // "police saw the tweet", "officers saw him get out": seeing is a view only as "saw X as Y"
    // or "sees that…".
    // (A reporter who saw something is the outlet's own witness: "an AP photographer saw…".)
    // (So is a paper that saw it: "the Sentinel saw hundreds of dead fish".)
    // (Not a text it saw — "The Gazette saw a copy of the contract" — which is a document's.)
    const paperSaw = !!prev && /^\p{Lu}/u.test(prev.w) && tokens[i - 2]?.l === "the" && NEWSPAPER_TITLE_WORDS.test(prev.w) && !tokens.slice(i + 1, i + 5).some((x) => x.l === "copy" || x.l === "copies" || DOCUMENT_NOUNS.has(x.l) || DOCUMENT_SUBJECTS.has(x.l));
    // ("A Sentinel reporter outside the emergency entrance Wednesday afternoon saw…": the reporter
    // further back in the same subject.)
    if (info.lemma === "see" && !headline && next?.l !== "that" && !asFollows(tokens, i + 1) && !paperSaw && !subjectWords(tokens, i, 10).some((x) => REPORTER_WORDS.has(x.l)) && !reporterWhoBefore(tokens, i) && !outletSaw(i) && !stationCrewBefore(tokens, i) && !reporterPronoun(i) && !coordinatedWitness(i) && !reporterOpens(i)) continue;
    // "the monitor maintained by the embassy", "maintains a program": keeping, unless a clause
    // or a quotation is maintained ("the doctor maintains that…", "“…,” she maintained.").
    if (info.lemma === "maintain" && next && !next.p && next.l !== "that" && !OPEN_QUOTE_TOKENS.has(next.l) && !thatClauseFollows(tokens, i + 1)) continue;
    // "spoke to reporters", "speaking at a rally in Ohio", "talked with advisers": speaking
    // somewhere or to someone is an event; only "spoke of/about/on…" says what was said.
    // The topic may come after an adverb or an audience ("spoke emotionally of", "talks to
    // the director about").
    if ((info.lemma === "speak" || info.lemma === "talk") && !headline && !topicFollows(tokens, i + 1)) continue;
    // "pointed out that…", "points to the poll": only with its particle is "point" a cue.
    if (info.lemma === "point" && next?.l !== "out" && next?.l !== "to") continue;
    // "it has declined slightly": only "declined to …" reports a refusal.
    if ((t.l === "declined" || t.l === "declines") && next?.l !== "to") continue;
    // ("it can only recommend them to the full council": recommending a thing to someone.)
    if (/^(?:recommend|recommends|recommended|propose|proposes|proposed|suggest|suggests|suggested)$/u.test(t.l) && /^(?:them|it|him|her|us)$/u.test(next?.l ?? "")) continue;
    // "who declined to be named": an anonymity formula, not a statement.
    if ((t.l === "declined" || t.l === "declines") && next?.l === "to" && tokens[i + 2]?.l === "be") continue;
    // "declined to say", "refused to comment"
    if (prev?.l === "to" && ["declined", "refused", "declines", "refuses", "wouldn't"].includes(tokens[i - 2]?.l ?? "")) {
      negated = true;
      k = i - 3;
    }
    // ("The company declined to say whether…": the refusal itself is as weak as the negated verb
    // of saying after it.)
    if ((t.l === "declined" || t.l === "declines" || t.l === "refused" || t.l === "refuses") && next?.l === "to" && VERBS_BY_LANG.en.get(tokens[i + 2]?.l ?? "")?.some((v) => v.strength === "speech")) negated = true;
    const i0 = k + 1;
    const auxWords = tokens.slice(i0, i).map((x) => x.l);
    // ("More rain is forecast from Thursday": a participle like its base form.)
    const beAux = /(?:ed|en|id|wn|ld|ght|ood|rnt|cast)$/.test(t.l) && auxWords.some((w) => ["was", "were", "is", "are", "been", "be", "being"].includes(w));
    // "have been charged", "was attacked": a passive of a verb that does not report speech.
    if (beAux && !PASSIVE_LEMMAS.has(info.lemma) && next?.l !== "by") continue;
    const passive = beAux;
    // "Farmers have been told to switch off their irrigators": an instruction they were given, not
    // hearsay about them.
    if (passive && info.lemma === "tell" && next?.l === "to") continue;
    // "The virus was confirmed on Monday", « Le virus a été confirmé lundi »: a fact established,
    // told as the outlet's own; only "it was confirmed that…" reports unsourced words.
    if (passive && factConfirmed(info.lemma, next)) continue;
    if (info.lemma === "gather" && !(passive && next?.l === "that")) continue;
    // "I think", "you know", "we expect": first- and second-person stance verbs are discourse
    // markers in speech, not attributions.
    if (info.strength === "stance" && prev && ["i", "you", "we"].includes(prev.l)) continue;
    // "took to Twitter to accuse…": an infinitive takes the main clause's subject, like a gerund.
    const infinitive = prev?.l === "to" && !negated && info.form === "base";
    // Infinitives of verbs like "testify" or "disclose" ("refusing to testify", "allow companies
    // to disclose") describe what someone might do; others ("took to Twitter to accuse",
    // "vowed to defend") carry the attribution of the main clause.
    // ("went on to explain how…", "goes on to discuss…": the subject moves on to saying more.)
    const goesOnTo = tokens[i - 2]?.l === "on" && /^(?:go|goes|going|gone|went)$/.test(tokens[i - 3]?.l ?? "");
    if (infinitive && NON_ATTRIBUTING_INFINITIVE.has(info.lemma) && !goesOnTo) continue;
    // "voted to add four routes": adding a thing, not words ("paused to add that…" still reports).
    if (infinitive && info.lemma === "add" && !goesOnTo && !(next && (next.l === "that" || next.l === ":" || OPEN_QUOTE_TOKENS.has(next.l)))) continue;
    // "National Guard members, called to service by the governor": a participle, not a cue.
    // ("Keron Blair, director of AROS, called for more investment": "called for" is a demand.)
    // ("The board, a public agency, estimated in a report that…": a clause follows, so a verb.)
    if (prev?.l === "," && /ed$/.test(t.l) && next && ["to", "by", "for", "as", "in"].includes(next.l) && !(info.lemma === "call" && next.l === "for") && tokens.slice(i + 2, i + 9).find((x) => x.l === "that" || x.p)?.l !== "that") continue;
    // ("the prices published by regulators in Tanzania", "figures released by the ministry show":
    // a participle after its noun, with its agent; the cue, if any, is the clause's own verb.)
    // (A plural noun before it: not "this", not an auxiliary.)
    if (lang === "en" && /ed$/.test(t.l) && next?.l === "by" && prev && /^\p{Ll}{3,}s$/u.test(prev.w) && prev.l !== "this" && !EN_AUX.has(prev.l) && !/ly$/u.test(prev.l)) continue;
    // Title-case headlines capitalise nouns ("Police Shooting Comments").
    if (i > 0 && /^\p{Lu}/u.test(t.w) && NOUNISH.has(t.l) && !headlineVerb) continue;
    // A phrasal particle belongs to the cue ("pointed out that…"), so the complement starts after it.
    // ("called for more investment": what was demanded follows "for".)
    const particle = info.lemma === "point" || ((info.lemma === "call" || info.lemma === "provide") && next?.l === "for") ? 1 : 0;
    out.push({ i0, i1: i + 1 + particle, head: i, lemma: info.lemma, kind: passive ? "passive" : "verb", strength: info.strength, negated, gerund: info.form === "ing" || infinitive, inverted: null, invertedPronoun: null });
  }
  // « a appelé à »: the preposition belongs to the cue, what is called for follows it.
  for (const c of out) if (c.lemma === "appeler" && tokens[c.i1]?.l === "à") c.i1++;
  for (const extra of [leakedTextVerb(tokens, lang), pollVerb(tokens, lang)]) if (extra && !out.some((c) => c.i0 <= extra.head && c.i1 > extra.i0)) out.push(extra);
  // « Ceux qui disent ça n'ont pas d'arguments », "Those who claim the vote was rigged have lost":
  // a verb inside the relative clause of a bare demonstrative is part of the subject.
  // (« Le technicien affirme avoir signalé le problème », « dit avoir écrit »: the infinitive after
  // a cue is what the speaker says they did, not a second saying.)
  const saidDone = (c: CueHit) => lang === "fr" && (tokens[c.i0]?.l === "avoir" || tokens[c.i0]?.l === "être") && out.some((o) => o !== c && o.i1 === c.i0);
  // (« une huile d’Anselme Corbière-Laval que réclament les héritiers », « une version que conteste
  // le technicien »: a verb in a relative clause whose object is the noun before it reports no
  // words; « ce que dément la mairie » does.)
  const objectRelative = (c: CueHit) => lang === "fr" && c.kind === "verb" && (tokens[c.i0 - 1]?.l === "que" || tokens[c.i0 - 1]?.l === "qu'") && !!tokens[c.i0 - 2] && /^\p{L}/u.test(tokens[c.i0 - 2]!.w) && !QUE_OPENERS.has(tokens[c.i0 - 2]!.l) && !VERBS.has(tokens[c.i0 - 2]!.l) && !FR_AUX.has(tokens[c.i0 - 2]!.l) && !FR_BE.has(tokens[c.i0 - 2]!.l);
  // (« La loi ne dit rien des lieux de prière »: what a text or a person is silent on is the
  // outlet's observation, not their words. English "said nothing about" stays a cue, as PolNeAR
  // annotates it.)
  const saysNothing = (c: CueHit) => c.kind === "verb" && tokens[c.i1]?.l === "rien";
  const kept = out.filter((c) => !(RELATIVE_PRONOUNS.has(tokens[c.i0 - 1]?.l ?? "") && DEMONSTRATIVE_HEADS.has(tokens[c.i0 - 2]?.l ?? "")) && !notReporting(tokens, c) && !(lang === "en" && participleAside(tokens, c)) && !saidDone(c) && !objectRelative(c) && !saysNothing(c));
  // (« Florian Castaing-Moreno, ne conteste pas… »: the negation's « ne » is the verb's, not its
  // subject.)
  if (lang === "fr") for (const c of kept) if (c.kind === "verb" && c.inverted === null && (tokens[c.i0 - 1]?.l === "ne" || tokens[c.i0 - 1]?.l === "n'")) c.i0--;
  return kept;
}

/** "The draft text, first posted overnight on a Telegram channel, runs to 11 pages": a participle
 *  set off by commas right after the subject that opens the sentence describes it; the verb of
 *  the sentence comes after the closing comma. */
function participleAside(tokens: Token[], c: CueHit): boolean {
  const head = tokens[c.head]!;
  if (c.kind !== "verb" || head.l === "said" || !/^\p{Ll}+(?:ed|en|wn)$/u.test(head.w)) return false;
  let k = c.head - 1;
  if (ASIDE_ADVERBS.has(tokens[k]?.l ?? "")) k--;
  if (c.i0 <= k) return false;
  if (tokens[k]?.l !== "," || k < 1) return false;
  const subject = tokens.slice(0, k);
  return subject.every((t) => !t.p || /^['’-]$/u.test(t.l)) && !subject.some((t) => VERBS.has(t.l) || EN_AUX.has(t.l)) && tokens.slice(c.i1).some((t) => t.l === ",");
}
const MONTH_WORDS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)\.?$|^(?:january|february|march|april|june|july|august|september|october|november|december)$/u;
const ASIDE_ADVERBS = new Set(["first", "originally", "initially", "later", "also", "widely", "previously", "recently", "since"]);

// Forms of a reporting verb used in another sense:
// - « l’incendie avançait vers les villages »: « avancer » puts forward only what follows it (a
//   figure, an argument, « que… »), not a place;
// - « les organisateurs revendiquent 41 500 festivaliers »: a figure claimed, not an attack;
// - « auquel onze entreprises avaient répondu »: a call answered;
// - « l’ONSS a cité le club en faillite devant le tribunal »: summoned to court, not quoted;
// - "the only tarred route linking the town to the hospital": a participle after a noun that
//   joins two places.
function notReporting(tokens: Token[], c: CueHit): boolean {
  const next = tokens[c.i1];
  // (A count in words only with « en »: « le gérant en revendique « une vingtaine » », not « a
  // revendiqué une quarantaine d’attaques ».)
  // (Victory claimed is a claim: « revendique la victoire de sa candidate avec 51,7 % ».)
  // (A date is no figure claimed: « revendique l’attaque menée le 27 février ».)
  if (c.lemma === "revendiquer") return !tokens.slice(c.i1, c.i1 + 8).some((t, k, after) => (/^\d/u.test(t.l) && !FR_MONTH.test(after[k + 1]?.l ?? "")) || t.l === "victoire" || (tokens[c.head - 1]?.l === "en" && FR_NUMBER_WORDS.test(t.l)));
  // ("An officer who identified himself as Col. Muthee-Sikuku said…": naming oneself.)
  if (c.lemma === "identify" && /^(?:himself|herself|themselves|itself)$/u.test(next?.l ?? "")) return true;
  // ("The flood claimed 12 lives", "It has claimed the Essequibo region for a century", "claimed
  // the title": what a disaster takes, or a land or a prize held as one's own, says nothing.)
  // ("inside the boundary Pentara claims – and…": the land claimed stands before its claimant.)
  if (c.lemma === "claim" && (!next || next.p || next.l === "and") && /^(?:boundary|border|line|territory|waters|zone|area|one|island|islands|region|land)$/u.test(tokens[c.i0 - 2]?.l ?? "")) return true;
  if (c.lemma === "claim") return tokens.slice(c.i1, c.i1 + 5).some((t) => CLAIMED_THINGS.has(t.l)) && !tokens.slice(c.i1, c.i1 + 5).some((t) => t.l === "that" || t.l === "responsibility" || t.l === "credit");
  if (c.lemma === "citer") return tokens.slice(c.i1, c.i1 + 8).some((x, k) => x.l === "devant" || x.l === "comparaître" || (x.l === "en" && /^(?:justice|faillite|référé)$/u.test(tokens[c.i1 + k + 1]?.l ?? "")));
  // (« un appel à projets, auquel onze entreprises avaient répondu », "the call, to which eleven
  // firms responded": answering a call or a tender, not a question.)
  // (Its subject may be long: « une enquête à laquelle moins d’un diplômé sur cinq a répondu ».)
  if (c.lemma === "répondre" || c.lemma === "respond") {
    const rel = tokens.slice(0, c.i0).findLastIndex((t) => /^(?:auquel|auxquels|auxquelles|laquelle)$/u.test(t.l));
    return (rel >= c.i0 - 10 && rel >= 0 && !tokens.slice(rel, c.i0).some((t) => t.p)) || (c.lemma === "respond" && tokens[c.i0 - 4]?.l === "to" && tokens[c.i0 - 3]?.l === "which");
  }
  if (c.lemma === "avancer") return !!next && /^(?:vers|sur|dans|jusqu'|jusque|à|au|aux|avec|sans|en|par|pas|plus|moins|vite|lentement)$/u.test(next.l);
  if (c.lemma === "link" && /ing$/u.test(tokens[c.head]!.l)) {
    const prev = tokens[c.i0 - 1];
    return !!prev && !prev.p && /^\p{Ll}+$/u.test(prev.w) && !SUBJECT_PRONOUNS.has(prev.l) && !EN_AUX.has(prev.l);
  }
  return false;
}


/** The words before token i, up to `max` of them, back to the clause's first comma. */
const OUTLET_SUBJECT_TAIL = new Set([...REPORTER_NOUNS, "crew", "team"]);
const CREW_PLACE = new Set(["at", "in", "outside", "inside", "near", "on"]);

/** A run of two or more capitalised words (digits inside), or an acronym, among the eight words
 *  before token i, back to the clause's start, that names the page's own outlet ("APB News",
 *  "WRDX 12 News", "Le Nordet", "MPR"). (One word — "She", a town's name in the page's rails —
 *  says too little.) */
// "A draft Treasury amendment, seen by Division Bell, would freeze…", « Ce texte, dont Le Veilleur
// a obtenu une copie, exempte… »: a text the outlet saw, as the subject, and its verb, whatever it
// is: what follows is what the text says or does.
// (« L’échantillon joint au message, que nous avons pu consulter, contient… », "The sample, which
// the Post has seen, contains…": the outlet as "we" too, and samples and extracts as texts.)
const SEEN_TEXT_ASIDE = /^(?:seen|obtained|reviewed) by |^(?:which|that) .{1,40} (?:has|have|had) (?:seen|obtained|reviewed)$|^(?:consultée?s?|obtenue?s?) par |^dont .{1,40} (?:a|ont|avons) (?:obtenu|pu consulter|consulté)|^que .{1,40} (?:a|ont|avons) (?:pu consulter|consultée?s?|obtenue?s?)/u;
const SEEN_TEXT_NOUNS = new Set(["sample", "samples", "extract", "extracts", "échantillon", "échantillons", "extrait", "extraits"]);
// Words before a « que » that opens a clause, not a relative: « ce que », « alors que », « dès que ».
const QUE_OPENERS = new Set(["ce", "alors", "tandis", "bien", "parce", "pour", "dès", "sans", "avant", "après", "tel", "telle", "tels", "telles", "ainsi", "même", "plus", "moins", "autant", "si", "aussi", "tant", "sinon", "encore", "lors", "pendant", "depuis", "à", "de", "d'", "puisque", "non", "mais"]);
const FR_MONTH = /^(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)$/u;
const RAISED = new Set(["âge", "taux", "seuil", "plafond", "salaire", "salaires", "prix", "tarif", "tarifs", "défi", "niveau", "barre", "smic", "minimum", "impôt", "impôts", "cotisations"]);
const EN_VERB_OPENERS = new Set(["would", "will", "could", "may", "might", "should", "also", "then"]);
// (The subject may open a clause after a colon: « Or, à ces dates, la limite n’était pas encore
// applicable : l’arrêté municipal, que nous avons pu consulter, fixe son entrée en vigueur… ».)
function leakedTextVerb(tokens: Token[], lang: "fr" | "en"): CueHit | null {
  const colon = tokens.findIndex((t) => t.l === ":" || t.l === ";");
  return leakedTextVerbFrom(tokens, 0, lang) ?? (colon > 0 ? leakedTextVerbFrom(tokens, colon + 1, lang) : null);
}
function leakedTextVerbFrom(tokens: Token[], from: number, lang: "fr" | "en"): CueHit | null {
  const first = tokens.findIndex((t, k) => k >= from && t.l === ",");
  if (first < from + 1 || first > from + 8 || !tokens.slice(from, first).some((t) => DOCUMENT_NOUNS.has(t.l) || SEEN_TEXT_NOUNS.has(t.l))) return null;
  const second = tokens.findIndex((t, k) => k > first && t.p);
  if (second < 0 || tokens[second]!.l !== "," || second - first > 12) return null;
  const aside = tokens.slice(first + 1, second).map((t) => t.l).join(" ").replace(/ ' /gu, "'");
  if (!SEEN_TEXT_ASIDE.test(aside)) return null;
  const verb = tokens[second + 1];
  if (!verb || verb.p || !/^\p{Ll}/u.test(verb.w) || DETERMINERS[lang].has(verb.l)) return null;
  // (English: a modal and its verb, or a verb in the present: "would freeze", "sets out".)
  const modal = lang === "en" && EN_VERB_OPENERS.has(verb.l) && !!tokens[second + 2] && !tokens[second + 2]!.p;
  if (lang === "en" && !modal && !/s$/u.test(verb.l)) return null;
  const i1 = second + (modal ? 3 : 2);
  return textShows(second + 1, i1);
}

// "The exit poll conducted by Tallisford Research gives the Civic Alliance 74 seats", "The final
// surveys had the two parties within a point", « L’estimation donne 52,4 % à… »: a poll's verb of
// having or giving, before figures, reports its finding.
const POLL_NOUNS = new Set(["poll", "polls", "survey", "surveys", "sondage", "sondages", "estimation", "estimations", "projection", "projections", "enquête"]);
const POLL_VERBS = { en: new Set(["gives", "gave", "give", "has", "had", "have", "puts", "put"]), fr: new Set(["donne", "donnent", "donnait", "donnaient", "accorde", "accordent", "place", "placent", "plaçait"]) };
function pollVerb(tokens: Token[], lang: "fr" | "en"): CueHit | null {
  for (let i = 1; i < tokens.length && i < 16; i++) {
    if (!POLL_VERBS[lang].has(tokens[i]!.l)) continue;
    // (Not an auxiliary in a relative clause on the survey: "The survey, which the Chronicle has
    // seen, estimated…".)
    if (lang === "en" && /^(?:has|had|have)$/u.test(tokens[i]!.l) && /^\p{Ll}+(?:ed|en|wn)$/u.test(tokens[i + 1]?.l ?? "")) continue;
    const subject = tokens.slice(0, i);
    if (!subject.some((t) => POLL_NOUNS.has(t.l)) || subject.some((t) => t.p && t.l !== "," && t.l !== "-" && t.l !== "'")) return null;
    if (!tokens.slice(i + 1, i + 12).some((t) => /^\d/u.test(t.l))) return null;
    return textShows(i, i + 1);
  }
  return null;
}

/** Whether the noun phrase that ends on `noun` opens after a comma on a determiner, within seven
 *  words, with no other punctuation: ", the annual report". */
function commaThenDeterminer(tokens: Token[], noun: number): boolean {
  for (let k = noun - 1; k >= 0 && k >= noun - 7; k--) {
    const t = tokens[k]!;
    if (t.l === ",") return k < noun - 1 && DETERMINERS.en.has(tokens[k + 1]!.l);
    if (t.p && t.l !== "'") return false;
  }
  return false;
}

function outletBefore(tokens: Token[], i: number, ownOutlet: (name: string) => boolean): boolean {
  const subject = subjectWords(tokens, i, 8);
  for (let a = 0; a < subject.length; a++) {
    if (!/^\p{Lu}/u.test(subject[a]!.w)) continue;
    let b = a + 1;
    while (b < subject.length && (/^\p{Lu}/u.test(subject[b]!.w) || (/^\d+$/u.test(subject[b]!.w) && b + 1 < subject.length && /^\p{Lu}/u.test(subject[b + 1]!.w)))) b++;
    // (The name is the verb's subject: only its crew, an auxiliary or an adverb stand between, and
    // after the crew where it was: "A PSTV News crew at the scene Saturday evening saw…".)
    const crewEnd = subject.findIndex((t, k) => k >= b && !OUTLET_SUBJECT_TAIL.has(t.l));
    const between = crewEnd > b && CREW_PLACE.has(subject[crewEnd]!.l) && OUTLET_SUBJECT_TAIL.has(subject[b]!.l) ? [] : subject.slice(b);
    // ("the Leader counted…" on the page of The Lisnadrum Leader: a paper's short name.)
    const shortName = b - a === 1 && subject[a - 1]?.l === "the" && PAPER_SHORT_NAME.test(subject[a]!.w);
    // ("IslaWire saw…": a one-word name with a capital inside is a brand's.)
    if ((b - a >= 2 || /^\p{Lu}{2,6}$/u.test(subject[a]!.w) || /^\p{Lu}\p{Ll}+\p{Lu}\p{L}+$/u.test(subject[a]!.w) || shortName) && between.every((t) => OUTLET_SUBJECT_TAIL.has(t.l) || EN_AUX.has(t.l) || FR_AUX.has(t.l) || SKIPPABLE.has(t.l)) && ownOutlet(asWritten(subject.slice(a, b)))) return true;
    a = b - 1;
  }
  return false;
}

const PAPER_SHORT_NAME = new RegExp(String.raw`^(?:${NEWSPAPER_TITLES}|Leader|Times|Post|Journal|Star|Standard|Observer|Mail|Express|Mirror|Record|Press|Review|Citizen|Sun|Guardian|Independent)$`, "u");

// Words as the text joins them: « L’Écho » is one name, not "L’ Écho".
function asWritten(words: Token[]): string {
  return words.map((t, k) => (k > 0 && t.s > words[k - 1]!.e ? " " : "") + t.w).join("");
}

/** Where the sentence's opening name ends: its first lower-case word (not an article), before k. */
function openingEnd(tokens: Token[], k: number): number {
  let j = 0;
  while (j < k && (/^\p{Lu}/u.test(tokens[j]!.w) || tokens[j]!.l === "the")) j++;
  return j;
}

/** "a public records …": the article "a"/"an" within three words before token i, with only plain
 *  words (no punctuation, preposition or verb of their own) between. */
function indefiniteNounPhraseBefore(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const w = tokens[j]!;
    if (w.l === "a" || w.l === "an") return true;
    if (w.p || !/^\p{L}+$/u.test(w.w) || ["of", "for", "and", "or", "who", "that", "which"].includes(w.l) || EN_AUX.has(w.l) || SUBJECT_PRONOUNS.has(w.l)) return false;
  }
  return false;
}

/** A singular noun with its article right before token i, or before an apposition set off by
 *  commas ("the association, a trade group,"); not a possessive ("the group's estimates"). */
function singularNounBefore(tokens: Token[], i: number): boolean {
  let k = i - 1;
  if (tokens[k]?.l === ",") {
    k--;
    while (k > 0 && tokens[k]!.l !== "," && i - k < 10) k--;
    if (tokens[k]?.l !== ",") return false;
    k--;
  }
  const noun = tokens[k];
  if (!noun || noun.p || /['’]s$/u.test(noun.w)) return false;
  // (A name before an apposition: "The National Association of Title Examiners, a trade group,".)
  if (k < i - 1 && /^\p{Lu}/u.test(noun.w)) return true;
  if (/s$/u.test(noun.l) || !/^\p{Ll}/u.test(noun.w)) return false;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    if (DETERMINERS.en.has(tokens[j]!.l)) return true;
    if (tokens[j]!.p) return false;
  }
  return false;
}

/** « parle de 60 % », « parle d’« une mascarade » », « parle d’un simple outil « … » »: a figure or
 *  words of one's own after « de » at token i + 1. */
function parleObject(tokens: Token[], i: number): boolean {
  // (« parle de la « quatrième fusillade depuis janvier » »: the article before the quoted words.)
  return FIGURE_OR_QUOTE.test(tokens[i + 2]?.l ?? "") || (/^(?:une?|des|la|le|les|l')$/u.test(tokens[i + 2]?.l ?? "") && quoteWithin(tokens, i + 3, i + 6));
}

/** An opening quotation mark at one of tokens [from, to], only words before it. */
function quoteWithin(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to && k < tokens.length; k++) {
    if (/^[«“"]$/u.test(tokens[k]!.l)) return true;
    if (tokens[k]!.p) return false;
  }
  return false;
}

/** "a KVRN 8 crew saw…", "A Sunridge 8 crew counted…": a broadcaster's crew, the station's own
 *  reporters (not "a repair crew"). */
function stationCrewBefore(tokens: Token[], i: number): boolean {
  const words = subjectWords(tokens, i, 6);
  return STATION_CREW.test(words.map((t) => t.w).join(" "));
}

// ("Its own bird-strike log, which it must publish…, recorded 96 strikes": a record's own entries.)
const RECORD_NOUNS = new Set(["log", "logs", "logbook", "register", "registry", "ledger", "database", "records", "tracker", "diary"]);
/** The verb at `i` has a record for its subject, right before it or before a relative clause
 *  set off by commas. */
function recordKeptBy(tokens: Token[], i: number): boolean {
  let k = i - 1;
  if (tokens[k]?.l === ",") {
    k--;
    while (k > 0 && tokens[k]!.l !== ",") k--;
    if (!RELATIVE_PRONOUNS.has(tokens[k + 1]?.l ?? "") && tokens[k + 1]?.l !== "which") return false;
    k--;
  }
  return RECORD_NOUNS.has(tokens[k]?.l ?? "");
}

function subjectWords(tokens: Token[], i: number, max: number): Token[] {
  let k = i;
  while (k > 0 && k > i - max && tokens[k - 1]!.l !== ",") k--;
  return tokens.slice(k, i);
}

const RELATIVE_PRONOUNS = new Set(["qui", "who", "that"]);
const ING_NOUNS = new Set(["meeting", "building", "hearing", "briefing", "morning", "evening", "funding", "housing", "training", "spending", "ruling", "polling", "ceiling", "wedding", "setting", "offering", "listing", "filing", "finding", "reading", "recording", "warning", "opening", "shooting", "bombing", "crossing", "clothing", "parking", "planning", "pricing", "lending", "banking", "mining", "fishing", "farming", "shipping", "heating", "lighting", "flooding"]);
const COUNT_OPENERS = new Set(["more", "nearly", "almost", "over", "about", "widely", "thousands", "millions", "hundreds", "some", "roughly"]);
const DEMONSTRATIVE_HEADS = new Set(["ceux", "celles", "celui", "celle", "those", "anyone", "anybody", "everyone", "everybody", "someone", "somebody"]);

// Nouns that report a promise or a demand take an infinitive ("his promise to cut taxes").
const COMMISSIVE_NOUNS = new Set(["promise", "promises", "pledge", "pledges", "vow", "vows", "threat", "threats", "call", "calls", "demand", "demands"]);
const EN_POSSESSIVE_PRONOUNS = new Set(["his", "her", "their"]);
// "Tulsa police’s earlier claim that…": an adjective of time or repetition between owner and noun.
const NOMINAL_ADJ = new Set(["earlier", "latest", "recent", "repeated", "previous", "initial", "own", "new", "first", "frequent", "false", "public", "antérieure", "précédente", "récente", "nouvelle", "dernière", "fausse", "première"]);
const FR_NOMINAL_CUES = new Set(["affirmation", "affirmations", "déclaration", "déclarations", "promesse", "promesses", "accusation", "accusations", "allégation", "allégations", "assertion", "annonce", "avertissement", "thèse", "engagement", "menace"]);
const FR_COMMISSIVE = new Set(["promesse", "promesses", "engagement", "menace"]);
const FR_POSSESSIVES = new Set(["son", "sa", "ses", "leur", "leurs"]);

/** A reporting noun with its owner and the start of the reported words, or null. English: owner
 *  before the noun ("Trump’s", "his"), then "that", a quotation, or for promises "to" + verb.
 *  French: « son/sa/leur » before it or « du ministre » after it, then « selon laquelle », « que »,
 *  or for promises « de » + infinitive. */
function nominalCue(tokens: Token[], i: number, lang: "fr" | "en"): { owner: [number, number]; contentFrom: number } | null {
  const t = tokens[i]!;
  if (lang === "en") {
    if (!NOMINAL_CUES.has(t.l) && !COMMISSIVE_NOUNS.has(t.l)) return null;
    let o = i - 1;
    if (NOMINAL_ADJ.has(tokens[o]?.l ?? "")) o--;
    const owner = tokens[o];
    if (!owner || !(/['’]s$/.test(owner.w) || EN_POSSESSIVE_PRONOUNS.has(owner.l))) return null;
    // "…'s" glued to the name: the owner phrase runs back over the capitalised words before it.
    let a = o;
    if (!EN_POSSESSIVE_PRONOUNS.has(owner.l)) {
      while (a - 1 >= 0 && !tokens[a - 1]!.p && (/^\p{Lu}/u.test(tokens[a - 1]!.w) || /^(?:mr|mrs|ms|dr)\.$/.test(tokens[a - 1]!.l)) && o - a < 5) a--;
      // "the city police’s claim": one lower-case modifier after a determiner.
      if (a === o && ["the", "a", "an"].includes(tokens[a - 2]?.l ?? "") && /^\p{Ll}+$/u.test(tokens[a - 1]?.w ?? "")) a -= 2;
      else if (["the"].includes(tokens[a - 1]?.l ?? "")) a--;
    }
    const next = tokens[i + 1];
    if (!next) return null;
    if (next.l === "that" && !/^(?:is|was|are|were|has|had|have|will|would)$/.test(tokens[i + 2]?.l ?? "")) return { owner: [a, o + 1], contentFrom: i + 2 };
    if (OPEN_QUOTE_TOKENS.has(next.l)) return { owner: [a, o + 1], contentFrom: i + 1 };
    if (next.l === "to" && COMMISSIVE_NOUNS.has(t.l) && /^\p{Ll}+$/u.test(tokens[i + 2]?.w ?? "") && !DETERMINERS.en.has(tokens[i + 2]!.l)) return { owner: [a, o + 1], contentFrom: i + 1 };
    return null;
  }
  if (!FR_NOMINAL_CUES.has(t.l)) return null;
  let k = i + 1;
  let owner: [number, number] | null = null;
  if (FR_POSSESSIVES.has(tokens[i - 1]?.l ?? "") || (NOMINAL_ADJ.has(tokens[i - 1]?.l ?? "") && FR_POSSESSIVES.has(tokens[i - 2]?.l ?? ""))) {
    const o = FR_POSSESSIVES.has(tokens[i - 1]!.l) ? i - 1 : i - 2;
    owner = [o, o + 1];
  } else if (["du", "des", "de", "d'"].includes(tokens[k]?.l ?? "") && ["l'", "la", "le", "les", "cette", "ces"].includes(tokens[i - 1]?.l ?? "")) {
    // « l'affirmation du ministre selon laquelle… »: the owner follows the noun.
    let e = k + 1;
    while (e < tokens.length && e < k + 7 && !tokens[e]!.p && !["selon", "que", "qu'", "de", "d'"].includes(tokens[e]!.l)) e++;
    if (e === k + 1) return null;
    owner = [k + 1, e];
    k = e;
  }
  if (!owner) return null;
  const w = tokens[k]?.l ?? "";
  if (w === "selon" && /^(?:laquelle|lequel|lesquelles|lesquels)$/.test(tokens[k + 1]?.l ?? "")) return { owner, contentFrom: k + 2 };
  if (w === "que" || w === "qu'") return { owner, contentFrom: k + 1 };
  if ((w === "de" || w === "d'") && FR_COMMISSIVE.has(t.l) && /^\p{Ll}+(?:er|ir|re)$/u.test(tokens[k + 1]?.w ?? "")) return { owner, contentFrom: k };
  return null;
}

// "the greatest fear that I have seen", "little doubt that": an adjective before makes it a noun.
const NOUN_MODIFIERS = /^(?:\p{Ll}+est|little|much|no|any|real|great|deep|growing|widespread|common|general|public|own|only|main|biggest)$/u;
const FRAMED_VERBS = {
  en: new Map<string, { lemma: string; word: string; objectFirst: boolean }>(
    (
      [
        ["paint", "paint paints painted painting", "as"],
        ["cast", "casts casting", "as"],
        ["depict", "depict depicts depicted depicting", "as"],
        ["frame", "frames framed framing", "as"],
        ["link", "link links linked linking", "to"],
        ["press", "pressed presses pressing", "on"],
      ] as const
    ).flatMap(([lemma, forms, word]) => forms.split(" ").map((f) => [f, { lemma, word, objectFirst: true }] as [string, { lemma: string; word: string; objectFirst: boolean }])),
  ),
  fr: new Map<string, { lemma: string; word: string; objectFirst: boolean }>(
    (
      [
        ["présenter", "présenté présentée présentés présentait présente présentent", "comme"],
        ["dépeindre", "dépeint dépeinte dépeignait dépeignent", "comme"],
      ] as const
    ).flatMap(([lemma, forms, word]) => forms.split(" ").map((f) => [f, { lemma, word, objectFirst: true }] as [string, { lemma: string; word: string; objectFirst: boolean }])),
  ),
};

/** The frame word comes 2–6 words after `from` (an object first), before any punctuation, and a
 *  noun phrase follows it. */
function frameWordFollows(tokens: Token[], from: number, word: string, objectFirst: boolean): boolean {
  for (let k = from + (objectFirst ? 1 : 0); k < tokens.length && k < from + 6 && !tokens[k]!.p; k++) {
    if (tokens[k]!.l === word) return !!tokens[k + 1] && !tokens[k + 1]!.p;
  }
  return false;
}

const SIDE_NOUNS = {
  en: new Set("supporter supporters opponent opponents critic critics proponent proponents advocate advocates champion champions defender defenders skeptic skeptics sceptic sceptics backer backers".split(" ")),
  fr: new Set("défenseur défenseure défenseurs partisan partisane partisans opposant opposante opposants adversaire adversaires détracteur détractrice détracteurs critique critiques pourfendeur pourfendeuse".split(" ")),
};
const EN_BE_PRED = new Set(["is", "was", "are", "were", "been", "be", "remains", "remained", "remain", "became", "become", "'s", "’s"]);
const FR_BE_PRED = new Set(["est", "était", "sont", "étaient", "reste", "restait", "demeure", "devenu", "devenue", "été"]);

/** A cue lemma that is a noun of taking sides (its object may be a single name: "a critic of NATO"). */
export function isSideNoun(lemma: string): boolean {
  return SIDE_NOUNS.en.has(lemma) || SIDE_NOUNS.fr.has(lemma);
}

/** "is a (staunch) opponent of", « est un fervent défenseur de »: the range from the verb "to be"
 *  to the preposition, or null. */
function sideNoun(tokens: Token[], i: number, lang: "fr" | "en"): { i0: number; i1: number } | null {
  const t = tokens[i]!;
  if (!SIDE_NOUNS[lang].has(t.l)) return null;
  let j = i + 1;
  if (lang === "fr" && tokens[j] && /^\p{Ll}+$/u.test(tokens[j]!.w) && !["de", "du", "des", "d'", "à", "au", "aux"].includes(tokens[j]!.l)) j++; // « farouche »
  const prep = tokens[j]?.l ?? "";
  if (lang === "en" ? prep !== "of" : !["de", "du", "des", "d'", "à", "au", "aux"].includes(prep)) return null;
  if (!tokens[j + 1] || tokens[j + 1]!.p) return null;
  // Back over adjectives and a determiner to the verb "to be".
  let k = i - 1;
  while (k >= 0 && k >= i - 5 && !tokens[k]!.p && /^\p{Ll}/u.test(tokens[k]!.w) && !(lang === "en" ? EN_BE_PRED : FR_BE_PRED).has(tokens[k]!.l)) k--;
  if (k < 0 || !(lang === "en" ? EN_BE_PRED : FR_BE_PRED).has(tokens[k]!.l)) return null;
  if (!["a", "an", "un", "une"].includes(tokens[k + 1]?.l ?? "")) return null;
  // "has long been a supporter of": the auxiliaries and adverbs before belong to the cue.
  while (k - 1 >= 0 && (lang === "en" ? EN_AUX : FR_AUX).has(tokens[k - 1]!.l) || (k - 1 >= 0 && SKIPPABLE.has(tokens[k - 1]!.l) && (lang === "en" ? EN_AUX : FR_AUX).has(tokens[k - 2]?.l ?? ""))) k--;
  return { i0: k, i1: j + 1 };
}

const CONVENED = /^(?:(?:\p{Ll}+ )?(?:meeting|session|summit|press conference|news conference|conference|snap election|election))\b/u;
const OBJECT_TAKERS = new Set(["made", "make", "makes", "making", "back", "unveil", "unveils", "announce", "announces", "immediate", "future", "own", "new", "no", "any"]);
// French verbs that report speech only when they follow the quotation (« », a lancé le maire »,
// « …, soupire-t-elle »): forms (finite and past participle) to lemma.
const FR_QUOTE_VERBS = new Map<string, string>(
  Object.entries({
    lancer: "lance lancent lançait lancé", souffler: "souffle soufflait soufflé", soupirer: "soupire soupirait soupiré",
    reprendre: "reprend reprenait repris", trancher: "tranche tranchait tranché", asséner: "assène assénait asséné",
    exclamer: "exclame exclamait exclamé", renchérir: "renchérit renchérissait renchéri", agacer: "agace agaçait agacé",
    emporter: "emporte emportait emporté", insurger: "insurge insurgeait insurgé",
    tempérer: "tempère tempérait tempéré", nuancer: "nuance nuançait nuancé", plaisanter: "plaisante plaisantait plaisanté",
    sourire: "sourit souriait souri", amuser: "amuse amusait amusé", interroger: "interroge interrogeait interrogé",
    conclure: "conclut concluait conclu", résumer: "résume résumait résumé", enchaîner: "enchaîne enchaînait enchaîné",
    réagir: "réagit réagissait réagi", rétorquer: "rétorque rétorquait rétorqué", abonder: "abonde abondait abondé",
    justifier: "justifie justifiait justifié", corriger: "corrige corrigeait corrigé", rectifier: "rectifie rectifiait rectifié",
    // (« », calcule la maire »: a figure worked out, and « », redoute Nadia Berrahou »: a fear,
    // only right after the words.)
    calculer: "calcule calculait calculé", redouter: "redoute redoutait redouté",
  }).flatMap(([lemma, forms]) => forms.split(" ").map((f) => [f, lemma] as [string, string])),
);
const STRICTLY_AFTER_QUOTE = new Set(["justifier", "corriger", "rectifier", "réagir", "calculer"]);
const FR_PRENOMINAL = new Set(["premier", "première", "premiers", "premières", "dernier", "dernière", "derniers", "dernières", "nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles", "récentes", "récents", "seules", "seuls", "précédentes", "précédents", "multiples", "nombreuses", "nombreux", "autres", "mêmes"]);
const FR_FAIRE = new Set(["fait", "faisait", "faisaient", "font", "fera", "feront", "ferait", "feraient", "faisant", "fit", "firent"]);
const FR_PARLE = new Set(["parle", "parlent", "parlait", "parlaient", "parlé"]);
const FIGURE_OR_QUOTE = /^(?:\d.*|«|“|"|plus|près|moins|environ|quelque|quelques|seulement|à peine)$/u;
const FR_CAN = new Set(["pu", "peut", "pouvait", "pourra", "pourrait", "peuvent", "pouvaient"]);
// « a voulu rappeler que », « a souhaité préciser que », « a dû reconnaître que ».
const FR_WANT = new Set(["voulu", "souhaité", "préféré", "dû", "su", "osé"]);
const FR_GOVERNING: Record<string, string> = Object.fromEntries([
  ...["tenu", "tient", "tenait", "tiennent", "borné", "bornée", "borne", "bornait", "limité", "limitée", "attaché", "attachée"].map((v) => [v, "à"]),
  ...["contenté", "contentée", "contente", "contentait", "contentent", "bon", "utile", "empressé", "empressée"].map((v) => [v, "de"]),
  ...["fini", "finit", "terminé"].map((v) => [v, "par"]),
]);

/** French cues of more than one word: « a fait savoir que », « faisait état de » (a light verb
 *  and its noun), and a reporting infinitive after « pu »: « a pu constater notre
 *  correspondante ». The auxiliary before them belongs to the cue. */
function frPhraseCue(tokens: Token[], i: number): CueHit | null {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev) return null;
  let lemma: string | null = null;
  let strength: CueStrength = "speech";
  let governed = false;
  // (« a fait savoir vendredi, dans un communiqué, que… »: « que » may come after a time word and
  // a phrase between commas.)
  // (After the words, « "…", a fait savoir le groupe », no « que » is needed.)
  // (Nor after a clause and its comma: « Le Préposé a ouvert une enquête, a fait savoir son office ».)
  // (« fait par ailleurs valoir que », « a aussi fait savoir que »: an adverb may stand between.)
  const faire = t.l === "savoir" || t.l === "valoir" ? lightVerbBefore(tokens, i) : -1;
  if (faire >= 0 && t.l === "savoir" && (queFollows(tokens, i + 1, 9) || afterQuotation(tokens, i - 1) || CLOSE_QUOTE_TOKENS.has(tokens[i - 3]?.l ?? "") || CLOSE_QUOTE_TOKENS.has(tokens[i - 4]?.l ?? "") || (tokens[i - 3]?.l === "," && FR_AUX.has(tokens[i - 2]?.l ?? "")))) lemma = "faire savoir";
  // « le CISSS fait valoir que l'achalandage a augmenté »: an argument put forward.
  // (« a fait valoir, dans une réponse écrite, que… »: past a phrase between commas, as above.)
  else if (faire >= 0 && t.l === "valoir" && (queFollows(tokens, i + 1, 4) || (tokens[i + 1]?.l === "," && queFollows(tokens, i + 2, 9)))) lemma = "faire valoir";
  // « La compagnie parle de 60 % de grévistes », « le syndicat parle d'« une mascarade » », « parle
  // d'une « économie sur le dos des plus fragiles » »: putting a figure or a word of one's own on
  // something.
  // (« parle d’un simple outil « d’aide à la décision » »: a few words of the noun before them.)
  // (« La direction parle, elle, de « 85 postes » »: past a stressed pronoun set off.)
  else if (FR_PARLE.has(t.l) && ((next?.l === "de" || next?.l === "d'") || (next?.l === "," && FR_STRESSED.has(tokens[i + 2]?.l ?? "") && tokens[i + 3]?.l === "," && /^d(?:e|')$/u.test(tokens[i + 4]?.l ?? ""))) && parleObject(tokens, next?.l === "," ? i + 3 : i)) {
    lemma = "parler de";
    strength = "speech";
  }
  // (« a fait état mardi d'un taux… »: a time word may come between.)
  else if (FR_FAIRE.has(prev.l) && t.l === "état" && (["de", "d'", "du", "des"].includes(next?.l ?? "") || (SKIPPABLE.has(next?.l ?? "") && ["de", "d'", "du", "des"].includes(tokens[i + 2]?.l ?? "")))) lemma = "faire état";
  else if ((FR_CAN.has(prev.l) || FR_WANT.has(prev.l)) && FR_INFINITIVES.has(t.l)) {
    lemma = t.l;
    strength = FR_INFINITIVES.get(t.l)!;
  }
  // « a tenu à préciser que », « s’est borné à indiquer dans un communiqué que », « s’est contenté
  // de dire que », « a fini par reconnaître que »: a verb governing the infinitive of saying.
  else if (FR_INFINITIVES.has(t.l) && FR_GOVERNING[tokens[i - 2]?.l ?? ""] === prev.l.replace("d'", "de")) {
    lemma = t.l;
    strength = FR_INFINITIVES.get(t.l)!;
    governed = true;
  }
  if (!lemma) return null;
  // The verb's first word: « fait » before « savoir », « tenu » before « à préciser », or « parle »
  // itself.
  const verb = lemma === "parler de" ? i : governed ? i - 2 : faire >= 0 ? faire : i - 1;
  let k = verb - 1;
  while (k >= 0 && k >= verb - 4 && (SKIPPABLE.has(tokens[k]!.l) || FR_NEG.has(tokens[k]!.l))) k--;
  // (« s’est borné à indiquer »: a pronominal verb's « s’est ».)
  const i0 = tokens[k] && FR_AUX.has(tokens[k]!.l) ? k : tokens[k] && FR_BE.has(tokens[k]!.l) && /^(?:s'|se)$/u.test(tokens[k - 1]?.l ?? "") ? k - 1 : verb;
  // « faisait état de 61 contrôles », « parle de 60 % »: the preposition belongs to the cue, not to
  // what is reported.
  const i1 = lemma === "parler de" ? (next?.l === "," ? i + 5 : i + 2) : lemma === "faire état" && (next?.l === "de" || next?.l === "d'") ? i + 2 : lemma === "faire état" && (tokens[i + 2]?.l === "de" || tokens[i + 2]?.l === "d'") ? i + 3 : i + 1;
  return { i0, i1, head: i, lemma, kind: "verb", strength, negated: isNegatedFr(tokens, i0), gerund: false, inverted: null, invertedPronoun: null };
}

/** Where « faire » stands before the word at `i`, right before it or past adverbs (« par
 *  ailleurs », « aussi »), or -1. */
function lightVerbBefore(tokens: Token[], i: number): number {
  let k = i - 1;
  while (k > 0 && k >= i - 3 && (SKIPPABLE.has(tokens[k]!.l) || (tokens[k]!.l === "ailleurs" && tokens[k - 1]!.l === "par"))) k -= tokens[k]!.l === "ailleurs" ? 2 : 1;
  return FR_FAIRE.has(tokens[k]?.l ?? "") ? k : -1;
}

/** "to" after a verb, past adverbs and a time phrase ("agreed on Thursday to exchange…"). */
function infinitiveAfter(tokens: Token[], from: number): boolean {
  let k = from;
  while (k < tokens.length && k < from + 4 && (SKIPPABLE.has(tokens[k]!.l) || tokens[k]!.l === "on")) k++;
  return tokens[k]?.l === "to";
}

/** « que » within `within` tokens from `from`, before any full stop or semicolon. */
function queFollows(tokens: Token[], from: number, within: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + within); k++) {
    const l = tokens[k]!.l;
    if (l === "que" || l === "qu'") return true;
    if (l === "." || l === ";") return false;
  }
  return false;
}

// Words after which a time word ("on Friday", "last week") is a phrase of its own, not an adverb
// of the verb that follows.
// "the number of stranded passengers at 40,000", "the journey at “well over an hour”": an object
// of a few words (none a verb's or a clause's), then "at" and a figure, however approximate.
const APPROXIMATELY = new Set(["about", "around", "closer", "nearer", "roughly", "nearly", "almost", "some", "over", "under", "between", "least", "more", "fewer", "less", "than", "close", "to", "well", "just", "up", "“", "\"", "‘"]);
// (With any currency's sign, and with a currency written in letters: "N3.1bn", "KSh 184.50",
// "Rs 500".)
const NUMBER_WORDS = /^(?:[\d\p{Sc}]|\p{L}{1,2}\d|(?:ksh|kes|rs|inr|ngn|ghs|zar|usd|eur|gbp|cfa|fcfa|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?|half)$)/u;
function figureAfterObject(tokens: Token[], from: number): boolean {
  for (let j = from; j < tokens.length && j < from + 12; j++) {
    // (The quotation may open first: put the figure “closer to seven, if they do it right”.)
    if (OPEN_QUOTE_TOKENS.has(tokens[j]!.l) && /^(?:at|closer|nearer)$/u.test(tokens[j + 1]?.l ?? "") && j > from) j++;
    const x = tokens[j]!;
    // (Or "put the figure closer to $7 million".)
    if ((x.l === "at" || ((x.l === "closer" || x.l === "nearer") && tokens[j + 1]?.l === "to")) && j > from) {
      let k = j + 1;
      while (k < j + 4 && APPROXIMATELY.has(tokens[k]?.l ?? "")) k++;
      // (Or a quantity in quotation marks: "puts the journey at “well over an hour in winter”".)
      const quoted = OPEN_QUOTE_TOKENS.has(tokens[j + 1]?.l ?? "");
      return NUMBER_WORDS.test(tokens[k]?.l ?? "") || (quoted && k > j + 2 && /^(?:an?|one)$/u.test(tokens[k]?.l ?? ""));
    }
    if ((x.p && !/^['’-]$/u.test(x.l)) || x.l === "that" || EN_AUX.has(x.l)) return false;
  }
  return false;
}

const SELON_CRITERIA = new Set("distance distances âge âges cas saison saisons région régions taille tailles durée durées type types niveau niveaux revenu revenus secteur secteurs modèle modèles heure heures jour jours météo besoins profil profils poids ancienneté gravité nature zone zones période périodes catégorie catégories situation situations destination destinations tranche tranches quantité quantités montant montants formule formules horaire horaires".split(" "));
const FR_DEGREE = new Set(["plus", "moins", "très", "assez", "trop", "aussi", "si", "fort", "bien"]);
// (And after a determiner: "The log for that night records…".)
const AFTER_PREPOSITION = /^(?:on|in|at|by|since|from|until|last|this|next|of|that|the|late|early)$/u;

// Verbs of laying down rules, rankings and lists: cues only for a text ("The index places Eastfold
// 62nd", "The same report lists 57 trucks as…").

const CURRENCY_SIGN = /^[$€£¥]$/u;
const LAWS = new Set(["loi", "lois", "law", "laws", "bill", "code", "constitution", "décret", "règlement", "regulation", "regulations", "directive", "ordinance", "treaty", "traité", "réglementation", "projet"]);
/** Whether the document noun at `k` names a law (not a school's or a club's own rules, « le
 *  règlement intérieur »); for what a text forbids, allows or obliges, an order too (« l’arrêté
 *  préfectoral interdisait tout prélèvement » is the outlet's, as annotators have it three times
 *  in three; what one provides for they give the order). */
function isLawAt(tokens: Token[], k: number, lemma: string): boolean {
  const t = tokens[k]!.l;
  return (LAWS.has(t) && tokens[k + 1]?.l !== "intérieur") || (ORDER_RULE_VERBS.has(lemma) && (t === "arrêté" || t === "arrêtés"));
}
const ORDER_RULE_VERBS = new Set(["interdire", "autoriser", "obliger"]);
// (What a law, a regulation or a bill provides for, « Le règlement européen prévoit une
// indemnisation… », « Le projet de loi de finances prévoit 41 milliards d’économies », the outlet
// states itself, as it does what one imposes: 6 of the 8 such sentences of the development sets.)
const RULE_LAYING = new Set(["prévoir", "provide", "stipuler", "stipulate"]);

/** Where the document noun that a verb at `i` has for subject is, or -1: one in the last 20 tokens
 *  of the sentence, not the complement of another noun ("The contract, signed in May, stipulates"). */
function documentSubjectAt(tokens: Token[], i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - 20; k--) {
    const t = tokens[k]!;
    if (t.l === "." || t.l === ";") break;
    // (Or a copy of one, or a draft: "A copy seen by the Post provides for…".)
    if ((DOCUMENT_NOUNS.has(t.l) || DOCUMENT_PAIRS.has(`${t.l} ${tokens[k + 1]?.l}`) || /^(?:copy|copies|draft|copie|projet)$/u.test(t.l)) && !(tokens[k - 1] && /^(?:de|du|des|d'|of)$/u.test(tokens[k - 1]!.l))) return k;
  }
  return -1;
}

function factConfirmed(lemma: string, next: Token | undefined): boolean {
  return (lemma === "confirm" || lemma === "confirmer") && !/^(?:that|que|qu'|by|par|:)$/u.test(next?.l ?? "");
}

/** A reporter described by a relative clause right before `i`, with no punctuation between but
 *  commas and an abbreviation's stop: "A Ledger reporter who reached the edge of the slide on
 *  Monday afternoon saw…", "A Beacon reporter who spent the night of Aug. 27 at the fence…, at the
 *  end of the main runway, saw…". */
function reporterWhoBefore(tokens: Token[], i: number): boolean {
  const before = tokens.slice(Math.max(0, i - 32), i);
  const inClause = (y: Token, k: number) => !y.p || y.l === "," || (y.l === "." && /^\p{Lu}\p{Ll}{1,3}$/u.test(before[k - 1]?.w ?? ""));
  return before.some((x, k) => REPORTER_WORDS.has(x.l) && before[k + 1]?.l === "who" && before.slice(k + 1).every((y, j) => inClause(y, k + 1 + j)));
}

function forecasterBefore(tokens: Token[], i: number): boolean {
  return tokens.slice(Math.max(0, i - 4), i).some((t, k, before) => /^(?:météo|prévisionniste|service météorologique)/u.test(t.l) || (t.l === "canada" && before[k - 1]?.l === "environnement"));
}

// Verbs that give a count, and those that put one forward or concede one (« le gérant en
// revendique « une vingtaine » », « la direction n’en reconnaît que vingt-deux »).
const FR_COUNT_VERBS = new Set(["recenser", "dénombrer", "compter", "chiffrer", "évaluer", "estimer", "revendiquer", "reconnaître", "avancer", "évoquer", "annoncer"]);
/** « l’association en recense « plus de 150 » », « la police en dénombre 40 », « n’en reconnaît
 *  que vingt-deux »: « en » taking up what is counted, before the count, is the verb's pronoun. */
function countedByClitic(tokens: Token[], i: number, lemma: string): boolean {
  if (tokens[i - 1]?.l !== "en" || !FR_COUNT_VERBS.has(lemma)) return false;
  const next = tokens[i + 1]?.l === "que" ? tokens[i + 2] : tokens[i + 1];
  return !!next && (/^\d/u.test(next.l) || OPEN_QUOTE_TOKENS.has(next.l) || FR_COUNT_OPENERS.has(next.l));
}
// (« une vingtaine », « des centaines », « trois mille »: a figure in words.)
const FR_NUMBER_WORDS = /^(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|soixante|cent|mille|(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine|millier|million|milliard)s?)$/u;
const CLAIMED_THINGS = new Set(["lives", "life", "region", "territory", "territories", "island", "islands", "waters", "land", "lands", "sovereignty", "title", "titles", "trophy", "medal", "medals", "crown", "championship", "prize", "seat", "seats", "pole"]);
const RIVAL_OPENERS = new Set(["quand", "tandis", "alors", "mais"]);
/** Whether the verb at `i` sits in a clause set against the one before (« quand », « alors que »,
 *  « tandis que », « mais »): a second source's rival figure. */
function rivalClause(tokens: Token[], i: number): boolean {
  return tokens.slice(Math.max(0, i - 14), i).some((t) => RIVAL_OPENERS.has(t.l));
}
const FR_COUNT_OPENERS = new Set(["plus", "près", "environ", "quelque", "moins", "au", "une", "des"]);
const FR_STRESSED = new Set(["lui", "elle", "eux", "elles"]);
const FIRST_REPORTED = new Set(["report", "reveal", "publish", "disclose"]);
const COUNTING_BODIES = new Set(["police", "préfecture", "gendarmerie", "ministère", "organisateurs", "syndicat", "syndicats", "mairie", "intersyndicale"]);
const ASIDE_AFTER_AUX = new Set(["pour sa part", "pour leur part", "de son côté", "de leur côté", "quant à lui", "quant à elle"]);

// The outlet's people, or the outlet speaking of itself: whose perceiving is a cue.
const FR_REPORTER_WORDS = new Set([...REPORTER_NOUNS, "nous"]);
const REPORTER_WORDS = new Set([...REPORTER_NOUNS, "our", "we"]);
const FOUND_STATE = new Set(["alive", "dead", "guilty", "safe", "unharmed", "unconscious", "injured", "hanged", "drowned", "responsible", "liable", "innocent", "missing", "abandoned", "burned", "stabbed", "shot", "lying", "trapped", "hiding"]);
const FR_PREPOSITIONS = new Set(["de", "du", "des", "d'", "à", "au", "aux", "en", "par", "pour", "sur", "dans", "avec", "sans", "sous", "contre", "entre", "vers", "chez", "et", "ou"]);
const DOCUMENT_NOUNS = new Set(DOCUMENTS.filter((w) => !w.includes(" ")));
// (Names of two words: « les conditions générales… excluent », « la main courante ne contient ».)
const DOCUMENT_PAIRS = new Set(DOCUMENTS.filter((w) => w.split(" ").length === 2));
const DOCUMENT_SUBJECTS = new Set("readings measurements data figures records statistics results findings letter statement sign memo memorandum report post tweet message note banner headline caption text email article editorial column ad release document filing lawsuit complaint order ruling resolution plaque inscription petition subpoena indictment transcript copy draft".split(" "));
const CLOSE_QUOTE_TOKENS = new Set(["”", "»", '"', "’"]);

/** Token i follows a closing quotation mark (and its comma) and a short subject: "“…,” she ___". */
function afterQuotation(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && k >= i - 4 && !tokens[k]!.p) k--;
  if (k === i - 1 || k < 0) return false;
  if (tokens[k]!.l === ",") k--;
  return k >= 0 && CLOSE_QUOTE_TOKENS.has(tokens[k]!.l);
}

const SUBJECT_ADVERBS = new Set(["also", "still", "now", "often", "repeatedly", "already", "again", "later", "then", "even", "just", "really", "further", "increasingly", "privately", "publicly", "never"]);
const OBJECT_PRONOUNS = new Set(["him", "them", "us", "me"]);
const CLAUSE_SUBJECTS = new Set(["he", "she", "they", "it", "we", "i", "you", "the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "most", "many", "some", "no"]);

/** A subordinate clause starts at `k`: "that" + a subject-like word, or a subject pronoun. */
function thatClauseFollows(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (["he", "she", "they", "we", "i", "you"].includes(t.l)) return true;
  const u = tokens[k + 1];
  return t.l === "that" && !!u && (CLAUSE_SUBJECTS.has(u.l) || (/^\p{Lu}/u.test(u.w) && !u.p) || /^\d/.test(u.l));
}

/** "as" within a few words after `from`, before any punctuation ("saw the remark as a dig"). */
function asFollows(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 8 && !tokens[k]!.p; k++) if (tokens[k]!.l === "as") return true;
  return false;
}

const PERSPECTIVE_NOUNS = {
  in: new Set(["eyes", "view", "opinion", "mind", "words", "telling", "estimation", "judgment", "judgement", "assessment", "account"]),
  by: new Set(["estimate", "estimates", "account", "accounts", "count", "counts", "tally", "admission", "calculation", "calculations", "reckoning"]),
};
const OWNER_PRONOUNS = new Set(["his", "her", "their", "its", "our"]);
const PERSPECTIVE_STARTERS = new Set(["in", "by", "à", "aux", "de"]);

/** A perspective phrase starting at token i: its end and its owner's token range. */
function perspectiveCue(tokens: Token[], i: number, lang: "fr" | "en"): { i1: number; owner: [number, number]; lemma?: string } | null {
  const t = tokens[i]!;
  const nx = tokens[i + 1];
  if (!nx) return null;
  if (lang === "en") {
    const nouns = t.l === "in" ? PERSPECTIVE_NOUNS.in : t.l === "by" ? PERSPECTIVE_NOUNS.by : null;
    if (!nouns) return null;
    const quantifier = t.l === "by" && ["one", "some", "many", "most", "several"].includes(nx.l);
    // "in the mayor’s view", "by a Ledger reporter’s count": a determiner and up to two more
    // words before the owner.
    let the = 0;
    if (["the", "a", "an"].includes(nx.l)) for (let k = i + 2; k < i + 5; k++) if (/['’]s$/u.test(tokens[k]?.w ?? "")) {
      the = k - i - 1;
      break;
    }
    if (!(OWNER_PRONOUNS.has(nx.l) || /^\p{Lu}.*['’]s$/u.test(nx.w) || quantifier || the)) return null;
    let k = i + 2 + the;
    if (tokens[k]?.l === "own") k++;
    if (!nouns.has(tokens[k]?.l ?? "")) return null;
    // ("by our count", "by a Ledger reporter’s count": a count is what its owner saw.)
    const counted = !quantifier && (tokens[k]!.l === "count" || tokens[k]!.l === "tally");
    return { i1: k + 1, owner: quantifier ? [i + 1, k + 1] : [i + 1, i + 2 + the], ...(counted ? { lemma: "count" } : {}) };
  }
  // « à ses yeux », « aux yeux du ministre »
  if (t.l === "à" && FR_POSSESSIVES.has(nx.l) && tokens[i + 2]?.l === "yeux") return { i1: i + 3, owner: [i + 1, i + 2] };
  const ofOwner = (k: number): { i1: number; owner: [number, number] } | null => {
    if (!["de", "du", "des", "d'"].includes(tokens[k]?.l ?? "")) return null;
    let e = k + 1;
    while (e < tokens.length && e < k + 7 && !tokens[e]!.p) e++;
    return e > k + 1 ? { i1: e, owner: [k + 1, e] } : null;
  };
  if (t.l === "aux" && nx.l === "yeux") return ofOwner(i + 2);
  // « De source policière, … », « …, de sources proches du dossier »: the source is named after it.
  // (Only opening the sentence or after a comma: « il le sait de source sûre » is an idiom.)
  if (t.l === "de" && (nx.l === "source" || nx.l === "sources") && (i === 0 || tokens[i - 1]!.l === ",")) {
    let e = i + 2;
    while (e < tokens.length && e < i + 9 && !tokens[e]!.p) e++;
    return e > i + 2 ? { i1: e, owner: [i + 1, e] } : null;
  }
  // « de l’aveu même du ministre »
  if (t.l === "de" && nx.l === "l'" && tokens[i + 2]?.l === "aveu") {
    if (FR_POSSESSIVES.has(tokens[i + 3]?.l ?? "")) return null;
    return ofOwner(tokens[i + 3]?.l === "même" ? i + 4 : i + 3);
  }
  return null;
}

/** The topic of speaking: "of" or "on" right after the verb (adverbs aside: "spoke emotionally
 *  of"), or "about" within a few words ("talks to the director about"); "spoke to a gathering of
 *  leaders" has none. */
function topicFollows(tokens: Token[], from: number): boolean {
  let k = from;
  while (k < tokens.length && /^\p{Ll}+ly$/u.test(tokens[k]!.w)) k++;
  if (tokens[k]?.l === "of" || tokens[k]?.l === "about" || (tokens[k]?.l === "on" && !/^\p{Lu}/u.test(tokens[k + 1]?.w ?? ""))) return true;
  for (; k < tokens.length && k < from + 6 && !tokens[k]!.p; k++) if (tokens[k]!.l === "about") return true;
  return false;
}

const POSITION_VERBS = new Map<string, { lemma: string; particles: string[] }>(
  (
    [
      ["vote", "voted votes voting", "for against"],
      ["campaign", "campaigned campaigns campaigning", "for against"],
      ["lobby", "lobbied lobbies lobbying", "for against"],
      ["push", "pushed pushes pushing", "for"],
      ["fight", "fought fights fighting", "for against"],
      ["weigh", "weighed weighs weighing", "in"],
      ["speak", "spoke speaks speaking", "out"],
      ["lash", "lashed lashes lashing", "out"],
      ["side", "sided sides siding", "with"],
      ["rail", "railed rails railing", "against"],
      ["go", "went goes going gone", "after"],
      ["lay", "lay lays laid laying", "out"],
      ["advocate", "advocates", "for"],
      ["double", "doubled doubles doubling", "down"],
      ["take", "took takes taking taken", "issue offense offence umbrage"],
    ] as const
  ).flatMap(([lemma, forms, particles]) => forms.split(" ").map((f) => [f, { lemma, particles: particles.split(" ") }] as [string, { lemma: string; particles: string[] }])),
);
const EN_LIGHT = new Map<string, string>(
  Object.entries({
    issue: "issue issued issues issuing", release: "release released releases releasing", send: "send sent sends sending",
    publish: "publish published publishes publishing", post: "posted posts", deliver: "deliver delivered delivers delivering",
    make: "make made makes making", give: "give gave gives giving", air: "aired airs", run: "ran runs", write: "wrote writes penned",
    unveil: "unveil unveiled unveils", put: "put puts", offer: "offer offered offers offering", unleash: "unleashed unleashes unleashing",
    file: "filed files filing", fire: "fired fires", lodge: "lodged lodges", express: "expressed expresses expressing", raise: "raised raises raising",
  }).flatMap(([lemma, forms]) => forms.split(" ").map((f) => [f, lemma] as [string, string])),
);
const FR_LIGHT = new Map<string, string>(
  Object.entries({ publier: "publié", diffuser: "diffusé", envoyer: "envoyé", adresser: "adressé", faire: "fait", rendre: "rendu", signer: "signé", transmettre: "transmis" })
    .map(([lemma, pp]) => [pp, lemma] as [string, string]),
);
const EN_COMM_NOUNS = new Set(
  "statement statements letter letters report memo memorandum message messages speech remarks comments tweet tweets ad ads advertisement video op-ed editorial essay column post posts announcement appeal plea proposal declaration ultimatum warning warnings apology rebuttal response reply case argument pitch promise pledge vow threat"
    .split(" "),
);
// Nouns that some light verbs take besides the ones above: "released his plan", "offered no
// proof", "filed a motion", "expressed concern", "raised questions", "made clear".
const EN_LIGHT_NOUNS: Record<string, Set<string>> = {
  release: new Set("plan plans proposal proposals returns records documents data figures results findings poll survey guidance guidelines list transcript transcripts".split(" ")),
  issue: new Set("guidance guidelines order orders ruling decision findings".split(" ")),
  publish: new Set("findings results study poll survey analysis".split(" ")),
  offer: new Set("proof evidence details explanation explanations support praise condolences advice insight insights assurance assurances criticism defense defence suggestion suggestions plan proposal words thoughts prayers".split(" ")),
  unleash: new Set("attack attacks barrage flurry series string torrent stream volley tirade".split(" ")),
  file: new Set("motion lawsuit suit complaint brief papers petition appeal objection".split(" ")),
  fire: new Set("off".split(" ")),
  lodge: new Set("complaint complaints objection objections protest".split(" ")),
  express: new Set("concern concerns support opposition doubt doubts frustration outrage anger regret gratitude sympathy confidence hope hopes reservations misgivings skepticism scepticism interest".split(" ")),
  raise: new Set("questions question concerns concern doubts doubt alarm objections".split(" ")),
  make: new Set("reference references condemnation point claim claims allegation allegations accusation accusations comment".split(" ")),
};
const FR_COMM_NOUNS = new Set("communiqué communiqués déclaration déclarations lettre message messages tweet tweets vidéo rapport tribune discours appel avertissement mise annonce".split(" "));
const LIGHT_FILLERS = new Set("following no any some little much more further fresh deep serious grave strong sharp a an the his her its their this that these new brief short lengthy long joint written open two three several formal public own un une le la les l' des son sa ses leur leurs ce cette nouveau nouvelle long longue bref brève court".split(" "));

/** A light verb and its communication noun ("issued a statement", « a publié un communiqué »),
 *  with a following "calling/saying/urging" when the noun is tied to one. */
function commVerbPhrase(tokens: Token[], i: number, lang: "fr" | "en"): { i0: number; i1: number; lemma: string; negated: boolean } | null {
  const t = tokens[i]!;
  const lemma = lang === "en" ? EN_LIGHT.get(t.l) : FR_LIGHT.get(t.l);
  if (!lemma) return null;
  let j = i + 1;
  while (j < tokens.length && j <= i + 5 && (LIGHT_FILLERS.has(tokens[j]!.l) || SKIPPABLE.has(tokens[j]!.l))) j++;
  // "made it clear that…", "made clear": stating plainly.
  if (lang === "en" && lemma === "make" && (tokens[i + 1]?.l === "clear" || (tokens[i + 1]?.l === "it" && tokens[i + 2]?.l === "clear"))) j = tokens[i + 1]!.l === "clear" ? i + 1 : i + 2;
  // "unleashed a series of tweets": a quantity of communications.
  else if (lang === "en" && /^(?:series|flurry|barrage|string|torrent|stream|volley|raft)$/.test(tokens[j]?.l ?? "") && tokens[j + 1]?.l === "of") {
    let k = j + 2;
    while (k < tokens.length && k <= j + 4 && !EN_COMM_NOUNS.has(tokens[k]!.l) && !tokens[k]!.p) k++;
    if (EN_COMM_NOUNS.has(tokens[k]?.l ?? "") || /^(?:attacks|insults|accusations|questions)$/.test(tokens[k]?.l ?? "")) j = k;
  }
  const noun = tokens[j];
  const extra = lang === "en" ? EN_LIGHT_NOUNS[lemma] : undefined;
  const clear = lang === "en" && lemma === "make" && noun?.l === "clear";
  const generic = lang === "en" ? EN_COMM_NOUNS : FR_COMM_NOUNS;
  if (!noun || !(generic.has(noun.l) || extra?.has(noun.l) || clear)) return null;
  // Verbs that take many objects report only with their own nouns ("offered no proof", not
  // "offered a reply"... "offer" does take the generic ones too); "make/give/put/run/raise/
  // express/file/lodge/unleash" only with nouns that are speech acts.
  if (["make", "give", "put", "run"].includes(lemma) && !clear && !extra?.has(noun.l) && !/^(?:statement|remarks|comments|case|argument|pitch|promise|pledge|vow|threat|announcement|appeal|plea|speech|apology|ad|ads|advertisement)$/.test(noun.l)) return null;
  if (["raise", "express", "file", "lodge", "unleash", "fire"].includes(lemma) && !extra?.has(noun.l) && !generic.has(noun.l)) return null;
  // "raised taxes", "raised $3 million" never get here; "raised questions" does, "raised a
  // statement" is not English.
  if (lemma === "raise" && !extra?.has(noun.l)) return null;
  let i0 = i;
  let negated = false;
  if (lang === "fr") {
    // The auxiliary (and negation) before the participle: « n'a pas publié ».
    let k = i - 1;
    while (k >= 0 && k >= i - 4 && (skippable(tokens, k) || FR_NEG.has(tokens[k]!.l))) k--;
    if (!tokens[k] || !FR_AUX.has(tokens[k]!.l)) return null;
    i0 = k;
    negated = tokens.slice(k, i).some((x) => FR_NEG.has(x.l));
  } else {
    let k = i - 1;
    while (k >= 0 && k >= i - 4 && ((skippable(tokens, k) && !AFTER_PREPOSITION.test(tokens[k - 1]?.l ?? "")) || EN_AUX.has(tokens[k]!.l) || tokens[k]!.l === "not" || tokens[k]!.l.endsWith("n't"))) {
      if (tokens[k]!.l === "not" || tokens[k]!.l.endsWith("n't")) negated = true;
      k--;
    }
    i0 = k + 1;
    // "a report released by the agency": a participle after a noun is not the subject's act.
    const prev = tokens[i - 1];
    if (prev && i0 === i && /ed$/.test(t.l) && !prev.p && /^\p{Ll}/u.test(prev.w) && !SUBJECT_PRONOUNS.has(prev.l) && !/ly$/.test(prev.l)) return null;
  }
  let i1 = j + 1;
  const after = tokens[i1];
  if (after && /(?:ing|ant)$/.test(after.l) && VERBS.get(after.l)?.some((v) => v.lang === lang && v.strength === "speech")) i1++;
  return { i0, i1, lemma, negated };
}

const POST_NOUNS = new Set(["post", "posts", "tweet", "tweets", "message", "messages", "letter", "letters", "video", "videos", "statement", "flyer", "leaflet", "advert", "ad", "email", "emails", "petition"]);
/** The noun a participle at i follows, past a short "on X by Y" phrase ("a post on X by the MP
 *  claiming…"): the last lower-case word among the eight before it that a preposition does not
 *  govern. */
function nounBefore(tokens: Token[], i: number): string {
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    const t = tokens[k]!;
    if (t.p) return "";
    if (/^\p{Ll}+$/u.test(t.w) && POST_NOUNS.has(t.l) && !/^(?:on|by|in|of|from|to|with)$/u.test(tokens[k - 1]?.l ?? "")) return t.l;
  }
  return "";
}
const QUOTED_AS = new Set(["quoted", "quotes", "quote"]);

// Every word that one of the rules of findCues can start a cue on, per language: most tokens are
// none of them, and one lookup rejects them instead of a dozen. Kept in step with those rules:
// prepositions, "put it", light verbs, position verbs, reporting nouns, attitude adjectives,
// « se dit », the verb lexicon ("continued"/"continues" and inverted French forms are tested apart).
const CUE_STARTERS = {
  en: new Set<string>([
    "according", "per", "for", "citing", "quoting", "quoted", "quotes", "quote", "selon", "citant", "d'", "put", "puts", "set", "sets", "read", "reads", "in", "by",
    ...EN_LIGHT.keys(), ...POSITION_VERBS.keys(), ...FRAMED_VERBS.en.keys(), ...SIDE_NOUNS.en, ...NOMINAL_CUES, ...COMMISSIVE_NOUNS, ...ATTITUDE_ADJ, ...VERBS_BY_LANG.en.keys(),
  ]),
  fr: new Set<string>([
    "according", "citing", "quoting", "pour", "selon", "citant", "d'", "dit", "dite", "dits", "dites", "disent", "lit-on", "à", "aux", "de",
    ...FR_LIGHT.keys(), ...FRAMED_VERBS.fr.keys(), ...SIDE_NOUNS.fr, "pris", "prise", "prises", ...FR_NOMINAL_CUES, ...VERBS_BY_LANG.fr.keys(),
    "savoir", "valoir", "état", "veut", "veulent", "voulait", "voulaient", ...FR_PARLE, ...FR_INFINITIVES.keys(), ...FR_QUOTE_VERBS.keys(),
  ]),
};

function canStartCue(l: string, lang: "fr" | "en"): boolean {
  if (CUE_STARTERS[lang].has(l)) return true;
  return lang === "en" ? l.startsWith("continu") : l.includes("-") || l.startsWith("appel");
}

// Who may hold a view after « Pour la / le / l' … »: titles, roles, bodies, groups and the
// professions whose views papers report.
const VIEW_HOLDERS = phraseSet([
  ...ROLE_TITLES, ...ANON_ROLES, ...INSTITUTIONS, ...PEOPLE_GROUPS,
  "économiste", "économistes", "avocat", "avocate", "avocats", "chercheur", "chercheuse", "chercheurs", "sociologue", "politologue",
  "historien", "historienne", "expert", "experte", "experts", "spécialiste", "spécialistes", "médecin", "urbaniste", "juriste",
  "analyste", "analystes", "professeur", "professeure", "élu", "élue", "élus", "député", "députée", "sénateur", "sénatrice", "opposition",
]);
function speakerAfter(tokens: Token[], k: number): boolean {
  if (!/^(?:le|la|l'|les)$/u.test(tokens[k]?.l ?? "")) return false;
  // (« Pour l’imam Karim Benhaddou, … », « Pour le délégué syndical Karim Ouali, … »: any
  // description before a first name and a surname.)
  if (namedPersonAt(tokens, k + 1)) return true;
  // (« Pour la biologiste Nathalie Técher-Bègue, … »: a profession and the person's name.)
  if (isPersonNoun(tokens[k + 1]?.l ?? "") && /^\p{Lu}/u.test(tokens[k + 2]?.w ?? "")) return true;
  return VIEW_HOLDERS.startsAt(PhraseSet.words(tokens.slice(k + 1, k + 4).map((t) => t.w).join(" ")), 0);
}

/** After "quoted" at i, within a dozen words and no punctuation but the commas of an apposition:
 *  "as" (at k) and a verb of saying in -ing, whose lemma is given ("quoted Peskov as saying", "was
 *  quoted by BNA as saying", "quoted Maren Holt-Adeyemi, the runner-up, as saying"). */
function quotedAsSaying(tokens: Token[], i: number): { k: number; lemma: string } | null {
  let k = i + 1;
  while (k < tokens.length && k < i + 16 && (!tokens[k]!.p || tokens[k]!.l === ",") && tokens[k]!.l !== "as") k++;
  const verb = tokens[k + 1];
  const info = tokens[k]?.l === "as" && verb && /ing$/u.test(verb.l) ? VERBS_BY_LANG.en.get(verb.l)?.find((v) => v.strength === "speech") : undefined;
  return info ? { k, lemma: info.lemma } : null;
}

/** A text's or a poll's verb, whatever it is, read as showing what follows it (head: its last word). */
function textShows(i0: number, i1: number): CueHit {
  return { i0, i1, head: i1 - 1, lemma: "show", kind: "verb", strength: "evidence", negated: false, gerund: false, inverted: null, invertedPronoun: null };
}

function prep(i0: number, i1: number, lemma: string): CueHit {
  return { i0, i1, head: i0, lemma, kind: "prep", strength: "prep", negated: false, gerund: false, inverted: null, invertedPronoun: null };
}

// (And the reflexive « s’ », « se »: « », s’indigne Bernard Loubatières » inverts like any cue.)
const FR_OBJECT_CLITICS = new Set(["en", "y", "nous", "vous", "lui", "leur", "me", "m'", "te", "t'", "s'", "se"]);
/** « Un diplomate nous indique que… », « il leur a dit »: an object pronoun right before the
 *  verb (or its auxiliary) belongs to the cue, not to the subject; unless it is the subject
 *  itself (« nous indiquons », « vous avez dit »). */
function withObjectClitic(tokens: Token[], i: number): number {
  const clitic = tokens[i - 1]?.l ?? "";
  if (!FR_OBJECT_CLITICS.has(clitic)) return i;
  const verb = tokens[i]!.l;
  if ((clitic === "nous" && /(?:ons|avons)$/u.test(verb)) || (clitic === "vous" && /(?:ez|avez)$/u.test(verb))) return i;
  // A subject must remain before it: « Il nous indique », « Le maire lui a dit ».
  return i - 1 > 0 ? i - 1 : i;
}

/** Index of a preceding "ne"/"n'" to include in the cue span. */
function negStart(tokens: Token[], i0: number): number {
  for (let k = i0 - 1; k >= Math.max(0, i0 - 2); k--) if (tokens[k]!.l === "n'" || tokens[k]!.l === "ne") return k;
  return i0;
}

function isNegatedFr(tokens: Token[], auxIndex: number): boolean {
  const before = tokens[auxIndex - 1]?.l;
  const before2 = tokens[auxIndex - 2]?.l;
  if (before === "n'" || before === "ne" || before2 === "n'" || before2 === "ne") {
    for (let j = auxIndex; j < Math.min(tokens.length, auxIndex + 4); j++) if (FR_NEG.has(tokens[j]!.l)) return true;
  }
  return false;
}

/** « la compagnie n’a averti les voyageurs que le dimanche 12 »: « ne… que » says "only", and its
 *  « que » opens no words reported. True when « ne » stands before the verb (or its auxiliary at
 *  `verbAt`) and a « que » follows from `from` within a few words, with no word of negation. */
function restrictiveNeQue(tokens: Token[], verbAt: number, from: number): boolean {
  if (tokens[verbAt - 1]?.l !== "n'" && tokens[verbAt - 1]?.l !== "ne") return false;
  for (let j = verbAt + 1; j < Math.min(tokens.length, from + 8); j++) {
    const l = tokens[j]!.l;
    if (FR_NEG.has(l) || (tokens[j]!.p && l !== "'")) return false;
    if (l === "que" || l === "qu'") return j > from;
  }
  return false;
}

/** Whether the word at `k` may sit between a cue and its subject ("said on Tuesday", "has also
 *  said"): not a capitalised word after another inside a name ("The trade title Platform Week
 *  reported"). */
function skippable(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (!SKIPPABLE.has(t.l)) return false;
  const prev = tokens[k - 1];
  return !(/^\p{Lu}/u.test(t.w) && prev && !prev.p && /^\p{Lu}/u.test(prev.w));
}

/** « a relevé l’âge légal de 62 à 63 ans »: a figure raised to another, « à » and a number in the
 *  words after the verb; not in a clause it introduces (« Il relève aussi qu’une offre
 *  concurrente, à 7,5 millions, n’a jamais été soumise… » notes something). */
function raisedTo(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < i + 10 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.l === "que" || t.l === "qu'" || t.l === ":") return false;
    if (t.l === "à" && /^\d/u.test(tokens[k + 1]?.l ?? "")) return true;
  }
  return false;
}

const CURRENCY = /^(?:euros?|€|dollars?|\$|francs?|livres?|£|millions?|milliards?|M€|k€)$/u;
/** An amount of money right after token `k` (an adverb of degree may come first): « 4,7 millions
 *  d’euros », « près de 400 000 euros », « 12 € ». */
function sumFollows(tokens: Token[], k: number): boolean {
  while (k < tokens.length && /^(?:plus|près|environ|quelque|moins|de|d'|au|déjà|encore|aussi|même|ainsi)$/u.test(tokens[k]!.l)) k++;
  if (!/^\d/u.test(tokens[k]?.l ?? "")) return false;
  return tokens.slice(k + 1, k + 5).some((t) => CURRENCY.test(t.l));
}

/** Whether the words before token `i` are a noun phrase opening the sentence (a determiner
 *  first, no punctuation nor verb between): the subject the participle at `i` sits in. */
function subjectOpensSentence(tokens: Token[], i: number): boolean {
  // (After a fronted phrase and its comma too: « Sur les vitrines voisines, les affiches… ».)
  let from = 0;
  for (let k = i - 1; k > 0; k--) if (tokens[k]!.l === ",") { from = k + 1; break; }
  return i - from >= 2 && DETERMINERS.fr.has(tokens[from]!.l) && tokens.slice(from + 1, i).every((t) => !t.p && !FR_AUX.has(t.l) && !VERBS.has(t.l));
}

/** Whether a French compound tense (« avait recueilli », « n’avaient pas encore été retirées »)
 *  comes after token `from`: the sentence's own verb. */
function compoundVerbAfter(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    if (!FR_AUX.has(tokens[k]!.l)) continue;
    let j = k + 1;
    while (j < tokens.length && (FR_NEG.has(tokens[j]!.l) || SKIPPABLE.has(tokens[j]!.l))) j++;
    if (/(?:é|ée|és|ées|i|is|ie|ies|u|us|ue|ues|t)$/u.test(tokens[j]?.l ?? "")) return true;
  }
  return false;
}

/** A quantity or a whole range right after token `k` (past a time phrase): « toutes ses tommes »,
 *  « 14 lots », "more than 40 frozen ready meals", "all batches". */
function recallOfGoods(tokens: Token[], k: number): boolean {
  if (/^(?:depuis|since)$/u.test(tokens[k]?.l ?? "")) k += 2;
  while (k < tokens.length && /^(?:aussi|également|désormais|also|now)$/u.test(tokens[k]!.l)) k++;
  const t = tokens[k]?.l ?? "";
  return /^\d/u.test(t) || (/^(?:toutes|tous|all|every|more|plus|several|plusieurs)$/u.test(t) && !/^(?:que|qu'|that)$/u.test(tokens[k + 1]?.l ?? ""));
}
