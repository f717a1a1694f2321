// Check-worthiness: how much a fact-checker would want to verify the claim, 0..1. Numbers,
// events, causal statements and attributed facts rank high; opinions, hopes, predictions,
// questions and small talk rank low. A transparent additive score: each signal is a rule a
// checker would agree with. Patterns are per language and kept simple so scoring stays cheap.
import type { AttributionLevel, QuoteType } from "./types";
import { forLowerCase, unicodeWords, withoutBoundaries } from "@/lib/articles/unicode-words";

interface Signals {
  number: RegExp;
  strongNumber: RegExp;
  causal: RegExp;
  comparative: RegExp;
  event: RegExp;
  opinion: RegExp;
  future: RegExp;
  firstPerson: RegExp;
}

const EN: Signals = {
  number: /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundreds?|thousands?|dozens?|half|twice|double|triple)\b/i,
  strongNumber: /\d[\d.,]*\s*(?:%|percent|per cent|million|billion|trillion)|[$€£]\s?\d|\b\d{2,}[\d.,]*\b(?!\s*(?:a\.m|p\.m))|\b(?:millions?|billions?|trillions?|percent|thousands of|hundreds of|times (?:more|as|the))\b/i,
  causal: /\b(?:because|due to|caused|causes|led to|leads to|result(?:ed|s)? (?:of|in)|as a result|thanks to|responsible for)\b/i,
  comparative: /\b(?:more than|less than|fewer than|higher|lower|highest|lowest|largest|biggest|smallest|record|most|least|increased?|decreased?|rose|fell|doubled|tripled|grew|dropped|cut)\b/i,
  event: /\b(?:has|have|had) (?:\w+ )?(?:been|\w+ed)\b|\b\w\w\wed\b|\b(?:was|were|killed|died|voted|signed|passed|won|lost|sold|bought|paid|spent|created|built|shot|arrested|fired|hired|raised|sent|took|gave|made|went|came|left|broke)\b/i,
  opinion: /\b(?:i think|i believe|i feel|we think|we believe|in my opinion|i hope|we hope|hopefully|hop(?:ed|es) (?:to|that)|i want|we want|we need|we must|we should|we have to|we've got to|let me|let's|i'm going to|we're going to|we will|i will|i'll|we'll|should|must|ought to|need to|wonderful|beautiful|amazing|believe me|thank you|thanks|god bless|folks)\b/gi,
  future: /\b(?:will|going to|gonna|is set to|are set to|(?:is|are) set for|(?:is|are) scheduled (?:for|to)|(?:is|are) due (?:on|in)|(?:is|are) due to (?:vote|begin|start|open|close|appear|meet|sit|report|resume|return|be|give|publish|decide|rule|announce|hear|end|finish)|plans? to|intends? to)\b/i,
  firstPerson: /^(?:i|we|you)\b/i,
};

