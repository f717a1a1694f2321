// From a cue to a full attribution: who (source span), what (content span). Handles the shapes
// news prose uses:
//   X said (that) Y.            X a déclaré que Y.          (content after, subject on the left)
//   Y, X said. / Y, said X.     « Y », a déclaré X.          (content before, source around cue)
//   « Y », a-t-il dit.                                       (inverted pronoun)
//   X, a spokesman for Z, said Y.   X, qui s'est exprimé…, a déclaré que Y.   (appositives)
//   According to X, Y. / Y, selon X.                          (prepositional cues)
//   … and said that Y / … et a affirmé que Y / …, saying Y    (subject of the main clause)
import type { Token } from "./tokens";
import { isFirstName } from "@/lib/articles/first-names";
import { isSideNoun, type CueHit } from "./cues";
import { DAY_WORDS, DOCUMENT_ONLY, EN_AUX, FR_AUX, FR_BE, PERCEPTION_LEMMAS, REPORTER_NOUNS, SKIPPABLE, TEXT_RULE_VERBS, VERBS } from "./lexicon";
import type { QuoteRegion } from "./quotes";
import { regionAt } from "./quotes";
import { countWords, unicodeWords } from "@/lib/articles/unicode-words";
import { DOCUMENT_RE, appositionKind, isPersonNoun, looksLikePerson, namedPersonAt, sourceHead } from "./source-phrase";
import { platformPhraseEnd } from "./social-channel";
import { ANONYMITY_RE } from "./attribution-level";

export interface RawAttribution {
  cue: CueHit;
  /** Text of the cue span, when known (used to spot modal auxiliaries). */
  cueText?: string;
  /** Lower-cased word just before the cue. */
  prevWord?: string;
  /** UTF-16 spans. */
  cueSpan: [number, number];
  source: [number, number] | null;
  /** Token range of the source (for classification). */
  sourceTokens: Token[];
  content: [number, number];
  side: "after" | "before";
  /** "…, but has said that…": UTF-16 start of the coordinator that joins this attribution to an
   *  earlier clause of the same subject. */
  coordStart?: number;
  /** UTF-16 span of an apposition between the source and the cue ("…, published in October and
   *  based on 2,400 pregnancies,"): it describes the source and is no claim of its own. */
  aside?: [number, number];
  /** The source is also a part of the clause before it, which stays the outlet's own claim
   *  (« révélée par le site X, selon lequel… »). */
  sourceInClause?: boolean;
}