// (Boundaries that know accented letters: « moitié », « à cause de », « a annoncé ». Tried on the
// lower-cased text, like NO_COMMENT: see forLowerCase.)
const FR: Signals = forLowerCaseAll({
  number: unicodeWords(/\d|\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|cent|mille|milliers|centaines|dizaines|moitié|double|triple)\b/i),
  strongNumber: unicodeWords(/\d[\d.,\s]*(?:%|pour cent|millions?|milliards?)|[$€£]\s?\d|\d\s?[$€£]|\b\d{2,}[\d.,]*\b|\b(?:millions?|milliards?|pour cent|fois plus|fois moins|centaines de|milliers de)\b/i),
  causal: unicodeWords(/\b(?:à cause de|en raison de|car|parce que|provoqué|provoque|entraîné|entraîne|grâce à|dû à|due à|suite à|conséquence)\b/i),
  comparative: unicodeWords(/\b(?:plus de|moins de|plus que|moins que|hausse|baisse|record|augment\w*|diminu\w*|recul\w*|progress\w*|fois plus|fois moins)\b/i),
  // (Not a participle in « -é » alone: « a été », « a déclaré », « a indiqué » are the passive's
  // auxiliary and the verbs of reporting, in nearly every sentence, not events.)
  event: unicodeWords(/\b(?:a|ont|avait|avaient|est|sont)\s+(?:\S+\s+)?\S+(?:ée|és|ées|i|is|it|u|us|ert|eint)\b|\S(?:ait|aient)\b/i),
  opinion: unicodeWords(/\b(?:je pense|je crois|nous pensons|j['’]espère|espérons|espère|souhaite|souhaitons|il faut|nous devons|on doit|je veux|nous voulons|merci|formidable|magnifique|terrible|honte|scandaleux|inacceptable|selon moi|à mon avis)\b/gi),
  future: unicodeWords(/\b(?:va|vont|allons|sera|seront|aura|auront|prévoit de|compte)\b|\S\S\S(?:era|eront|ira|iront)\b/i),
  firstPerson: unicodeWords(/^(?:je|nous|vous|on)\b/i),
});
function forLowerCaseAll(signals: Signals): Signals {
  return Object.fromEntries(Object.entries(signals).map(([k, re]) => [k, forLowerCase(re) ?? re])) as unknown as Signals;
}
// A boundary that knows accented letters is a lookaround at every position, which V8 scans slowly;
// the same words with no boundary at all are found fast, and where they are not, the pattern
// cannot match either. Each French signal is tried first without its boundaries.
const FR_GATES = Object.fromEntries(Object.entries(FR).map(([k, re]) => [k, withoutBoundaries(re)])) as unknown as Signals;

// "did not respond to requests for comment", « n'avait pas donné suite »: a note on the reporting,
// not a claim to check.
const NO_COMMENT = forLowerCase(/\b(?:did not (?:immediately )?(?:respond|reply|return|answer)|declined to (?:comment|say|specify|disclose|confirm|give)|declined (?:our|a|an|the) (?:request|invitation) (?:for|to)|(?:agreed|declined|refused) to (?:speak|talk) to us|could not be reached|was not available for comment|(?:has|have|had) been approached for comment|went unanswered|(?:were|was) not returned|(?:have|has) not been returned|went unreturned|n['’](?:a|ont) pas pu être (?:joint|jointe|joints|contactée?)|n['’](?:a|avait|ont|avaient) pas (?:donné suite|répondu|souhaité (?:réagir|commenter|s['’]exprimer))|injoignable|sollicitée? par)\b/iu)!;
const SPOKE_WITH = /^(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*){0,2}\s(?:spoke|talked)\s(?:with|to)\s/u;
const BARE_STANCE_END = /[\s,](?:conteste|contestent|dément|démentent|proteste|protestent|s['’]insurge|s['’]insurgent|nuance|nuancent|objecte|tempère|tempèrent|disagrees|disagree|objects|object|demurs|begs to differ|is unconvinced|is not convinced|n['’]est pas convaincue?|ne partage pas cet avis|(?:disputed|disputes|denied|denies|rejected|rejects|contested|contests|challenged|challenges|conteste|contestent|contestait|dément|démentent|réfute|réfutent|rejette|rejettent) (?:that|this|these|those|the|cette|ce|ces|cet) (?:account|version|claim|claims|characteri[sz]ation|description|figure|figures|assertion|allegations?|chronologie|version des faits|récit|chiffres?|accusations?|affirmations?|analyse|lecture))\s*[.!]?$/u;
// A request stated by the outlet: "Residents are urged to check…", « Le CISSS invite la
// population à composer le 811 », « La préfecture appelle les voyageurs à ne pas… ».
const REQUEST_HINT = /urged|asked|advised|encouraged|reminded|invit|appel|exhort|incit|enjoi/u;
const REQUEST_IN_WORDS = /(?<![\p{L}])(?:(?:is|are) (?:urged|asked|advised|encouraged|reminded) to|(?:invite|invitent|appelle|appellent|exhorte|exhortent|incite|incitent|enjoint|enjoignent) (?:(?:la|le|les|l['’]|ses|leurs|tous|toutes|aussi|donc|néanmoins|également)\s*)?(?:\p{L}+[\s'’-]){0,3}?(?:à|au|aux) (?!\d))/iu;
// A meeting's or a hearing's date set out by the outlet: « Une réunion publique est prévue
// samedi », « L’audience est fixée au 9 février », "The board meets again Sept. 22": a schedule,
// which the house rules leave out like a plan.
const SCHEDULE = /(?:[Rr]éunion|[Ss]éance|[Rr]assemblement|[Aa]udience|[Aa]ssemblée|[Mm]anifestation|[Cc]oncertation|[Dd]ébat|[Vv]ote|[Cc]onseil)[^,.;]{0,40} (?:est|sont) (?:prévu|fixé|programmé)e?s?(?![\p{L}])|(?:[Mm]eeting|[Hh]earing|[Vv]ote|[Ss]ession|[Rr]ally|[Dd]ebate|[Ss]entencing)[^,.;]{0,40} (?:is|are) (?:scheduled|set|due) (?:for|to|on|in)(?![\p{L}])|(?:[Mm]eets|[Ss]e réunit|se réuniront|will meet) again(?![\p{L}])/u;
// A relative clause giving a body's membership or a person's years in a place ("which represents
// 41 stallholders", « qui compte plus de 3 100 membres », "who has sold cheese at the market for
// 22 years"): who the speaker is, not what to check. (A body's own history, "which has run the
// pool since 2014", stays a claim.)
const BACKGROUND_RELATIVE = /^(?:which|that|qui) (?:represents?|représentent?|regroupent?|fédèrent?|rassemblent?)(?![\p{L}])|^(?:which|that) (?:has|have) (?:about |around |roughly |more than |nearly |some |over |almost )?[\d,.]+ members|^qui compte (?:environ |plus de |près de |quelque )?[\d\s\u00A0]+(?:membres|adhérents)|^who (?:has|have) (?!been )\p{L}+ .*(?:for (?:\d+|[a-z-]+) years|since (?:19|20)\d\d)/u;
// The outlet's note that it saw a text, left over from the phrase that names the text (« Dans un
// courrier daté du 2 septembre, que Le Courrier des Cimes a pu consulter », "that the Tribune has
// seen"): how it knows, not what.
// A call to readers: "If you ate at Ondrel & Vine on April 10 or 11 and got sick, the department
// wants to hear from you: call…", « la rédaction souhaite recueillir vos témoignages ».
const CALL_TO_READERS = /\b(?:wants?|would like|would love|is keen) to hear from (?:you|readers|anyone)\b|\b(?:veut|voudrait|aimerait|souhaite) (?:vous entendre|recueillir vos témoignages)/u;
const PROGRAMME_FRAMING = /(?:était|est|sera)(?:\s+\p{Ll}+){0,3}\s+l['’]invitée?\s+d[eu]|\b(?:sat down with us|spoke to us|spoke with us|talked to us|talked with us)\b|^(?:Notre|Our)\s+(?:reporter|journaliste|envoyée?\s+spéciale?|correspondante?|correspondent)\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2}\s+(?:était|est|is|was)\s+(?:\p{Ll}+\s+){0,3}(?:à|au|devant|dans|sur|at|in|outside|on)\b/u;
const SEEN_NOTE = /^(?:(?:Dans|In) [^,]{3,80}, )?(?:que |qu['’]|that |which )[^,]{1,80}(?:pu consulter|consultée?s?|s['’]est procurée?s?|(?:has|have) seen|obtained|reviewed)$/u;
const ASKING = /\b(?:let me ask|i want to ask|i'd like to ask|my question|the question is|i ask you|can you|could you|would you|will you|do you|did you|are you|have you|je vous demande|ma question|pouvez-vous|allez-vous)\b/i;
const VOCATIVE = /^(?:Mr|Mrs|Ms|Dr|Madam|Secretary|Senator|Governor|President|Congressman|Congresswoman|Monsieur|Madame)\.?\s+\p{Lu}\p{L}+,\s/u;
const ENTITY = /\s[A-ZÀ-Ý][a-zà-ÿ]{2,}/g;

export interface CheckworthinessInput {
  text: string;
  lang?: "fr" | "en";
  level: AttributionLevel;
  hedged: boolean;
  quoteType: QuoteType;
  negatedCue: boolean;
  title: boolean;
  /** A heading inside the article ("15h05 – Les négociations ont repris"): it announces what
   *  follows, where the claims are. */
  heading?: boolean;
  /** Words reported as a request ("urged residents to…", « réclame un moratoire »): what someone
   *  wants done, like a plan or a hope, is no fact to check (the house rules). */
  request?: boolean;
}

export function scoreCheckworthiness(x: CheckworthinessInput): number {
  const t = x.text;
  const lower = t.toLowerCase();
  const sig = x.lang === "fr" ? FR : EN;
  const u = x.lang === "fr" ? lower : t;
  const has = (k: keyof Signals) => (x.lang !== "fr" || FR_GATES[k].test(u)) && sig[k].test(u);
  let words = 1;
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) === 32) words++;
  let s = 0.4;
  if (has("strongNumber")) s += 0.3;
  else if (has("number")) s += 0.08;
  if (has("causal")) s += 0.08;
  if (has("comparative")) s += 0.08;
  if (has("event")) s += 0.08;
  ENTITY.lastIndex = 0;
  let entities = 0;
  while (entities < 4 && ENTITY.exec(t)) entities++;
  s += entities * 0.025;
  switch (x.level) {
    case "document":
    case "official_statement":
      s += 0.08;
      break;
    case "named_on_record":
    case "anonymous_described":
    case "secondary_report":
    case "witnessed":
      s += 0.05;
      break;
    case "anonymous_bare":
    case "hedged_unsourced":
      s += 0.02;
      break;
    default:
      break;
  }
  sig.opinion.lastIndex = 0;
  let opinions = 0;
  if (x.lang !== "fr" || FR_GATES.opinion.test(u)) while (opinions < 2 && sig.opinion.exec(u)) opinions++;
  s -= opinions * 0.18;
  if (has("future")) s -= 0.1;
  if (x.request || (REQUEST_HINT.test(lower) && REQUEST_IN_WORDS.test(t))) s -= 0.35;
  if (/\?\s*["”»’]?\s*$/.test(t)) s -= 0.3;
  // Asking or addressing someone ("Secretary Clinton, let me ask you…") is not asserting.
  if (ASKING.test(t)) s -= 0.1;
  if (VOCATIVE.test(t)) s -= 0.1;
  if (/!\s*["”»’]?\s*$/.test(t)) s -= 0.1;
  if (words < 4) s -= 0.15;
  else if (words < 7) s -= 0.05;
  if (x.hedged) s -= 0.05;
  if (has("firstPerson")) s -= 0.05;
  if (x.negatedCue) s = Math.min(s, 0.3);
  if (NO_COMMENT.test(lower)) s = Math.min(s, 0.3);
  if (x.level === "author_assertion" && (SCHEDULE.test(t) || BACKGROUND_RELATIVE.test(t) || SEEN_NOTE.test(t))) s = Math.min(s, 0.4);
  if ((lower.includes("hear from") || lower.includes("vous entendre") || lower.includes("témoignages")) && CALL_TO_READERS.test(t)) s = Math.min(s, 0.3);
  // (« Son directeur musical, X, était l’invité de La Matinale », "Afterwards, Dr X sat down with
  // us", « Notre reporter X était ce matin devant l’entrée du terminal »: who the programme or
  // the page talked to, and where, no fact to check.)
  if ((lower.includes("invité") || lower.includes(" us") || lower.includes("reporter") || lower.includes("journaliste")) && PROGRAMME_FRAMING.test(t)) s = Math.min(s, 0.35);
  // ("The Bulletin spoke with Denise Carver-Nkemelu… on Wednesday": who was interviewed, no fact.)
  if ((lower.includes("spoke") || lower.includes("talked")) && SPOKE_WITH.test(t)) s = Math.min(s, 0.35);
  // « Le président de la zone, Pape Seck, conteste. », "The company disagrees.": a speaker
  // introduced, what they say comes next.
  // ("…, disputed that account.", « Croisières Velmora conteste cette version. »: a denial whose
  // content is the sentence before, a phrase long with a speaker's description.)
  if (x.level === "author_assertion" && words <= 24 && BARE_STANCE_END.test(lower)) s = Math.min(s, 0.3);
  if (x.title) s *= 0.55;
  else if (x.heading) s *= 0.45;
  return Math.round(Math.max(0, Math.min(1, s)) * 100) / 100;
}