// Who hears a statement (« devant la presse », « aux journalistes »), between a French cue and its
// inverted source.
const AUDIENCES = new Set(["presse", "journalistes", "caméras", "médias", "micros", "élus", "députés", "sénateurs", "conseillers", "habitants", "salariés", "manifestants"]);
// Words that open a subordinate clause set between commas before a subject.
const SUBORDINATORS = new Set(["where", "when", "while", "as", "because", "although", "though", "if", "since", "où", "quand", "lorsque", "lorsqu'", "alors", "tandis", "puisque", "comme", "si"]);
const CLAUSE_WORDS = new Set([
  "that", "que", "qu'", "because", "car", "when", "lorsque", "lorsqu'", "quand", "while", "if", "si", "where", "où", "but",
  "mais", "although", "though", "since", "puisque", "comme", "whether", "than", "so", "donc", "tandis", "alors", "after",
  "before", "until", "unless", "dont", "how", "why", "what", "ce", "whom", "pourquoi", "comment",
]);
const FINITE = {
  fr: new Set(["soit", "soient", "ait", "aient", "est", "sont", "était", "étaient", "a", "ont", "avait", "avaient", "fait"]),
  en: new Set(["is", "are", "was", "were", "has", "have", "had", "does", "did"]),
};
// A French sentence opening on a determiner with no verb before the cue is a noun phrase: its
// subject (« Les relevés, que nous avons pu consulter, indiquent des rafales »).
const FR_DETERMINER_START = /^(?:le|la|les|l'|un|une|des|ce|cette|ces|son|sa|ses|leur|leurs)$/u;
const FR_INFINITIVE_CLAUSE = /^(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aussi|également|ensuite) )*(?:n'|ne )?(?:avoir|être|d'avoir|d'être)\b/u;
// « assure ne pas s’y opposer », « a reconnu en revanche ne pas pouvoir produire… », « affirme
// vouloir… »: the subject's own infinitive, after adverbs, a negation and object pronouns.
const FR_ADVERBS_BEFORE_INFINITIVE = new Set(["toutefois", "pourtant", "cependant", "néanmoins", "aussi", "également", "ensuite", "encore", "en", "revanche", "d'ailleurs", "hier", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]);
function frInfinitiveObject(tokens: Token[], r: number): boolean {
  if (FR_INFINITIVE_CLAUSE.test(tokens.slice(r, r + 4).map((t) => t.l).join(" "))) return true;
  let k = r;
  while (k < r + 4 && FR_ADVERBS_BEFORE_INFINITIVE.has(tokens[k]?.l ?? "") && tokens[k]!.l !== "en") k++;
  if (tokens[k]?.l === "en" && tokens[k + 1]?.l === "revanche") k += 2;
  let negated = false;
  if (tokens[k]?.l === "ne" || tokens[k]?.l === "n'") {
    negated = true;
    k++;
    if (/^(?:pas|plus|jamais|rien|guère)$/u.test(tokens[k]?.l ?? "")) k++;
  }
  let clitic = false;
  while (/^(?:s'|se|y|en)$/u.test(tokens[k]?.l ?? "")) {
    clitic = true;
    k++;
  }
  const w = tokens[k]?.w ?? "";
  // (Without a negation or a clitic, only a verb's infinitive ending on a lower-case word: not
  // « a reconnu la victoire ».)
  return /^\p{Ll}[\p{Ll}-]+(?:er|ir|re|oir)$/u.test(w) && (negated || clitic || k === r) && !/^(?:notre|votre|leur|autre|entre|contre|outre|premier|dernier|hier|plusieurs)$/u.test(w);
}
const CONFIRMED_EVENTS = /^(?:ouverture|mort|décès|arrestation|interpellation|fermeture|suppression|report|annulation|libération|démission|départ|licenciement|nomination|présence|existence|tenue|signature|mise|intention|volonté|rejet|incident|accident|fuite|hausse|baisse|suspension|retrait|contamination|panne|piratage|cyberattaque|attaque|plainte|enquête)$/u;
const CLAUSE_ONLY = new Set(["défendre", "mentionner", "recall", "discover", "découvrir", "reconnaître", "admettre", "confirmer", "rappeler", "noter", "relever", "observer", "constater", "soutenir", "maintenir", "assurer", "concede", "concéder", "order", "ordonner"]);
const NOT_SUBJECT_START = new Set(["the", "a", "an", "this", "that", "these", "those", "it", "there", "here", "in", "on", "at", "le", "la", "les", "un", "une", "ce", "cette", "il", "elle", "on", "dans", "en",
  // Possessives open a noun phrase, not a name: « Son voisin, Joël Terrasson, … ».
  "son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes", "notre", "nos", "his", "her", "their", "its", "our", "my", "des", "du",
  // (And the elided article: « Dans un communiqué, l’opérateur de fret Ferrovane, propriétaire du
  // wagon, assure… ».)
  "l'"]);
const RELATIVES = new Set(["who", "which", "whose", "qui", "dont", "lequel", "laquelle"]);
const COORD = new Set(["and", "et", "or", "ou"]);
const OPEN_QUOTES = new Set(["“", "«", '"', "„", "‘"]);
const CLOSE_QUOTES = new Set(["”", "»", '"', "’"]);
const COMPLEMENTIZERS = new Set(["that", "que", "qu'", ":"]);
const INTERJECTIONS = new Set(["well", "look", "listen", "okay", "ok", "oh", "bon", "eh", "écoutez"]);
const LEADING_ADVERBIAL = new Set(
  ("in on at after before during for with under as by since last earlier later meanwhile however but and yet still also " +
    "thus so then today yesterday monday tuesday wednesday thursday friday saturday sunday " +
    "dans en à au aux après avant pendant lors pour avec sous depuis par hier lundi mardi mercredi jeudi vendredi samedi " +
    "dimanche mais et cependant pourtant toutefois ainsi alors enfin or d'ailleurs puis aujourd'hui ce cette mercredi dès vers parmi among").split(" "),
);
/** « la société « conteste fermement » avoir obtenu le moindre avantage », "the company “strongly
 *  denies” any wrongdoing": the outlet quotes the verb itself, in a short quotation that opens on
 *  it, and what the verb reports follows the quotation. The token indices of the quotation's
 *  marks, or null. */
const INVERTED_PRONOUN_TOKEN = /-(?:t-)?(?:il|elle|ils|elles)$/u;

/** « Nous avons sauvé les habitations, a-t-il précisé, mais deux bâtiments ont brûlé. »: an
 *  inverted pronoun cue set between commas inside the quotation it attributes. */
export function inciseInQuote(tokens: Token[], cue: CueHit): boolean {
  if (tokens[cue.i0 - 1]?.l !== ",") return false;
  if (cue.inverted !== null) return tokens[cue.i1]?.l === ",";
  // (Or a name or a role after the verb, up to the next comma: « Nous sommes inquiets, explique
  // Marie Dupont, car rien ne bouge ».)
  const first = tokens[cue.i1];
  if (cue.kind !== "verb" || !first || !(/^\p{Lu}/u.test(first.w) || /^(?:le|la|l'|son|sa|leur)$/u.test(first.l))) return false;
  const comma = tokens.findIndex((t, k) => k > cue.i1 && k <= cue.i1 + 12 && (t.l === "," || t.p));
  return comma > 0 && tokens[comma]!.l === "," && !tokens.slice(cue.i1, comma).some((t) => CLOSE_QUOTES.has(t.l) || OPEN_QUOTES.has(t.l));
}

export function quotedVerb(tokens: Token[], cue: CueHit, regions: QuoteRegion[]): { open: number; close: number } | null {
  const region = regionAt(regions, tokens[cue.head]!.s);
  if (!region || cue.kind !== "verb") return null;
  const open = cue.i0 - 1;
  const close = tokens.findIndex((t) => t.e === region.end);
  const fits = tokens[open]?.s === region.start && close > cue.i0 && close - open <= 4 && close + 2 < tokens.length && !tokens[close + 1]!.p;
  return fits ? { open, close } : null;
}

// « dans un communiqué », « dans une déclaration transmise à l’AFP », « en janvier »: where the
// object of a verb of saying starts after them, or `from`.
const MONTHS_FR = /^(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)$/u;
function afterChannelOrMonth(tokens: Token[], from: number): number {
  if (tokens[from]?.l === "en" && MONTHS_FR.test(tokens[from + 1]?.l ?? "")) return from + 2;
  // (« a confirmé à Rebond l’ouverture… », « a annoncé aux journalistes la fermeture… »: the hearer.)
  if (/^(?:à|au|aux)$/u.test(tokens[from]?.l ?? "")) {
    const k = from + 1 + (/^(?:la|les|l')$/u.test(tokens[from + 1]?.l ?? "") ? 1 : 0);
    if (/^\p{Lu}/u.test(tokens[k]?.w ?? "") || AUDIENCES.has(tokens[k]?.l ?? "")) return k + 1;
  }
  if ((tokens[from]?.l === "dans" || tokens[from]?.l === "par") && DETERMINER_WORDS.has(tokens[from + 1]?.l ?? "") && STATEMENT_NOUNS.has(tokens[from + 2]?.l ?? "")) {
    let k = from + 3;
    // (A participle and its day: « diffusé lundi », « publié dans la soirée ».)
    if (/(?:é|ée|és|ées)$/u.test(tokens[k]?.l ?? "")) {
      k++;
      while (k < tokens.length && k < from + 8 && SKIPPABLE.has(tokens[k]!.l)) k++;
    }
    return k;
  }
  return from;
}

// A reply in one word, opening a sentence before an inverted cue (« Faux, rétorque… »).
const REPLY_WORDS = new Set(["non", "oui", "faux", "vrai", "exact", "inexact", "archifaux", "no", "yes", "wrong", "false", "untrue", "nonsense", "incorrect", "true", "correct"]);
const INVERTED_STOP = new Set(
  "in at during on to while when after before from lors pendant dans sur devant à au aux en alors après avant, who qui".split(" "),
);
const PHRASE_PREPS = new Set(["in", "at", "on", "during", "to", "from", "with", "after", "before", "via", "dans", "lors", "à", "au", "aux", "devant", "pendant", "sur", "en", "par", "auprès", "d'un", "d'une", "de", "du", "des", "d'"]);
// Prepositions that open a circumstance, not an object (« des », « du » are also articles).
const CIRCUMSTANCE_PREPS = new Set(["in", "at", "on", "during", "after", "before", "via", "dans", "lors", "pendant", "devant", "après", "avant", "sur"]);
const DETERMINER_WORDS = new Set(["the", "a", "an", "his", "her", "their", "its", "this", "that", "le", "la", "les", "l'", "un", "une", "son", "sa", "ses", "leur", "ce", "cette"]);
const SUBJECT_PRONOUN = new Set(["he", "she", "they", "il", "elle", "ils", "elles", "we", "nous", "i", "je"]);
const OBJECT_CUES = new Set(["tell", "ask", "warn", "inform", "assure", "reassure", "remind", "urge", "caution", "advise", "instruct", "order", "avertir", "prévenir", "assurer", "informer"]);

const NOUN_BEFORE = new Set(["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "sa", "son", "ses", "leur", "leurs", "ce", "cette"]);
function isFiniteCue(t: Token, prev: Token | undefined): boolean {
  const infos = VERBS.get(t.l);
  if (!infos) return false;
  if (prev && (NOUN_BEFORE.has(prev.l) || /^\d/.test(prev.l))) return false;
  // Plural nouns look like third-person verbs ("campaign-finance reports shows"): only
  // unambiguous past forms and "says" end a subject.
  if (/s$/.test(t.l) && t.l !== "says") return false;
  return infos.some((i) => i.form === "fin" && i.strength === "speech");
}

// Reflexive and negation clitics sit between a French subject and its verb ("Macron s'est rendu").
const FR_CLITICS = new Set(["s'", "se", "ne", "n'"]);
let currentLang: "fr" | "en" = "en";
/** Auxiliary or reporting verb in the language being read ("a" is a verb in French only). */
function isVerbish(t: Token): boolean {
  if (currentLang === "fr" ? FR_AUX.has(t.l) || FR_BE.has(t.l) || FR_CLITICS.has(t.l) : EN_AUX.has(t.l)) return true;
  return VERBS.get(t.l)?.some((v) => v.lang === currentLang) ?? false;
}

/** Start of the clause that holds token i (exclusive scan stops at complementizers, quotes, ;). */
const ASIDE_PREPOSITIONS = new Set(["in", "at", "during", "dans", "lors"]);

function clauseStart(tokens: Token[], i: number, crossCommas: boolean): number {
  let j = i - 1;
  while (j >= 0) {
    const t = tokens[j]!;
    if (t.p) {
      if (t.l === "," && crossCommas) {
        // ("At St Aldric's, where part of a ceiling came down in January, the headteacher, Marcus
        // Ellery, said…": a subordinate clause before the comma is circumstance, not subject.)
        let c = j - 1;
        while (c > 0 && tokens[c - 1]!.l !== "," && !tokens[c - 1]!.p) c--;
        // (A quotation inside a relative clause does not end it.)
        let rc = c;
        while (rc > 0 && tokens[rc - 1]!.l !== "," && (!tokens[rc - 1]!.p || OPEN_QUOTES.has(tokens[rc - 1]!.l) || CLOSE_QUOTES.has(tokens[rc - 1]!.l)) && rc > j - 30) rc--;
        // ("…after an investigation by Halvern State University, where she has worked since 2011,
        // concluded that…": a "where" clause between commas right before the verb is about the
        // noun before it, which is the subject.)
        // (So is a relative clause with a quotation in it: « Vélorane, qui avait évoqué une distance
        // « d’environ 300 mètres » entre les deux appareils, a salué… ».)
        if (rc < j - 1 && (tokens[rc]!.l === "where" || tokens[rc]!.l === "où" || RELATIVES.has(tokens[rc]!.l)) && j + 1 === i && tokens[rc - 1]?.l === "," && /^\p{Lu}/u.test(tokens[rc - 2]?.w ?? "")) {
          j = rc - 2;
          continue;
        }
        if (c < j - 1 && SUBORDINATORS.has(tokens[c]!.l)) {
          // ("…, while Stake Aware Ireland, a charity, says…", « quand Sandrine Moreau-Vidal,
          // déléguée du syndicat, juge… »: a name with no verb after the subordinator is the
          // subject of the cue's own clause, with its apposition.)
          // (« alors que », « tandis que »: the subject comes after « que ».)
          const s0 = tokens[c + 1]!.l === "que" || tokens[c + 1]!.l === "qu'" ? c + 2 : c + 1;
          // (Or a role before the name: "…, while the critic Tobias Reinholt-Ayo, of the Weekly
          // Frame, said…".)
          const named = s0 < j && (/^\p{Lu}/u.test(tokens[s0]!.w) || (DETERMINER_WORDS.has(tokens[s0]!.l) && tokens.slice(s0 + 1, j).some((x) => /^\p{Lu}\p{Ll}/u.test(x.w)))) && !tokens.slice(s0, j).some((x, k) => isVerbish(x) || pastVerbAt(tokens, s0, s0 + k));
          if (named) j = s0 - 1;
          break;
        }
        j--;
        continue;
      }
      // (A short quoted term inside the subject, « Ces pages de « fiches d’événement », … », is
      // skipped as a whole.)
      // (A group's name in quotation marks, « le groupe « Parents en rade » affirme… », is the
      // subject's own end.)
      const open = CLOSE_QUOTES.has(t.l) ? quotedTermOpen(tokens, j) : -1;
      const termOpen = open > 0 && (crossCommas || GROUP_NOUNS.has(tokens[open - 1]!.l)) ? open : -1;
      if (termOpen > 0) {
        j = termOpen - 1;
        continue;
      }
      if (t.l === ")") {
        // "Rep. Gwen Moore (D-Wis.) said": skip the parenthetical as a whole.
        let k = j - 1;
        while (k >= 0 && k > j - 12 && tokens[k]!.l !== "(") k--;
        j = k >= 0 && tokens[k]!.l === "(" ? k - 1 : j - 1;
        continue;
      }
      // "…to a van (her campaign later disclosed that…)": an attribution inside parentheses
      // starts after the opening one.
      if (t.l === "(" && !tokens.slice(j + 1, i).some((x) => x.l === ")")) break;
      if (t.l === "(" || t.l === "-" || t.l === "'" || SYMBOL.test(t.l) || t.l === "%" || t.l === "&") {
        j--;
        continue;
      }
      // ("The documents — a chain of 14 emails and a briefing note — show…": an aside between
      // dashes belongs to the subject, like one in brackets.)
      // (Not one closing a clause before the subject: "…posts lying vacant — nearly one in five —
      // the Federation said": a verb stands before the first dash.)
      if (t.l === "—" || t.l === "–") {
        let k = j - 1;
        while (k > 0 && k > j - 30 && tokens[k]!.l !== t.l && tokens[k]!.l !== "." && tokens[k]!.l !== ";") k--;
        const clauseBefore = k > 0 && tokens.slice(0, k).some((x) => EN_AUX.has(x.l) || FINITE[currentLang].has(x.l));
        if (k > 0 && tokens[k]!.l === t.l && !clauseBefore) {
          j = k - 1;
          continue;
        }
      }
      break;
    }
    // (« Un rapport de l’inspecteur…, daté du 12 mars et que L’Éclaireur a pu consulter,
    // signalait… »: a relative clause joined by « et » to a participle's phrase, the same.)
    if (crossCommas && (RELATIVES.has(t.l) || (currentLang === "fr" && (t.l === "que" || t.l === "qu'"))) && (tokens[j - 1]?.l === "," || ((tokens[j - 1]?.l === "et" || tokens[j - 1]?.l === "and") && tokens.slice(Math.max(0, j - 8), j - 1).some((x) => x.l === ",")))) {
      // "Brunner, a spokeswoman for the coalition, which is made up of…, said": a relative
      // clause between commas belongs to the subject.
      j -= 2;
      continue;
    }
    // "The board, a public agency that funds retraining, estimated…": a relative "that" inside
    // an appositive (", a/an/the … that …,") belongs to the subject too.
    // (Or "where": "Harlow's, the regional supermarket chain where the samples were taken, said".)
    if (crossCommas && (t.l === "that" || t.l === "where")) {
      let c = j - 1;
      while (c >= 0 && c > j - 8 && tokens[c]!.l !== "," && !isVerbish(tokens[c]!)) c--;
      if (c >= 0 && tokens[c]!.l === "," && /^(?:a|an|the)$/u.test(tokens[c + 1]?.l ?? "")) {
        j = c - 1;
        continue;
      }
    }
    // "A senior official, speaking on condition of anonymity because the talks are confidential,
    // said…": a gerund aside between commas belongs to the subject, whatever clause it holds.
    // (So does a circumstance: "The Supporters Club, in a communique issued after its meeting on
    // Sunday, described…".)
    if (crossCommas && CLAUSE_WORDS.has(t.l)) {
      let c = j - 1;
      while (c >= 0 && c > j - 16 && tokens[c]!.l !== ",") c--;
      // (And so does a relative clause about the subject: "An engineer, who spoke on condition of
      // anonymity because he is not authorised to speak, said…", "…, and who asked not to be
      // identified because of an agreement, said…".)
      // (Or one on the apposed noun: « Bernard Salomon, 67 ans, éleveur dont la ferme se trouve à
      // 900 mètres du site, raconte… ».)
      const onApposedNoun = RELATIVES.has(t.l) && c > 0 && c < j - 1 && j - c <= 4 && tokens.slice(c + 1, j).every((x) => !x.p && /^\p{Ll}/u.test(x.w) && !isVerbish(x));
      // (Or a clause word inside such a relative: "Maureen Adebanjo-Clift, a nurse who left the
      // home in December after six years, said…".)
      const rel = tokens.findIndex((x, k) => k > c && k < j && RELATIVES.has(x.l));
      const apposedRelative = rel > c + 1 && rel - c <= 5 && tokens.slice(c + 1, rel).every((x) => !x.p && /^\p{Ll}/u.test(x.w) && !isVerbish(x));
      const relative = onApposedNoun || apposedRelative || RELATIVES.has(tokens[c + 1]?.l ?? "") || (COORD.has(tokens[c + 1]?.l ?? "") && RELATIVES.has(tokens[c + 2]?.l ?? ""));
      if (c > 0 && tokens[c]!.l === "," && (/^\p{Ll}+ing$/u.test(tokens[c + 1]?.w ?? "") || ASIDE_PREPOSITIONS.has(tokens[c + 1]?.l ?? "") || relative) && tokens.slice(j + 1, i).some((x) => x.l === ",")) {
        j = c - 1;
        continue;
      }
    }
    // ("A confidential report by the U.N. panel of experts that monitors sanctions on Amarkand,
    // which was seen by The Perimeter, documented…": a relative "that" inside the noun phrase
    // that opens the sentence, set off from the cue by a comma, belongs to the subject.)
    if (crossCommas && t.l === "that" && j > 1 && isNounPhraseStart(tokens[0]!) && !tokens.slice(0, j).some((x, k) => x.p || EN_AUX.has(x.l) || isFiniteCue(x, tokens[k - 1])) && tokens.slice(j + 1, i + 1).some((x) => x.l === ",")) {
      j--;
      continue;
    }
    // ("A filing that Sagebrook Electric submitted late Tuesday shows that…", "A letter which the
    // mayor sent to residents says…": a relative clause with no comma on the document that opens
    // the sentence belongs to its subject.)
    // (And "The head of the company that runs West Carrowdale’s power grid has told…": a relative
    // "that" whose verb takes an object right after it.)
    if ((t.l === "that" || t.l === "which") && j >= 2 && ((j <= 4 && DOCUMENT_RE.test(tokens[j - 1]!.l)) || (j <= 8 && currentLang === "en" && verbWithObjectAt(tokens, j + 1))) && isNounPhraseStart(tokens[0]!) && !tokens.slice(0, i).some((x) => x.p && x.l !== "-" && x.l !== "'" && x.l !== "’")) {
      j--;
      continue;
    }
    // ("A post shared more than 40,000 times claimed…": "than" before a number opens no clause, nor
    // does "since" before a date: "Mrs Alabi, whose son has been held since 2021, said…".)
    // ("An engineer involved in that inspection said…": "that" after a preposition is a demonstrative.)
    // ("…who died in the unit that night say…": so is "that" before a time.)
    const demonstrative = t.l === "that" && (/^(?:in|of|at|on|for|from|with|by|to|during|about|after|before|under|over)$/u.test(tokens[j - 1]?.l ?? "") || /^(?:night|day|morning|afternoon|evening|week|weekend|month|year|time)$/u.test(tokens[j + 1]?.l ?? ""));
    if (CLAUSE_WORDS.has(t.l) && !demonstrative && !(/^(?:than|since|until|after|before)$/u.test(t.l) && DATE_OR_NUMBER.test(tokens[j + 1]?.l ?? ""))) break;
    // "Merrill says Machado promised…": another finite reporting verb ends the subject.
    // ("A survey published on Friday put…": a participle after a document names when it came out.)
    // ("Satellite images taken by Orbisense and reviewed by the Times show…": a participle with its
    // agent belongs to the subject too.)
    if (!crossCommas && isFiniteCue(t, tokens[j - 1]) && !(/ed$/u.test(t.l) && (DOCUMENT_RE.test(tokens[j - 1]?.l ?? "") || tokens[j + 1]?.l === "by"))) break;
    if (COORD.has(t.l)) {
      const a = tokens[j - 1];
      const b = tokens[j + 1];
      // ("StrideLoop, the running and cycling app with 9 million users, said": a coordination
      // inside an apposition closed by a comma before the cue belongs to it.)
      let c = j - 1;
      while (c > 0 && tokens[c - 1]!.l !== ",") c--;
      const appositionBefore = c > 0 && !tokens.slice(c, j).some((x, k) => isVerbish(x) || pastVerbAt(tokens, c, c + k));
      if (crossCommas && appositionBefore && a && b && /^\p{Ll}/u.test(a.w) && /^\p{Ll}/u.test(b.w) && !isVerbish(a) && !isVerbish(b) && tokens.slice(j + 1, i).some((x) => x.l === ",")) {
        j--;
        continue;
      }
      // "Smith and Jones said": a coordination of names stays inside the subject, and so does
      // one of complements (« le Service d'incendie et de secours »).
      // So does a second participle with its agent ("taken by X and reviewed by the Times").
      // And so does a French doublet of one noun's two genders (« l'Alliance des enseignantes et
      // enseignants de Beaulac »).
      // And so does a range of dates ("taken between Oct. 28 and Nov. 14"), and the two parties
      // of one thing (« La convention signée entre la région et la compagnie prévoyait… »).
      const betweenAt = tokens.slice(Math.max(0, j - 6), j).findLastIndex((x) => x.l === "between" || x.l === "entre");
      // (The first « et » after « entre » only: "…a clash between protesters and police and said…".)
      const range = betweenAt >= 0 && !tokens.slice(Math.max(0, j - 6) + betweenAt, j).some((x) => x.p || COORD.has(x.l));
      if (!(a && b && /^\p{Lu}/u.test(a.w) && /^\p{Lu}/u.test(b.w)) && !["de", "d'", "du", "des", "of"].includes(b?.l ?? "") && !(/ed$/u.test(b?.l ?? "") && tokens[j + 2]?.l === "by") && !(a && b && genderDoublet(a.l, b.l)) && !range) break;
    }
    j--;
  }
  return j + 1;
}

/** The comma at `k` opens or closes an age set off between commas (", 86,", ", now 86,"). */
function ageAsideAt(tokens: Token[], k: number): boolean {
  const isAge = (a: number, b: number) => tokens[a - 1]?.l === "," && tokens[b]?.l === "," && /^\d{1,3}$/u.test(tokens[b - 1]!.l) && (b - a === 1 || (b - a === 2 && tokens[a]!.l === "now"));
  return isAge(k + 1, k + 2) || isAge(k + 1, k + 3) || isAge(k - 1, k) || isAge(k - 2, k);
}

/** Where the clause that ends before token `end` starts: after the last colon or semicolon before
 *  it, or at 0 (« …n’était pas encore applicable : l’arrêté municipal… fixe… »). */
function afterLastColon(tokens: Token[], end: number): number {
  return tokens.findLastIndex((t, k) => k < end && (t.l === ":" || t.l === ";")) + 1;
}

/** A verb in -s with its object right after it ("runs West Carrowdale’s grid", "owns the mine"). */
function verbWithObjectAt(tokens: Token[], k: number): boolean {
  return /^\p{Ll}{3,}s$/u.test(tokens[k]?.w ?? "") && (DETERMINER_WORDS.has(tokens[k + 1]?.l ?? "") || /^\p{Lu}/u.test(tokens[k + 1]?.w ?? ""));
}

/** « enseignantes » and « enseignants », « directrices » and « directeurs »: one noun's two genders. */
function genderDoublet(a: string, b: string): boolean {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  return a !== b && p >= 5 && p >= Math.max(a.length, b.length) - 5;
}

const LEADING_TIME = /^(?:(?:quelques|deux|trois|plusieurs|peu de|une|un|a few|few|two|three|several|some|an?)\s)?(?:heures?|minutes?|jours?|semaines?|mois|ans|années?|hours?|minutes?|days?|weeks?|months?|years?|instants?|moments?)\s(?:plus tard|auparavant|après|avant|later|earlier|after|before|ago)\s,/u;

const LIVE_TIME_PART = /^(?:\d{1,2}(?:h\d{2}|:\d{2})?|h|\d{2}|[ap]\.m\.)$/u;
const TIME_NOUN = /^(?:week|weekend|month|year|night|morning|afternoon|evening|spring|summer|autumn|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u;

/** Drops a leading adverbial ("Lundi,", "On Monday,", "In a statement,", "But") from a token range. */
export function stripLeading(tokens: Token[], a: number, b: number): number {
  let s = a;
  while (s < b && (tokens[s]!.p || COORD.has(tokens[s]!.l) || tokens[s]!.l === "but" || tokens[s]!.l === "mais")) s++;
  // (A speaker's opening word and its comma: "Well, a Calderbrook engineer I spoke to… told me…".)
  if (s + 2 < b && INTERJECTIONS.has(tokens[s]!.l) && tokens[s + 1]!.l === ",") s += 2;
  // ("20h15 – D’après Radio Sévrine, …", "11:52 p.m. — According to…": a live page's time stamp.)
  let stamp = s;
  while (stamp < b && stamp < s + 4 && LIVE_TIME_PART.test(tokens[stamp]!.l)) stamp++;
  if (stamp > s && /^\d/u.test(tokens[s]!.l) && /^[–—-]$/u.test(tokens[stamp]?.l ?? "")) s = stamp + 1;
  // "Interrogé par franceinfo, …" / "Asked about the plan, …" / "Speaking on Monday, …":
  // a leading participial phrase is circumstance, not subject.
  // (Not a first name: "Aisling Smith, principal…", « Renée Lavoie, … »; nor one the table lacks,
  // a capitalised surname after it: « Hervé Lastignac, délégué…, affirme… ».)
  const leadParticiple = s < b && /^\p{Lu}\p{Ll}+(?:é|ée|és|ées|ed|ing|ant)$/u.test(tokens[s]!.w) && !VERBS.has(tokens[s]!.l + "x") && !isFirstName(tokens[s]!.w) && !/^\p{Lu}\p{Ll}/u.test(tokens[s + 1]?.w ?? "");
  // "Quelques heures plus tard, le maire…", "A few hours later, the mayor…": a time phrase.
  const timePhrase = s < b && LEADING_TIME.test(tokens.slice(s, Math.min(b, s + 6)).map((t) => t.l).join(" "));
  // ("At least 47 people have died", « Au moins 12 blessés… »: a quantity, not a circumstance.)
  const quantity = s + 1 < b && ((tokens[s]!.l === "at" && (tokens[s + 1]!.l === "least" || tokens[s + 1]!.l === "most")) || (tokens[s]!.l === "au" && (tokens[s + 1]!.l === "moins" || tokens[s + 1]!.l === "plus")));
  // ("Last week she wrote…", "This morning the mayor said…": a time phrase with no comma, before
  // a pronoun or a name.)
  if (s + 2 < b && /^(?:last|this|next|earlier|later)$/u.test(tokens[s]!.l) && /^\p{Lu}/u.test(tokens[s]!.w) && TIME_NOUN.test(tokens[s + 1]!.l) && (SUBJECT_PRONOUN.has(tokens[s + 2]!.l) || /^\p{Lu}/u.test(tokens[s + 2]!.w))) return s + 2;
  const day = afterOpeningDay(tokens, s, b);
  if (day > s) return day;
  if (s < b && !quantity && (LEADING_ADVERBIAL.has(tokens[s]!.l) || leadParticiple || timePhrase)) {
    for (let j = s; j < Math.min(b, s + 12); j++) {
      if (tokens[j]!.l === ",") {
        // "On Thursday, however, Trump…" / "Chastened by X, as well as Y, Trump…": keep going
        // while the next chunk is still circumstance (starts lower-case or with an adverbial).
        let next = j + 1;
        for (let round = 0; round < 2; round++) {
          const t = tokens[next];
          // (Not a role before a name: "In a note to staff, publisher Marianne Oduya-Kessler, whose…,
          // wrote…".)
          const roleAndName = !PHRASE_PREPS.has(t?.l ?? "") && /^\p{Lu}\p{Ll}/u.test(tokens[next + 1]?.w ?? "") && /^\p{Lu}/u.test(tokens[next + 2]?.w ?? "");
          if (!t || roleAndName || !(/^\p{Ll}/u.test(t.w) && !SUBJECT_PRONOUN.has(t.l) && !NOT_SUBJECT_START.has(t.l) && !QUANTIFIERS.has(t.l) && !NUMBER_WORDS.has(t.l) && !/^\d/u.test(t.l))) break;
          let k = next;
          while (k < Math.min(b, next + 12) && tokens[k]!.l !== ",") k++;
          if (k >= b || tokens[k]!.l !== ",") break;
          next = k + 1;
        }
        return next;
      }
    }
  }
  return s;
}

// "In fact, some Republicans, …, were willing…": a quantifier after the opening phrase starts the subject.
const QUANTIFIERS = new Set(["some", "many", "most", "several", "few", "both", "all", "other", "others", "certains", "certaines", "plusieurs", "beaucoup"]);
// "In a column, two Democratic speechwriters implored…": a number starts the subject too.
const NUMBER_WORDS = new Set(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "millions", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "des", "plusieurs"]);
const DATE_OR_NUMBER = /^(?:\d.*|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last)$/u;
const GERUND_PREPS = new Set(["for", "despite", "pour", "malgré", "sans"]);
const ASIDE_PREPS = new Set(["despite", "after", "before", "while", "without", "upon", "malgré", "après", "avant", "sans"]);
const POSSESSIVE_PRONOUNS = new Set(["his", "her", "their", "son", "sa", "ses", "leur", "leurs"]);
const ADVERB_DEGREE = new Set(["more", "most", "less", "least", "very", "highly", "well", "so", "too", "much", "newly", "recently", "widely"]);
const SENT_PUNCT = /^[.,;:!?…—–-]+$/u;
// Emoji and symbols inside a phrase ("Le ministre 👍 a déclaré") are not clause boundaries.
const SYMBOL = /^[\p{Extended_Pictographic}\p{So}\p{Sk}\u200B-\u200D\u2060\uFE0F]+$/u;

function firstChunkHasPast(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b && tokens[k]!.l !== ","; k++) if (/^\p{Ll}{3,}ed$/u.test(tokens[k]!.w) && !DETERMINER_WORDS.has(tokens[k - 1]?.l ?? "")) return true;
  return false;
}

/** Index just after the sentence's last word (final punctuation left out). */
function sentenceEndIndex(tokens: Token[]): number {
  let b = tokens.length;
  while (b > 0 && SENT_PUNCT.test(tokens[b - 1]!.l)) b--;
  return b;
}

/** « Invitée de l'émission « Face à la Nation » sur Canal 9, la ministre… a affirmé »: a subject
 *  does not open on a preposition; what precedes its comma is circumstance. */
// (And the tail of a time phrase the clause search cut: « Invité ce matin, le ministre… ».)
const TIME_TAIL = new Set([...DAY_WORDS, "matin", "soir", "midi", "après-midi", "soirée", "matinée", "nuit", "morning", "afternoon", "evening", "night"]);
/** Where the subject starts after a day opening the sentence with no comma ("On Monday the trade
 *  magazine Vine & Cellar reported…", "On Tuesday morning police said…"), or `a`. */
function afterOpeningDay(tokens: Token[], a: number, b: number): number {
  if (a + 2 >= b || tokens[a]!.w !== "On" || !WEEKDAY_RE.test(tokens[a + 1]!.l)) return a;
  let k = a + 2;
  if (TIME_OF_DAY.test(tokens[k]?.l ?? "")) k++;
  return k < b && !tokens[k]!.p && !isVerbish(tokens[k]!) && !CIRCUMSTANCE_PREPS.has(tokens[k]!.l) ? k : a;
}

function withoutLeadingCircumstance(tokens: Token[], a: number, b: number): [number, number] {
  const day = afterOpeningDay(tokens, a, b);
  if (day > a) return [day, b];
  if (!CIRCUMSTANCE_PREPS.has(tokens[a]?.l ?? "") && !(TIME_TAIL.has(tokens[a]?.l ?? "") && tokens[a + 1]?.l === ",")) return [a, b];
  const comma = tokens.slice(a, b).findIndex((t) => t.l === ",");
  return comma > 0 && a + comma + 1 < b ? trimRange(tokens, a + comma + 1, b) : [a, b];
}

const TITLE_PREPOSITION = /^(?:adjoint|adjointe|délégué|déléguée|conseiller|conseillère|ministre|secrétaire) (?:au|aux|à)$/u;
const AGENT_PREPS = new Set(["by", "par", "from", "with", "than", "to", "à", "avec"]);
const UNIT_SIGN = /^[%‰€$£¥°]$/u;
function trimRange(tokens: Token[], a: number, b: number): [number, number] {
  while (a < b && (SENT_PUNCT.test(tokens[a]!.l) || SYMBOL.test(tokens[a]!.l))) a++;
  while (b > a && (SENT_PUNCT.test(tokens[b - 1]!.l) || SYMBOL.test(tokens[b - 1]!.l))) b--;
  return [a, b];
}

/** An English past tense at k, after the subject's first word and not after a determiner or a
 *  degree adverb ("the newly elected…"). */
// Irregular past tenses end a subject like "-ed" ones ("A group of doctors sent a letter…").
const IRREGULAR_PAST = new Set(
  ("sent made took gave wrote went came held brought began won lost met led paid kept built spent sought thought felt saw knew " +
    "became got stood fought bought drew threw struck rose fell told said found chose spoke broke sold ran grew").split(" "),
);
/** From r to the sentence end or the next comma, a phrase with no verb ("in a statement early on
 *  Monday"). */
function circumstanceOnly(tokens: Token[], r: number, sentenceEnd: number): boolean {
  let k = r;
  // (Inside a phrase, a word in -ing is a noun: "in a closed-door briefing Monday".)
  let inPhrase = false;
  for (; k < sentenceEnd && tokens[k]!.l !== ","; k++) {
    const t = tokens[k]!;
    if (PHRASE_PREPS.has(t.l)) inPhrase = true;
    else if ((isVerbish(t) && !(inPhrase && /^\p{Ll}{3,}ing$/u.test(t.w))) || (k > r && COMPLEMENTIZERS.has(t.l))) return false;
  }
  // (Then the end, a gerund about the saying (", adding that…") or another clause (", but talks
  // ended…", which is a claim of its own).)
  return k >= sentenceEnd || /^\p{Ll}+(?:ing|ant)$/u.test(tokens[k + 1]?.w ?? "") || /^(?:but|and|mais|et)$/u.test(tokens[k + 1]?.l ?? "");
}
/** A short audience ("lawmakers", "the Herald", "reporters in Kyiv") then only a circumstance,
 *  or a gerund about the saying ("told the Meridian, adding that…"). */
function audienceThenCircumstance(tokens: Token[], r: number, sentenceEnd: number): boolean {
  let k = r;
  while (k < sentenceEnd && k < r + 4 && !tokens[k]!.p && !PHRASE_PREPS.has(tokens[k]!.l) && !isVerbish(tokens[k]!)) k++;
  if (k > r && tokens[k]?.l === "," && /^\p{Ll}+ing$/u.test(tokens[k + 1]?.w ?? "")) return true;
  return k > r && k < sentenceEnd && PHRASE_PREPS.has(tokens[k]!.l) && circumstanceOnly(tokens, k, sentenceEnd);
}
function pastVerbAt(tokens: Token[], s: number, k: number): boolean {
  return currentLang === "en" && k > s && (/^\p{Ll}{3,}ed$/u.test(tokens[k]!.w) || IRREGULAR_PAST.has(tokens[k]!.w)) && !DETERMINER_WORDS.has(tokens[k - 1]!.l) && !ADVERB_DEGREE.has(tokens[k - 1]!.l);
}

/** Main subject of the sentence: its first noun phrase, up to the first verb. */
export function mainSubject(tokens: Token[], upTo: number, lang?: "fr" | "en"): [number, number] | null {
  if (lang) currentLang = lang;
  let s0 = 0;
  // "“We see no link,” the mayor said, adding…": the subject follows the opening quotation.
  if (OPEN_QUOTES.has(tokens[0]?.l ?? "")) {
    let k = 1;
    while (k < upTo && !CLOSE_QUOTES.has(tokens[k]!.l)) k++;
    if (k < upTo) s0 = k + 1;
  }
  let s = stripLeading(tokens, s0, upTo);
  // (« Sur Facebook, le collectif a publié… »: a short place phrase before a comma.)
  if (tokens[s]?.l === "sur") {
    let c = s + 1;
    while (c < upTo && c < s + 5 && tokens[c]!.l !== ",") c++;
    if (tokens[c]?.l === ",") s = stripLeading(tokens, c + 1, upTo);
  }
  if (s < upTo && SUBJECT_PRONOUN.has(tokens[s]!.l)) return [s, s + 1];
  // "Cruz exhorted Republicans…", "The New York Times and … filed", "Sen. David Perdue (R-Ga.)
  // said": a name (with an optional party label) followed by a lower-case word.
  {
    let e = s;
    const theName = tokens[s]?.l === "the" && /^\p{Lu}/u.test(tokens[s + 1]?.w ?? "");
    if (theName) e++;
    // ("Firth & Isles Ferries apologised…": an ampersand joins a name's words.)
    while (e < upTo && e < s + 6 && ((/^\p{Lu}/u.test(tokens[e]!.w) && !tokens[e]!.p) || (tokens[e]!.l === "&" && e > s && /^\p{Lu}/u.test(tokens[e + 1]?.w ?? "")))) e++;
    let end = e;
    if (tokens[e]?.l === "(") {
      let k = e + 1;
      while (k < upTo && k < e + 8 && tokens[k]!.l !== ")") k++;
      if (tokens[k]?.l === ")") {
        end = k + 1;
        e = k + 1;
      }
    }
    const startOk = /^\p{Lu}/u.test(tokens[s]?.w ?? "") && (theName || !NOT_SUBJECT_START.has(tokens[s]!.l));
    // ("Kessock's barrister put…": a possessive name opens a longer noun phrase.)
    // (Not "Council leader Morag Dunleavy said…": a role in lower case, then the name, goes on.)
    if (e > s + (theName ? 1 : 0) && e < upTo && ((/^\p{Ll}/u.test(tokens[e]!.w) && !tokens[e]!.p && !COORD.has(tokens[e]!.l) && !namedPersonAt(tokens, e, true) && !nounState(tokens, e)) || quotedVerbPhraseAt(tokens, e)) && startOk && !/['’]s$/u.test(tokens[e - 1]!.w)) return [s, end];
  }
  let e = s;
  // "The Times and the Gannett chain filed a motion…, arguing…": a past tense after the noun
  // phrase ends it too, whether or not the verb reports anything.
  // ("Russian state news agency Derzhava-Info, citing…": "state" before a noun is a noun.)
  // ("A report by the state Occupational Safety Board reached…": a verb's form right after the
  // determiner that opens the subject is its noun.)
  while (e < upTo && e < s + 10 && ((!(isVerbish(tokens[e]!) && !(e === s + 1 && OPENING_DETERMINERS.has(tokens[s]!.l))) && !pastVerbAt(tokens, s, e)) || nounState(tokens, e)) && !(tokens[e]!.p && tokens[e]!.l !== "-" && tokens[e]!.l !== "'")) e++;
  if (e === s || e >= upTo) return null;
  if (pastVerbAt(tokens, s, e) && !isVerbish(tokens[e]!)) return isNounPhraseStart(tokens[s]!) || /^(?:it|they)$/.test(tokens[s]!.l) ? [s, e] : null;
  if (quotedVerbPhraseAt(tokens, e) && (isNounPhraseStart(tokens[s]!) || /^\p{Lu}/u.test(tokens[s]!.w))) return [s, e];
  // "Smith, the mayor, arrived…": a name followed by its appositive is a subject too.
  if (!isVerbish(tokens[e]!) && !(tokens[e]!.l === "," && /^\p{Lu}/u.test(tokens[s]!.w))) return null;
  return [s, e];
}

/** "state" before a noun ("state news agency", "state media", "state-run") is no verb. */
const OPENING_DETERMINERS = new Set(["a", "an", "the", "un", "une", "le", "la", "l'"]);
function nounState(tokens: Token[], k: number): boolean {
  return tokens[k]?.l === "state" && /^(?:news|media|television|tv|broadcaster|radio|agency|run|owned|controlled|department|secretary|prosecutors?|police|officials?|legislature|senators?|budget|capital|governments?|-)$/u.test(tokens[k + 1]?.l ?? "");
}

// « La direction « regrette la décision » et assure… », "The company “regrets the move” and…": a
// quotation opening on a lower-case word (a verb phrase) is the words of the subject before it.
function quotedVerbPhraseAt(tokens: Token[], k: number): boolean {
  return OPEN_QUOTES.has(tokens[k]?.l ?? "") && /^\p{Ll}/u.test(tokens[k + 1]?.w ?? "") && !tokens[k + 1]!.p;
}

export interface Ctx {
  text: string;
  lang: "fr" | "en";
  /** UTF-16 span of the next paragraph when this sentence ends its paragraph. */
  nextParagraph: [number, number] | null;
  tokens: Token[];
  regions: QuoteRegion[];
  sentStart: number;
  sentEnd: number;
  /** The pronoun opening the sentence takes up the text the last sentence quoted. */
  documentPronoun?: boolean;
}

/** "…, the sports minister, Helen Achterberg, said": with `comma` the comma before the cue, the
 *  token range of a role and a name (either order), each a short phrase with no verb, after a
 *  comma that closes a clause; null otherwise. */
function roleAndName(tokens: Token[], comma: number): [number, number] | null {
  const commas: number[] = [];
  for (let k = comma - 1; k >= 0 && commas.length < 2 && comma - k <= 16; k--) if (tokens[k]!.l === ",") commas.push(k);
  if (commas.length < 2) return null;
  const [mid, start] = commas as [number, number];
  const first = tokens.slice(start + 1, mid);
  const second = tokens.slice(mid + 1, comma);
  if (!first.length || !second.length || first.length > 8 || second.length > 8 || start < 3) return null;
  // (A word after "of" is a noun: "the head of claims", « le responsable des ventes ».)
  const afterOf = (ts: Token[], k: number) => k > 0 && /^(?:of|for|de|des|du|d')$/u.test(ts[k - 1]!.l);
  if ([first, second].some((ts) => ts.some((t, k) => (t.p && t.l !== "." && t.l !== "'") || (isVerbish(t) && !afterOf(ts, k))))) return null;
  const named = (ts: Token[]) => ts.filter((t) => /^\p{Lu}\p{Ll}/u.test(t.w)).length >= 2 && /^\p{Lu}/u.test(ts[0]!.w);
  const role = (ts: Token[]) => DETERMINER_WORDS.has(ts[0]!.l) || POSSESSIVE_PRONOUNS.has(ts[0]!.l);
  if (!((role(first) && named(second)) || (named(first) && role(second)))) return null;
  return [start + 1, comma];
}

/** Content before the cue: the quote that ends at the boundary, else from the clause start. */
function contentBefore(ctx: Ctx, boundary: number, fromSentenceStart = false, leadIn = false, fragmentLeadIn = false): [number, number] | null {
  const { tokens } = ctx;
  let b = boundary; // token index (exclusive end) of the content
  // (A figure's unit stays with it: "at 5.25%, the bank said".)
  while (b > 0 && tokens[b - 1]!.p && !CLOSE_QUOTES.has(tokens[b - 1]!.l) && !UNIT_SIGN.test(tokens[b - 1]!.l)) b--;
  if (b <= 0) {
    // "“How many times…?” Clinton said." was split after the question mark: the quote is the
    // previous sentence.
    const before = ctx.text.slice(Math.max(0, ctx.sentStart - 4), ctx.sentStart).replace(/[\s\u00A0\u202F]+$/u, "");
    if (before && CLOSE_QUOTES.has(before[before.length - 1]!)) {
      const at = ctx.sentStart - (ctx.sentStart - Math.max(0, ctx.sentStart - 4) - before.length) - 1;
      const r = regionAt(ctx.regions, at);
      if (r) return [r.start, r.end];
    }
    return null;
  }
  const last = tokens[b - 1]!;
  if (CLOSE_QUOTES.has(last.l)) {
    const r = regionAt(ctx.regions, last.s);
    if (r) {
      // "With thousands of systems, “there is no single point of failure,” he said.": a partial
      // quotation woven into the sentence; the words leading into it are reported too.
      // (So is a clause before « selon » that ends on a quoted word or two: « …, contre 46 % pour
      // le « non », selon un sondage… ».)
      const fragment = fragmentLeadIn && countWords(ctx.text.slice(r.start, last.e)) <= 4;
      if ((leadIn || fragment) && r.start > tokens[0]!.s) {
        let a = 0;
        while (a < b && (tokens[a]!.p || COORD.has(tokens[a]!.l) || tokens[a]!.l === "but" || tokens[a]!.l === "mais")) a++;
        const lead = ctx.text.slice(tokens[a]?.s ?? r.start, r.start);
        if (a < b && tokens[a]!.s < r.start && !/["“”«»„]|''/u.test(lead)) return [tokens[a]!.s, last.e];
      }
      return [r.start, last.e];
    }
  }
  let a = fromSentenceStart ? 0 : stripLeading(tokens, clauseStart(tokens, b, true), b);
  if (fromSentenceStart) while (a < b && (COORD.has(tokens[a]!.l) || tokens[a]!.l === "but" || tokens[a]!.l === "mais")) a++;
  if (a >= b) return null;
  const [x, y] = trimRange(tokens, a, b);
  if (y <= x) return null;
  return [tokens[x]!.s, tokens[y - 1]!.e];
}

// French lexical verbs are not in the lexicon: common modals and irregular finite forms, and the
// endings of the future, conditional and imperfect, tell a clause from a noun phrase ("Les
// travaux dureront deux mois, a précisé la mairie" is a clause, then an inverted source).
const FR_FINITE_FORMS = new Set(
  ("peut peuvent pourra pourront pourrait pourraient doit doivent devra devront devrait devraient veut veulent voudrait " +
    "voudraient va vont ira iront fait font fera feront faut faudra faudrait sait savent reste restent semble semblent " +
    "compte comptent coûte coûtent dure durent prévoit prévoient").split(" "),
);
const FR_NOT_VERBS = new Set(["portrait", "portraits", "trait", "traits", "extrait", "extraits", "souhait", "souhaits", "attrait", "affront", "affronts"]);
function frFiniteGuess(t: Token): boolean {
  if (t.p || !/^\p{Ll}/u.test(t.w)) return false;
  if (FR_FINITE_FORMS.has(t.l)) return true;
  return t.l.length >= 6 && !FR_NOT_VERBS.has(t.l) && /(?:ait|aient|eront|iront|erait|eraient|irait|iraient|[^é]era|ira)$/u.test(t.l);
}

/** « Le délai moyen… atteint six ans et quatre mois, précise le même document »: a clause of
 *  five words or more closed by the comma before the cue, whose subject no relative clause set
 *  between commas interrupts (« Les relevés, que nous avons pu consulter, indiquent des
 *  rafales » has its verb after that aside, and an object after it). */
function clauseThenComma(tokens: Token[], nearStart: number): boolean {
  if (tokens[nearStart - 1]?.l !== ",") return false;
  // (From the last colon: what comes before it is a clause of its own.)
  const chunk = tokens.slice(afterLastColon(tokens, nearStart - 1), nearStart - 1);
  if (chunk.filter((t) => !t.p).length < 5) return false;
  const firstComma = chunk.findIndex((t) => t.l === ",");
  if (firstComma >= 0 && /^(?:que|qu'|qui|dont|où|lequel|laquelle)$/u.test(chunk[firstComma + 1]?.l ?? "")) return false;
  // (Nor an aside on the subject just before the cue: « Les analyses…, publiées lundi, font état
  // de… », « Le quotidien…, citant un ancien officier, avait rapporté… ».)
  const lastComma = chunk.findLastIndex((t) => t.l === ",");
  // (« du », « lu »: too short to be a participle.)
  return lastComma < 0 || !/^\p{Ll}{2,}(?:ant|ée?s?|ie?s?|ue?s?)$/u.test(chunk[lastComma + 1]?.w ?? "");
}

/** "…,” said board member Rolando Petrakis", "said councillor Ana Ruiz": a role in lower case (up
 *  to three words), then a capitalised name, fills tokens [r, e). */
function roleBeforeName(tokens: Token[], r: number, e: number): boolean {
  let k = r;
  while (k < e && k < r + 3 && !tokens[k]!.p && /^\p{Ll}/u.test(tokens[k]!.w) && !isVerbish(tokens[k]!)) k++;
  // (The name may end on where the person works: "said coastal geologist Priya Halvorsen-Adu of
  // Saltmeadow State College".)
  let nameEnd = e;
  const of = tokens.findIndex((t, j) => j > k && j < e && /^(?:of|at|from)$/u.test(t.l));
  if (of > k && of + 1 < e && tokens.slice(of + 1, e).every((t) => /^\p{Lu}/u.test(t.w) || t.l === "the" || t.p)) nameEnd = of;
  const name = tokens.slice(k, nameEnd).filter((t) => !t.p || t.l === "-" || t.l === ".");
  return k > r && name.some((t) => /^\p{Lu}/u.test(t.w)) && name.every((t) => /^\p{Lu}/u.test(t.w) || t.l === "-" || t.l === ".");
}

function isNounPhraseStart(t: Token): boolean {
  return /^\p{Lu}/u.test(t.w) || /^(the|a|an|le|la|les|l'|un|une|des|du|son|sa|ses|leur|leurs|notre|nos|votre|vos|our|my|your|his|her|their|its|ce|cet|cette|ces|plusieurs|two|three|several|many|some|other|another|one|officials?|sources?)$/.test(t.l) || /^\d/.test(t.l);
}

// Words that cannot be a source on their own: "In defending himself, Trump…", "Perhaps go further
// and ask…", "He met the board. Promptly voted against…". A source made only of these was misread,
// so the cue keeps no source; one that opens with a subordinator loses it ("While Obama said…").
const NOT_A_SOURCE = new Set([
  ...SUBORDINATORS, ...LEADING_ADVERBIAL, "to", "of", "from", "once", "perhaps", "maybe", "whether", "being", "between", "following",
  "not", "even", "just", "only", "peut-être", "en", "de", "du", "promptly", "recently", "finally", "eventually", "initially",
  "previously", "currently", "separately", "similarly", "additionally", "instead", "already", "again",
]);

const PREP_SOURCE_OPENERS = new Set(["selon", "d'après", "according", "per"]);

function withoutNonSource(built: RawAttribution): RawAttribution {
  const words = built.sourceTokens.filter((t) => !t.p);
  if (!words.length || !built.source) return built;
  let k = 0;
  // (Lower-case "-ly" words only: "Kelly", "Italy" are names.)
  while (k < words.length && (NOT_A_SOURCE.has(words[k]!.l) || /^\p{Ll}+ly$/u.test(words[k]!.w))) k++;
  // ("Selon elle, cette débâcle… explique l'essentiel": a source opening on « selon » belongs to
  // that preposition's own attribution, not to the verb's.)
  if (k === words.length || (built.cue.kind !== "prep" && PREP_SOURCE_OPENERS.has(words[0]!.l))) {
    built.source = null;
    built.sourceTokens = [];
  } else if (k === 1 && SUBORDINATORS.has(words[0]!.l)) {
    built.source = [words[1]!.s, built.source[1]];
    built.sourceTokens = built.sourceTokens.filter((t) => t.s >= words[1]!.s);
  }
  // "Supervisors would sometimes tell…", "The administration may be reluctant…": the modal and
  // what follows it belong to the verb, not to the source.
  const m = built.sourceTokens.findIndex((t, i) => i > 0 && EN_MODALS.has(t.l));
  if (m > 0 && built.sourceTokens.slice(m + 1).every((t) => t.p || MODAL_ADVERBS.has(t.l) || /^\p{Ll}+ly$/u.test(t.w))) {
    const kept = built.sourceTokens.slice(0, m);
    built.source = [kept[0]!.s, kept[kept.length - 1]!.e];
    built.sourceTokens = kept;
  }
  return built;
}
// (« Cet homme est mort en 2019, a indiqué une source à notre rédaction », « …, rapporte un
// témoin »: after a clause, an indefinite source or person is the inverted subject.)
const SOURCE_PERSON_NOUN = /^(?:sources?|témoins?|proches?|responsables?|membres?|habitante?s?|riveraine?s?|enquêteurs?|enquêtrices?|policiers?|policières?|agents?|employée?s?|salariée?s?|élue?s?|cadres?|diplomates?|officiers?)$/u;
const GERUND_PREPS_EN = new Set(["in", "by", "after", "before", "while", "for", "of", "on", "without", "despite"]);
const EN_MODALS = new Set(["may", "might", "would", "could", "should", "will", "can", "must", "'ll", "'d"]);
const MODAL_ADVERBS = new Set(["not", "sometimes", "also", "still", "never", "always", "often", "even", "already", "soon", "then"]);

export function buildAttribution(ctx: Ctx, cue: CueHit): RawAttribution | null {
  const inner = buildAttributionInner(ctx, cue);
  const built = inner && withoutNonSource(inner);
  // (« nous les avons comptées », « il l'a confirmé »: an object pronoun between the subject and
  // the verb belongs to neither.)
  if (built?.source && ctx.lang === "fr") {
    const last = built.sourceTokens.at(-1);
    const kept = built.sourceTokens.length - (last && OBJECT_PRONOUNS_FR.has(last.w.replace("’", "'")) ? 1 : 0);
    if (kept > 0 && kept < built.sourceTokens.length) {
      built.sourceTokens = built.sourceTokens.slice(0, kept);
      built.source = [built.source[0], built.sourceTokens[kept - 1]!.e];
    }
  }
  // (« du chercheur, à qui une enquête interne reproche des « manipulations » »: the relative's
  // preposition and pronoun are no part of its subject.)
  if (built?.source && built.sourceTokens.length > 2 && PREPOSITION_BEFORE_WHOM.has(built.sourceTokens[0]!.l) && /^(?:qui|whom|lequel|laquelle|lesquels|lesquelles)$/u.test(built.sourceTokens[1]!.l)) {
    built.sourceTokens = built.sourceTokens.slice(2);
    built.source = [built.sourceTokens[0]!.s, built.source[1]];
  }
  // ("The Office, which joined the defense in asking for the conviction to be vacated, said…": a
  // gerund after a preposition has no source of its own ending on that preposition.)
  // (Only in a relative clause: "Trump, in saying that…" keeps its subject.)
  if (built?.source && cue.gerund && GERUND_PREPS_EN.has(built.sourceTokens.at(-1)?.l ?? "") && RELATIVES.has(built.sourceTokens[0]?.l ?? "")) return null;
  if (built) {
    withoutFigureNoun(built);
    withoutTimeBeforeVerb(built, ctx);
    withoutAppositionAfterSubject(built, ctx, cue);
    withinOpeningPhrase(built, ctx);
    withAnonymousRelative(built, ctx);
    fromWhose(built);
  }
  // ("The mission said in a report that 95 per cent of prisoners described torture": words said
  // that end on "that" are another verb's frame, and this cue's source is inside its words.)
  // (Not French « c’est ce qu’a relevé notre journaliste », whose « qu’ » takes up the words.)
  if (built?.side === "before" && ctx.lang === "en" && /(?<![\p{L}])that\s*$/iu.test(ctx.text.slice(built.content[0], built.content[1]))) return null;
  // (« Sollicitée, l’entreprise n’a pas souhaité commenter »: a participle opening the sentence is
  // how the source was asked, nothing it said.)
  if (built?.side === "before" && /^\p{Lu}\p{Ll}+(?:é|ée|és|ées|ed|ing)$/u.test(ctx.text.slice(built.content[0], built.content[1]).trim())) return null;
  if (built) participleWordsEnd(built, ctx, cue);
  // (The aside between dashes before the cue describes the source: no claim of its own.)
  const dash = built && !built.aside ? dashAsideStart(ctx.tokens, cue.i0) : null;
  if (built && dash !== null) built.aside = [ctx.tokens[dash]!.s, ctx.tokens[cue.i0 - 1]!.e];
  if (built) {
    built.cueText = ctx.text.slice(built.cueSpan[0], built.cueSpan[1]);
    built.prevWord = ctx.tokens[cue.i0 - 1]?.l;
    // "The speaker, despite admitting that he had concerns, backed the bill": a gerund phrase set
    // off by commas ends at its closing comma.
    if (cue.gerund && ASIDE_PREPS.has(built.prevWord ?? "") && ctx.tokens[cue.i0 - 2]?.l === ",") {
      endAtFirstComma(built, ctx);
    }
  }
  return built;
}

// Edges of an attribution, mended once it is built (each says what it mends).

/** "…£1.9 million a year, a figure Morag Lennie, treasurer of the campaign, insisted was “far too
 *  small”": a relative clause with no "that" on the figure just given; its subject is the source,
 *  not the figure nor the words before it. */
function withoutFigureNoun(built: RawAttribution): void {
  const toks = built.sourceTokens;
  const k = toks.findLastIndex((t, i) => FIGURE_NOUNS.has(t.l) && /^(?:a|an|the|that)$/u.test(toks[i - 1]?.l ?? "") && (i === 1 || toks[i - 2]?.l === ","));
  const first = toks[k + 1];
  if (k < 0 || !first || !(/^\p{Lu}/u.test(first.w) || DETERMINER_WORDS.has(first.l))) return;
  built.sourceTokens = toks.slice(k + 1);
  built.source = [first.s, built.source![1]];
  // (", a figure" is no claim of the outlet's either.)
  built.aside ??= [toks[k - 1]!.s, toks[k]!.e];
}
const FIGURE_NOUNS = new Set(["figure", "number", "estimate", "amount", "sum", "total", "count", "tally", "claim", "forecast", "projection"]);

/** The words said end at their first comma outside a quotation. */
function endAtFirstComma(built: RawAttribution, ctx: Ctx): void {
  const comma = ctx.tokens.find((t) => t.l === "," && t.s > built.content[0] && t.s < built.content[1] && !regionAt(ctx.regions, t.s));
  if (comma) built.content = [built.content[0], comma.s];
}

function withoutTimeBeforeVerb(built: RawAttribution, ctx: Ctx): void {
  // ("an APW journalist last week saw…", "The ministry on Monday said…": the time between the
  // subject and its verb is no part of who spoke.)
  if (built.source && ctx.lang === "en" && built.source[1] <= built.cueSpan[0]) {
    const words = built.sourceTokens.map((t) => t.l).join(" ");
    const time = TIME_BEFORE_VERB.exec(words);
    const before = time ? words.slice(0, time.index).trim() : "";
    // (Not the time of a participle's phrase: "A survey published on Friday put…".)
    if (time && time.index > 0 && !/(?:ed|en|wn)$/u.test(before)) {
      const keep = before.split(" ").length;
      built.sourceTokens = built.sourceTokens.slice(0, keep);
      built.source = [built.source[0], built.sourceTokens[keep - 1]!.e];
    }
  }
}

function withoutAppositionAfterSubject(built: RawAttribution, ctx: Ctx, cue: CueHit): void {
  // ("A study by researchers at the University of Brackenfield, published in October and based on
  // 2,400 pregnancies, found…", « Les documents, révélés vendredi par le site… et que Le Vigilant
  // a pu consulter, montrent… »: a participle's phrase or a relative clause after the subject is
  // its apposition, not the source.)
  if (built.source) {
    const { tokens } = ctx;
    const t0 = tokens.findIndex((t) => t.s >= built.source![0]);
    const opensAside = (k: number) => appositionOpens(tokens, k, ctx.lang);
    // (A relative clause only where a comma closes it before the cue.)
    const inAside = t0 > 1 && ((opensAside(t0) && [",", "and", "et"].includes(tokens[t0 - 1]!.l)) || (APPOSED_RELATIVE.has(tokens[t0 - 1]!.l) && [",", "and", "et"].includes(tokens[t0 - 2]?.l ?? "") && tokens[cue.i0 - 1]?.l === ","));
    if (inAside) {
      let comma = -1;
      for (let k = t0 - 1; k > 0; k--) {
        if (tokens[k]!.l === "." || tokens[k]!.l === ";") break;
        if (tokens[k]!.l === "," && (opensAside(k + 1) || APPOSED_RELATIVE.has(tokens[k + 1]?.l ?? ""))) comma = k;
      }
      let a = comma - 1;
      while (a > 0 && !tokens[a - 1]!.p) a--;
      const subject = comma > 0 ? tokens.slice(a, comma) : [];
      // (A word that could be a verb is a noun after a determiner: « Les relevés de la station ».)
      if (subject.length > 0 && subject.length <= 14 && isNounPhraseStart(subject[0]!) && !subject.some((t, i) => (isVerbish(t) && !DETERMINER_WORDS.has(subject[i - 1]?.l ?? "")) || EN_AUX.has(t.l))) {
        built.aside = [tokens[comma]!.s, built.source[1]];
        built.sourceTokens = subject;
        built.source = [subject[0]!.s, subject.at(-1)!.e];
      }
    }
  }
}

/** "The ledger was found by Lucia Marenko-Pryce, a researcher, whose report, sent to the ministry
 *  in February, concludes that…": the verb's subject is the noun after "whose", not the clause
 *  before it, which stays the outlet's. */
function fromWhose(built: RawAttribution): void {
  if (!built.source || built.side !== "after") return;
  const k = built.sourceTokens.findIndex((t, i) => i > 0 && t.l === "whose" && built.sourceTokens[i - 1]!.l === ",");
  // (Not "Mrs Alabi, whose son has been held since 2021, said…", "…, whose son died in 2020,
  // said…": a clause of its own. The noun after "whose" stands alone, up to a comma or the verb.)
  const comma = built.sourceTokens.findIndex((t, i) => i > k && t.l === ",");
  const noun = built.sourceTokens.slice(k + 1, comma < 0 ? undefined : comma);
  // (Nor "Priya Sandhu-Vale, whose father, 86, lived on Kell Street…, said…": words after the
  // noun's apposition are the clause's verb.)
  const closing = comma < 0 ? -1 : built.sourceTokens.findIndex((t, i) => i > comma && t.l === ",");
  const clauseAfter = closing > 0 && built.sourceTokens.slice(closing + 1).some((t) => !t.p);
  if (k < 0 || noun.length === 0 || noun.length > 2 || clauseAfter || noun.some((t) => /ed$/u.test(t.l)) || built.sourceTokens.slice(k).some((t) => EN_AUX.has(t.l))) return;
  built.sourceTokens = built.sourceTokens.slice(k);
  built.source = [built.sourceTokens[0]!.s, built.source[1]];
}

/** "A county official who spoke on condition of anonymity because the assessment had not been
 *  made public said…": a relative on how the source spoke, with no commas, is part of the source,
 *  which starts at the noun phrase before "who" (the scan back stopped at a verb inside it). */
function withAnonymousRelative(built: RawAttribution, ctx: Ctx): void {
  if (!built.source || built.side !== "after") return;
  const { tokens } = ctx;
  const t0 = tokens.findIndex((t) => t.s >= built.source![0]);
  let who = t0 - 1;
  while (who > 0 && t0 - who < 25 && !tokens[who]!.p && tokens[who]!.l !== "who") who--;
  if (who <= 0 || tokens[who]!.l !== "who" || !ANONYMITY_RE.test(ctx.text.slice(tokens[who]!.s, built.source[1]))) return;
  let a = who;
  while (a > 0 && who - a < 6 && !tokens[a - 1]!.p && !isVerbish(tokens[a - 1]!) && !CLAUSE_WORDS.has(tokens[a - 1]!.l) && !COORD.has(tokens[a - 1]!.l) && tokens[a - 1]!.l !== "but") a--;
  if (a === who || !(DETERMINER_WORDS.has(tokens[a]!.l) || /^\p{Lu}/u.test(tokens[a]!.w))) return;
  built.sourceTokens = tokens.slice(a, tokens.findIndex((t) => t.e >= built.source![1]) + 1);
  built.source = [tokens[a]!.s, built.source[1]];
}

function withinOpeningPhrase(built: RawAttribution, ctx: Ctx): void {
  // ("At a position that Ukrainian troops said they had captured in October, an APW journalist
  // saw…": an attribution in a relative clause inside the opening phrase ends with that phrase.)
  if (built.source && built.side === "after") {
    const { tokens } = ctx;
    const rel = tokens.findIndex((t) => t.s >= built.source![0]) - 1;
    const relWord = tokens[rel]?.l ?? "";
    if (rel > 1 && OPENING_RELATIVES.has(relWord) && PHRASE_PREPS.has(tokens[0]!.l) && !tokens.slice(0, rel).some((t) => t.p)) {
      endAtFirstComma(built, ctx);
    }
  }
}

function participleWordsEnd(built: RawAttribution, ctx: Ctx, cue: CueHit): void {
  // ("A post by the MP claiming that “…” had been viewed 2.3 million times": the participle's
  // words end where the main clause's verb takes over.)
  // (Only a participle on its noun, not ", saying “no concession” had been made".)
  if (cue.gerund && built.side === "after" && !ctx.tokens[cue.i0 - 1]?.p) {
    const said = ctx.text.slice(built.content[0], built.content[1]);
    const m = /^[“"«][^”"»]+[”"»](?=\s+(?:had|has|have|was|were|is|are|will|would|could|a|avait|ont|est|était)\s)/u.exec(said);
    if (m) built.content = [built.content[0], built.content[0] + m[0].length];
  }
}

/** Where an aside between dashes that ends right before token `end` opens, or null. */
function dashAsideStart(tokens: Token[], end: number): number | null {
  const close = tokens[end - 1]?.l;
  if (close !== "—" && close !== "–") return null;
  for (let k = end - 2; k > 0 && k > end - 40; k--) {
    if (tokens[k]!.l === close) return k;
    if (tokens[k]!.l === "." || tokens[k]!.l === ";") return null;
  }
  return null;
}
const APPOSED_RELATIVE = new Set(["que", "qu'", "that", "which", "dont"]);
/** A participle opening an apposition at k: "published in October", « révélés vendredi par… ». */
function appositionOpens(tokens: Token[], k: number, lang: "fr" | "en"): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (!t || !next || next.p) return false;
  return lang === "en" ? APPOSED_PARTICIPLE.test(`${t.l} ${next.l}`) : /^\p{Ll}{3,}(?:é|ée|és|ées)$/u.test(t.w) || FR_IRREGULAR_PARTICIPLE.test(t.w);
}
// (« Un rapport…, remis fin février à la mairie et que La Voix a pu consulter, relève… ».)
const FR_IRREGULAR_PARTICIPLE = /^(?:(?:re|trans|com|sou)?mise?s?|(?:re|com|sur)?prise?s?|(?:ré|pro|con|tra)?(?:écrite?s?|duite?s?)|(?:re)?faite?s?|obtenue?s?|parue?s?|rendue?s?|ouverte?s?)$/u;
const APPOSED_PARTICIPLE = /^(?:\p{Ll}{3,}ed|written|drawn|led|seen|shown|taken|carried) (?:in|on|by|from|at|for|out|last|this|with|after|over)$/u;
const OPENING_RELATIVES = new Set(["that", "which", "where", "que", "qu'", "où"]);
const WEEKDAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
const WEEKDAY_RE = new RegExp(`^(?:${WEEKDAY})$`, "u");
const TIME_OF_DAY = /^(?:morning|afternoon|evening|night)$/u;
const TIME_BEFORE_VERB = new RegExp(String.raw` (?:(?:last|this|earlier this|late last|early last) (?:week|month|year|weekend|night|morning|afternoon|evening|spring|summer|autumn|fall|winter)|(?:on )?(?:${WEEKDAY})(?: (?:morning|afternoon|evening|night))?|yesterday|today|earlier|recently|previously)$`, "u");

function buildAttributionInner(ctx: Ctx, cue: CueHit): RawAttribution | null {
  const { tokens } = ctx;
  currentLang = ctx.lang;
  const n = tokens.length;
  const cueSpan: [number, number] = [tokens[cue.i0]!.s, tokens[cue.i1 - 1]!.e];
  const endOfSentence = (): number => sentenceEndIndex(tokens);
  const spanOf = (a: number, b: number): [number, number] => [tokens[a]!.s, tokens[b - 1]!.e];

  if (cue.kind === "verb" && cue.inverted === null) {
    const frame = asClause(ctx, cue, cueSpan) ?? frontedParticiple(ctx, cue, cueSpan);
    if (frame) return frame;
  }
  // « …, a constaté notre équipe sur place, palettes en feu »: after a comma, the outlet's own
  // people after a verb of seeing are its inverted subject, up to the next comma.
  if (cue.kind === "verb" && cue.strength === "evidence" && tokens[cue.i0 - 1]?.l === "," && /^(?:notre|nos)$/u.test(tokens[cue.i1]?.l ?? "")) {
    let e = cue.i1 + 1;
    while (e < n && !tokens[e]!.p && !isTimeAfterSource(tokens, e)) e++;
    const content = contentBefore(ctx, cue.i0 - 1, true);
    if (content) return { cue, cueSpan, source: spanOf(cue.i1, e), sourceTokens: tokens.slice(cue.i1, e), content, side: "before" };
  }
  if (cue.kind === "prep") {
    // "Citing an unfounded theory, Trump accused…": the main clause's subject cites it.
    const frame = frontedParticiple(ctx, cue, cueSpan);
    if (frame) return frame;
  }

  // Nominal cues: "Donald Trump’s claim that there have been thousands of shootings".
  if (cue.kind === "nominal" && cue.owner && cue.contentFrom !== undefined) {
    const [a, b] = cue.owner;
    const from = cue.contentFrom;
    let end = endOfSentence();
    // "Contrary to his claim that X, Y" / « Malgré sa promesse de X, Y »: inside a phrase that
    // opens the sentence, the reported words end at its comma; the main clause is the author's.
    const opening = Math.min(a, cue.i0);
    let comma = -1;
    if (opening > 0 && stripLeading(tokens, 0, opening) <= opening) {
      for (let k = from + 1; k < end; k++) if (tokens[k]!.l === "," && !regionAt(ctx.regions, tokens[k]!.s)) { comma = k; end = k; break; }
    }
    // "Despite his promise to cut taxes, the mayor raised…": a possessive in the opening phrase
    // points forward to the subject of the main clause.
    if (comma > 0 && b - a === 1 && POSSESSIVE_PRONOUNS.has(tokens[a]!.l)) {
      const subj = mainSubject(tokens.slice(comma + 1), tokens.length - comma - 1, ctx.lang);
      // Only a person can be the owner ("Contrary to her claim…, taxes will rise" looks back).
      if (subj && !SUBJECT_PRONOUN.has(tokens[comma + 1 + subj[0]]!.l) && looksLikePerson(ctx.text.slice(tokens[comma + 1 + subj[0]]!.s, tokens[comma + subj[1]]!.e))) {
        const s0 = comma + 1 + subj[0];
        const s1 = comma + 1 + subj[1];
        return { cue, cueSpan, source: spanOf(s0, s1), sourceTokens: tokens.slice(s0, s1), content: spanOf(from, end), side: "after" };
      }
    }
    // "Brown's promise to cut taxes was popular": an infinitive ends at the main clause's verb.
    if (tokens[from]?.l === "to" || tokens[from]?.l === "de") {
      for (let k = from + 2; k < end; k++) if (FINITE[ctx.lang].has(tokens[k]!.l) || (ctx.lang === "en" && EN_AUX.has(tokens[k]!.l) && tokens[k - 1]!.l !== "to")) { end = k; break; }
    }
    if (end - from < 2) return null;
    // The owner's name without its possessive ending ("Brown's" → "Brown").
    const source = spanOf(a, b);
    if (/['’]s$/u.test(tokens[b - 1]!.w)) source[1] -= 2;
    return { cue, cueSpan, source, sourceTokens: tokens.slice(a, b), content: spanOf(from, end), side: "after" };
  }
  if (cue.kind === "nominal") return null;

  // "…, McConnell said in 2012, citing the release of prisoners": after a comma inside the
  // sentence, "citing" gives the main subject's grounds, which are its content. (Unless what is
  // cited is a source — "the Times reported, citing two officials, …" — a chain handled apart.)
  if (cue.kind === "prep" && (cue.lemma === "cite" || cue.lemma === "citer") && cue.i0 > 1 && tokens[cue.i0 - 1]?.l === ",") {
    let e = cue.i1;
    while (e < n && tokens[e]!.l !== "," && !SENT_PUNCT.test(tokens[e]!.l)) e++;
    const cited = e > cue.i1 ? ctx.text.slice(tokens[cue.i1]!.s, tokens[e - 1]!.e) : "";
    const subj = mainSubject(tokens, cue.i0 - 1, ctx.lang);
    if (cited && !SOURCE_NOUNS.test(cited) && subj && e - cue.i1 >= 2) {
      return { cue, cueSpan, source: spanOf(subj[0], subj[1]), sourceTokens: tokens.slice(subj[0], subj[1]), content: spanOf(cue.i1, e), side: "after" };
    }
  }

  // Perspective phrases: "In his view, Y." / "Y in his eyes." / "Y, by one estimate."
  if (cue.kind === "prep" && cue.owner) {
    const end = endOfSentence();
    const lead = stripLeading(tokens, 0, cue.i0);
    let content: [number, number] | null = null;
    if (lead >= cue.i0) {
      let a = cue.i1;
      while (a < end && tokens[a]!.p) a++;
      if (end - a >= 2) content = spanOf(a, end);
    } else {
      const before = trimRange(tokens, lead, cue.i0);
      // "Y, in his view, Z": the clause goes on after the phrase.
      const goesOn = tokens[cue.i1]?.l === "," && end - cue.i1 > 3;
      if (before[1] > before[0]) content = [tokens[before[0]]!.s, goesOn ? tokens[end - 1]!.e : tokens[before[1] - 1]!.e];
    }
    if (!content) return null;
    const [o0, o1] = cue.owner;
    const source = spanOf(o0, o1);
    if (/['’]s$/u.test(tokens[o1 - 1]!.w)) source[1] -= 2;
    return { cue, cueSpan, source, sourceTokens: tokens.slice(o0, o1), content, side: lead >= cue.i0 ? "after" : "before" };
  }

  // Prepositional cues: According to X, Y. / Y, according to X.
  if (cue.kind === "prep") {
    let e = cue.i1;
    // ("according to that inspection report": a demonstrative, not a complementizer.)
    if (tokens[e]?.l === "that" && /^\p{Ll}+$/u.test(tokens[e + 1]?.w ?? "") && !isVerbish(tokens[e + 1]!) && !SUBJECT_PRONOUN.has(tokens[e + 1]!.l)) e++;
    // (A pronoun is the whole source: « qui aurait selon elle bloqué le recrutement… ».)
    if (STRESSED_PRONOUN.test(tokens[e]?.l ?? "")) e++;
    else while (e < n && !(tokens[e]!.p && tokens[e]!.l !== "'" && tokens[e]!.l !== "-" && tokens[e]!.l !== "(" && tokens[e]!.l !== ")") && !COMPLEMENTIZERS.has(tokens[e]!.l) && e < cue.i1 + 18) e++;
    if (e === cue.i1) return null;
    // "Pour Laurent Berger, secrétaire général de la CFDT, « … »": a short appositive after the
    // source (lower-case, no verb, closed by a comma) belongs to the source.
    // (Later in the sentence, only a role's name: « …, selon le bourgmestre de Hollenfeld, Marc
    // Schammel, qui… ».)
    // (Not after a pronoun: « Selon lui, le dernier gel comparable, en 2012, avait… ».)
    if (tokens[e]?.l === "," && !(e === cue.i1 + 1 && /^(?:lui|elle|eux|elles|him|her|them)$/u.test(tokens[cue.i1]!.l))) {
      let k = e + 1;
      while (k < n && k < e + 12 && tokens[k]!.l !== "," && !tokens[k]!.p && !isVerbish(tokens[k]!)) k++;
      // (A relative clause about the source, verbs and all: ", a copy of which has been seen by the
      // Gazette,".)
      // (« Selon la main courante, que Le Limnimètre a pu consulter, l’exploitant… »: a relative
      // clause on the text, opening on « que ».)
      const queClause = tokens[e + 1]?.l === "que" || tokens[e + 1]?.l === "qu'";
      const relativeIn = (to: number) => queClause || tokens.slice(e + 1, to).some((t) => t.l === "which" || t.l === "whom" || t.l === "dont");
      if (relativeIn(e + 5)) {
        k = e + 1;
        while (k < n && k < e + 16 && tokens[k]!.l !== "," && !SENT_PUNCT.test(tokens[k]!.l)) k++;
      }
      // (And a role's name: « Pour la procureure, Sandrine Moréac, … ».)
      // (« selon sa coordinatrice d’urgence, la docteure Fatimé Zara Ousmane, … »: with a title.)
      const titled = tokens.slice(e + 1, k).findIndex((t) => !NAME_TITLE_WORDS.has(t.l));
      const roleName = DETERMINER_WORDS.has(tokens[cue.i1]!.l) && titled >= 0 && e + 1 + titled < k && tokens.slice(e + 1 + titled, k).every((t) => /^\p{Lu}/u.test(t.w));
      // (The phrase must say what the source is: a role, a body, a person, or how the text came
      // out; in « Selon la fiche de rappel, un défaut d’isolation provoque, dans de rares cas, … »
      // and "According to the museum's annual report, attendance fell 12 percent last year, to
      // about 310,000 visitors, …" the comma closes a clause of the words reported.)
      const said = ctx.text.slice(tokens[e + 1]?.s ?? 0, tokens[k - 1]?.e ?? 0);
      const [w1 = "", w2 = ""] = [tokens[e + 1]?.l, tokens[e + 2]?.l];
      const describes = () =>
        RELATIVES.has(w1) || /(?:é|ée|és|ées|ed)$/u.test(w1) || isPersonNoun(w1) || (DETERMINER_WORDS.has(w1) && isPersonNoun(w2)) ||
        looksLikePerson(said) || appositionKind(`${ctx.text.slice(tokens[cue.i1]!.s, tokens[e - 1]!.e)}, ${said}`) !== null ||
        // (Where they work: « Pour la biologiste Nathalie Técher-Bègue, de l'IRHOI, … ».)
        (/^(?:de|du|d'|of|at|from)$/u.test(w1) && k - e <= 11 && tokens.slice(e + 1, k).some((t) => /^\p{Lu}/u.test(t.w))) ||
        // (How the outlet has it: "according to that report, a copy of which has been seen by the
        // Gazette, …".)
        relativeIn(k);
      // (Opening the sentence, not a clause set against another: « Selon Le Courrier boréacois,
      // l’hôpital de Boréac facture 1,50 euro la première heure, tandis que l’association juge… »;
      // later in it, « …, selon son avocate, Me Sarah Hennuyer, tandis que… » names her.)
      const ends = (k < n && tokens[k]!.l === "," && !(cue.i0 <= 1 && CONTRAST_OPENERS.has(tokens[k + 1]?.l ?? ""))) || (cue.i0 > 1 && (k >= n || tokens[k]!.l === "."));
      // (Not the main clause's subject, a role with its name before the verb: « Selon De
      // Avondpost, le ministre du Budget, Pieter Claessens, aurait plaidé… ».)
      // (At the end of the sentence, how a poll or a study was made: « …, selon un sondage de
      // l’institut X, réalisé du 18 au 22 septembre. ».)
      const madeAtEnd = cue.i0 > 1 && (k >= n || tokens[k]!.l === ".") && /^\p{Ll}+(?:é|ée|és|ées)$|^(?:published|released|conducted|carried|taken|commissioned)$/u.test(w1);
      // (And what the source is, closing the sentence: "…, according to Breachsight, a blog that
      // tracks stolen data.")
      let last = e + 1;
      while (last < n && last < e + 16 && tokens[last]!.l !== "," && !SENT_PUNCT.test(tokens[last]!.l)) last++;
      const whatItIs = cue.i0 > 1 && /^(?:a|an|un|une)$/u.test(w1) && (last >= n || tokens[last]!.l === ".") && last > e + 2;
      if (whatItIs) k = last;
      if ((ends || whatItIs) && k > e + 1 && (roleName || madeAtEnd || whatItIs || (cue.i0 <= 1 && /^\p{Ll}/u.test(tokens[e + 1]!.w) && describes() && !namedSubjectAt(tokens, k)))) e = k;
    }
    let source: [number, number] = trimRange(tokens, cue.i1, e);
    if (source[1] <= source[0]) return null;
    let srcSpan = spanOf(source[0], source[1]);
    const lead = stripLeading(tokens, 0, cue.i0);
    let content: [number, number] | null;
    // (After a colon too, with a pronoun for source: « L’ONNA conteste ce chiffre : selon lui,
    // « … » »; not « Quatorze voix d’écart : selon les résultats, … », where the clause before
    // the colon sums up the same words.)
    if (lead >= cue.i0 || cue.i0 <= 1 || (tokens[cue.i0 - 1]?.l === ":" && TAKEN_UP_PRONOUN.test(tokens[cue.i1]?.l ?? "") && tokens[cue.i1 + 1]?.l === ",")) {
      // Cue first: content after the source.
      let a = e;
      while (a < n && tokens[a]!.p && !OPEN_QUOTES.has(tokens[a]!.l)) a++;
      if (tokens[a] && COMPLEMENTIZERS.has(tokens[a]!.l)) a++;
      const b = endOfSentence();
      // (Nothing after the source: the cue closed the sentence after all, and what stood before
      // it only looked like circumstance — "On Sunday, water was cut off, according to the
      // council.")
      content = a < b ? spanOf(a, b) : cue.i0 > 1 ? contentBefore(ctx, cue.i0, true) : null;
    } else {
      content = contentBefore(ctx, cue.i0, true, false, true);
      // "Y, selon X, Z": the content may continue after the source (not into a relative clause on
      // a source named in apposition: « …, selon le bourgmestre, Marc Schammel, qui s'est rendu
      // sur place »).
      const b = endOfSentence();
      const apposed = tokens.slice(source[0], source[1]).some((t) => t.l === ",");
      // (Set against the clause before it, the source's words are the rest of the sentence alone:
      // « L’élue parle de… , quand, selon la préfecture, deux seulement ont eu lieu », "…, while,
      // according to the council, every application has been processed".)
      // (The source may run on past the words looked at for it: « d’après une étude publiée en mars
      // par la Chaire de recherche… de l’Université de Val-Mercier, ce revenu… ».)
      const comma = content && CONTRAST_THEN_COMMA.test(ctx.text.slice(content[0], cueSpan[0])) ? tokens.findIndex((t, k) => k >= e && k < e + 30 && t.l === ",") : -1;
      // (Nor into how the source spoke: "…, according to a senior engineer, who spoke on condition
      // of anonymity".)
      const anonymity = e + 1 < b && RELATIVES.has(tokens[e + 1]!.l) && ANONYMITY_RE.test(ctx.text.slice(tokens[e + 1]!.s, tokens[b - 1]!.e));
      if (comma > 0 && comma < b - 2) {
        content = spanOf(comma + 1, b);
        source = trimRange(tokens, cue.i1, comma);
        srcSpan = spanOf(source[0], source[1]);
      } else if (content && e < b - 2 && tokens[e]?.l === "," && !(apposed && RELATIVES.has(tokens[e + 1]?.l ?? "")) && !anonymity) content = [content[0], tokens[b - 1]!.e];
      // (A pronoun set inside the verb of a relative clause, with no comma, is the main clause's
      // subject, and the words are what follows it: « Elle vise aussi X, qui aurait selon elle
      // bloqué le recrutement… », « le CRR a ouvert une enquête contre Orvane, qui encourt selon
      // lui une amende… ».)
      else if (content && e < b - 1 && !tokens[cue.i0 - 1]!.p && !tokens[e]!.p && STRESSED_PRONOUN.test(tokens[cue.i1]?.l ?? "")) {
        const rel = tokens.findIndex((t, k) => k < cue.i0 && k > 0 && RELATIVES.has(t.l) && tokens[k - 1]!.l === "," && !tokens.slice(k + 1, cue.i0).some((x) => x.p));
        const main = rel > 0 ? mainSubject(tokens, rel - 1) : null;
        if (main && main[1] <= rel - 1) {
          source = main;
          srcSpan = spanOf(main[0], main[1]);
          content = spanOf(e, b);
        } else content = [content[0], tokens[b - 1]!.e];
      }
    }
    if (!content) return null;
    return { cue, cueSpan, source: srcSpan, sourceTokens: tokens.slice(source[0], source[1]), content, side: "after" };
  }

  // Right side: skip adverbs and short circumstantial phrases, look for "that/que/:/quote".
  let r = cue.i1;
  // (« Le club annonce, lui, une affluence de 1 450 personnes »: a stressed pronoun set off.)
  // (Before « que », the aside is stepped over where asides are: « affirme, lui, que… ».)
  if (tokens[r]?.l === "," && /^(?:lui|elle|eux|elles)$/u.test(tokens[r + 1]?.l ?? "") && tokens[r + 2]?.l === "," && !COMPLEMENTIZERS.has(tokens[r + 3]?.l ?? "")) r += 3;
  let comp = -1;
  let sawComma = false;
  const objectCue = OBJECT_CUES.has(cue.lemma);
  // The complementizer must follow the cue, possibly after adverbs, a time phrase, a
  // circumstantial phrase ("said at a briefing Monday that", "a déclaré lundi que") or, for
  // tell-type verbs, an object ("told reporters that"). Anything else ends the search, so a
  // relative "that" further on ("dresses that showed") is not taken for one.
  let inPhrase = objectCue;
  // « a fait savoir vendredi, dans un communiqué, que… », « a confirmé, dans un communiqué diffusé
  // lundi, avoir ouvert… »: a circumstantial phrase set between commas after the cue.
  let aside = false;
  let asideEnd = -1;
  // « dénonce sur Instagram « … » », "wrote on Facebook: …": the channel is no part of the words.
  const channelEnd = platformPhraseEnd(tokens, cue.i1);
  for (let k = cue.i1; k < Math.min(n, cue.i1 + (objectCue ? 12 : 10) + (aside || asideEnd > 0 ? 6 : 0)); k++) {
    const t = tokens[k]!;
    const isQuoteOpen = t.l === "“" || t.l === "«" || (t.l === '"' && regionAt(ctx.regions, t.s)?.start === t.s);
    // "told reporters after the meeting that was held on a boat": "that" followed by a verb
    // starts a relative clause, not the reported words.
    const nx = tokens[k + 1];
    if ((t.l === "that" || t.l === "qui") && k > cue.i1 && nx && (EN_AUX.has(nx.l) || FINITE[ctx.lang].has(nx.l) || (ctx.lang === "en" && /^\p{Ll}+ed$/u.test(nx.w)))) break;
    if (COMPLEMENTIZERS.has(t.l) || isQuoteOpen) {
      if (!isQuoteOpen || k === cue.i1 || k === channelEnd || tokens[k - 1]!.l === "," || tokens[k - 1]!.l === ":") {
        if (!sawComma || t.l === ":" || isQuoteOpen || (asideEnd === k && t.l !== "that")) comp = COMPLEMENTIZERS.has(t.l) ? k + 1 : k;
      }
      break;
    }
    if (t.l === "," || t.l === "." || t.l === ";") {
      if (t.l !== ",") break;
      if (aside) {
        asideEnd = k + 1;
        aside = false;
      } else if (!sawComma && ctx.lang === "fr" && CIRCUMSTANCE_PREPS.has(tokens[k + 1]?.l ?? "")) aside = true;
      sawComma = true;
      continue;
    }
    // ("estimated in a report last year that…": after a determiner, "report" is a noun.)
    // (Inside an aside, a participle belongs to it: « dans un communiqué diffusé lundi », « dans
    // une réponse écrite ».)
    if (isVerbish(t) && k > cue.i1 && !EN_AUX.has(t.l) && !(inPhrase && DETERMINER_WORDS.has(tokens[k - 1]!.l)) && !(aside && /(?:é|ée|és|ées|ite|ites|ise|ises)$/u.test(t.l))) break;
    if (SKIPPABLE.has(t.l) || PHRASE_PREPS.has(t.l)) {
      if (PHRASE_PREPS.has(t.l)) inPhrase = true;
      continue;
    }
    // (An aside runs to its comma: « dans un courrier adressé le 6 mars à ses livreurs, que… ».)
    if (inPhrase && (DETERMINER_WORDS.has(t.l) || /^\p{Lu}/u.test(t.w) || /^\d/.test(t.l) || k - cue.i1 <= (aside ? 14 : 8))) continue;
    break;
  }
  // (A phrase's words count as one: « a prévenu en fin d'après-midi le colonel… ».)
  for (let words = 0; r < n && SKIPPABLE.has(tokens[r]!.l) && words < 3; words++) {
    const phrase = tokens[r]!.l;
    do r++;
    while (r < n && phrase.includes(" ") && tokens[r]!.l === phrase);
  }
  if (comp < 0 && asideEnd > 0 && tokens[r]?.l === ",") r = asideEnd;
  // "told Quadwise he filed a complaint", "told the Herald she had left": with no "that", the
  // words start at the subject pronoun after the hearer.
  if (comp < 0 && objectCue && ctx.lang === "en") comp = pronounAfterHearer(tokens, cue.i1, n);
  // « a confirmé dans un communiqué un « rejet accidentel » », « a confirmé en janvier son
  // intention de… », "confirmed in a statement the closure of…": the channel or the month said
  // first, then the object that is the claim.
  if (comp < 0 && ctx.lang === "fr" && cue.kind === "verb") {
    const object = afterChannelOrMonth(tokens, r);
    if (object > r && (DETERMINER_WORDS.has(tokens[object]!.l) || OPEN_QUOTES.has(tokens[object]!.l) || /^\d/u.test(tokens[object]!.l))) r = object;
  }
  // « Elle a détaillé ses griefs : ¶ « … » », "he set out his case:": a short object, then a colon
  // that ends the paragraph; the quotation follows.
  if (comp < 0 && ctx.nextParagraph && DETERMINER_WORDS.has(tokens[cue.i1]?.l ?? "")) {
    for (let k = cue.i1 + 1; k < Math.min(n, cue.i1 + 5); k++) {
      if (tokens[k]!.l === ":" && tokens.slice(k + 1).every((t) => t.p)) comp = k + 1;
      if (tokens[k]!.p || isVerbish(tokens[k]!)) break;
    }
  }

  // Left side.
  // ("The documents — a chain of 14 emails and a note dated Nov. 19, 2024 — show…": the aside
  // between dashes right before the cue is no part of the subject.)
  const leftEnd = dashAsideStart(tokens, cue.i0) ?? cue.i0;
  const nearStart = clauseStart(tokens, leftEnd, false);
  const near: [number, number] = [nearStart, leftEnd];
  const nearTokens = tokens.slice(near[0], near[1]).filter((t) => !t.p);

  const sentenceEnd = endOfSentence();

  // "put the turnout at 85,000", « la police en a compté 350 »: the figure alone is what is claimed.
  const minContent = cue.lemma === "put" || cue.lemma === "compter" || cue.lemma === "recenser" ? 1 : 2;
  const contentAfter = (from: number): [number, number] | null => {
    let a = from;
    // (A currency sign starts the words: "puts the figure at $498 billion".)
    while (a < sentenceEnd && tokens[a]!.p && !OPEN_QUOTES.has(tokens[a]!.l) && !/^[$€£¥]/u.test(tokens[a]!.l)) a++;
    // ("Velonia says 3,100 of its soldiers are held; Karsk has never published a figure": a
    // semicolon before a new subject, outside any quotation, ends the words.)
    let b = sentenceEnd;
    for (let k = a + 1; k < sentenceEnd - 1; k++) {
      if (tokens[k]!.l === ";" && /^\p{Lu}/u.test(tokens[k + 1]!.w) && !regionAt(ctx.regions, tokens[k]!.s)) {
        b = k;
        break;
      }
    }
    return a < b && b - a >= minContent ? spanOf(a, b) : null;
  };

  // « Faux, rétorque la direction : ces presses… », « Non, répond l’urgentologue : … », "Wrong,
  // says the ministry: …": a one-word reply opens the sentence, then the cue and its inverted
  // source, up to a comma, a colon or the end. What follows a colon is the source's words;
  // without one, the reply itself is ("Faux, rétorque l’intéressée.").
  if (cue.kind === "verb" && cue.i0 === 2 && tokens[1]!.l === "," && REPLY_WORDS.has(tokens[0]!.l) && r < sentenceEnd && isNounPhraseStart(tokens[r]!)) {
    let e = r;
    while (e < sentenceEnd && !(tokens[e]!.p && tokens[e]!.l !== "'" && tokens[e]!.l !== "-")) e++;
    const colon = tokens[e]?.l === ":";
    const said = colon ? contentAfter(e + 1) : spanOf(0, 1);
    if (said) return { cue, cueSpan, source: spanOf(r, e), sourceTokens: tokens.slice(r, e), content: said, side: colon ? "after" : "before" };
  }

  // The verb quoted itself: its subject just before the quotation, the words after it.
  if (regionAt(ctx.regions, tokens[cue.head]!.s) && !inciseInQuote(tokens, cue)) {
    const quoted = quotedVerb(tokens, cue, ctx.regions);
    const subj = quoted && mainSubject(tokens, cue.i0, ctx.lang);
    const said = quoted && contentAfter(quoted.close + 1);
    if (subj && subj[1] === quoted.open && said) return { cue, cueSpan, source: spanOf(subj[0], subj[1]), sourceTokens: tokens.slice(subj[0], subj[1]), content: said, side: "after" };
    return null;
  }

  // A name in an incise inside the quotation (« Nous sommes inquiets, explique Marie Dupont,
  // présidente du club, car rien ne bouge »): the name, and a role set off after it, speak the
  // whole quotation.
  const incise = cue.inverted === null ? regionAt(ctx.regions, tokens[cue.head]!.s) : null;
  if (incise) {
    let e = tokens.findIndex((t, k) => k > cue.i1 && t.l === ",");
    const role = e + 1;
    const roleEnd = tokens.findIndex((t, k) => k > role && (t.l === "," || t.p));
    // (Or the name after a role: « a plaidé son avocat, Me Thierry Castagne, … ».)
    const apposedName = roleEnd - role <= 4 && tokens.slice(role, roleEnd).every((t) => /^\p{Lu}/u.test(t.w) || t.l === ".");
    if (tokens[role] && (/^\p{Ll}/u.test(tokens[role]!.w) || apposedName) && roleEnd > 0 && tokens[roleEnd]!.l === "," && roleEnd - role <= 8 && !tokens.slice(role, roleEnd).some((t) => isVerbish(t))) e = roleEnd;
    const open = tokens.findIndex((t) => t.s >= incise.start);
    const close = tokens.findIndex((t) => t.e >= incise.end);
    const a = open >= 0 && tokens[open]!.s === incise.start ? open + 1 : 0;
    const b = close >= 0 && tokens[close]!.e === incise.end ? close : sentenceEnd;
    if (e > cue.i1 && b > a) return { cue, cueSpan, source: spanOf(cue.i1, e), sourceTokens: tokens.slice(cue.i1, e), content: spanOf(a, b), side: "before" };
  }

  // Inverted pronoun ("», a-t-il dit").
  if (cue.inverted !== null) {
    const tok = tokens[cue.inverted]!;
    // « a-t-on appris de source policière / auprès du parquet »: the named origin is the source.
    if (cue.invertedPronoun === "on" && (tokens[r]?.l === "de" || tokens[r]?.l === "auprès" || (cue.lemma === "lire" && tokens[r]?.l === "dans"))) {
      let e = r + 1;
      while (e < n && !SENT_PUNCT.test(tokens[e]!.l) && e < r + 8) e++;
      const content = contentBefore(ctx, nearStart === cue.i0 ? cue.i0 : nearStart, true);
      // (The source is what follows the preposition: « auprès de l'établissement » is
      // « l'établissement », « auprès du parquet » « du parquet ».)
      const s0 = r + (tokens[r]!.l === "de" || tokens[r]!.l === "dans" ? 1 : tokens[r]!.l === "auprès" ? (/^(?:de|d')$/u.test(tokens[r + 1]?.l ?? "") ? 2 : 1) : 0);
      if (content && e > r + 1) return { cue, cueSpan, source: spanOf(s0, e), sourceTokens: tokens.slice(s0, e), content, side: "before" };
    }
    const pronStart = tok.e - (cue.invertedPronoun?.length ?? 0);
    let content = comp >= 0 ? contentAfter(comp) : contentBefore(ctx, nearStart === cue.i0 ? cue.i0 : nearStart, true);
    // « Il n'y a pas d'alternative », a-t-il dit, « et nous irons jusqu'au bout »: one quotation
    // split around its attribution.
    if (content && comp >= 0 && OPEN_QUOTES.has(tokens[comp]!.l) && tokens[comp - 1]?.l === ",") {
      const first = contentBefore(ctx, cue.i0, true);
      if (first && CLOSE_QUOTES.has(tokens[cue.i0 - 1]?.l === "," ? (tokens[cue.i0 - 2]?.l ?? "") : (tokens[cue.i0 - 1]?.l ?? ""))) content = [first[0], content[1]];
    }
    // « Pour comprendre la crise, a-t-il dit, il faut lire ce rapport »: an inverted attribution
    // in mid-sentence; the clause after it is part of what was said.
    const after = tokens[r + 1];
    if (content && comp < 0 && tokens[r]?.l === "," && endOfSentence() - r > 3 && after && !PHRASE_PREPS.has(after.l) && !OPEN_QUOTES.has(after.l) && !(VERBS.has(after.l) && /(?:ing|ant)$/.test(after.l))) {
      content = [content[0], tokens[endOfSentence() - 1]!.e];
    }
    if (!content) return null;
    return { cue, cueSpan, source: [pronStart, tok.e], sourceTokens: [{ ...tok, s: pronStart, w: cue.invertedPronoun ?? "", l: cue.invertedPronoun ?? "" }], content, side: comp >= 0 ? "after" : "before" };
  }

  // ("We’ve been told by sources that an import has been discussed", "I’ve heard from sources
  // that a developer has made an offer": the outlet heard the words after the agent, and the agent
  // said them. "Residents have been told by their insurers that…" is news of the telling.)
  const agentThenClause = comp > cue.i1 + 2 && COMPLEMENTIZERS.has(tokens[comp - 1]?.l ?? "");
  const heardFrom = (): RawAttribution | null => {
    const [a, b] = trimRange(tokens, cue.i1 + 1, comp - 1);
    const content = contentAfter(comp);
    return b > a && content ? { cue, cueSpan, source: spanOf(a, b), sourceTokens: tokens.slice(a, b), content, side: "after" } : null;
  };
  if (cue.lemma === "hear" && tokens[cue.i1]?.l === "from" && agentThenClause) return heardFrom();
  if (cue.kind === "passive" && (tokens[cue.i1]?.l === "by" || tokens[cue.i1]?.l === "par")) {
    // "The nominee has been endorsed by dozens of newspapers": the agent is the source and the
    // subject is what the attribution is about.
    const firstPerson = /^(?:we|i|nous|je|j')(?:['’]\p{L}+)?$/u.test(tokens[stripLeading(tokens, clauseStart(tokens, cue.i0, false), cue.i0)]?.l ?? "");
    if (firstPerson && agentThenClause) return heardFrom();
    let e = cue.i1 + 1;
    while (e < n && !SENT_PUNCT.test(tokens[e]!.l) && e < cue.i1 + 12 && !(e > cue.i1 + 1 && INVERTED_STOP.has(tokens[e]!.l))) e++;
    const [a, b] = trimRange(tokens, cue.i1 + 1, e);
    const subj = trimRange(tokens, stripLeading(tokens, clauseStart(tokens, cue.i0, false), cue.i0), cue.i0);
    if (b > a && subj[1] > subj[0]) return { cue, cueSpan, source: spanOf(a, b), sourceTokens: tokens.slice(a, b), content: spanOf(subj[0], subj[1]), side: "before" };
    return null;
  }
  if (cue.kind === "passive") {
    // "It was reported that…", "Il a été rapporté que…": no source, unless an agent ("by X") follows.
    if (comp >= 0) {
      const content = contentAfter(comp);
      return content ? { cue, cueSpan, source: null, sourceTokens: [], content, side: "after" } : null;
    }
    // "One in nine voters is expected to be Latino": the whole clause is the (unsourced) claim.
    // ("The festival’s founder, Marcus Ilesanmi-Grove, is also said to be considering…": past the
    // name set off after the subject.)
    if (tokens[cue.i1]?.l === "to" && sentenceEnd - cue.i1 >= 2) {
      let a = stripLeading(tokens, clauseStart(tokens, cue.i0, false), cue.i0);
      if (a >= cue.i0 && tokens[cue.i0 - 1]?.l === ",") a = stripLeading(tokens, clauseStart(tokens, cue.i0, true), cue.i0);
      if (a < cue.i0) return { cue, cueSpan, source: null, sourceTokens: [], content: spanOf(a, sentenceEnd), side: "after" };
    }
    // "Mr. Quiros was accused of using $50 million…", "A curfew was announced from midnight": a
    // passive verb of saying or judging with no agent attributes the whole clause to no one in
    // particular.
    // (With an agent further on — « a été rapportée pour la première fois par le New York
    // Times » — the sentence tells who reported it: no unsourced claim.)
    if (UNSOURCED_PASSIVES.has(cue.lemma) && !tokens.slice(cue.i1, sentenceEnd).some((t) => t.l === "by" || t.l === "par")) {
      const a = stripLeading(tokens, clauseStart(tokens, cue.i0, false), cue.i0);
      // "While a curfew was announced…, authorities did not enforce it": a subordinate clause
      // ends at its comma.
      let b = sentenceEnd;
      if (a > 0 && CLAUSE_WORDS.has(tokens[a - 1]!.l)) for (let k = cue.i1; k < sentenceEnd; k++) if (tokens[k]!.l === ",") { b = k; break; }
      // ("Peacekeepers have been accused of…" with a bare plural, "they were criticized for…".)
      const subjectStart = isNounPhraseStart(tokens[a]!) || SUBJECT_PRONOUN.has(tokens[a]!.l) || tokens[a]!.l === "it" || (/^\p{Ll}{3,}s$/u.test(tokens[a]!.w) && !isVerbish(tokens[a]!));
      if (a < cue.i0 && subjectStart) return { cue, cueSpan, source: null, sourceTokens: [], content: spanOf(a, b), side: "after" };
    }
    return null;
  }

  // "criticised for saying that…", « critiqué pour avoir affirmé que… »: a gerund or past
  // infinitive after a preposition inside the sentence has the main clause's subject.
  // (« en affirmant que… »: the cue holds its « en ».)
  if (cue.gerund && cue.i0 >= 2 && (GERUND_PREPS.has(tokens[cue.i0 - 1]!.l) || (tokens[cue.i0]!.l === "en" && cue.i1 - cue.i0 === 2))) {
    const subj = mainSubject(tokens, cue.i0 - 1, ctx.lang);
    const content = comp >= 0 ? contentAfter(comp) : contentAfter(r);
    if (subj && content && subj[1] <= cue.i0 - 1) return { cue, cueSpan, source: spanOf(subj[0], subj[1]), sourceTokens: tokens.slice(subj[0], subj[1]), content, side: "after" };
    // (« « … », écrit-il, en affirmant avoir passé « 41 contrôles » »: after an inverted pronoun,
    // the gerund is that speaker's; the source is filled in from the attribution before it.)
    if (!subj && content && tokens[cue.i0 - 1]?.l === "," && tokens.slice(0, cue.i0 - 1).some((t) => INVERTED_PRONOUN_TOKEN.test(t.l))) return { cue, cueSpan, source: null, sourceTokens: [], content, side: "after" };
  }

  // "… and said that…", "… but has said she will…": a second verb of the same subject.
  const joins = (t: Token | undefined) => !!t && (COORD.has(t.l) || t.l === "but" || t.l === "mais");
  const coordTok = nearTokens.length === 1 && joins(nearTokens[0]) ? nearTokens[0] : nearTokens.length === 0 && joins(tokens[nearStart - 1]) ? tokens[nearStart - 1] : undefined;
  const coordinated = !!coordTok;
  const leftEmpty = nearTokens.length === 0 || coordinated;

  // "a number of cities that support the regulations": in a restrictive relative clause the
  // subject is the noun phrase the relative pronoun stands for, and the object follows.
  // « les maires qui réclament la réforme »: the same in French with « qui ».
  // The object ends where the main clause's verb comes ("…the regulations joined the case").
  const relPronoun = tokens[cue.i0 - 1]?.l;
  const antecedent = tokens[cue.i0 - 2];
  const relative =
    cue.inverted === null && !coordinated && !cue.gerund && comp < 0 && !!antecedent && !antecedent.p && !isVerbish(antecedent) &&
    ((relPronoun === "that" && leftEmpty && /^(?:\p{Ll}+s|\p{Lu}\p{L}*)$/u.test(antecedent.w) && !toldBefore(tokens, cue.i0 - 2)) || (relPronoun === "qui" && ctx.lang === "fr" && /^\p{L}/u.test(antecedent.w)));
  if (relative) {
    let a = cue.i0 - 2;
    while (a - 1 >= 0 && cue.i0 - 2 - a < 5 && !tokens[a - 1]!.p && !isVerbish(tokens[a - 1]!) && !CLAUSE_WORDS.has(tokens[a - 1]!.l) && !DETERMINER_WORDS.has(tokens[a]!.l) && !PHRASE_PREPS.has(tokens[a - 1]!.l)) a--;
    if (a - 1 >= 0 && DETERMINER_WORDS.has(tokens[a - 1]!.l) && !DETERMINER_WORDS.has(tokens[a]!.l)) a--;
    let content = contentAfter(r);
    if (content) {
      for (let k = r + 1; k < sentenceEnd; k++) {
        const w = tokens[k]!;
        if (FINITE[ctx.lang].has(w.l) || (ctx.lang === "en" && EN_AUX.has(w.l) && tokens[k - 1]!.l !== "to")) {
          if (k - r >= 2) content = [content[0], tokens[k - 1]!.e];
          break;
        }
      }
      return { cue, cueSpan, source: spanOf(a, cue.i0 - 1), sourceTokens: tokens.slice(a, cue.i0 - 1), content, side: "after" };
    }
  }

  // "A Courier reporter travelled on the 7.40am service and counted 96 passengers": seeing or
  // counting joined by "and" to the first verb of the sentence's subject (the cue rules let it
  // through only for the outlet's reporter).
  if (comp < 0 && JOINED_WITNESS.has(cue.lemma) && (tokens[cue.i0 - 1]?.l === "and" || tokens[cue.i0 - 1]?.l === "et")) {
    // (The first verb, how the reporter got there, stays with what was seen: it is no claim of
    // its own.)
    const subj = mainSubject(tokens, cue.i0);
    const content = contentAfter(r);
    if (subj && content && subj[1] < cue.i0) return { cue, cueSpan, source: spanOf(subj[0], subj[1]), sourceTokens: tokens.slice(subj[0], subj[1]), content: [tokens[subj[1]]!.s, content[1]], side: "after" };
  }

  // "A Ledger reporter who reached the edge of the slide by all-terrain vehicle on Monday
  // afternoon saw…": the reporter and the relative clause before the verb are its subject, however
  // many phrases the clause holds.
  if (comp < 0 && JOINED_WITNESS.has(cue.lemma)) {
    const who = tokens.findIndex((t, k) => k < cue.i0 && k > 0 && t.l === "who" && REPORTER_NOUNS.has(tokens[k - 1]!.l) && !tokens.slice(k, cue.i0).some((x) => x.p && x.l !== "-"));
    const content = who > 0 ? contentAfter(r) : null;
    if (content) {
      let a = who - 1;
      while (a > 0 && a > who - 5 && !tokens[a - 1]!.p && (/^\p{Lu}/u.test(tokens[a - 1]!.w) || DETERMINER_WORDS.has(tokens[a - 1]!.l))) a--;
      return { cue, cueSpan, source: spanOf(a, cue.i0), sourceTokens: tokens.slice(a, cue.i0), content, side: "after" };
    }
  }

  if (leftEmpty) {
    if (comp >= 0 && comp >= sentenceEnd && ctx.nextParagraph && tokens[comp - 1]?.l === ":") {
      // "He said:" at the end of a paragraph: the quotation is the next paragraph.
      const subj = mainSubject(tokens, cue.i0);
      return { cue, cueSpan, source: subj ? spanOf(subj[0], subj[1]) : null, sourceTokens: subj ? tokens.slice(subj[0], subj[1]) : [], content: ctx.nextParagraph, side: "after" };
    }
    if (comp >= 0 || cue.gerund || coordinated) {
      // Content after; the subject is further left (appositive) or the main clause's subject.
      const content = comp >= 0 ? contentAfter(comp) : contentAfter(r);
      if (!content) return null;
      let subj: [number, number] | null = null;
      const boundaryTok = tokens[nearStart - 1];
      if (boundaryTok && boundaryTok.l === "," && !cue.gerund && nearTokens.length === 0) {
        const far = stripLeading(tokens, clauseStart(tokens, cue.i0, true), cue.i0);
        if (far < cue.i0 && cue.i0 - far <= 30) subj = withoutLeadingCircumstance(tokens, ...trimRange(tokens, far, cue.i0));
      }
      if (!subj) subj = mainSubject(tokens, cue.i0);
      // ("The trust's chief executive, Martin Oyelaran, apologised… and said…": the role's name
      // in apposition belongs to the subject of both verbs, and of a gerund: « Le rapporteur
      // public, Gaël Moreau-Testud, avait recommandé l’annulation, relevant que… ».)
      if (subj && (coordinated || cue.gerund) && DETERMINER_WORDS.has(tokens[subj[0]]!.l)) subj = [subj[0], apposedNameEnd(tokens, subj[0], subj[1], cue.i0, true)];
      if (subj && subj[1] > subj[0]) {
        return { cue, cueSpan, source: spanOf(subj[0], subj[1]), sourceTokens: tokens.slice(subj[0], subj[1]), content, side: "after", coordStart: coordTok?.s };
      }
      return null;
    }
    // "“…,” Scott Pruitt, the attorney general of Oklahoma, said at an event": a quotation, then
    // the subject with its appositives, then the cue.
    {
      let q = cue.i0 - 1;
      while (q >= 0 && !CLOSE_QUOTES.has(tokens[q]!.l)) q--;
      if (q >= 0 && comp < 0) {
        let a = q + 1;
        while (a < cue.i0 && tokens[a]!.p) a++;
        const subjTokens = tokens.slice(a, cue.i0);
        if (a < cue.i0 && cue.i0 - a <= 25 && isNounPhraseStart(tokens[a]!) && !subjTokens.some((t) => FINITE[ctx.lang].has(t.l) || OPEN_QUOTES.has(t.l))) {
          const content = contentBefore(ctx, q + 1, true);
          const subj = trimRange(tokens, a, cue.i0);
          if (content && subj[1] > subj[0]) return { cue, cueSpan, source: spanOf(subj[0], subj[1]), sourceTokens: tokens.slice(subj[0], subj[1]), content, side: "before" };
        }
      }
    }
    // "Derek Mitchell, who served as ambassador … until earlier this year, said …": jump over a
    // relative clause that ends right before the cue.
    {
      // (An age between commas inside the clause does not end it: "Priya Sandhu-Vale, whose
      // father, 86, lived on Kell Street for 40 years, said…".)
      let k = cue.i0 - 2;
      while (k >= 0 && (tokens[k]!.l !== "," || (ageAsideAt(tokens, k) && !RELATIVES.has(tokens[k + 1]?.l ?? ""))) && cue.i0 - k < 30) k--;
      // (Not a relative clause inside a quotation that closes before the cue: « Nous respectons
      // notre autorisation, qui a été renouvelée en mars », insiste Karim… reports the words.)
      if (k > 0 && tokens[k]!.l === "," && RELATIVES.has(tokens[k + 1]?.l ?? "") && comp < 0 && sentenceEnd - r >= minContent && !tokens.slice(k + 1, cue.i0).some((t) => CLOSE_QUOTES.has(t.l))) {
        const a = stripLeading(tokens, clauseStart(tokens, k, true), k);
        // (Not after a clause: « L'événement a été classé au niveau 1 de l'échelle, qui en compte
        // sept, a annoncé le HCSA » inverts its source.)
        const clause = tokens.slice(a, k).some((t) => FINITE[ctx.lang].has(t.l) || (ctx.lang === "en" && EN_AUX.has(t.l)) || (ctx.lang === "fr" && (FR_AUX.has(t.l) || FR_BE.has(t.l))));
        if (a < k && k - a <= 16 && isNounPhraseStart(tokens[a]!) && !clause) {
          const subj = trimRange(tokens, a, cue.i0);
          const content = contentAfter(r);
          if (content) return { cue, cueSpan, source: spanOf(subj[0], subj[1]), sourceTokens: tokens.slice(subj[0], subj[1]), content, side: "after" };
        }
      }
    }
    // "Jean Dupont, maire de Lyon, a annoncé la fermeture…": everything before the cue is one
    // noun phrase with its appositive, so it is the subject and the content follows the cue.
    {
      const far = stripLeading(tokens, clauseStart(tokens, cue.i0, true), cue.i0);
      const farTokens = tokens.slice(far, cue.i0);
      // Verbs inside a relative clause (", which is made up of…,") do not count.
      let inRelative = false;
      // (Nor in a participle's aside: « Ces pages, rédigées par les chefs de quart et transmises par
      // un ancien cadre, recensent… ».)
      const mainTokens = withoutQuotedTerms(farTokens).filter((t, k, kept) => {
        if ((RELATIVES.has(t.l) || (/^\p{Ll}+(?:ée?s?|ies?|ise?s?|ite?s?|ed)$/u.test(t.w) && (kept[k + 1]?.l === "par" || kept[k + 1]?.l === "by"))) && kept[k - 1]?.l === ",") inRelative = true;
        else if (t.l === "," && inRelative) inRelative = false;
        return !inRelative;
      });
      // (The words end before the stop and the closing mark of a quotation left open around the
      // incise: « …trente ans, loyalement, a déclaré Raphaël Quintard-Obame. »)
      // (Or before the quotation that resumes after it: « …, a déclaré X, ancien chef du parti. Nous
      // n’étions d’accord sur rien. »)
      let wordsEnd = sentenceEnd;
      for (let k = r + 1; k < sentenceEnd - 1; k++) {
        if (tokens[k]!.l === "." && regionAt(ctx.regions, tokens[k + 1]!.s)?.start === tokens[k + 1]!.s) {
          wordsEnd = k + 1;
          break;
        }
      }
      while (wordsEnd > r && (CLOSE_QUOTES.has(tokens[wordsEnd - 1]!.l) || tokens[wordsEnd - 1]!.l === ".")) wordsEnd--;
      const isNP =
        far < cue.i0 &&
        cue.i0 - far <= 30 &&
        isNounPhraseStart(tokens[far]!) &&
        // (« …, entre le hameau et le sommet du col, a précisé la conseillère »: a noun phrase
        // after « et » ends a coordination inside the words said, not a subject.)
        !COORD.has(tokens[far - 1]?.l ?? "") &&
        !mainTokens.some((t) => isVerbish(t) || OPEN_QUOTES.has(t.l) || CLOSE_QUOTES.has(t.l) || FINITE[ctx.lang].has(t.l) || (ctx.lang === "fr" && frFiniteGuess(t))) &&
        // "The meeting deteriorated from there, said one source": a past tense before the first
        // comma makes the chunk a clause (an appositive's "founded in 1990" comes after one).
        !(ctx.lang === "en" && tokens.slice(far + 1, cue.i0).findIndex((t) => t.l === ",") !== 0 && firstChunkHasPast(tokens, far + 1, cue.i0)) &&
        // "The bridge stays shut until March, said Jane Smith, the council leader.": a verb of
        // saying followed only by a name is inverted, whatever stands before its comma.
        !(tokens[cue.i0 - 1]?.l === "," && INVERTING_LEMMAS.has(cue.lemma) && nameEndsSentence(tokens, r, wordsEnd)) &&
        // (« L’enquête porte sur l’attribution, en 2021, du marché, a indiqué dans un communiqué le
        // procureur. »: so is a French verb followed only by its source, a noun phrase with its
        // article, whatever asides the words before it hold.)
        !(ctx.lang === "fr" && tokens[cue.i0 - 1]?.l === "," && INVERTING_LEMMAS.has(cue.lemma) && frSourceEndsSentence(tokens, r, wordsEnd)) &&
        // (« L’aréna de Port-Laurier affiche complet, rapporte la station… »: no subject is parted
        // from its verb by one comma alone; an apposition takes two.)
        !(ctx.lang === "fr" && tokens[cue.i0 - 1]?.l === "," && !tokens.slice(far, cue.i0 - 1).some((t) => t.l === ","));
      if (isNP && sentenceEnd - r >= 2) {
        const subj = withoutLeadingCircumstance(tokens, ...trimRange(tokens, far, cue.i0));
        const content = contentAfter(r);
        if (content && subj[1] > subj[0]) return { cue, cueSpan, source: spanOf(subj[0], subj[1]), sourceTokens: tokens.slice(subj[0], subj[1]), content, side: "after" };
      }
    }
    // "The government will create a regulator, the sports minister, Helen Achterberg, said.": at
    // the end of a sentence (or before the audience: "…, told the Herald."), a role and a name,
    // each set off by commas, after words reported.
    // ("…, told lawmakers in a closed-door briefing Monday.": the audience, then where and when.)
    const audienceOnly = OBJECT_CUES.has(cue.lemma) && ((sentenceEnd - r <= 5 && !tokens.slice(r, sentenceEnd).some((t) => t.p || isVerbish(t))) || audienceThenCircumstance(tokens, r, sentenceEnd));
    if (tokens[nearStart - 1]?.l === "," && (sentenceEnd - r <= 1 || audienceOnly || circumstanceOnly(tokens, r, sentenceEnd))) {
      const two = roleAndName(tokens, nearStart - 1);
      if (two) {
        const content = contentBefore(ctx, two[0] - 1, true, true);
        if (content) return { cue, cueSpan, source: spanOf(two[0], two[1]), sourceTokens: tokens.slice(two[0], two[1]), content, side: "before" };
      }
    }
    // "Said Ellis: “…”": a fronted cue, its source, then a colon and the quotation. (Not after a
    // quotation: « On nous a promis… », raconte Fatima Benali, 58 ans, … is inverted.)
    if (stripLeading(tokens, 0, cue.i0) >= cue.i0 && !tokens.slice(0, cue.i0).some((t) => CLOSE_QUOTES.has(t.l))) {
      let e2 = r;
      while (e2 < n && e2 < r + 8 && !tokens[e2]!.p) e2++;
      if (e2 > r && (tokens[e2]?.l === ":" || tokens[e2]?.l === ",") && /^\p{Lu}/u.test(tokens[r]!.w)) {
        const content = contentAfter(e2 + 1);
        if (content) return { cue, cueSpan, source: spanOf(r, e2), sourceTokens: tokens.slice(r, e2), content, side: "after" };
      }
    }
    // Inverted source after the cue: "…, said Smith." / "», a déclaré Ignat lors de…".
    // « a confié à l'AFP un habitant » / "told reporters Smith": skip the indirect object.
    // (« a déclaré devant la presse la préfète », « a expliqué aux journalistes le maire »: so is
    // the audience.)
    // (« a indiqué dans un communiqué l'Autorité de sûreté… », "said in a statement the
    // ministry": the channel before the source is skipped too.)
    // (« », a écrit sur X la porte-parole… », "wrote on Facebook the group's founder": the
    // platform too.)
    const platformEnd = platformPhraseEnd(tokens, r);
    if (platformEnd > r && tokens[platformEnd] && !tokens[platformEnd]!.p && isNounPhraseStart(tokens[platformEnd]!) && [nearStart - 1, nearStart - 2].some((q) => CLOSE_QUOTES.has(tokens[q]?.l ?? ""))) r = platformEnd;
    const afterChannel = tokens[r + 3];
    if ((tokens[r]?.l === "dans" || tokens[r]?.l === "in") && DETERMINER_WORDS.has(tokens[r + 1]?.l ?? "") && STATEMENT_NOUNS.has(tokens[r + 2]?.l ?? "") && afterChannel && !afterChannel.p && isNounPhraseStart(afterChannel)) r += 3;
    // (« « … », avait lancé avant le vote le maire, … »: a time phrase before the inverted source,
    // after a quotation.)
    if (ctx.lang === "fr" && /^(?:avant|après|pendant|durant|lors)$/u.test(tokens[r]?.l ?? "") && [nearStart - 1, nearStart - 2].some((q) => CLOSE_QUOTES.has(tokens[q]?.l ?? ""))) {
      let k = r + 1;
      if (tokens[r]!.l === "lors" && /^(?:de|du|d')$/u.test(tokens[k]?.l ?? "")) k++;
      if (/^(?:le|la|l'|les|un|une|son|sa|ce|cette)$/u.test(tokens[k]?.l ?? "")) k++;
      if (tokens[k] && /^\p{Ll}/u.test(tokens[k]!.w) && !tokens[k]!.p) k++;
      if (tokens[k] && (/^(?:le|la|l'|les)$/u.test(tokens[k]!.l) || /^\p{Lu}/u.test(tokens[k]!.w))) r = k;
    }
    // (« « … », promettent depuis le 1er septembre les affiches… »: since when, too.)
    if (ctx.lang === "fr" && tokens[r]?.l === "depuis" && [nearStart - 1, nearStart - 2].some((q) => CLOSE_QUOTES.has(tokens[q]?.l ?? ""))) {
      let k = r + 1;
      if (/^(?:le|la|l'|les|des|plusieurs|quelques)$/u.test(tokens[k]?.l ?? "")) k++;
      const from = k;
      while (k < from + 3 && tokens[k] && (/^\d/u.test(tokens[k]!.w) || SINCE_WORDS.has(tokens[k]!.l))) k++;
      if (k > from && tokens[k] && (/^(?:le|la|l'|les)$/u.test(tokens[k]!.l) || /^\p{Lu}/u.test(tokens[k]!.w))) r = k;
    }
    // (« a dénoncé auprès de l'APC Mathieu Crozier »: the outlet spoken to, one word, is skipped.)
    if (tokens[r]?.l === "auprès" && ["de", "d'", "du", "des"].includes(tokens[r + 1]?.l ?? "")) {
      let k = r + 2;
      if (["l'", "la", "le", "les"].includes(tokens[k]?.l ?? "")) k++;
      const after = tokens[k + 1];
      if (tokens[k] && /^\p{Lu}/u.test(tokens[k]!.w) && after && !after.p && (/^\p{Lu}/u.test(after.w) || ["le", "la", "l'", "les"].includes(after.l))) r = k + 1;
    }
    // (« a reconnu lundi soir en conseil municipal l’adjointe… », « a déclaré en séance le maire »:
    // where it was said, « en » and a noun or two.)
    if (ctx.lang === "fr" && tokens[r]?.l === "en" && SAID_IN.has(tokens[r + 1]?.l ?? "")) {
      let k = r + 2;
      while (k < r + 5 && tokens[k] && /^\p{Ll}/u.test(tokens[k]!.w) && !/^(?:le|la|l'|les)$/u.test(tokens[k]!.l) && !tokens[k]!.p) k++;
      if (tokens[k] && (/^(?:le|la|l'|les)$/u.test(tokens[k]!.l) || /^\p{Lu}/u.test(tokens[k]!.w))) r = k;
    }
    if (["à", "au", "aux", "devant"].includes(tokens[r]?.l ?? "")) {
      let k = r + 1;
      if (["l'", "la", "le", "les"].includes(tokens[k]?.l ?? "")) k++;
      if (tokens[k] && (/^\p{Lu}/u.test(tokens[k]!.w) || AUDIENCES.has(tokens[k]!.l)) && (tokens[r]!.l !== "devant" || AUDIENCES.has(tokens[k]!.l))) {
        r = k + 1;
        // (« a déclaré mardi à Ondes Romandes Claire-Anne Dubosson »: an outlet's name of several
        // words, up to the speaker's first name.)
        for (let j = k + 1; j < Math.min(n, k + 5) && /^\p{Lu}/u.test(tokens[j]!.w) && !tokens[j]!.p; j++) {
          if (isFirstName(tokens[j]!.w.split("-")[0]!) && /^\p{Lu}/u.test(tokens[j + 1]?.w ?? "")) {
            r = j;
            break;
          }
        }
      }
      // « », a répété à la barre Patrice Dufermont », « a lancé au micro de Radio Lize le maire »:
      // after a quotation, where the source starts (a name, or an article) past the place it spoke.
      else if (ctx.lang === "fr" && [nearStart - 1, nearStart - 2].some((q) => CLOSE_QUOTES.has(tokens[q]?.l ?? ""))) {
        for (let j = r + 2; j < Math.min(n, r + 7) && !tokens[j]!.p && !isVerbish(tokens[j]!); j++) {
          const prev = tokens[j - 1]!;
          // (Not a word governed by the place: « à la sortie de la réunion », « au micro de Radio Lize ».)
          const governed = /^(?:de|du|d'|des|à|au|aux|sur|dans|en)$/u.test(prev.l);
          const name = /^\p{Lu}/u.test(tokens[j]!.w) && !governed && !/^\p{Lu}/u.test(prev.w);
          // (After « au », « aux » the place is one word: « a lancé au micro le secrétaire… ».)
          const placeDone = j > r + 2 || tokens[r]!.l === "au" || tokens[r]!.l === "aux";
          if (name || (/^(?:le|la|l')$/u.test(tokens[j]!.l) && placeDone && !governed)) {
            r = j;
            break;
          }
        }
      }
    }
    let e = r;
    // (« l'adjoint au maire chargé de la culture »: a title's own preposition does not end it.)
    while (e < n && !(tokens[e]!.p && tokens[e]!.l !== "'" && tokens[e]!.l !== "-" && tokens[e]!.l !== ".") && !(e > r && ((INVERTED_STOP.has(tokens[e]!.l) && !TITLE_PREPOSITION.test(`${tokens[e - 1]!.l} ${tokens[e]!.l}`)) || isTimeAfterSource(tokens, e))) && e < r + 14) e++;
    e = apposedNameEnd(tokens, r, e, sentenceEnd);
    // (Verbs of a relative clause between commas — « Les relevés, que nous avons pu consulter,
    // indiquent… », "The union, which organised the march, put…" — belong to the subject.)
    // (A clause closed by a colon before the subject is no part of it: « …n’était pas encore
    // applicable : l’arrêté municipal, que nous avons pu consulter, fixe… ».)
    const clauseAt = afterLastColon(tokens, nearStart);
    const clauseBefore = outsideRelatives(tokens.slice(clauseAt, nearStart)).some((t) => FINITE[ctx.lang].has(t.l) || (ctx.lang === "en" && EN_AUX.has(t.l)) || (ctx.lang === "fr" && frFiniteGuess(t))) || (ctx.lang === "en" && firstChunkHasPast(tokens, 1, nearStart));
    const closeQuoteBefore = CLOSE_QUOTES.has(tokens[nearStart - 1]?.l ?? "") || CLOSE_QUOTES.has(tokens[nearStart - 2]?.l ?? "");
    const quoteBefore = closeQuoteBefore || clauseBefore;
    const clauseComma = ctx.lang === "fr" && clauseThenComma(tokens, nearStart);
    // (Or only the closing mark of a quotation left open around the incise follows.)
    const invertedEnds = e >= sentenceEnd || tokens[e]?.l === "," || tokens.slice(e, sentenceEnd).every((t) => CLOSE_QUOTES.has(t.l) || t.l === ".") || isTimeAfterSource(tokens, e) || ((quoteBefore || clauseComma) && (INVERTED_STOP.has(tokens[e]?.l ?? "") || tokens[e]?.l === "("));
    const hasVerb = tokens.slice(r, e).some((t) => FINITE[ctx.lang].has(t.l) || (ctx.lang === "en" && EN_AUX.has(t.l)));
    // ("Records from the shelter, obtained through a request, show one prior complaint, …": an
    // English verb of evidence in its plain form agrees with the subject before it; only verbs
    // of saying invert with it, "…, say officials".)
    // (Nor does what a text lays down: "A supply contract…, a copy of which Proofmark has seen,
    // fixes the price…" has its subject before it.)
    const pluralEvidenceVerb = (ctx.lang === "en" && cue.strength === "evidence" && tokens[cue.head]!.l === cue.lemma) || (TEXT_RULE_VERBS.has(cue.lemma) && !closeQuoteBefore);
    // (What comes before must be words said, a quotation or a clause: after a bare noun phrase
    // — « Les relevés, que nous avons pu consulter, indiquent des rafales » — the noun phrase
    // after the cue is its object. A French clause opening otherwise, « Sur la façade, une
    // fissure court…, a constaté notre journaliste », may hold a verb the lexicon does not know.)
    // (« …, a constaté une journaliste de l'APF »: an indefinite reporter after an evidence verb is
    // its inverted source, not its object; so is anything right after a quotation: « « … »,
    // indique un second message ».)
    if (e > r && !hasVerb && (isNounPhraseStart(tokens[r]!) || (quoteBefore && roleBeforeName(tokens, r, e))) && invertedEnds && (quoteBefore || ctx.lang === "en" || !FR_DETERMINER_START.test(tokens[clauseAt]?.l ?? "") || REPORTER_NOUNS.has(tokens[r + 1]?.l ?? "") || clauseComma) && cue.lemma !== "put" && !pluralEvidenceVerb && !(cue.strength === "evidence" && !closeQuoteBefore && /^(?:a|an|des|une|un)$/u.test(tokens[r]!.l) && !REPORTER_NOUNS.has(tokens[r + 1]?.l ?? "") && !(clauseComma && SOURCE_PERSON_NOUN.test(tokens[r + 1]?.l ?? ""))) && !(tokens[r]!.l === "he" || tokens[r]!.l === "she" || tokens[r]!.l === "they" || tokens[r]!.l === "il" || tokens[r]!.l === "elle")) {
      let content = contentBefore(ctx, nearStart, true, true);
      // "“The ruling,” said labour lawyer Meera Iyer, “is the first in the country…”": the
      // quotation resumes after its inverted source, and both halves are one statement.
      if (content && quoteBefore && tokens[e]?.l === "," && OPEN_QUOTES.has(tokens[e + 1]?.l ?? "") && regionAt(ctx.regions, tokens[e + 1]!.s)?.start === tokens[e + 1]!.s) content = [content[0], tokens[sentenceEnd - 1]!.e];
      if (content) {
        const [a, b] = trimRange(tokens, r, e);
        if (b > a) return { cue, cueSpan, source: spanOf(a, b), sourceTokens: tokens.slice(a, b), content, side: "before" };
      }
    }
    // "“…,” Tomasz Wierzba, an astrophysicist at the Halden Institute who was not involved in
    // the study, said.": after a quotation, a name with its apposition, then the cue alone.
    const boundaryTok = tokens[nearStart - 1];
    if (boundaryTok?.l === "," && (sentenceEnd - r <= 1 || circumstanceOnly(tokens, r, sentenceEnd))) {
      const far = clauseStart(tokens, cue.i0, true);
      const [a, b] = trimRange(tokens, far, cue.i0);
      if (far > 0 && CLOSE_QUOTES.has(tokens[far - 1]!.l) && b > a && /^\p{Lu}/u.test(tokens[a]!.w) && tokens.slice(a + 1, a + 5).some((t) => t.l === ",") && b - a <= 30) {
        const content = contentBefore(ctx, far, true, true);
        if (content) return { cue, cueSpan, source: spanOf(a, b), sourceTokens: tokens.slice(a, b), content, side: "before" };
      }
    }
    // "Phil Lovas, the campaign chairman, said he cannot…": subject before the appositive.
    if (boundaryTok && (boundaryTok.l === "," || boundaryTok.l === ")") && sentenceEnd - r >= 3) {
      const far = stripLeading(tokens, clauseStart(tokens, cue.i0, true), cue.i0);
      if (far < cue.i0 && cue.i0 - far <= 30) {
        const subj = withoutLeadingCircumstance(tokens, ...trimRange(tokens, far, cue.i0));
        const content = contentAfter(r);
        if (content && subj[1] > subj[0]) return { cue, cueSpan, source: spanOf(subj[0], subj[1]), sourceTokens: tokens.slice(subj[0], subj[1]), content, side: "after" };
      }
    }
    return null;
  }

  // Left chunk present: that is the subject. Relative "who/qui" → the noun phrase before it.
  let [sa, sb] = withoutLeadingCircumstance(tokens, ...trimRange(tokens, near[0], near[1]));
  // « qui n'a compté… »: the negation's clitic belongs to the verb, not to the subject.
  // (So does an object clitic: « qui le qualifie de… », « elle les juge… ».)
  while (sb - 1 > sa && (tokens[sb - 1]!.l === "n'" || tokens[sb - 1]!.l === "ne" || (ctx.lang === "fr" && /^(?:le|la|les|l'|lui|leur)$/u.test(tokens[sb - 1]!.l)))) sb--;
  // "…to cover 54% of the benefits it has promised to some 19,000 workers": a pronoun right after
  // a noun opens a relative clause without "that", which tells what the noun is.
  if (ctx.lang === "en" && sb - sa >= 3 && /^(?:it|he|she|they|we)$/u.test(tokens[sb - 1]!.l) && /^\p{Ll}+s?$/u.test(tokens[sb - 2]!.w) && !isVerbish(tokens[sb - 2]!) && !NOT_NOUN_BEFORE_PRONOUN.has(tokens[sb - 2]!.l) && !TIME_NOUN.test(tokens[sb - 2]!.l)) return null;
  let inRelative = sb - sa === 1 && (tokens[sa]!.l === "who" || tokens[sa]!.l === "which" || tokens[sa]!.l === "qui") && tokens[sa - 1]?.l === ",";
  // "Castañeda, a former minister who is a harsh critic of X, suggests…": the relative clause of
  // an appositive ends at the next comma.
  if (sb - sa > 1 && (tokens[sb - 1]!.l === "who" || tokens[sb - 1]!.l === "which" || tokens[sb - 1]!.l === "qui") && tokens[sa - 1]?.l === ",") inRelative = true;
  if (sb - sa === 1 && (tokens[sa]!.l === "who" || tokens[sa]!.l === "which" || tokens[sa]!.l === "qui")) {
    let k = sa - 1;
    while (k >= 0 && tokens[k]!.p) k--;
    const b = k + 1;
    let a = clauseStart(tokens, b, false);
    // (« …, a constaté notre envoyée spéciale, qui a compté… »: the antecedent is the inverted
    // source, after its verb.)
    while (a < b - 1 && isVerbish(tokens[a]!)) a++;
    // ("first reported last month by the Westbrook Tribune, which cited…": the agent is meant.)
    // (« …, selon l’agence provinciale, qui le qualifie de… »: after « selon » too.)
    for (let k = b - 2; k >= a; k--) if (AGENT_PREPS.has(tokens[k]!.l) || tokens[k]!.l === "selon" || (tokens[k]!.l === "après" && tokens[k - 1]?.l === "d'")) {
      a = k + 1;
      break;
    }
    // (« a affirmé Hélène Barthès, maire de Montaubert, qui dit… »: the name before the
    // apposition is the antecedent too.)
    if (tokens[a - 1]?.l === ",") {
      let k = a - 2;
      while (k >= 0 && k > a - 6 && /^\p{Lu}/u.test(tokens[k]!.w) && !tokens[k]!.p) k--;
      // ("according to Joanna Pellow, the council's head of highways, who said…": after a
      // preposition too.)
      if (a - 2 - k >= 2 && (k < 0 || tokens[k]!.p || isVerbish(tokens[k]!) || /^(?:to|by|from|with|selon|après|de)$/u.test(tokens[k]!.l))) a = k + 1;
    }
    if (b > a) [sa, sb] = trimRange(tokens, a, b);
  }
  // "The administration attempted to make the case…", "Trump took to Twitter to accuse…": an
  // infinitive's subject is the main clause's, which ends at that clause's verb.
  if (ctx.lang === "en" && tokens[cue.i0 - 1]?.l === "to") {
    for (let k = sa + 1; k < sb; k++) {
      const t = tokens[k]!;
      if (EN_AUX.has(t.l) || CONTROL_VERBS.has(t.l) || (/^\p{Ll}+ed$/u.test(t.w) && !DETERMINER_WORDS.has(tokens[k - 1]!.l))) {
        sb = k;
        break;
      }
    }
  }
  // "…repaired, which the union says is false", "a deal whom critics call…": the relative
  // pronoun is the object of the cue, its subject follows it.
  // ("which together vowed", "which caused…": there "which" is the subject itself.)
  const afterRel = tokens[sa + 1];
  if (sb - sa > 1 && (tokens[sa]!.l === "which" || tokens[sa]!.l === "whom") && afterRel && !isVerbish(afterRel) && !/(?:ed|ly)$/u.test(afterRel.l) && !SKIPPABLE.has(afterRel.l) && afterRel.l !== "together") sa++;
  // "In an interview with RT he blasted…": a pronoun ends the subject.
  // (So does one after a time word: "Yesterday she wrote…", "Last week she said…", and in English
  // one after a name: "…told Quadwise he filed a complaint".)
  if (sb - 1 > sa && SUBJECT_PRONOUN.has(tokens[sb - 1]!.l) && (!/^\p{Lu}/u.test(tokens[sb - 2]!.w) || LEADING_ADVERBIAL.has(tokens[sb - 2]!.l) || (ctx.lang === "en" && !tokens[sb - 2]!.p))) sa = sb - 1;
  // "Gingrich cynically dismissed": an adverb is not part of the source.
  // ("The conservative daily says": a paper's noun, not an adverb.)
  while (sb - 1 > sa && ctx.lang === "en" && /^\p{Ll}+ly$/u.test(tokens[sb - 1]!.w) && !/^(?:daily|weekly|monthly|quarterly)$/u.test(tokens[sb - 1]!.l)) sb--;
  if (sb <= sa) return null;
  // A subject holds no verb of its own ("le fait que le ministère se soit tourné … démontrait");
  // in English the subject starts after the last finite verb ("…were the third time AROS said").
  // ("Those who were there said", « Ceux qui étaient présents ont affirmé »: a verb right after
  // "who" belongs to the subject's relative clause.)
  for (let k = sb - 1; k >= sa; k--) {
    if (FINITE[ctx.lang].has(tokens[k]!.l) && !(k > sa && (tokens[k - 1]!.l === "who" || tokens[k - 1]!.l === "qui"))) {
      if (ctx.lang === "fr") return null;
      sa = k + 1;
      break;
    }
  }
  // A very long left chunk is a clause, not a subject. (A body's acronym in brackets does not
  // count: « Le centre intégré de santé et de services sociaux (CISSS) de la région indique… ».)
  // (A noun with its participle and agent may run longer: "Images captured by the commercial
  // satellite operator Aurelis Space between Oct. 28 and Nov. 14 show…".)
  const reduced = /(?:ed|en|wn)$/u.test(tokens[sa + 1]?.l ?? "") && tokens[sa + 2]?.l === "by";
  if (sb - sa - bracketedTokens(tokens, sa, sb) > (reduced ? 22 : 14)) return null;
  const afterTokens = sentenceEnd - r;
  // (The closing dash of an aside stands for a comma: "…lying vacant — nearly one in five — the
  // Federation said in a memorandum".)
  const rawBoundary = tokens[nearStart - 1];
  const closingDash = !!rawBoundary && (rawBoundary.l === "—" || rawBoundary.l === "–") && tokens.slice(0, nearStart - 1).some((t) => t.l === rawBoundary.l);
  const boundaryBefore = closingDash ? { ...rawBoundary!, l: "," } : rawBoundary;
  // "“Who would have believed it?” Trump said, looking out…": the sentence was split after the
  // question mark, so the quotation closes right before this sentence.
  const quoteEndsBefore =
    nearStart === 0 && sa === 0 && /[?!]\s*["”»]\s*$/u.test(ctx.text.slice(Math.max(0, ctx.sentStart - 6), ctx.sentStart)) &&
    (r >= sentenceEnd || tokens[r]?.l === "," || PHRASE_PREPS.has(tokens[r]?.l ?? "") || SKIPPABLE.has(tokens[r]?.l ?? ""));
  const afterQuote = quoteEndsBefore || (boundaryBefore !== undefined && (CLOSE_QUOTES.has(boundaryBefore.l) || (boundaryBefore.l === "," && CLOSE_QUOTES.has(tokens[nearStart - 2]?.l ?? ""))));
  // "In interviews, Trump has questioned…", "Initially, regulators did not consider…": what
  // precedes the subject is a fronted circumstance, not the words attributed.
  // "To understand the real Dred Scott, Roberts said, one should visit…" / "Though the transition
  // was seamless, he said, replacing Clinton would be…": an attribution set between commas in
  // mid-sentence; the words on both sides are what was said. (", saying…" or ", in an
  // interview" after the comma are about the saying instead.)
  const afterComma = tokens[r + 1];
  const parenthetical =
    comp < 0 && tokens[r]?.l === "," && boundaryBefore?.l === "," && sb - sa <= 4 && sentenceEnd - r > 3 && !!afterComma &&
    !PHRASE_PREPS.has(afterComma.l) && !(VERBS.has(afterComma.l) && /ing$/.test(afterComma.l)) && !OPEN_QUOTES.has(afterComma.l) &&
    // ("…caused the problem, Oskerly Foods said, while Dr. X… said…": a clause with a source of its
    // own follows; not "…, the figures show, while the Homeland Front came third…".)
    !(SUBORDINATE_AFTER_SAYING.has(afterComma.l) && tokens.slice(r + 2, sentenceEnd).some((t) => VERBS.has(t.l)));
  // "Consumer prices rose 3.2% in March, figures from the statistics office showed last month,
  // down from a peak of 11.3%": a time phrase after the cue, then a verbless phrase about the
  // figure, which belongs to the words.
  // (The cue's own reading may already have stepped over the time phrase.)
  const timeComma = comp < 0 && boundaryBefore?.l === "," ? (tokens[r]?.l === "," && r > cue.i1 ? r : timePhraseThenComma(tokens, r, sentenceEnd)) : -1;
  const figureTail = timeComma > 0 && sb - sa <= 8 && !tokens.slice(timeComma + 1, sentenceEnd).some((t, k) => isVerbish(t) || pastVerbAt(tokens, timeComma + 1, timeComma + 1 + k));
  // "Shifting monsoon patterns … could affect a billion people, Mr. Obama said in his
  // interview": when the cue has no words of its own after it (only a short circumstance), what
  // precedes the comma is what was said, even if it opens like a participle or a phrase.
  const bareTail = comp < 0 && cue.strength === "speech" && CIRCUMSTANCE_PREPS.has(tokens[r]?.l ?? "") && sentenceEnd - r <= 5 && !tokens.slice(r, sentenceEnd).some((t) => isVerbish(t) || OPEN_QUOTES.has(t.l));
  const fronted = !parenthetical && !bareTail && boundaryBefore?.l === "," && sentenceEnd - r >= 2 && frontedAdverbial(tokens, nearStart - 1);
  const postposed =
    comp < 0 &&
    !fronted &&
    ((afterTokens <= 1 && !(minContent === 1 && /^\d/u.test(tokens[r]?.l ?? ""))) ||
      figureTail ||
      // "“…,” DuVernay said, emphasizing…" / "“…,” she explained in an interview."
      (afterQuote && (tokens[r]?.l === "," || PHRASE_PREPS.has(tokens[r]?.l ?? "") || SKIPPABLE.has(tokens[r]?.l ?? ""))) ||
      // "X, Graham said, since…": a parenthetical attribution inside the sentence.
      (tokens[r]?.l === "," && boundaryBefore?.l === "," && sb - sa <= 4) ||
      // "“…,” Figueroa told USA Today." — a short object after the cue.
      // (Not an infinitive: "…, Patriot could threaten to liquidate its assets" says what.)
      // (The subject must follow that comma: in "…, ont échangé des lettres dans lesquelles ils
      // appelaient à une coopération" the pronoun is far from it.)
      // ("While X puts the number at 86, the committee says more than 120 fell ill": an irregular
      // past tense is a verb too.)
      (afterTokens <= 5 && sa === nearStart && boundaryBefore !== undefined && (boundaryBefore.l === "," || CLOSE_QUOTES.has(boundaryBefore.l)) && tokens[r]?.l !== "to" && !tokens.slice(r, sentenceEnd).some((t, k) => isVerbish(t) || pastVerbAt(tokens, r, r + k))) ||
      // "“It never crossed my mind,” she said several months after her release." / "“…,” Warren
      // told Stumpf, after he admitted…": a punctuated quotation, a short subject and a cue
      // with no clause of its own after it: the quotation is what was said, the rest is
      // circumstance. (A title in quotation marks, "“The Apprentice” star Trump said…", has no
      // punctuation before its closing mark.)
      (afterQuote && sb - sa <= 8 && speechQuoteEnds(tokens, nearStart)) ||
      // "Thousands of fish have died, the authority has said, in what campaigners are calling the
      // worst incident in decades": a frame about the words said follows.
      (boundaryBefore?.l === "," && tokens[r]?.l === "," && tokens[r + 1]?.l === "in" && tokens[r + 2]?.l === "what" && sb - sa <= 10) ||
      // ("…has slipped to 51%, a Harwick Polling survey for the Chronicle shows, with 16 days to go
      // before the referendum": a circumstance of the saying, opened by "with" and a figure.)
      (boundaryBefore?.l === "," && tokens[r]?.l === "," && tokens[r + 1]?.l === "with" && /^(?:\d.*|a|an|the|just|only|less|more)$/u.test(tokens[r + 2]?.l ?? "") && sb - sa <= 10) ||
      // "14 people had been detained, a police officer said, declining to give his name": a
      // clause, then the source and cue, then a gerund about the saying.
      (boundaryBefore?.l === "," && tokens[r]?.l === "," && /^\p{Ll}+ing$/u.test(tokens[r + 1]?.w ?? "") && sb - sa <= 10 &&
        tokens.slice(0, nearStart).some((t) => FINITE[ctx.lang].has(t.l) || (ctx.lang === "en" && EN_AUX.has(t.l)))) ||
      // "The province will cut tags by 34 per cent, the Ministry of Natural Resources said Tuesday,
      // after an aerial survey found…": a clause, the source and cue, a time, then a subordinate
      // clause about the saying.
      // ("The death toll rose to 41 on Thursday, the institute said, as floodwaters kept rising":
      // an irregular past tense is the clause's verb too.)
      (boundaryBefore?.l === "," && sb - sa <= 10 && tokens.slice(0, nearStart).some((t, k) => FINITE[ctx.lang].has(t.l) || (ctx.lang === "en" && (EN_AUX.has(t.l) || pastVerbAt(tokens, 0, k)))) &&
        // ("…, the port authority said on Tuesday, as police announced…": a day after "on" too.)
        (tokens[timeEnd(tokens, r)]?.l === ",") && SUBORDINATE_AFTER_SAYING.has(tokens[timeEnd(tokens, r) + 1]?.l ?? "")) ||
      // "Turnout reached 67%, the highest since 2009, the commission said in a statement early on
      // Monday[, adding that…]": a clause, the source and cue, then only circumstance.
      // ("…, South Korea’s spy agency told lawmakers in a closed-door briefing Monday": the
      // audience first.)
      (boundaryBefore?.l === "," && (CIRCUMSTANCE_PREPS.has(tokens[r]?.l ?? "") ? circumstanceOnly(tokens, r, sentenceEnd) : OBJECT_CUES.has(cue.lemma) && audienceThenCircumstance(tokens, r, sentenceEnd)) && sb - sa <= 10 &&
        tokens.slice(0, nearStart).some((t, k) => FINITE[ctx.lang].has(t.l) || (ctx.lang === "en" && (EN_AUX.has(t.l) || pastVerbAt(tokens, 0, k))))));
  if (comp >= 0 && comp >= sentenceEnd && ctx.nextParagraph && tokens[comp - 1]?.l === ":") {
    return { cue, cueSpan, source: spanOf(sa, sb), sourceTokens: tokens.slice(sa, sb), content: ctx.nextParagraph, side: "after" };
  }
  if (postposed) {
    // Postposed: "Y, Smith said." / "Y, the source added."
    let content = contentBefore(ctx, quoteEndsBefore ? 0 : nearStart, true, true);
    if (!content) return null;
    // "Acts of protest, Mr. Obama said, are acts of patriotism" / "“One reason,” he said, “is…”":
    // the attribution sits inside the claim, which runs on to the end of the sentence.
    // "“Every time you say that,” Tester said, referring to the excuse, “you give…”": the
    // quotation resumes after a circumstantial phrase, and both halves are one statement.
    const resumes = afterQuote && tokens.slice(r + 1, sentenceEnd).some((t, k) => OPEN_QUOTES.has(t.l) && tokens[r + k]?.l === "," && regionAt(ctx.regions, t.s)?.start === t.s);
    if (parenthetical || figureTail || (tokens[r]?.l === "," && sentenceEnd - r > 3 && ((!PHRASE_PREPS.has(tokens[r + 1]?.l ?? "") && !/ing$/.test(tokens[r + 1]?.l ?? "") && !SUBORDINATE_AFTER_SAYING.has(tokens[r + 1]?.l ?? "")) || resumes))) {
      content = [content[0], tokens[sentenceEnd - 1]!.e];
    }
    return { cue, cueSpan, source: spanOf(sa, sb), sourceTokens: tokens.slice(sa, sb), content, side: "before" };
  }
  // "“We'll walk away…,” he said, “the only place on earth…”": a quotation split around its
  // attribution is one statement, from the first half to the end of the second.
  if (afterQuote && comp >= 0 && OPEN_QUOTES.has(tokens[comp]!.l) && tokens[comp - 1]?.l === ",") {
    const first = contentBefore(ctx, nearStart, true, true);
    const second = contentAfter(comp);
    if (first && second) return { cue, cueSpan, source: spanOf(sa, sb), sourceTokens: tokens.slice(sa, sb), content: [first[0], second[1]], side: "before" };
  }
  const from = comp >= 0 ? comp : r;
  // "…have culled thousands of chickens after laboratory tests confirmed an outbreak", « …mardi
  // après que des analyses ont confirmé un foyer »: a verb with a plain object in a clause of time
  // or cause tells what happened, inside the outlet's own sentence.
  // (Not "after an aerial survey found the herd had fallen": a clause for object is a finding.)
  // ("…remained closed after dockworkers refused to handle the ship": refusing or deciding to act,
  // in a clause of time or cause, is an event too.)
  const actionInfinitive = (cue.lemma === "refuse" || cue.lemma === "decide" || cue.lemma === "refuser" || cue.lemma === "décider") && (tokens[r]?.l === "to" || tokens[r]?.l === "de" || tokens[r]?.l === "d'");
  if (comp < 0 && !afterQuote && sa > 0 && EVENT_VERBS.has(cue.lemma) && eventClauseBefore(tokens, sa) && (plainObject(tokens, r, sentenceEnd) || actionInfinitive)) return null;
  // "Karsk has never published a figure", "The trust has not confirmed any deaths": what was not
  // said or shown, with a plain object, is the outlet's statement about the source.
  if (comp < 0 && !afterQuote && cue.negated && ctx.lang === "en" && EVENT_VERBS.has(cue.lemma) && plainObject(tokens, r, sentenceEnd) && !tokens.slice(r, sentenceEnd).some((t) => OPEN_QUOTES.has(t.l))) return null;
  // (A text's count stands alone: "The official results… list 8,612 finishers".)
  if (comp < 0 && cue.strength !== "speech" && sentenceEnd - from < 3 && !isSideNoun(cue.lemma) && minContent !== 1 && !(DOCUMENT_ONLY.has(cue.lemma) && /^\d/u.test(tokens[from]?.l ?? ""))) return null;
  // « a reconnu l'état de catastrophe naturelle » is an act, not a statement: these verbs report
  // speech only with a clause or a quotation.
  // (« a confirmé mercredi avoir reçu une copie »: an infinitive of the subject is a clause too.)
  // (A text's findings are statements whatever their form: « le rapport a relevé un dépassement ».)
  const documentSubject = () => sb > sa && ((ctx.documentPronoun && sa === 0 && sb === 1) || DOCUMENT_RE.test(sourceHead(ctx.text.slice(tokens[sa]!.s, tokens[sb - 1]!.e))));
  // (« Le parquet a confirmé l'ouverture d'une enquête »: confirming an event reports it.)
  // (« a confirmé un « rejet accidentel » », « a confirmé son intention de… ».)
  const eventAt = r + 1 + (OPEN_QUOTES.has(tokens[r + 1]?.l ?? "") ? 1 : 0);
  const confirmedEvent = cue.lemma === "confirmer" && /^(?:l'|la|le|les|un|une|des|son|sa|ses|leur|leurs)$/u.test(tokens[r]?.l ?? "") && CONFIRMED_EVENTS.test(tokens[eventAt]?.l ?? "");
  // (And what a reporter noted on the spot: « notre journaliste a relevé un prix de 24 euros ».)
  const reporterSaw = () => (cue.lemma === "relever" || cue.lemma === "constater" || cue.lemma === "observer") && tokens.slice(sa, sb).some((t) => REPORTER_NOUNS.has(t.l) || t.l === "notre" || t.l === "nous");
  // (« on reconnaît un démarrage « très en dessous des engagements » »: words quoted in the object
  // are words reported.)
  // (Not in a relative clause: in « qui soutient X depuis 2016, salue « … » », the words are the
  // main verb's.)
  // (A recall's quotation opens right after the verb, « a rappelé « l’importance de… » »: further
  // on it names a product, « a rappelé 14 lots de sa gamme « Premiers Jours » ».)
  const quotedObject = () => !inRelative && tokens.slice(r, cue.lemma === "rappeler" ? Math.min(sentenceEnd, r + 2) : sentenceEnd).some((t) => OPEN_QUOTES.has(t.l));
  if (comp < 0 && CLAUSE_ONLY.has(cue.lemma) && !confirmedEvent && !documentSubject() && !reporterSaw() && !frInfinitiveObject(tokens, r) && !quotedObject()) return null;
  // « un chercheur, qui l’a signalée à l’entreprise le 22 septembre »: with an object clitic and no
  // clause or quotation, the verb acts on what was named before; it reports no words (« qui le
  // qualifie de « hors de contrôle » » still does).
  // (Not a witness: « un journaliste l’a vu quitter l’hôtel ».)
  if (comp < 0 && ctx.lang === "fr" && cue.kind === "verb" && !PERCEPTION_LEMMAS.includes(cue.lemma) && /^(?:l'|le|la|les)$/u.test(tokens[cue.i0 - 1]?.l ?? "") && !tokens.slice(r, sentenceEnd).some((t) => OPEN_QUOTES.has(t.l))) return null;
  let content = contentAfter(from);
  if (!content) return null;
  // "The Syrian conflict may once have seemed far away", "Melania seems to have vanished": a
  // thing that seems so is the author's hedge about the subject, not the subject's stance; the
  // claim is the whole clause and has no source. ("He appeared to suggest that…" still reports
  // him: the verb after "to" is his; "seemed to me" names who it seems so to.)
  if (HEDGE_LEMMAS_EN.has(cue.lemma) && !cue.negated && comp < 0) {
    const subjectStart = tokens[stripLeading(tokens, sa, sb)]!.s;
    if (tokens[r]?.l === "to") {
      if (!VERBS.has(tokens[r + 1]?.l ?? "")) return { cue, cueSpan, source: null, sourceTokens: [], content: [subjectStart, content[1]], side: "after" };
    } else {
      // "The plan seemed credible to many economists": they are who it seems so to.
      const to = tokens.findIndex((t, k) => k > r && k < sentenceEnd - 1 && t.l === "to" && EXPERIENCER.test(ctx.text.slice(t.s, tokens[sentenceEnd - 1]!.e)));
      if (to < 0) return { cue, cueSpan, source: null, sourceTokens: [], content: [subjectStart, content[1]], side: "after" };
      let e = to + 1;
      while (e < sentenceEnd && tokens[e]!.l !== ",") e++;
      const source = spanOf(to + 1, e);
      // ("credible to me." — the tokenizer keeps the final stop on an abbreviation-like word.)
      if (ctx.text[source[1] - 1] === "." && source[1] >= ctx.sentEnd) source[1]--;
      return { cue, cueSpan, source, sourceTokens: tokens.slice(to + 1, e), content: [subjectStart, tokens[to - 1]!.e], side: "after" };
    }
  }
  if (inRelative) {
    // "Les syndicats, qui réclamaient le retrait du texte, ont salué…": the relative clause
    // ends at its closing comma.
    for (let k = from; k < sentenceEnd; k++) {
      if (tokens[k]!.l === "," && k > from) {
        content = [content[0], tokens[k - 1]!.e];
        break;
      }
    }
  }
  return { cue, cueSpan, source: spanOf(sa, sb), sourceTokens: tokens.slice(sa, sb), content, side: "after" };
}

// Verbs that, with a plain object, record an event: confirming or finding an outbreak, announcing
// a closure. (Not stances: "after Clinton blasted him for…", "since Trump wants to…" stay hers
// and his.)
const EVENT_VERBS = new Set(["confirm", "announce", "reveal", "find", "show", "discover", "report", "declare", "detect", "confirmer", "annoncer", "révéler", "découvrir", "déclarer", "signaler", "détecter", "constater", "publish", "publier", "reject", "rejeter", "refuse", "refuser", "decide", "décider", "rule"]);
const JOINED_WITNESS = new Set(PERCEPTION_LEMMAS);
const NOT_NOUN_BEFORE_PRONOUN = new Set(["and", "but", "or", "that", "which", "who", "because", "when", "if", "as", "so", "while", "where", "since", "although", "though", "unless", "until", "after", "before", "once", "whether", "why", "how", "what", "then", "now", "yet", "also", "said", "says", "say", "told", "added", "later", "earlier", "afterwards", "ago", "again", "instead", "meanwhile", "recently", "eventually", "finally", "twice", "once"]);
const EVENT_CLAUSE_EN = new Set(["after", "before", "when", "once", "until", "since", "because"]);
const EVENT_CLAUSE_FR = new Set(["après", "avant", "dès", "depuis", "parce", "pendant"]);
/** The subject at sa opens a clause of time or cause: "after X…", « après que X… », « lorsque X… ». */
function eventClauseBefore(tokens: Token[], sa: number): boolean {
  const w = tokens[sa - 1]!.l;
  // (Not « quand »: « 650 évacués, quand la mairie en compte 900 » sets two sources side by side.)
  if (EVENT_CLAUSE_EN.has(w) || w === "lorsque" || w === "lorsqu'") return true;
  return (w === "que" || w === "qu'") && EVENT_CLAUSE_FR.has(tokens[sa - 2]?.l ?? "");
}

/** From r to the next comma or the sentence's end, a noun phrase: no verb, no past tense. */
function plainObject(tokens: Token[], r: number, end: number): boolean {
  for (let k = r; k < end && tokens[k]!.l !== ","; k++) if (isVerbish(tokens[k]!) || pastVerbAt(tokens, r, k)) return false;
  return true;
}

// The channel a statement came by: « dans un communiqué », "in a statement".
const STATEMENT_NOUNS = new Set(["communiqué", "déclaration", "courrier", "courriel", "lettre", "message", "note", "entretien", "statement", "interview", "letter", "email", "post"]);
const UNSOURCED_PASSIVES = new Set(["accuse", "announce", "confirm", "label", "dub", "describe", "view", "rate", "blame", "criticize", "criticise", "praise", "reject", "deny", "condemn", "allege", "report", "rumor", "suspect", "believe", "understand", "think", "consider", "annoncer", "confirmer", "accuser", "rapporter", "soupçonner"]);
// Verbs that take an infinitive of the same subject ("took to Twitter to accuse", "sought to").
const CONTROL_VERBS = new Set("took takes went goes sought seeks tried tries wants want hopes hope plans plan vowed vows began begins came comes moved moves rushed rushes intends intend aims aim used uses".split(" "));
const HEDGE_LEMMAS_EN = new Set(["seem", "appear"]);
const EXPERIENCER = /^to (?:me|us|him|her|them|many|some|most|the|\p{Lu}\p{L}*)\b/u;
const AS_WORDS = new Set(["as", "comme"]);
const INCLUDING_WORDS = new Set(["including", "among", "notably", "dont", "notamment", "parmi"]);
const FR_OBJECT_CLITICS = new Set(["l'", "le"]);

/** "…, as a Homeland Security memo put it." / "As Smith noted, …" / « comme l'a rappelé le
 *  ministre » / « comme le souligne le rapport »: a comparative clause that names a source for
 *  the main clause, which is the content. */
function asClause(ctx: Ctx, cue: CueHit, cueSpan: [number, number]): RawAttribution | null {
  const { tokens } = ctx;
  let a = cue.i0 - 1;
  // (Commas are crossed only around an aside that names some of the source, checked below.)
  const asideAt = (k: number) => tokens[k]!.l === "," && tokens.slice(Math.max(0, k - 8), k + 2).some((t) => INCLUDING_WORDS.has(t.l));
  while (a >= 0 && a >= cue.i0 - 14 && !AS_WORDS.has(tokens[a]!.l) && !(tokens[a]!.p && tokens[a]!.l !== "." && tokens[a]!.l !== "'" && !asideAt(a))) a--;
  if (a < 0 || !AS_WORDS.has(tokens[a]!.l)) return null;
  // The frame opens the sentence or follows a comma: "as" is not "such as" or "as well as".
  const lead = stripLeading(tokens, 0, a);
  if (!(lead >= a || tokens[a - 1]?.l === ",")) return null;
  let sourceRange: [number, number];
  let frameEnd = cue.i1;
  const between = tokens.slice(a + 1, cue.i0);
  if (between.every((t) => FR_OBJECT_CLITICS.has(t.l))) {
    // Source after the cue: « comme l'a rappelé le ministre ».
    let e = cue.i1;
    while (e < tokens.length && !tokens[e]!.p && e < cue.i1 + 10) e++;
    sourceRange = trimRange(tokens, cue.i1, e);
    frameEnd = e;
  } else {
    let b = cue.i0;
    while (b > a + 1 && (FR_OBJECT_CLITICS.has(tokens[b - 1]!.l) || SKIPPABLE.has(tokens[b - 1]!.l))) b--;
    sourceRange = trimRange(tokens, a + 1, b);
    // "As many tax experts, including Mr. Goldberg, have pointed out": an aside naming some of
    // them stays in the source; any other punctuation means "as" opens something else.
    const src = tokens.slice(sourceRange[0], sourceRange[1]);
    const aside = src.findIndex((t) => t.l === ",");
    const asideOk = aside > 0 && INCLUDING_WORDS.has(src[aside + 1]?.l ?? "") && !src.slice(aside + 2).some((t) => t.p && t.l !== "." && t.l !== "-" && t.l !== "'");
    if (!asideOk && src.some((t) => t.p && t.l !== "." && t.l !== "-" && t.l !== "'")) return null;
  }
  if (sourceRange[1] <= sourceRange[0] || sourceRange[1] - sourceRange[0] > 10) return null;
  // The frame is closed right after its verb (or its postposed source): "as he talked about
  // the economy" is a time clause, and "as the Times called them, 'anchors'" names something.
  const closer = tokens[frameEnd];
  if (closer && !(closer.p && /^[,.;:)—–!?]$/u.test(closer.l))) return null;
  if (cue.lemma === "call") return null;
  const end = sentenceEndIndex(tokens);
  let content: [number, number] | null = null;
  if (lead >= a) {
    // Frame first: the content follows its comma.
    let c = frameEnd;
    while (c < end && tokens[c]!.l !== ",") c++;
    if (c + 1 < end) content = [tokens[c + 1]!.s, tokens[end - 1]!.e];
  } else {
    const [x, y] = trimRange(tokens, lead, a);
    if (y > x) content = [tokens[x]!.s, tokens[y - 1]!.e];
    // "X, as Y said, Z": the clause goes on after the frame.
    if (content && tokens[frameEnd]?.l === "," && end - frameEnd > 3) content = [content[0], tokens[end - 1]!.e];
  }
  if (!content) return null;
  const [s0, s1] = sourceRange;
  return { cue, cueSpan, source: [tokens[s0]!.s, tokens[s1 - 1]!.e], sourceTokens: tokens.slice(s0, s1), content, side: lead >= a ? "after" : "before" };
}

const FRONTING_WORDS = new Set(["through", "despite", "amid", "among", "without", "like", "unlike", "following", "throughout", "within", "upon", "across", "malgré", "parmi", "sans", "selon", "dès", "face"]);

/** ", Pieter Claessens, aurait plaidé": at the comma `k`, a name set off by commas, then a verb. */
function namedSubjectAt(tokens: Token[], k: number): boolean {
  let j = k + 1;
  while (j < tokens.length && j <= k + 4 && /^\p{Lu}/u.test(tokens[j]!.w) && !tokens[j]!.p) j++;
  const verb = tokens[j + 1];
  return j > k + 2 && tokens[j]?.l === "," && !!verb && (isVerbish(verb) || EN_AUX.has(verb.l) || FR_AUX.has(verb.l) || /^\p{Ll}+(?:ait|aient)$/u.test(verb.l));
}
const NAME_TITLE_WORDS = new Set(["la", "le", "the", "docteure", "docteur", "professeure", "professeur", "dr", "pr", "me", "maître", "mme", "m.", "doctor", "professor"]);
const CONTRAST_THEN_COMMA = /,\s*(?:alors\s+qu['’e]|tandis\s+qu['’e]|quand|mais|while|whereas|but)\s*,\s*$/iu;

/** Tokens [0, comma) form a fronted adverbial: a preposition or an -ly adverb first, and no verb,
 *  comma or quotation inside. */
function frontedAdverbial(tokens: Token[], comma: number): boolean {
  let a = 0;
  while (a < comma && (tokens[a]!.p || COORD.has(tokens[a]!.l) || tokens[a]!.l === "but" || tokens[a]!.l === "mais")) a++;
  if (a >= comma) return false;
  // "Citing a conspiracy theory, Trump accused…", « Affirmant que la crise était finie, le
  // ministre a annoncé… »: a participial clause, whatever it holds, is circumstance.
  if (a === 0 && comma - a <= 30 && isLeadingParticiple(tokens[a]!) && !tokens.slice(a, comma).some((t) => t.l === "," || OPEN_QUOTES.has(t.l))) return true;
  if (comma - a > 12) return false;
  const first = tokens[a]!.l;
  const opens = PHRASE_PREPS.has(first) || LEADING_ADVERBIAL.has(first) || FRONTING_WORDS.has(first) || (comma - a === 1 && /^\p{L}+ly$/u.test(first));
  if (!opens) return false;
  // One phrase only: "In short, the plan fails, Smith said" ends on a clause, not a circumstance.
  return !tokens.slice(a, comma).some((t) => t.l === "," || OPEN_QUOTES.has(t.l) || CLOSE_QUOTES.has(t.l) || FINITE[currentLang].has(t.l) || (currentLang === "en" && EN_AUX.has(t.l)) || RELATIVES.has(t.l));
}

const TIME_PREPS = new Set(["after", "before", "while", "by", "upon", "since", "when", "en", "après", "avant"]);
const SOURCE_NOUNS = unicodeWords(/\b(?:officials?|sources?|people|persons?|aides?|reports?|documents?|data|polls?|study|studies|surveys?|statements?|experts?|analysts?|responsables?|rapports?|sondages?|études?|experts?)\b/iu);

/** A capitalised present participle opening the sentence ("Citing…", « Affirmant… »). */
// (Not a first name: "Aisling Smith, principal of the school, said…".)
function isLeadingParticiple(t: Token): boolean {
  return /^\p{Lu}\p{Ll}+(?:ing|ant)$/u.test(t.w) && !/^(?:during|nothing|something|anything|everything|morning|evening|king|thing|spring|durant|pendant|maintenant|avant|cependant|néanmoins)$/u.test(t.l) && !isFirstName(t.w);
}

/** "Claiming the criticism is unfair, Trump told Fox…", « Affirmant que la crise était terminée,
 *  le ministre… »: a participle of saying opening the sentence reports what the subject of the
 *  main clause said; its content runs to the comma. */
function frontedParticiple(ctx: Ctx, cue: CueHit, cueSpan: [number, number]): RawAttribution | null {
  const { tokens } = ctx;
  const citing = cue.kind === "prep" && (cue.lemma === "cite" || cue.lemma === "quote");
  // "After saying her foot was swollen, she was…", « Après avoir affirmé… »: a leading
  // preposition of time before the participle.
  const lead = cue.i0 === 1 && /^\p{Lu}/u.test(tokens[0]!.w) && TIME_PREPS.has(tokens[0]!.l) ? 1 : 0;
  // (« Après avoir dit que… »: a French past infinitive after the preposition.)
  if (cue.i0 !== lead || !(cue.gerund || citing) || !(lead ? /(?:ing|ant)$/u.test(tokens[lead]!.l) || tokens[lead]!.l === "avoir" : isLeadingParticiple(tokens[0]!))) return null;
  let comma = cue.i1;
  while (comma < tokens.length && tokens[comma]!.l !== "," && comma < cue.i1 + 30) comma++;
  if (tokens[comma]?.l !== ",") return null;
  let from = cue.i1;
  if (COMPLEMENTIZERS.has(tokens[from]?.l ?? "")) from++;
  if (comma - from < 1) return null;
  // "Citing two officials, the Times reported…" names the Times' sources (a chain), not
  // something the Times claims.
  if (citing && SOURCE_NOUNS.test(ctx.text.slice(tokens[from]!.s, tokens[comma - 1]!.e))) return null;
  const subj = mainSubject(tokens.slice(comma + 1), tokens.length - comma - 1, ctx.lang);
  if (!subj) return null;
  const s0 = comma + 1 + subj[0];
  const s1 = comma + 1 + subj[1];
  return { cue, cueSpan, source: [tokens[s0]!.s, tokens[s1 - 1]!.e], sourceTokens: tokens.slice(s0, s1), content: [tokens[from]!.s, tokens[comma - 1]!.e], side: "after" };
}

/** The quotation that closes right before token `at` (skipping one comma) ends with its own
 *  punctuation, as quoted speech does ("…,” she said), unlike a quoted title. */
function speechQuoteEnds(tokens: Token[], at: number): boolean {
  const k = at - 1;
  if (tokens[k]?.l === ",") return CLOSE_QUOTES.has(tokens[k - 1]?.l ?? "");
  if (!CLOSE_QUOTES.has(tokens[k]?.l ?? "")) return false;
  // "…the term 'African American outreach,' " he told: an inner quotation closes first.
  const inner = tokens[k - 1]?.l === "'" || tokens[k - 1]?.l === "’" ? k - 2 : k - 1;
  return /^[,.?!…]+$/u.test(tokens[inner]?.l ?? "");
}

// (Also a fact-check's section labels: "OUR VERDICT:", « NOTRE VERDICT : », "THE CLAIM:".)
const LABEL_STOP = new Set(["our", "notre", "verdict", "claim", "facts", "faits", "context", "contexte", "what", "bottom", "background", "correction", "clarification", "corrections", "editor's", "editors", "disclosure", "update", "ps", "nb", "the", "a", "an", "le", "la", "les", "un", "une", "update", "updated", "photo", "video", "note", "editor's", "source", "sources", "read", "lire", "voir", "see", "related", "by", "par", "posted", "published", "publié", "mise", "mis", "question", "questions", "réponse", "réponses", "answer", "answers", "q", "r",
  // (A briefing's rubrics: "Transit: Fares rose…", "Weather: Sunny, with a high of 71".)
  "why", "how", "pourquoi", "comment", "weather", "transit", "transport", "traffic", "schools", "education", "politics", "business", "economy", "sport", "sports", "health", "crime", "courts", "culture", "housing", "environment", "climate", "elsewhere", "today", "tonight", "tomorrow", "météo", "transports", "santé", "politique", "économie", "éducation", "justice", "société", "logement", "environnement", "ailleurs"]);

/** "PENCE: Well, look…", "Pat Caddell: Democrat voters…": a speaker label opening a paragraph.
 *  Returns the label's token range and the colon token index. */
export function speakerLabel(tokens: Token[], lang: "fr" | "en" = "en", text = ""): { a: number; b: number; colon: number } | null {
  let a = 0;
  while (a < tokens.length && OPEN_QUOTES.has(tokens[a]!.l)) a++;
  let b = a;
  while (b < tokens.length && b < a + 4 && !tokens[b]!.p && /^\p{Lu}/u.test(tokens[b]!.w)) b++;
  // (A transcript's name in capitals may carry what the person is before the colon: « JOSIANE
  // AURENGO-TALL, habitante de Ventabrac : Vers 17 heures… ».)
  // (Or in title case, what the person is in lower case: « Josiane Kerbrat-Mendy, agente
  // d’accueil : On a ressorti les tampons… ».)
  const capitals = tokens.slice(a, b).every((t) => /^\p{Lu}[\p{Lu}'’-]+$/u.test(t.w));
  // (A first name alone in capitals with an age after it too: « LUCIENNE, 84 ans, habitante de
  // Combelasse : … ».)
  const aged = capitals && b - a === 1 && tokens[b]?.l === "," && /^\d{1,3}$/u.test(tokens[b + 1]?.l ?? "") && (tokens[b + 2]?.l === "ans" || tokens[b + 2]?.l === ",");
  const described = (b - a >= 2 || aged) && tokens[b]?.l === "," && (capitals || /^\p{Ll}/u.test(tokens[b + 1]?.w ?? "")) ? tokens.findIndex((t, k) => k > b + 1 && k < b + 12 && t.l === ":") : -1;
  if (described > 0 && tokens.slice(b + 1, described).every((t) => (!t.p || t.l === "'" || t.l === "’" || (aged && t.l === ",")) && (capitals || !isVerbish(t)))) return described + 1 < tokens.length ? { a, b: described, colon: described } : null;
  // (With a note in brackets before the colon: "NURSE (VOICED BY AN ACTOR): We’re treating…".)
  if (capitals && b > a && tokens[b]?.l === "(") {
    const close = tokens.findIndex((t, k) => k > b && k < b + 8 && t.l === ")");
    if (close > 0 && tokens[close + 1]?.l === ":" && close + 2 < tokens.length && !LABEL_STOP.has(tokens[a]!.l)) return { a, b: close + 1, colon: close + 1 };
  }
  if (b === a || tokens[b]?.l !== ":" || b + 1 >= tokens.length) return null;
  if (LABEL_STOP.has(tokens[a]!.l) || /^\d/.test(tokens[a]!.l)) return null;
  // French puts a space before every colon, and "Inondations : …" is a headline, not a speaker:
  // a French label must look like a name (two capitalised words, or capitals only).
  if (lang === "fr" && b - a < 2 && !/^\p{Lu}{2,}$/u.test(tokens[a]!.w)) return null;
  // An English label sits right against its colon ("PENCE:"), a headline kicker often not.
  if (lang === "en" && text && /\s/u.test(text.slice(tokens[b - 1]!.e, tokens[b]!.s))) return null;
  return { a, b, colon: b };
}

const DASHES = new Set(["―", "—", "–", "-", "--"]);

/** "“…” ― Sonya Herridge": a dash after a closing quotation mark, then the speaker's name. */
/** An attribution a frame of the sentence gives, not a verb's syntax: a dash before a name, a
 *  speaker's label, a colon after a person's sentence, a reporter's scene. The cue is tokens
 *  [i0, i1). */
export function framedAttribution(tokens: Token[], i0: number, i1: number, lemma: string, strength: CueHit["strength"], source: [number, number], content: [number, number], side: "before" | "after"): RawAttribution {
  return {
    cue: { i0, i1, head: i0, lemma, kind: "verb", strength, negated: false, gerund: false, inverted: null, invertedPronoun: null },
    cueSpan: [tokens[i0]!.s, tokens[i1 - 1]!.e],
    source,
    sourceTokens: tokens.filter((t) => t.s >= source[0] && t.e <= source[1]),
    content,
    side,
  };
}

const OBJECT_PRONOUNS_FR = new Set(["les", "la", "le", "l'", "lui", "leur", "y", "en"]);
const SUBORDINATE_AFTER_SAYING = new Set(["after", "as", "when", "while", "because", "since", "following", "après", "alors", "tandis", "lorsque", "quand"]);

export function dashAttribution(ctx: Ctx): RawAttribution | null {
  const { tokens } = ctx;
  // ("“Seal numbers have tripled.” — state Sen. Ray Kessling, Aug. 7": the sentence may have been
  // split after the quotation, so the dash opens this one.)
  let last = ctx.sentStart - 1;
  while (last > ctx.sentStart - 4 && last >= 0 && /[\s\u00A0]/u.test(ctx.text[last]!)) last--;
  const quoteBefore = last >= 0 && /[”»"’]/u.test(ctx.text[last]!) ? regionAt(ctx.regions, last) : null;
  for (let i = quoteBefore ? 0 : 1; i < tokens.length - 1; i++) {
    if (!DASHES.has(tokens[i]!.l) || !(i === 0 ? quoteBefore : CLOSE_QUOTES.has(tokens[i - 1]!.l))) continue;
    let e = i + 1;
    while (e < tokens.length && e < i + 8 && (!tokens[e]!.p || tokens[e]!.l === "-")) e++;
    const name = tokens.slice(i + 1, e);
    // (A title before the name may be lower case: "state Sen. Ray Kessling".)
    if (!name.length || !(/^\p{Lu}/u.test(name[0]!.w) || (!name[0]!.p && !COORD.has(name[0]!.l) && !CLAUSE_WORDS.has(name[0]!.l) && name.slice(1, 3).some((t) => /^\p{Lu}/u.test(t.w))))) continue;
    if (e < tokens.length && !(tokens[e]!.p && (tokens[e]!.l === "." || tokens[e]!.l === ","))) continue;
    const r = i === 0 ? quoteBefore : regionAt(ctx.regions, tokens[i - 1]!.s);
    if (!r) continue;
    return framedAttribution(tokens, i, i + 1, "say", "speech", [name[0]!.s, name[name.length - 1]!.e], [r.start, r.end], "before");
  }
  return null;
}

// Where words are said, after « en »: « en conseil municipal », « en séance », « en conférence de presse ».
const SAID_IN = new Set(["conseil", "séance", "conférence", "commission", "assemblée", "réunion", "audience", "plénière", "direct", "public", "privé", "marge", "aparté"]);
// What follows « depuis » in a time phrase: « depuis le 1er septembre », « depuis des mois ».
const SINCE_WORDS = new Set([...DAY_WORDS, "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "mois", "semaines", "jours", "années", "ans", "début", "fin", "hier"]);
// Verbs of saying that take no person as their object: "…, said Jane Smith." is always inverted.
const INVERTING_LEMMAS = new Set(
  ("say add explain state note write insist argue conclude continue recall dire déclarer affirmer indiquer préciser ajouter expliquer souligner " +
    "assurer estimer rappeler confier raconter répondre observer constater reconnaître admettre poursuivre conclure insister").split(" "),
);
// Time words that end an inverted source: « a indiqué la préfète lundi soir », "said Smith Monday".
const TIME_AFTER_SOURCE = new Set(DAY_WORDS);

/** A time word after a source, not part of a name: « lundi » but not « Le Journal du Dimanche »,
 *  "Monday." but not "The Sunday Times". */
/** The comma after a time phrase that starts at r ("last month,", "on Tuesday,"), or -1. */
function timePhraseThenComma(tokens: Token[], r: number, end: number): number {
  let k = r;
  while (k < end && k < r + 4 && (TIME_AFTER_SOURCE.has(tokens[k]!.l) || /^(?:last|this|next|on|in|earlier|late|early|week|month|year|morning|afternoon|evening|night)$/u.test(tokens[k]!.l))) k++;
  return k > r && tokens[k]?.l === "," ? k : -1;
}

/** Where a time after the cue ends ("Tuesday", "on Tuesday", "on Tuesday night"), or `k` when
 *  none stands there. */
function timeEnd(tokens: Token[], k: number): number {
  if (isTimeAfterSource(tokens, k)) return TIME_OF_DAY.test(tokens[k + 1]?.l ?? "") ? k + 2 : k + 1;
  if (tokens[k]?.l === "on" && WEEKDAY_RE.test(tokens[k + 1]?.l ?? "")) return TIME_OF_DAY.test(tokens[k + 2]?.l ?? "") ? k + 3 : k + 2;
  return k;
}

function isTimeAfterSource(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !TIME_AFTER_SOURCE.has(t.l)) return false;
  if (currentLang === "fr") return t.w === t.l;
  const next = tokens[k + 1];
  return !next || next.p || TIME_OF_DAY.test(next.l);
}

/** "…, said [Ms] Jane Smith[, the council leader]." — a name, maybe titled, then the end of the
 *  sentence, an apposition, or a time word. */
function nameEndsSentence(tokens: Token[], r: number, sentenceEnd: number): boolean {
  let k = r;
  if (NAME_TITLES.has(tokens[k]?.l ?? "")) k++;
  const nameStart = k;
  while (k < sentenceEnd && k < nameStart + 4 && !tokens[k]!.p && /^\p{Lu}/u.test(tokens[k]!.w) && !isTimeAfterSource(tokens, k)) k++;
  if (k === nameStart) return false;
  return k >= sentenceEnd || tokens[k]!.l === "," || isTimeAfterSource(tokens, k) || INVERTED_STOP.has(tokens[k]!.l);
}

// Nouns that a group's or a campaign's name follows.
const GROUP_NOUNS = new Set(["collectif", "groupe", "association", "mouvement", "page", "compte", "campagne", "group", "campaign", "movement", "account"]);
// Words before a short quotation that make it a name or a term, not words said: « Ces 1 412 pages
// de « fiches d’événement » », « le groupe, qui se présente comme le « Conseil militaire… » ».
// (And a group's noun before its name: « le collectif « Dépistées, pas oubliées » affirme… ».)
const TERM_BEFORE = new Set(["de", "du", "des", "d'", "le", "la", "les", "l'", "un", "une", "comme", "of", "the", "a", "an", "as", "called", "named", "dubbed", "baptisé", "baptisée", "dit", "dite", ...GROUP_NOUNS]);
/** Where the short quoted term that closes at `close` opens (up to eight words between the marks,
 *  after one of TERM_BEFORE), or -1. */
function quotedTermOpen(tokens: Token[], close: number): number {
  let k = close - 1;
  while (k >= 0 && k > close - 10 && !OPEN_QUOTES.has(tokens[k]!.l)) k--;
  return k > 0 && OPEN_QUOTES.has(tokens[k]!.l) && TERM_BEFORE.has(tokens[k - 1]!.l) ? k : -1;
}

/** The tokens without the short quoted terms among them. */
function withoutQuotedTerms(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (CLOSE_QUOTES.has(tokens[k]!.l)) {
      const open = quotedTermOpen(tokens, k);
      const at = open >= 0 ? out.lastIndexOf(tokens[open]!) : -1;
      if (at >= 0) {
        out.length = at;
        continue;
      }
    }
    out.push(tokens[k]!);
  }
  return out;
}

/** "…told Trellis that reported robberies rose": the words before "that" are whom a verb like "tell"
 *  addresses, and "that" opens what was said, no relative clause. */
function toldBefore(tokens: Token[], antecedent: number): boolean {
  for (let k = antecedent - 1; k >= 0 && k >= antecedent - 4 && !tokens[k]!.p; k--) {
    if (VERBS.get(tokens[k]!.l)?.some((v) => v.lang === "en" && OBJECT_CUES.has(v.lemma))) return true;
  }
  return false;
}

const PREPOSITION_BEFORE_WHOM = new Set(["à", "de", "pour", "avec", "par", "contre", "chez", "to", "from", "for", "with", "by", "against"]);
const STRESSED_PRONOUN = /^(?:lui|elle|eux|elles|moi|nous|vous|him|her|them)$/u;
/** A pronoun after « selon » or "according to" that takes up a source named before it. */
export const TAKEN_UP_PRONOUN = /^(?:lui|elle|eux|elles|him|her|them|it)$/u;
const HEARER_NOUNS = new Set(["reporters", "journalists", "lawmakers", "investors", "analysts"]);
/** "told Quadwise he filed…", "told the Herald she had left", "told reporters they…": the index of
 *  the subject pronoun right after a short hearer (a name, "the" and a name, "reporters"), or -1.
 *  (Not after "him" or "her": "his insurer has told him it will not pay" is told as the outlet's.) */
function pronounAfterHearer(tokens: Token[], from: number, n: number): number {
  let k = from;
  if (HEARER_NOUNS.has(tokens[k]?.l ?? "")) k++;
  else {
    if (tokens[k]?.l === "the") k++;
    const nameStart = k;
    while (k < n && k - nameStart < 4 && /^\p{Lu}/u.test(tokens[k]!.w) && !tokens[k]!.p && !SUBJECT_PRONOUN.has(tokens[k]!.l)) k++;
    if (k === nameStart) return -1;
  }
  const l = tokens[k]?.l ?? "";
  return (SUBJECT_PRONOUN.has(l) || l === "it") && (tokens[k]!.w === "I" || /^\p{Ll}/u.test(tokens[k]!.w)) ? k : -1;
}
/** « …, a indiqué (dans un communiqué) le procureur de la République de Port-Ardelle, Laurent
 *  Becquerel-Navas. »: after the verb, a noun phrase opening on its article, and perhaps a name in
 *  apposition, with no verb, up to the end of the sentence. */
function frSourceEndsSentence(tokens: Token[], r: number, sentenceEnd: number): boolean {
  let k = r;
  if (tokens[k]?.l === "dans" && /^(?:un|une|son|sa|leur)$/u.test(tokens[k + 1]?.l ?? "") && /^(?:communiqué|déclaration|courrier|message|entretien)$/u.test(tokens[k + 2]?.l ?? "")) k += 3;
  // (« son adversaire de toujours, Raphaël Quintard-Obame, ancien chef du parti »: a possessive,
  // and a role after the name too.)
  if (!/^(?:le|la|les|l'|son|sa|ses|leur)$/u.test(tokens[k]?.l ?? "")) return false;
  const start = k;
  while (k < sentenceEnd && k < start + 12 && !tokens[k]!.p && !isVerbish(tokens[k]!)) k++;
  if (k < sentenceEnd && tokens[k]!.l === ",") {
    k++;
    const name = k;
    while (k < sentenceEnd && k < name + 4 && /^\p{Lu}/u.test(tokens[k]!.w)) k++;
    if (k === name) return false;
    if (k < sentenceEnd && tokens[k]!.l === "," && /^\p{Ll}/u.test(tokens[k + 1]?.w ?? "")) {
      const role = ++k;
      while (k < sentenceEnd && k < role + 10 && !tokens[k]!.p && !isVerbish(tokens[k]!)) k++;
    }
  }
  return k >= sentenceEnd;
}

const NAME_TITLES = new Set(["me", "maître", "dr", "dr.", "pr", "m.", "mme", "mr", "mr.", "mrs", "mrs.", "ms", "ms."]);
/** « a plaidé son avocat, Me Laurent Dussac, qui… », « …, le colonel Éric Sarrazin »: a role's name given in apposition after
 *  it belongs to the source, which otherwise ends at the comma (tokens[e]). */
function apposedNameEnd(tokens: Token[], r: number, e: number, sentenceEnd: number, determinerFirst = false): number {
  // (A phrase opening on a capital is a name already, unless the capital is its determiner's:
  // "The trust's chief executive, Martin Oyelaran, …".)
  if (tokens[e]?.l !== "," || (!determinerFirst && /^\p{Lu}/u.test(tokens[r]?.w ?? ""))) return e;
  let k = e + 1;
  // (The name may come with its rank: « …, le colonel Éric Sarrazin », "…, the Rev. Ann Boyd".)
  if (/^(?:le|la|l'|the)$/u.test(tokens[k]?.l ?? "")) {
    let m = k + 1;
    while (m < k + 3 && tokens[m] && !tokens[m]!.p && /^\p{Ll}/u.test(tokens[m]!.w)) m++;
    if (m > k + 1) k = m;
  }
  if (NAME_TITLES.has(tokens[k]?.l ?? "")) k++;
  const nameStart = k;
  while (k < sentenceEnd && k < nameStart + 4 && !tokens[k]!.p && /^\p{Lu}/u.test(tokens[k]!.w)) k++;
  return k - nameStart >= 2 && (k >= sentenceEnd || tokens[k]?.l === "," || tokens[k]?.l === ".") ? k : e;
}

/** The tokens outside relative clauses set between commas (", which organised the march,"). */
function outsideRelatives(tokens: Token[]): Token[] {
  const out: Token[] = [];
  let inside = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!inside && t.l === "," && (RELATIVES.has(tokens[k + 1]?.l ?? "") || tokens[k + 1]?.l === "que" || tokens[k + 1]?.l === "qu'")) inside = true;
    else if (inside && t.l === ",") inside = false;
    else if (!inside) out.push(t);
  }
  return out;
}

/** How many tokens of [a, b) stand inside brackets, the brackets included. */
function bracketedTokens(tokens: Token[], a: number, b: number): number {
  let n = 0;
  let depth = 0;
  for (let k = a; k < b; k++) {
    const l = tokens[k]!.l;
    if (l === "(") depth++;
    if (depth > 0) n++;
    if (l === ")" && depth > 0) depth--;
  }
  return n;
}

// Words that open a clause set against the one before: « …, tandis que… », "…, while…".
const CONTRAST_OPENERS = new Set(["tandis", "alors", "mais", "quand", "while", "whereas", "but"]);
