// The extraction engine's entry point: article text in, claim candidates out (docs/extraction.md).
// Pipeline: boilerplate spans → sentences (never crossing removed text) → quote regions → per
// sentence: cues → attributions (source, content) → pronoun resolution → level, quote type,
// hedging, check-worthiness. Pure and synchronous; all offsets returned are code points.
import { isFirstName } from "@/lib/articles/first-names";
import { acronymDefinitions, withLongForm } from "./acronyms";
import { findBoilerplate } from "@/lib/articles/clean-text";
import { detectLanguage } from "@/lib/articles/detect-language";
import { CodePointIndex } from "@/lib/articles/text-offsets";
import { ANONYMITY_RE, WITNESS_CUES, classifyLevel, type LevelInput } from "./attribution-level";
import { sourceRelatives } from "./source-relative";
import { DOCUMENT_RE, ELECTED_ONE, INSTITUTION_RE, REPORTER_RE, hasApposedName, hasProperName, isDefinitePersonDescription, isPersonNoun, isRoleHolder, looksLikePerson, namesPersonRole, sourceHead } from "./source-phrase";
import { scoreCheckworthiness } from "./checkworthiness";
import { displayClaimant } from "./claimant-names";
import { findCues } from "./cues";
import { EN_AUX, FR_AUX, FR_BE, FR_INFINITIVES, VERBS } from "./lexicon";
import { COUNTRIES, NEWSPAPER_TITLE_WORDS, PhraseSet } from "./gazetteer";
import { isHedged, isRumour, pastTenseCue, isUnsourcedHedge } from "./hedging";
import { findQuoteRegions, regionAt, type QuoteRegion } from "./quotes";
import { ANAPHORIC_DOCUMENT, ANAPHORIC_INSTITUTION, ANAPHORIC_NP, ANAPHORIC_OUTLET, DEMONSTRATIVE_PRONOUN, GENERIC_BODY, SAME_SOURCE, bodyBeforeOn, bodyOpening, dislocatedTopic, lastIndefinitePerson, nameIntroducedAs, namesWithNoun, pronounFits, seenTextBefore, takesUp } from "./anaphora";
import { CITING_ASIDE, RELAYS_NEXT, dropChainedPrepositions, dropCitingAsides } from "./chains";
import { trimContent } from "./content-span";
import { coordinatedClauses } from "./coordinated-clauses";
import { findEmbeddedPosts, type EmbeddedPost } from "./embedded-posts";
import { anyCase, countWords } from "@/lib/articles/unicode-words";
import { findInterviews } from "./interview";
import { creditedFieldReporter, genderOf, genderOfMention, lastElectedBefore, lastNameBefore, lastPersonBefore, namedAsReporter, reporterIntroStart, reporterNamedBefore, lastNameOfGender, lastOrganisationBefore, lastOutletNameBefore, namedBodies, namedWithRole, pronounGender, readNames, ROLE_ACRONYMS, type NamedMention } from "./mentions";
import { splitSentences, type Sentence } from "./sentences";
import { APPOSED_AFTER_SUBJECT, accordingToWhich, colonQuote, firstPersonWitness, forWhom, messageThenColon, PAPER_NAME, paperThenColon, postedOnPlatform, relativeThenColon, reporterScene, underText } from "./sentence-frames";
import { TranscriptSpeakers, capitalsLabel } from "./transcript-speakers";
import { TAKEN_UP_PRONOUN, buildAttribution, dashAttribution, framedAttribution, inciseInQuote, mainSubject, quotedVerb, speakerLabel, type Ctx, type RawAttribution } from "./structure";
import { uncoveredClause } from "./uncovered-clause";
import { namesPlatform, viaSocialMedia } from "./social-channel";
import { namedOutlets } from "./outlet-names";
import { bylineWriter, copyrightOutlet, withOwnOutlet } from "./own-outlet";
import { foldAdverbialPhrases } from "./adverbial-phrases";
import { tokenize, type Token } from "./tokens";
import type { AttributionLevel, ExtractedClaim, ExtractionResult, Language, QuoteType } from "./types";

export interface ExtractInput {
  text: string;
  language?: Language;
}

interface Mention {
  span: [number, number];
  text: string;
}

interface Draft {
  start: number;
  end: number;
  claimant: string | null;
  claimantSpan: [number, number] | null;
  cueSpan: [number, number] | null;
  level: AttributionLevel;
  quoteType: QuoteType;
  hedged: boolean;
  checkworthiness: number;
  /** Claims with no cue of their own (author assertions, continued quotes) can be absorbed by a
   *  later attribution whose quote reaches back over them. */
  weak: boolean;
  sentence: number;
}

// A person's introduction after the name: an age (", 58 ans,", ", 41,"), a description by a noun
// for a person (", une infirmière…", ", a nurse…"; not "Saint-Rémy, un concurrent direct"), or the
// verb the name, set off after its role, is the subject of (« le ministre, Gaspard Veillon, a
// appelé… »).
// (And the name as the subject of a verb straight after it: "Tidewater general manager Brent
// Holloway was having none of it. “…,” he said.")
// (Or a relative clause about them: « Adjoua N’Guessan-Kra, dont le fils est incarcéré… », « Maëlle
// Couderc-Bamba, qui travaille sur le marché de l’art… ».)
const INTRODUCED_BY_AGE_OR_VERB = /^(?:,[\s\u00A0]*(?:\d{1,3}(?:[\s\u00A0]?ans|[\s\u00A0]years?(?: old)?)?,|(?:a|avait|est|était|has|had|is|was)\s+\p{Ll}|(?:dont|whose|qui|who)\s)|[\s\u00A0]+(?:a|avait|est|était|has|had|is|was)\s+\p{Ll})/u;
// (French may drop the article: « Anne-Sophie Kerbrat, professeure au CHU, … ».)
const INTRODUCED_BY_NOUN = /^,[\s\u00A0]*(?:(?:un|une|a|an)\s+(?:\p{Ll}+\s+)?)?(\p{Ll}[\p{Ll}-]+)/u;
// A role opening the sentence, then the name in apposition: « Le président de la zone n°4, Pape
// Ibrahima Seck-Gning, conteste. Il affirme… », "The club's chairman, Dan Reilly, disagrees."
const ROLE_BEFORE_APPOSED_NAME = /(?:^|[.!?»”]\s+|\n)(?:Le|La|L['’]|Les|The|Son|Sa|Its|His|Her|Their)\s*[^,.;:«»“”\n]{2,60},[\s\u00A0]*$/u;
function introducesPerson(after: string): boolean {
  const noun = INTRODUCED_BY_NOUN.exec(after)?.[1];
  return INTRODUCED_BY_AGE_OR_VERB.test(after) || (!!noun && isPersonNoun(noun));
}
// Possessives too: the owner of a nominal cue ("his claim that…", « sa promesse de… »).
// A role with its article or possessive, in lower case: « la conseillère d’État », "its chief executive".
// (Or an acronym: « le PDG ».)
const ROLE_TAKEN_UP = new RegExp(String.raw`^(?:the|its|his|her|their|le|la|l['’]|son|sa|leur)\s*(?:\p{Ll}|(?:${ROLE_ACRONYMS})$)`, "iu");
const POST_GOES_ON = new Set(["écrire", "write", "ajouter", "add", "poursuivre", "continue", "conclure", "conclude"]);
const SINGULAR_PRONOUNS = new Set(["he", "she", "il", "elle", "him", "her", "lui", "his", "son", "sa", "ses"]);
const PLURAL_PRONOUNS = new Set(["they", "ils", "elles", "eux", "their", "leur", "leurs"]);
const RELATIVE_PRONOUNS = new Set(["which", "that", "who", "qui", "que", "qu'", "dont"]);

const COUNTRY_SET = new PhraseSet(Object.keys(COUNTRIES));

// « D’après ce document », "this report": the text the sentence before named, not the person last
// quoted (whose words are no document).
const THIS_DOCUMENT = /^(?:ce|cette|this)\s+(?:document|rapport|report|étude|study)$/iu;
// "Calderbrook Water sent us a statement overnight.": its subject is who "It says…" next takes up.
const STATEMENT_SENT = /^\s+(?:has\s+|have\s+)?(?:sent|issued|released|put out|emailed|gave)\s+(?:us|this programme|this paper|the \p{Lu}[\p{L}’'-]*)?\s*(?:a|an)\s+(?:[\p{Ll}-]+\s+)?(?:statement|response|reply)(?![\p{L}])/u;

/** First country or capital named in a phrase, in English ("La Corée du Nord" → "North Korea"). */
function countryIn(text: string): string | null {
  const m = COUNTRY_SET.find(text);
  return m ? (COUNTRIES[m] ?? null) : null;
}

function quoteTypeOf(regions: QuoteRegion[], s: number, e: number, text: string): QuoteType {
  const r = regionAt(regions, s) ?? regionAt(regions, Math.max(s, e - 1));
  if (r && r.start <= s + 1 && r.end >= e - 1) return "direct";
  let quotedWords = 0;
  // Regions are sorted and disjoint: binary-search the first one that ends after s.
  let lo = 0;
  let hi = regions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (regions[mid]!.end <= s) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < regions.length && regions[i]!.start < e; i++) {
    const q = regions[i]!;
    const a = Math.max(q.start, s);
    const b = Math.min(q.end, e);
    quotedWords += countWords(text, a, b);
  }
  const total = countWords(text, s, e);
  if (quotedWords >= 4 && quotedWords >= total * 0.9) return "direct";
  return quotedWords >= 4 ? "mixed" : "indirect";
}

// (« le député », « la sénatrice »: any elected member, since outlets
// vary the title: « Le conseiller national X… Le député affirme… ».)
// ("the MP", "the senator": only a member named as elected before; no other name will do, "On
// July 6, the senator made…" names no one.)
const ELECTED_TITLE_EN = /^the (?:senator|congressman|congresswoman|MP)$/iu;
const ELECTED_TAKE_UP = new RegExp(String.raw`^(?:${ELECTED_ONE}|les élus|(?:le|la) (?:député|députée|sénateur|sénatrice|parlementaire)|the (?:lawmaker|legislator|councillor|councilor|politician|senator|congressman|congresswoman|MP))$`, "iu");
const ET_DE = /^Et\s+(d['’]|de\s+)(\p{Ll}+)(?:\s+que|\s*:)?\s*/u;

// The small words inside a body's long name: « le ministère de la Solidarité et des Services aux
// citoyens ».
const NP_GLUE = new Set(["de", "du", "des", "d'", "la", "le", "les", "l'", "et", "aux", "au", "à", "en", "pour", "sur"]);

// A body, which can speak as such ("Le projet sera abandonné, a-t-il indiqué": not the project).
function isBody(phrase: string): boolean {
  return !looksLikePerson(phrase) && INSTITUTION_RE.test(sourceHead(phrase));
}

export function extractClaims(input: ExtractInput): ExtractionResult {
  const text = input.text;
  const lang: Language = input.language ?? detectLanguage(text);
  const index = new CodePointIndex(text);
  const blocked = findBoilerplate(text);
  readNames(text, blocked);
  // The page's furniture names its own outlet (bylines, author notes, copyright lines): a finding
  // credited to that name is the outlet's own.
  const sentences = splitSentences(text, blocked);
  // (So does a masthead, a short line under the title before the first paragraph, in any case:
  // "APB NEWS".)
  const firstProse = sentences.find((s) => countWords(text, s.start, s.end) >= 8 && /[.!?…»”"]\s*$/u.test(text.slice(s.start, s.end)));
  const mastheads = sentences.filter((s) => !s.title && s.start < (firstProse?.start ?? 0) && countWords(text, s.start, s.end) <= 4 && !/[.!?…]\s*$/u.test(text.slice(s.start, s.end)));
  const furniture = [...mastheads, ...blocked].map((b) => text.slice(b.start, b.end)).join("\n").toLowerCase();
  const ownOutlet = (name: string) => name.length >= 3 && furniture.includes(name.toLowerCase());
  const regions = findQuoteRegions(text);
  const title = findTitle(text, sentences);
  const bodies = namedBodies(text);
  const outlets = namedOutlets(text);
  // (Another paper a press review names: « Le Courrier de Castelbrune ouvre sur… : », « Dans
  // L’Écho d’Orsaval, … ».)
  // (The page's own name last: it searches all the furniture, and most names are no paper's.)
  const otherPaper = (name: string) => (NEWSPAPER_TITLE_WORDS.test(name) || outlets.has(name)) && !ownOutlet(name);

  const drafts: Draft[] = [];
  let lastPerson: Mention | null = null;
  let lastGroup: Mention | null = null;
  // The bodies of the last sentence (its subject, and those that spoke as such), for a French
  // « il » or « elle » opening the next: « Le ministère défend son projet. Dans une déclaration,
  // il affirme… ».
  let bodiesBefore: { sentence: number; bodies: Mention[] } | null = null;
  let lastEntity: string | null = null;
  let lastSourced: NamedMention | null = null;
  let lastInstitution: string | null = null;
  let lastOutlet: Mention | null = null;
  // A transcript's presenter and reporters, as its lines reveal them.
  const speakers = new TranscriptSpeakers();
  // Its guests' full labels, which a surname alone takes up later.
  const labelsSeen: Mention[] = [];
  // The paper the last sentence opened on as its subject, and that sentence's index.
  let paperSubject: { sentence: number; mention: Mention } | null = null;
  let bodySubject: { sentence: number; mention: Mention } | null = null;
  let lastDocument: string | null = null;
  // The text the last sentence quoted as its source, for a pronoun opening the next one.
  let documentSpoke: { sentence: number; paragraph: number; span: [number, number]; text: string } | null = null;
  let lastSpeaker: { draft: Draft; sentence: number } | null = null;
  // The person whose social-media post the last sentences relayed.
  let lastPost: { span: [number, number]; sentence: number; paragraph: number } | null = null;
  // Surnames of people already named in full, so that a later "Putin said" is recognised.
  const knownNames = new Set<string>();
  const rememberName = (name: string) => {
    const words = name.replace(/[,(].*$/u, "").trim().split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
    if (words.length >= 2) knownNames.add(words[words.length - 1]!.toLowerCase());
  };

  // Paragraph spans, for quotations announced at the end of the previous paragraph ("He said:").
  const paragraphs = new Map<number, [number, number]>();
  for (const s of sentences) {
    const p = paragraphs.get(s.paragraph);
    if (p) p[1] = s.end;
    else paragraphs.set(s.paragraph, [s.start, s.end]);
  }
  // The person a definite description takes up: someone named since the last speaker's words;
  // else the last speaker, if they spoke in the last two sentences and the description does not
  // show the other gender; else the last name before it.
  const describedPerson = (at: number, description: string, sentence: number): (NamedMention & { unnamed?: boolean }) | null => {
    // ("A Corvane engineer, who spoke on condition of anonymity, said… The engineer said…": the
    // unnamed speaker just quoted, taken up by the same noun, stays unnamed.)
    const noun = description.trim().split(/\s+/u).pop()?.toLowerCase() ?? "";
    if (lastSpeaker && sentence - lastSpeaker.sentence <= 2 && lastSpeaker.draft.level.startsWith("anonymous") && noun.length > 2 && lastSpeaker.draft.claimant?.toLowerCase().includes(noun)) return null;
    // (« …d’un technicien de signalisation… Le PDG a affirmé…, une version que conteste le
    // technicien »: the unnamed person introduced with the same noun, after anyone named.)
    const introduced = lang === "fr" && noun.length > 2 ? lastIndefinitePerson(text, Math.max(0, at - 600), at, genderOf(description) === "f", (w) => w === noun) : null;
    const namedSince = introduced && lastPersonBefore(text, at);
    if (introduced && !(namedSince && namedSince.span[0] > introduced.span[0])) return { ...introduced, unnamed: true };
    // (« l’élue », "the lawmaker": the last person named with an office one is elected to.)
    if (ELECTED_TAKE_UP.test(description.trim())) {
      const elected = lastElectedBefore(text, at);
      if (elected) return elected;
    }
    // (Not a speaker's label opening a line, "Dana Kells: The council says… According to the
    // contractor, …": the label names who speaks, not whom the description describes.)
    const lastNamed = lastPersonBefore(text, at);
    const named = lastNamed && isLineLabel(text, lastNamed.span) ? null : lastNamed;
    if (named && named.span[0] > (lastSpeaker?.draft.end ?? -1)) return named;
    const g = genderOf(description);
    const recent = lastPerson && lastSpeaker && sentence - lastSpeaker.sentence <= 2 && lastSpeaker.draft.claimantSpan?.[0] === lastPerson.span[0];
    if (recent && !(g && genderOf(lastPerson!.text) && genderOf(lastPerson!.text) !== g)) return lastPerson;
    return named;
  };
  // « Celui-ci », « celle-ci »: the last person of that gender, named or described since `from`.
  const demonstratedPerson = (at: number, feminine: boolean, from: number): { span: [number, number]; text: string; named: boolean } | null => {
    const described = lastIndefinitePerson(text, from, at, feminine, isPersonNoun);
    const named = lastNameOfGender(text, at, feminine ? "f" : "m", [at, at]);
    if (named && (!described || named.span[0] > described.span[0])) return { span: named.span, text: named.text, named: true };
    return described && { ...described, named: false };
  };
  const interviews = findInterviews(text, paragraphs);
  const posts = findEmbeddedPosts(text, paragraphs);
  // Text already claimed by a paragraph-long quotation: no separate author claims inside it.
  let coveredUntil = -1;
  let proseBegun = false;
  // The paragraph a programme's own people speak under their label: no interviewee's answer; and
  // the reporter the label names as such speaking there, whose plain statements they witnessed.
  let outletParagraph = -1;
  let reporterLabel: Mention | null = null;

  for (let si = 0; si < sentences.length; si++) {
    const sent = sentences[si]!;
    const firstInParagraph = sentences[si - 1]?.paragraph !== sent.paragraph;
    let tokens = sentenceTokens(text, sent.start, sent.end, regions);
    let label = firstInParagraph ? speakerLabel(tokens, lang, text) : null;
    // (A live chat's answers under the name of the outlet's journalist, « Erwan Le Floc’h-Mensah :
    // Le syndicat mixte qui gère le port… Selon le syndicat, … », are the outlet's text, with its
    // own sources: the sentence's words start after the label.)
    // (So are a transcript's presenter's and reporters': "JUDITH ANWAR-PEEL: Good morning. More than
    // one in four patients…", then "ANWAR-PEEL:".)
    const labelName = label ? text.slice(tokens[label.a]!.s, tokens[label.b - 1]!.e) : "";
    const wordsFrom = label && speakers.outletSpeaks(labelName, text.slice(tokens[label.colon]!.e, sent.end), sent.paragraph, sent.title, () => namedAsReporter(text, labelName), () => creditedFieldReporter(text, labelName)) ? tokens[label.colon]!.e : sent.start;
    speakers.readSentence(text.slice(sent.start, sent.end), sent.paragraph);
    if (wordsFrom > sent.start) {
      outletParagraph = sent.paragraph;
      reporterLabel = speakers.onTheSpot ? { span: [tokens[label!.a]!.s, tokens[label!.b - 1]!.e], text: labelName } : null;
      tokens = sentenceTokens(text, wordsFrom, sent.end, regions);
      label = null;
    }
    if (tokens.length === 0) continue;
    const sentenceText = text.slice(sent.start, sent.end);
    // A post embedded in the page: its words are its author's, its links and signature no claim.
    const post = posts.get(sent.paragraph);
    if (post && sent.start >= post.signature[0]) continue;
    if (post && sent.start < post.body[1]) {
      const [s, e] = trimContent(text, Math.max(sent.start, post.body[0]), Math.min(sent.end, post.body[1]));
      if (e > s) drafts.push(postClaim(text, [s, e], post, lang, si, { bodyNames: bodies, ownOutlet }));
      continue;
    }
    // A line of its own, short and with no final stop, is a heading ("12 h 40 – La préfète fait
    // le point", "Limited Tools"): scored like the title, as it restates what follows.
    const para = paragraphs.get(sent.paragraph);
    const unstopped = !!para && para[0] === sent.start && para[1] === sent.end && !/[.!?…»”"')]\s*$/u.test(sentenceText);
    const words = Math.max(1, countWords(sentenceText));
    const heading = sent.title || (unstopped && words <= 12);
    // Lines that are not prose make no claim (decision 046). Eight words or fewer with no final
    // stop assert nothing a desk would log: a section kicker, a video's label, a teaser ("Now
    // Playing", « S’inscrire »); on the annotated sets no claim sits on such a line, while page
    // furniture often does. ("He said:" is no heading: it announces the next paragraph's
    // quotation.) Up to 25 words, a line set apart by blank lines once the body has begun is a
    // subhead or a link to another story; a summary's points sit on consecutive lines or behind a
    // bullet, and quotations are kept.
    if (unstopped && !sent.title && !/:\s*$/u.test(sentenceText) && (words <= 8 || (words <= 25 && proseBegun && standsApart(text, sent.start, sent.end) && !BULLET.test(sentenceText) && !/[«»“”"‘]/u.test(sentenceText)))) continue;
    // (Before the first full sentence, such a line is the standfirst: "Three clubs have folded in
    // 18 months, leaving hundreds of staff and players unpaid".)
    if (!sent.title && !unstopped && words >= 8) proseBegun = true;
    const lastInParagraph = sentences[si + 1]?.paragraph !== sent.paragraph;
    const nextParagraph = lastInParagraph ? (paragraphs.get(sent.paragraph + 1) ?? null) : null;
    // (Whether "she" may be the outlet's reporter seeing: the reporter was named just before, in
    // an earlier sentence or in this one — "Our correspondent X is at the branch, where she
    // counted…".)
    const reporterBefore = (at: number) => reporterNamedBefore(text, at);
    // (« Il », « elle », "it" or "they" opening the sentence right after a text named with an
    // article was quoted in the same paragraph, when the article allows: that text goes on. Not a
    // body's own figures, « selon ses propres chiffres. Il dit offrir… », nor a noun after « de ».)
    const opening = tokens[0]!.l;
    const documentPronoun: boolean = documentSpoke?.sentence === si - 1 && documentSpoke.paragraph === sent.paragraph && /^(?:it|they|il|elle|ils|elles)$/u.test(opening) && ARTICLE_FIRST.test(documentSpoke.text) && pronounFits(documentSpoke.text, opening);
    const ctx: Ctx = { text, lang, nextParagraph, tokens, regions, sentStart: wordsFrom, sentEnd: sent.end, documentPronoun };
    const cues = dropCitingAsides(findCues(tokens, lang, sent.title, ownOutlet, reporterBefore, documentPronoun).filter((c) => !regionAt(regions, tokens[c.head]!.s) || quotedVerb(tokens, c, regions) || inciseInQuote(tokens, c)), tokens);
    const atts: RawAttribution[] = [];
    if (label) {
      const para = paragraphs.get(sent.paragraph)!;
      // (A transcript's later label by surname, "HALVORSEN-OBI:", is the speaker its full label
      // named first, "GRETA HALVORSEN-OBI:".)
      const span: [number, number] = [tokens[label.a]!.s, tokens[label.b - 1]!.e];
      const said = text.slice(...span);
      const full = /\s/u.test(said) ? null : labelsSeen.findLast((l) => l.text.endsWith(` ${said}`));
      if (!full && /\s/u.test(said)) labelsSeen.push({ span, text: said });
      atts.push(framedAttribution(tokens, label.colon, label.colon + 1, "say", "speech", full?.span ?? span, [tokens[label.colon]!.e, para[1]], "after"));
    }
    for (const c of cues) {
      const a = buildAttribution(ctx, c);
      if (a) atts.push(a);
    }
    const dash = dashAttribution(ctx);
    if (dash) atts.push(dash);
    // "Karsk's president has reportedly ordered his delegation…", "The virus is believed to have
    // been carried by migratory birds…": with no source, the verb after the hearsay is the claim's
    // own, not a cue; the whole clause is the outlet's hedge (below).
    for (let k = atts.length - 1; k >= 0; k--) {
      const a = atts[k]!;
      const before = text.slice(Math.max(sent.start, a.cueSpan[0] - 40), a.cueSpan[0]);
      const hearsay = HEARSAY_BEFORE_CUE.test(before) || HEARSAY_IN_CUE.test(text.slice(a.cueSpan[0], a.cueSpan[1]));
      // ("Arvelle Capital… is understood to have refused a further £3m": the passive of hearsay
      // before the verb is no source of it, whatever the parser made of "understood to".)
      if ((hearsay && a.cue.kind !== "prep" && !a.source) || HEARSAY_PASSIVE_BEFORE.test(before)) atts.splice(k, 1);
      // (« Le Premier ministre aurait lui-même exigé que… »: in French, a verb of saying in the
      // conditional of hearsay; the outlet relays that the words were said, so the clause from its
      // subject on is the claim, with no source.)
      else if (lang === "fr" && a.cue.kind === "verb" && a.side === "after" && a.source && a.source[0] < a.cueSpan[0] && isRumour(text.slice(a.cueSpan[0], a.cueSpan[1]), lang)) atts[k] = { ...a, source: null, sourceTokens: [], content: [a.source[0], a.content[1]] };
    }
    // Frames with no verb of saying: a reporter's scene, a person's sentence before a colon and a
    // quotation (sentence-frames.ts).
    // (The reporter's scene also where the only cues come after its content's first words, inside
    // a clause of it: "When the Ledger visited…, about 40 workers had gathered at the main gate,
    // where a handwritten banner read “Thornhale out”." What the banner read is part of what the
    // reporter saw.)
    const nestedScene = atts.length > 0 ? reporterScene(ctx, ownOutlet) : null;
    if (nestedScene && atts.every((a) => Math.min(a.cueSpan[0], a.source?.[0] ?? a.cueSpan[0]) > nestedScene.content[0] + 20 && !(a.source && SCENE_PERSON.test(text.slice(a.source[0], a.source[1]))))) atts.splice(0, atts.length, nestedScene);
    const frame = atts.length === 0 ? (reporterScene(ctx, ownOutlet) ?? firstPersonWitness(ctx) ?? postedOnPlatform(ctx) ?? relativeThenColon(ctx) ?? messageThenColon(ctx) ?? underText(ctx) ?? paperThenColon(ctx, otherPaper) ?? colonQuote(ctx, (who) => (/^(?:he|she|il|elle)$/iu.test(who.trim()) ? !!lastPerson : isPersonSubject(who, knownNames, true) || isRoleHolder(who)))) : null;
    if (frame) atts.push(frame);
    // "The report’s main findings:" on a line of its own, then bulleted points: each point is the
    // document's finding.
    if (atts.length === 0 && firstInParagraph && lastInParagraph && tokens.at(-1)?.l === ":" && tokens.length <= 14 && FINDINGS_LABEL.test(sentenceText)) {
      const colon = tokens.length - 1;
      for (let p = sent.paragraph + 1, para = paragraphs.get(p); para && BULLET.test(text.slice(para[0], para[1])); para = paragraphs.get(++p)) {
        const [s, e] = trimContent(text, para[0] + (BULLET.exec(text.slice(para[0], para[1]))?.[0].length ?? 0), para[1]);
        if (e > s) atts.push(framedAttribution(tokens, colon, colon + 1, "find", "evidence", [tokens[0]!.s, tokens[colon - 1]!.e], [s, e], "after"));
      }
    }
    const forWhomView = lang === "fr" ? (forWhom(ctx, atts) ?? accordingToWhich(ctx)) : null;
    if (forWhomView) {
      // (« Le quotidien cite un salarié…, selon lequel… »: the verb that quotes the source says
      // nothing of its own; the words are the relative's.)
      const quoting = atts.findIndex((b) => b.cue.lemma === "citer" && !!forWhomView.source && b.content[0] === forWhomView.source[0]);
      if (quoting >= 0) atts.splice(quoting, 1);
      // (Nor « selon » read on its own, with the words before it.)
      const alone = atts.findIndex((b) => b.cue.kind === "prep" && b.cueSpan[0] === forWhomView.cueSpan[0]);
      if (alone >= 0) atts.splice(alone, 1);
      atts.push(forWhomView);
    }
    // « Et d’ajouter : « … » », « Et de préciser que… »: the narrative infinitive goes on with the
    // last speaker, or the person last named.
    if (atts.length === 0 && lang === "fr") {
      const et = ET_DE.exec(text.slice(sent.start, sent.end));
      const lemma = et ? (et[2] ?? "").toLowerCase() : "";
      const who = et && FR_INFINITIVES.get(lemma) === "speech" ? (lastSpeaker && si - lastSpeaker.sentence <= 2 && lastSpeaker.draft.claimantSpan ? lastSpeaker.draft.claimantSpan : lastPerson?.span) : null;
      if (et && who) {
        const verb = tokens.findIndex((t) => t.l === lemma);
        if (verb > 0) atts.push(framedAttribution(tokens, 1, verb + 1, lemma, "speech", who, [sent.start + et[0].length, sent.end], "after"));
      }
    }
    // An attribution that continues an earlier one in the same sentence takes its source:
    // ", saying …" / ", arguing …" ("“…,” said Caddell, speaking of …"), and a second verb joined
    // by « et » whose own search finds only an article (« L'avocate…, Me Vidalenc, dénonce « … »
    // et assure que… »).
    const articleOnly = (a: RawAttribution) => a.sourceTokens.every((t) => t.p || BARE_ARTICLES.has(t.l));
    for (const g of atts) {
      const gerund = !!g.cue.gerund;
      if (!gerund && (!g.sourceTokens.some((t) => !t.p) || !articleOnly(g))) continue;
      // (Not a passive's agent: "X was praised by Y for saying…" — X said it.)
      const host = atts.filter((a) => a !== g && a.source && a.cueSpan[0] < g.cueSpan[0] && (gerund ? !a.cue.gerund && a.cue.kind !== "passive" : !articleOnly(a))).pop();
      if (host) {
        g.source = host.source;
        g.sourceTokens = host.sourceTokens;
      }
    }
    // « L’ONNA conteste ce chiffre : selon lui, « … » », "The union disputes that: according to
    // it, …": the pronoun after the colon takes up the verb's source, whose words these are.
    for (const b of [...atts]) {
      if (b.cue.kind !== "prep" || b.sourceTokens.length !== 1 || !TAKEN_UP_PRONOUN.test(b.sourceTokens[0]!.l) || tokens[b.cue.i0 - 1]?.l !== ":") continue;
      const host = atts.find((a) => a !== b && a.source && a.cue.kind === "verb" && a.content[0] <= b.cueSpan[0] && a.content[1] >= b.cueSpan[1]);
      if (!host) continue;
      b.source = host.source;
      b.sourceTokens = host.sourceTokens;
      // (What stands between the source and the colon, its verb and all, is no claim of the outlet's.)
      b.aside = [host.source![1], b.cueSpan[0]];
      atts.splice(atts.indexOf(host), 1);
    }
    // ", speaking on condition of anonymity because…", "asked not to be named because…": how the
    // source spoke, not what they said.
    // (Whatever content was found for the verb: "…, according to an engineer, who spoke on
    // condition of anonymity.")
    dropWhere(atts, (b) => ANONYMITY_CONTENT.test(text.slice(b.content[0], b.content[1])) || ANONYMITY_CONTENT.test(text.slice(b.cueSpan[1], b.cueSpan[1] + 60).trimStart()));
    // (« …mais rien ne montre qu’elles comblent un déficit », "Nothing suggests that…": no text
    // shows it; the sentence is the outlet's. Not "No one said…": PolNeAR's annotators keep that
    // as an attribution with its source.)
    dropWhere(atts, (b) => !!b.source && NOTHING.test(text.slice(b.source[0], b.source[1]).trim()));
    // « La Russie aurait déployé 12 000 soldats. C’est ce qu’affirme une évaluation du
    // renseignement finlandais », "That is what a Finnish assessment says": the cue takes up the
    // sentence before as its words (whose draft, with no cue of its own, it absorbs).
    const prevSentence = sentences[si - 1];
    const cleft = !!prevSentence && !prevSentence.title && CLEFT_BACK.test(sentenceText) && countWords(sentenceText) <= 30 ? trimContent(text, prevSentence.start, prevSentence.end) : null;
    if (cleft && cleft[1] > cleft[0]) {
      // (The inverted source runs to the end, a relative clause and all: « C’est ce qu’affirme une
      // évaluation du renseignement dont le quotidien Helsingin Aamu a publié des extraits ».)
      const c = cues[0];
      const last = tokens.at(-1)?.p ? tokens.length - 1 : tokens.length;
      if (atts.length === 0 && c && /^qu'?$|^que$/u.test(tokens[c.i0 - 1]?.l ?? "") && c.i1 < last) atts.push(framedAttribution(tokens, c.i0, c.i1, c.lemma, c.strength, [tokens[c.i1]!.s, tokens[last - 1]!.e], cleft, "before"));
      else if (atts.length === 1 && atts[0]!.source) {
        atts[0]!.content = cleft;
        atts[0]!.side = "before";
      }
    }
    dropChainedPrepositions(atts, text);
    // ("Leader Aurélie Gendron-Walsh, whose 24 MPs voted against the bill, called it…": a verb in
    // a relative clause inside another attribution's source describes that source.)
    // (And a participle set off inside it: "The retraction notice, posted on the journal’s website,
    // says…".)
    dropWhere(atts, (b) => b.cue.kind === "verb" && /^\p{Ll}+(?:ed|é|ée|és|ées)$/u.test(tokens[b.cue.i0]?.w ?? "") && tokens[b.cue.i0 - 1]?.l === "," && atts.some((a) => a !== b && a.source && b.cueSpan[0] >= a.source[0] && b.cueSpan[1] <= a.source[1]));
    // (So does any verb in how an anonymous source spoke: "A neighbor, who spoke on condition of
    // anonymity because she said she feared retaliation, told the Ledger…".)
    // (And one with no source of its own: "according to the security researcher who found it".)
    dropWhere(atts, (b) => atts.some((a) => a !== b && a.source && b.cueSpan[0] >= a.source[0] && b.cueSpan[1] <= a.source[1] && (!b.source || /^(?:who|whose|which|qui|dont)$/u.test(b.sourceTokens[0]?.l ?? "") || ANONYMITY_RE.test(text.slice(a.source[0], b.cueSpan[0])))));
    // « Selon De Avondpost, le ministre du Budget aurait plaidé pour reporter le vote »: a verb in
    // the conditional of hearsay inside what a source has by « selon » is part of what it relays.
    dropWhere(atts, (b) => isRumour(text.slice(b.cueSpan[0], b.cueSpan[1]), lang) && atts.some((a) => a !== b && a.cue.kind === "prep" && a.source && b.cueSpan[0] >= a.content[0] && b.cueSpan[1] <= a.content[1]));
    // « 54 % des électeurs… se disent prêts à approuver la réforme, …, selon un sondage », "61% of
    // voters say…, a survey shows": what a share of the respondents says is the poll's finding.
    dropWhere(atts, (b) => !!b.source && SHARE_OF_PEOPLE.test(text.slice(b.source[0], b.source[1])) && atts.some((a) => a !== b && !!a.source && POLL_WORD.test(text.slice(a.source[0], a.source[1]))));
    // ("If you have tried…, you will know the answer already: 14 of the borough’s 22 toilets
    // closed": the reader's knowing is the outlet's way of telling, outside any quotation.)
    dropWhere(atts, (b) => b.cue.strength === "stance" && b.sourceTokens.length === 1 && /^(?:you|vous)$/u.test(b.sourceTokens[0]!.l) && !regionAt(regions, b.cueSpan[0]));
    splitNested(text, atts);

    const subj = mainSubject(tokens, tokens.length, lang);
    const subjText = subj ? text.slice(tokens[subj[0]]!.s, tokens[subj[1] - 1]!.e) : null;

    // An interview's lines: the answers are the interviewee's words (as inside a quotation, the
    // cues in them are theirs to report), the questions no claim.
    // (A question's other sentences are read as usual: « L'industriel affirme que… Est-ce
    // crédible ? » reports the firm's words before asking.)
    // (Not under the label of the programme's own people: « Chloé Vasquez-N’Diaye : Bonjour Bastien.
    // Devant moi, une trentaine de conducteurs… » is the outlet's reporter on the spot.)
    const laidOut = interviews.get(sent.paragraph);
    const interviewLine = laidOut?.kind === "answer" && outletParagraph === sent.paragraph ? undefined : laidOut;
    const asking = interviewLine?.kind === "question" && (/\?/u.test(text.slice(sent.start, sent.end)) || sent.end <= interviewLine.marker[1]);
    if (interviewLine && (asking || (interviewLine.kind === "answer" && interviewLine.interviewee))) {
      const [s, e] = trimContent(text, Math.max(sent.start, interviewLine.marker[1]), sent.end);
      const who = interviewLine.interviewee;
      if (interviewLine.kind === "answer" && who && e > s) {
        // (An announced interview marks its answers by their place alone: no cue words.)
        const cue = interviewLine.marker[1] > interviewLine.marker[0] ? interviewLine.marker : null;
        drafts.push(layoutClaim(text, lang, [s, e], who, cue, "named_on_record", si, sent.title, heading));
      }
      continue;
    }
    if (atts.length === 0 && sent.start >= coveredUntil) {
      const [s, e] = trimContent(text, wordsFrom, sent.end);
      const words = tokens.filter((t) => !t.p).length;
      if (e > s && words >= 1) {
        // (The speaker's claim is recent when it ends at most two sentences back: « Elle a
        // déclaré : ¶ « … » covers the whole next paragraph.)
        const near = !!lastSpeaker && si - lastSpeaker.sentence <= 2;
        const runsOn = !!lastSpeaker && !near && lastSpeaker.draft.end >= (sentences[si - 2]?.end ?? 0) && quotationRunsOn(text, paragraphs.get(sent.paragraph - 1));
        const continuing = continuedQuote(text, regions, s, e, lastSpeaker, near || runsOn);
        // "“A,” she said. “B. C.”": the quotation resumed in the same paragraph, right after the
        // speaker's claim, is the rest of one statement: extend that claim rather than starting
        // a new one, so the whole quotation carries its speaker and cue.
        // Claims drafted after the speaker's in that same sentence ("…,” said Caddell, speaking of
        // her health.) are asides; the quotation still continues the speaker's claim.
        // (Only the drafts of the speaker's sentence are walked back over, so this stays linear.)
        let k = drafts.length - 1;
        while (continuing && lastSpeaker && k > 0 && drafts[k] !== lastSpeaker.draft && drafts[k]!.sentence === lastSpeaker.draft.sentence) k--;
        const prev = drafts[k];
        if (continuing && lastSpeaker && prev === lastSpeaker.draft && sentences[prev.sentence]?.paragraph === sent.paragraph && prev.end < s) {
          // Scored piece by piece (the claim is as check-worthy as its best part), which also
          // keeps a long quotation linear to process.
          const piece = text.slice(s, e);
          prev.end = e;
          prev.hedged = prev.hedged || isHedged(piece, lang);
          prev.checkworthiness = Math.max(prev.checkworthiness, scoreCheckworthiness({ text: piece, lang, level: prev.level, hedged: prev.hedged, quoteType: prev.quoteType, negatedCue: false, title: sent.title, heading }));
          lastSpeaker.sentence = si;
        } else if (words >= 2) {
          // ("The agreement expires in March 2026 and is expected to be renegotiated this fall":
          // the outlet's fact and its hedge, joined, are two claims.)
          for (const { span: [ps, pe], hedged, rumour } of splitAtHedge(text, s, e, lang, !continuing)) {
            const claimText = text.slice(ps, pe);
            const reporter = !continuing && !rumour && outletParagraph === sent.paragraph ? reporterLabel : null;
            const level: AttributionLevel = continuing ? continuing.level : rumour ? "hedged_unsourced" : reporter ? "witnessed" : "author_assertion";
            const quoteType = quoteTypeOf(regions, ps, pe, text);
            drafts.push({
              start: ps,
              end: pe,
              claimant: continuing?.claimant ?? (reporter ? displayClaimant(reporter.text, lang) : null),
              claimantSpan: continuing?.claimantSpan ?? reporter?.span ?? null,
              // A quotation continued after its attribution keeps that attribution's cue.
              // "Clinton Campaign Reportedly Scrambling…", « prétendument »: a hearsay adverb is the
              // cue of an unsourced claim (docs/attribution-levels.md, hedged_unsourced).
              cueSpan: continuing?.cueSpan ?? (level === "hedged_unsourced" ? hearsayAdverb(tokens) : null),
              level,
              quoteType,
              hedged,
              checkworthiness: scoreCheckworthiness({ text: claimText, lang, level, hedged, quoteType, negatedCue: false, title: sent.title, heading }),
              weak: true,
              sentence: si,
            });
          }
          // (A quotation that runs on over paragraphs — « … ¶ « … » — keeps its speaker to its end.)
          if (runsOn && continuing) lastSpeaker = { draft: drafts[drafts.length - 1]!, sentence: si };
        }
      }
    }

    for (const a of atts) {
      // « Au rectorat, on reconnaît des tensions »: "on" speaks for the body the sentence opens on.
      const onBody = !a.source && lang === "fr" ? bodyBeforeOn(text, sent.start, a.cueSpan[0]) : null;
      if (onBody) {
        a.source = onBody.span;
        a.sourceTokens = tokens.filter((t) => t.s >= onBody.span[0] && t.e <= onBody.span[1]);
      }
      // A source span that trimmed down to nothing is no source.
      if (a.source && !/[\p{L}\p{N}]/u.test(text.slice(a.source[0], a.source[1]))) {
        a.source = null;
        a.sourceTokens = [];
      }
      const [cs, ce] = trimContent(text, a.content[0], a.content[1]);
      if (ce <= cs) continue;
      // Resolve the source.
      let claimant: string | null = null;
      let claimantSpan: [number, number] | null = null;
      // (A transcript's speaker in capitals, « MARYSE DELORME-CISSÉ : », "DR NANDAKUMAR-HALE:", is a
      // person on the record, however the capitals read; one under a noun, "NURSE (VOICED BY AN
      // ACTOR):", that noun's unnamed person, read in lower case.)
      const capitals = label && a.cue.i0 === label.colon ? capitalsLabel(tokens[label.a]!.w.split("-")[0]!, text.slice(tokens[label.a]!.s, tokens[label.colon - 1]!.e), label.colon - label.a) : "";
      let resolvedPerson = capitals === "person";
      const nounLabel = capitals === "noun";
      // The body an anaphor (« l’entreprise », "the company") was read as.
      let tookUp: string | null = null;
      // Whether "it" took up the group last quoted: a body, whatever its name looks like.
      let itBody = false;
      let outletTakenUp = false;
      let institutionTakenUp = false;
      let outletMeant: Mention | null = null;
      let sourceText: string | null = null;
      if (a.source) {
        sourceText = onBody ? onBody.text : text.slice(a.source[0], a.source[1]);
        let single = a.sourceTokens.filter((t) => !t.p);
        // "…old pipes, which it says homeowners must replace": the relative pronoun belongs to
        // the clause; the speaker is the pronoun after it.
        if (single.length === 2 && RELATIVE_PRONOUNS.has(single[0]!.l)) single = single.slice(1);
        // "He’s claiming": a contracted auxiliary stays glued to the pronoun token.
        const pron = single.length === 1 ? single[0]!.l.replace(/'(?:s|re|d|ll|ve)$/, "") : "";
        // « Quant au ministre, il aurait demandé… », "As for the mayor, she said…": the pronoun
        // takes up the topic just set out before it, not the last speaker.
        const topic = SINGULAR_PRONOUNS.has(pron) || pron === "it" ? dislocatedTopic(text, sent.start, single[0]!.s) : null;
        // Names mentioned before, looked up once and only where a rule below can use them.
        const named: NamedMention | null = SINGULAR_PRONOUNS.has(pron) && !lastPerson ? lastNameBefore(text, single[0]!.s) : null;
        let described: NamedMention | null = null;
        let pair: Mention | null = null;
        let describedBefore: [number, number] | null = null;
        let demonstrated: ReturnType<typeof demonstratedPerson> = null;
        let opened: ReturnType<typeof bodyOpening> = null;
        let introduced: { text: string } | null = null;
        // (Without a relative clause after it: "The airline, which flies to eleven destinations
        // from Quellmouth, blamed…" takes up the airline as "The airline" does.)
        const trimmed = sourceText.replace(TRAILING_RELATIVE, "").trim();
        const genericBody = ANAPHORIC_INSTITUTION.test(trimmed) && GENERIC_BODY.test(trimmed);
        const organisation: NamedMention | null = genericBody || /^\p{Lu}\p{Ll}+$/u.test(trimmed) ? lastOrganisationBefore(text, a.source[0]) : null;
        // « L'Agence régionale de santé a indiqué… Elle rappelle que… »: a French pronoun opening the
        // sentence right after a body spoke as the last sentence's speaker, with no person named
        // since, takes up that body.
        // (The last sentence's speaker, or its last source when a verb of evidence made no speaker
        // of it: « La préfecture a indiqué que… ».)
        const spokeLast: Draft | null = lastSpeaker?.sentence === si - 1 ? lastSpeaker.draft : lastSourcedDraftOf(drafts, si - 1);
        const bodyJustSpoke: boolean =
          // (Or after an opening phrase: « Dans une déclaration lue lundi, elle a annoncé… ».)
          // (Or inverted in an incise: « « Aucune donnée n’a été exposée, assure-t-elle, et… » ».)
          // (Or after « Selon », opening the sentence: « La préfecture a confirmé… Selon elle, … ».)
          // (Or inverted after the words it reports, quoting no one: « La direction de l’hôpital a
          // indiqué… Les parents… y auront aussi droit, a-t-elle précisé. »)
          lang === "fr" && (pron === "il" || pron === "elle") && (single[0]!.s === tokens[0]?.s || (!!subj && tokens[subj[0]]!.s === single[0]!.s) || inciseInQuote(tokens, a.cue) || (a.cue.inverted !== null && a.content[1] <= a.cueSpan[0] && !/[«»“”"]/u.test(sentenceText)) || (/^(?:selon|d'après)$/u.test(tokens[0]?.l ?? "") && single[0]!.s === tokens[1]?.s)) && !!lastGroup && !!spokeLast &&
          // (An outlet too: « Le journal sportif affirmait… Il évoquait même… ».)
          (spokeLast.level === "official_statement" || spokeLast.level === "secondary_report") && spokeLast.claimantSpan?.[0] === lastGroup.span[0] &&
          genderOf(lastGroup.text) !== (pron === "il" ? "f" : "m") &&
          (lastNameBefore(text, a.source[0])?.span[0] ?? -1) < lastGroup.span[0];
        // (Or a body of the last sentence whose gender the pronoun shows, when no one who could
        // be meant has been named since: « La préfecture assure…, quand un technicien soutient…
        // Elle ajoute… ».)
        const bodyBefore =
          !bodyJustSpoke && lang === "fr" && (pron === "il" || pron === "elle") && (single[0]!.s === tokens[0]?.s || (!!subj && tokens[subj[0]]!.s === single[0]!.s)) && bodiesBefore?.sentence === si - 1
            ? (bodiesBefore.bodies.filter((b) => genderOf(b.text) === pronounGender(pron) && (PAPER_OPENING.test(b.text) || (!hasApposedName(b.text) && !namesPersonRole(b.text)))).pop() ?? null)
            : null;
        const bodyTakenUp = bodyBefore && !lastNameOfGender(text, a.source[0], pronounGender(pron), [0, bodyBefore.span[1]])?.span.some((x) => x > bodyBefore.span[1]) ? bodyBefore : null;
        // « Le Département cantonal a ordonné la fermeture…, a-t-il indiqué »: a pronoun inverted
        // after words that quote nobody takes up their own subject, a body opening the sentence.
        // (A person there is found by the rules below, as the last person named.)
        const wordsSubject =
          a.cue.inverted !== null && SINGULAR_PRONOUNS.has(pron) && subj && subjText && subj[0] === 0 && tokens[subj[1] - 1]!.e <= a.cueSpan[0] && a.content[0] <= tokens[0]!.s &&
          /^\p{Lu}/u.test(tokens[0]!.w) && !/[«»“”"]/u.test(sentenceText) && genderOf(subjText) !== (pronounGender(pron) === "m" ? "f" : "m") && (isBody(subjText) || ANAPHORIC_OUTLET.test(subjText.trim()))
            ? ([tokens[0]!.s, tokens[subj[1] - 1]!.e] as [number, number])
            : null;
        // (A pronoun opening the sentence right after the outlet said it saw a text: that text.)
        const seenText = (pron === "il" || pron === "elle" || pron === "it") && single[0]!.s === tokens[0]?.s && prevSentence && !topic ? seenTextBefore(text, prevSentence, pron) : null;
        if (topic) {
          claimant = displayClaimant(topic.text, lang);
          claimantSpan = topic.span;
          sourceText = topic.text;
        } else if (seenText) {
          claimant = displayClaimant(seenText.text, lang);
          claimantSpan = seenText.span;
          sourceText = seenText.text;
        } else if (documentPronoun && single[0]!.s === tokens[0]?.s) {
          claimant = displayClaimant(documentSpoke!.text, lang);
          claimantSpan = documentSpoke!.span;
          sourceText = documentSpoke!.text;
        } else if (PLURAL_PEOPLE_TAKE_UP.test(trimmed) && (pair = lastNamedPair(text, a.source[0]))) {
          // ("Hannah Okonkwo and Liam Tranh, who run the firm Gridline, said… the researchers say
          // the logs covered 48,000": the two people named, on the record.)
          claimant = displayClaimant(pair.text, lang);
          claimantSpan = pair.span;
          sourceText = pair.text;
          resolvedPerson = true;
        } else if (POSSESSIVE_FIGURES.test(trimmed) && lastSpeaker?.draft.claimantSpan && si - lastSpeaker.sentence <= 2 && lastSpeaker.draft.level === "named_on_record") {
          // « Selon ses calculs, l’inflation réelle dépasserait 14 % », "By her count…": the
          // figures of the person who just spoke.
          claimantSpan = lastSpeaker.draft.claimantSpan;
          sourceText = text.slice(...claimantSpan);
          claimant = lastSpeaker.draft.claimant;
          resolvedPerson = true;
        } else if (wordsSubject && ANAPHORIC_OUTLET.test(subjText!.trim()) && (outletMeant = latest(lastOutlet, lastOutletNameBefore(text, wordsSubject[0], outlets)))) {
          // (« Le quotidien a appelé les 97 écoles de la ville : 41 étaient fermées, écrit-il »: the
          // paper the sentence opens on, as the press review last named it, without the « Dans »
          // that named it: « Dans La Tribune de Querlande, le ton est plus concret ».)
          const preposition = /^(?:Dans|Selon|Pour|Sur|In|For|On)\s+/u.exec(outletMeant.text)?.[0].length ?? 0;
          outletTakenUp = true;
          lastOutlet = { span: [outletMeant.span[0] + preposition, outletMeant.span[1]], text: outletMeant.text.slice(preposition) };
          claimant = displayClaimant(lastOutlet.text, lang);
          claimantSpan = lastOutlet.span;
          sourceText = lastOutlet.text;
        } else if (wordsSubject) {
          sourceText = text.slice(wordsSubject[0], wordsSubject[1]);
          claimant = displayClaimant(sourceText, lang);
          claimantSpan = wordsSubject;
        } else if (bodyJustSpoke || bodyTakenUp) {
          const body: Mention = bodyJustSpoke ? lastGroup! : bodyTakenUp!;
          // (As the last sentence named it: « l’entreprise (company, Ovalune) ».)
          // (A paper named with what it is, by its name: the one « selon l’hebdomadaire » means next.)
          const paper = bodyTakenUp ? PAPER_OPENING.exec(body.text) : null;
          const named: Mention = paper ? { span: [body.span[0] + paper[0].length - paper[1]!.length, body.span[1]], text: paper[1]! } : body;
          claimant = bodyJustSpoke ? (spokeLast!.claimant ?? displayClaimant(body.text, lang)) : displayClaimant(named.text, lang);
          claimantSpan = named.span;
          sourceText = named.text;
          if (paper) lastOutlet = named;
        } else if (named) {
          // No speaker yet: "he", « il » is most likely the person last named, even where no
          // attribution introduced them (« Erwan Le Bihan dirige le parc… », a-t-il insisté).
          claimant = displayClaimant(named.text, lang);
          claimantSpan = named.span;
          resolvedPerson = true;
          sourceText = named.text;
        } else if (PERSONAL_PRONOUNS.has(pron) && lastSpeaker && si - lastSpeaker.sentence <= 1 && unnamedSpeakerSince(lastSpeaker.draft, lastPerson, text, pron, single[0]!.s)) {
          // "A veterinary officer…, who asked not to be named…, said… “…,” he said.": the unnamed
          // person who spoke last, after anyone named, is whom the pronoun means.
          claimantSpan = lastSpeaker.draft.claimantSpan;
          sourceText = text.slice(...claimantSpan!);
          claimant = displayClaimant(sourceText, lang);
        } else if (SINGULAR_PRONOUNS.has(pron) && lastPerson) {
          // « a-t-il insisté » after « la préfète … » was quoted: a pronoun of the other gender
          // means the person named before it instead (Erwan Le Bihan, introduced unquoted).
          // ("Pennell said" after "Craig Pennell": a surname alone has the gender of the full name.)
          const lastGender = genderOfMention(text, lastPerson);
          const other: boolean = !!pronounGender(pron) && !!lastGender && pronounGender(pron) !== lastGender;
          // (And a person introduced since the last speaker's words ended, outside any quotation,
          // with an age or a description after the name, is newer: « …, a constaté Onde. Parmi
          // elles, Josée Gendreau, 58 ans, … « … », raconte-t-elle ».)
          const since = lastNameBefore(text, single[0]!.s);
          const newer =
            since && since.span[0] > lastPerson.span[1] && since.span[0] > (lastSpeaker?.draft.end ?? -1) && !regionAt(regions, since.span[0]) &&
            (introducesPerson(text.slice(since.span[1], since.span[1] + 60)) || ROLE_BEFORE_APPOSED_NAME.test(text.slice(Math.max(0, since.span[0] - 80), since.span[0]))) && genderFits(since.text, pron)
              ? since
              : null;
          // (And where the last person's gender is unknown, « Me Octave Delprat-Nguema », a person of
          // the pronoun's gender named since: « …l’historienne Maëlle Couderc-Bamba… », souligne-t-elle.)
          const ofGenderSince = lang === "fr" && !lastGender && pronounGender(pron) ? lastNameOfGender(text, single[0]!.s, pronounGender(pron), lastPerson.span) : null;
          const laterOfGender = ofGenderSince && ofGenderSince.span[0] > lastPerson.span[1] && genderOf(ofGenderSince.text) === pronounGender(pron) && !regionAt(regions, ofGenderSince.span[0]) ? ofGenderSince : null;
          const person: NamedMention = newer || (other && lastNameOfGender(text, single[0]!.s, pronounGender(pron), lastPerson.span)) || laterOfGender || lastPerson;
          // (Later pronouns of that gender mean that person too: « Selon lui, … ».)
          if (person !== lastPerson) lastPerson = person;
          claimant = displayClaimant(person.text, lang);
          claimantSpan = person.span;
          resolvedPerson = true;
          sourceText = person.text;
        } else if (PERSONAL_PRONOUNS.has(pron) && (describedBefore = describedSourceBefore(drafts, si, text, pron))) {
          // « …, a constaté notre journaliste. Un peu plus loin, …, a-t-elle également noté »: with
          // no one named, the pronoun takes up the person the last sentence described as its source.
          claimantSpan = describedBefore;
          sourceText = text.slice(...claimantSpan);
          claimant = displayClaimant(sourceText, lang);
        } else if (PLURAL_PRONOUNS.has(pron) && (pairBefore(text, tokens, a.source[0], lang) ?? lastGroup)) {
          // "Putin and Kim exchanged letters in which they called for…": two people named as
          // the subject of the same sentence are who "they" are, before any earlier group.
          const group: Mention = pairBefore(text, tokens, a.source[0], lang) ?? lastGroup!;
          claimant = displayClaimant(group.text, lang);
          claimantSpan = group.span;
          sourceText = group.text;
        } else if (pron === "it" && lang === "en" && single[0]!.s === tokens[0]?.s && paperSubject?.sentence === si - 1) {
          lastOutlet = paperSubject.mention;
          claimant = displayClaimant(lastOutlet.text, lang);
          claimantSpan = lastOutlet.span;
          sourceText = lastOutlet.text;
        } else if (pron === "it" && lang === "en" && (single[0]!.s === tokens[0]?.s || (!!subj && tokens[subj[0]]!.s === single[0]!.s)) && bodySubject?.sentence === si - 1) {
          claimant = displayClaimant(bodySubject.mention.text, lang);
          claimantSpan = bodySubject.mention.span;
          sourceText = bodySubject.mention.text;
        } else if (pron === "it" && lang === "en" && lastGroup) {
          // "…which it says homeowners must replace": the organisation last quoted.
          itBody = true;
          claimant = displayClaimant(lastGroup.text, lang);
          claimantSpan = lastGroup.span;
          sourceText = lastGroup.text;
        } else if (ROLE_TAKEN_UP.test(sourceText.trim()) && !hasApposedName(sourceText) && namesPersonRole(sourceText) && (described = namedWithRole(text, a.source[0], sourceText))) {
          // "its chief executive" after "Deirdre Fallon-Keogh, chief executive of the authority":
          // the person named with that very role.
          claimant = displayClaimant(described.text, lang);
          claimantSpan = described.span;
          resolvedPerson = true;
          sourceText = described.text;
        } else if (DEMONSTRATIVE_PRONOUN.test(pron) && (demonstrated = demonstratedPerson(a.source[0], pron.startsWith("celle"), prevSentence?.start ?? sent.start))) {
          claimant = displayClaimant(demonstrated.text, lang);
          claimantSpan = demonstrated.span;
          sourceText = demonstrated.text;
          resolvedPerson = demonstrated.named;
        } else if (THE_JUDGE.test(trimmed) && (described = lastJudgeNamed(text, a.source[0]))) {
          // ("Mr Justice Arkwright-Mensah ordered… The company's barrister, Ms Taggart-Boateng,
          // said… The judge said…": the judge named with the title, not the last person named.)
          claimant = displayClaimant(described.text, lang);
          claimantSpan = described.span;
          resolvedPerson = true;
        } else if ((isDefinitePersonDescription(withDemonstrative(text, a.source[0], sourceText)) || ELECTED_TAKE_UP.test(trimmed)) && (described = (ELECTED_TITLE_EN.test(trimmed) ? lastElectedBefore(text, a.source[0]) : describedPerson(a.source[0], sourceText, si)))) {
          // « raconte la retraitée », "said the farmer": the person the article named before (the
          // speaker of the last two sentences first: « Pour Marc Feltgen, président de l'Union des
          // salariés du Grand-Duché, … « … », précise le syndicaliste »).
          claimant = displayClaimant(described.text, lang);
          claimantSpan = described.span;
          resolvedPerson = !("unnamed" in described);
          sourceText = described.text;
        } else if (SAME_SOURCE.test(sourceText.trim()) && lastSourced && SAME_DOCUMENT.test(sourceText.trim())) {
          // (« Le même avis relève… » after « Dans son avis, le HCFP juge… »: the text speaks, the
          // body that wrote it in brackets.)
          claimant = displayClaimant(sourceText, lang, sourceHead(lastSourced.text));
          claimantSpan = a.source;
        } else if (SAME_SOURCE.test(sourceText.trim()) && lastSourced && !(THIS_DOCUMENT.test(trimmed) && !DOCUMENT_RE.test(lastSourced.text))) {
          // « d'après la même source », "the same report said": the source last quoted.
          // (Not « d’après ce document » after a person quoted: the file the sentence before
          // obtained, a document itself.)
          claimant = displayClaimant(lastSourced.text, lang);
          claimantSpan = lastSourced.span;
          sourceText = lastSourced.text;
        } else if (ANAPHORIC_DOCUMENT.test(sourceText.trim()) && lastDocument && !(/paper$/iu.test(trimmed) && !/(?<![\p{L}])(?:study|research|journal|paper)(?![\p{L}])/iu.test(lastDocument))) {
          // ("The paper" takes up a study's paper; after "the papers" of a press review, or any
          // other text, it is the newspaper last quoted, below.)
          claimant = displayClaimant(sourceText, lang, sourceHead(lastDocument));
          claimantSpan = a.source;
        } else if (ANAPHORIC_OUTLET.test(trimmed) && lastInstitution && namesWithNoun(lastInstitution, trimmed)) {
          // ("Westbeam Network acknowledged in a statement… The network said…": the broadcaster
          // that last spoke as a company, named with that noun, speaks again as one.)
          claimant = displayClaimant(sourceText, lang, nameOrHead(lastInstitution));
          claimantSpan = a.source;
          tookUp = lastInstitution;
          institutionTakenUp = true;
        } else if (ANAPHORIC_OUTLET.test(trimmed) && (outletMeant = latest(lastOutlet, lastOutletNameBefore(text, a.source[0], outlets)))) {
          outletTakenUp = true;
          lastOutlet = outletMeant;
          claimant = displayClaimant(lastOutlet.text, lang);
          claimantSpan = lastOutlet.span;
          sourceText = lastOutlet.text;
        } else if (ANAPHORIC_INSTITUTION.test(trimmed) && (introduced = nameIntroducedAs(text, a.source[0], trimmed))) {
          // (« Air Vavang, la compagnie régionale… Dans un communiqué, la compagnie assure… »: the
          // body the text introduced with that very noun.)
          claimant = displayClaimant(sourceText, lang, introduced.text);
          claimantSpan = a.source;
          tookUp = introduced.text;
        } else if (genericBody && prevSentence && (opened = bodyOpening(text, prevSentence, isFirstName))) {
          // (« Aubrelle conteste cette lecture. Dans un communiqué, le groupe affirme… »: a word
          // as wide as « le groupe » takes up the body the sentence before opened on, before the
          // institution quoted last.)
          claimant = displayClaimant(sourceText, lang, opened.text);
          claimantSpan = a.source;
          tookUp = opened.text;
        } else if (ANAPHORIC_INSTITUTION.test(trimmed) && lastInstitution && lastInstitution.trim().toLowerCase() !== trimmed.toLowerCase() && takesUp(trimmed, lastInstitution)) {
          claimant = displayClaimant(sourceText, lang, nameOrHead(lastInstitution));
          claimantSpan = a.source;
          tookUp = lastInstitution;
        } else if (ANAPHORIC_INSTITUTION.test(trimmed) && prevSentence && (opened = bodyOpening(text, prevSentence, isFirstName))) {
          // « Croisières Velmora conteste cette version. Dans un communiqué, la compagnie assure… »:
          // the name the sentence before opened on, whatever its words say it is.
          claimant = displayClaimant(sourceText, lang, opened.text);
          claimantSpan = a.source;
          tookUp = opened.text;
        } else if (genericBody && organisation) {
          // No institution quoted yet: "the company" is the organisation last named.
          claimant = displayClaimant(sourceText, lang, organisation.text);
          claimantSpan = a.source;
          tookUp = organisation.text;
        } else if (ANAPHORIC_NP.test(sourceText.trim()) && lastEntity) {
          claimant = displayClaimant(sourceText, lang, lastEntity);
          claimantSpan = a.source;
        } else {
          claimant = displayClaimant(sourceText, lang);
          claimantSpan = a.source;
          // "Quillon Systems will cut jobs… Quillon added": a lone name taking up the organisation
          // named in full before is that organisation, not a person.
          if (!genericBody && organisation?.text.startsWith(`${trimmed} `)) sourceText = organisation.text;
        }
      }
      // ("She saw water…" after "Our correspondent Dana Kells": the reporter, with what makes her one.)
      const intro: number | null = resolvedPerson && claimantSpan && sourceText ? reporterIntroStart(text, claimantSpan) : null;
      if (intro !== null && claimantSpan && intro < claimantSpan[0]) {
        claimantSpan = [intro, claimantSpan[1]];
        sourceText = text.slice(intro, claimantSpan[1]);
        claimant = displayClaimant(sourceText, lang);
      }
      const claimText = text.slice(cs, ce);
      const cueText = text.slice(a.cueSpan[0], a.cueSpan[1]);
      // ("Interfax quoted Dmitry Peskov as saying…": the person quoted, behind the outlet.)
      const quotedAs = claimant ? QUOTED_AS_CUE.exec(cueText) : null;
      if (quotedAs) claimant = `${claimant}, quoting ${quotedAs[1]}`;
      // ("Joseph Olanga was quoted by the news agency BNA as saying…": the outlet that quoted him,
      // beside him, as in "Joseph Olanga, quoted by the news agency BNA, said…".)
      const quotedBy = claimant && sourceText ? QUOTED_BY_CUE.exec(cueText) : null;
      const quotedSource = quotedBy ? `${sourceText}, quoted ${quotedBy[1]}` : sourceText;
      if (quotedBy) claimant = `${claimant}, quoted ${quotedBy[1]}`;
      const quoteType = quoteTypeOf(regions, cs, ce, text);
      // "said it would close", « savait que le permis serait annulé »: in indirect speech after a
      // verb the conditional is the tense of reported words, not a hedge. The cue itself can
      // hedge ("is reportedly considering", « aurait demandé »).
      const hedgedClaim = (words: string) => isHedged(words, lang, a.cue.lemma, { backshift: a.cue.kind === "verb" && quoteType !== "direct" && pastTenseCue(cueText, lang) }) || isRumour(cueText, lang);
      const hedged = hedgedClaim(claimText);
      // (« Sur Instagram, X a publié un long message. « … », écrit-il »: the post goes on, in the
      // same sentence or with a verb of writing on in the next; not « Jointe mardi, l’échevine
      // affirme… », a new channel.)
      const postGoesOn = !!lastPost && lastPost.paragraph === sent.paragraph && claimantSpan?.[0] === lastPost.span[0] && (lastPost.sentence === si || (lastPost.sentence === si - 1 && (a.cue.inverted !== null || POST_GOES_ON.has(a.cue.lemma))));
      // (« Son auteur, qui se présente comme un « ancien croupier », avance aussi… », "Its creator
      // says…": whoever made the post just quoted speaks through it too.)
      // (And « La vidéo affirme enfin… » a few paragraphs after « une vidéo publiée sur TikTok »: the
      // post itself, taken up.)
      const postAuthor = !!lastPost && !!sourceText && ((si - lastPost.sentence <= 2 && POST_AUTHOR.test(sourceText.trim())) || (si - lastPost.sentence <= 12 && POST_TAKEN_UP.test(sourceText.trim())));
      // (« Dans L’Écho d’Orsaval, un contrôleur aérien… raconte que… », « Enfin, dans La Sentinelle,
      // l’éditorialiste X juge que… », "In the Herald, its editor writes that…": a press review's
      // paper carries the words, as a post does.)
      const paper = a.source && a.source[0] > sent.start ? IN_PAPER.exec(text.slice(sent.start, a.source[0])) : null;
      // (« Dans ses colonnes, la maire… reconnaît… », "In its pages, the mayor admits…": the paper
      // just quoted carries the words.)
      const inItsPages = !paper && !!lastOutlet && !!a.source && a.source[0] > sent.start && IN_ITS_PAGES.test(text.slice(sent.start, a.source[0]));
      const viaPaper = (!!paper && otherPaper(paper[1]!)) || inItsPages;
      // (« …a publié sur Facebook un message partagé 1 400 fois. Il y affirme que… »: « y », the post
      // the sentence before published on a platform.)
      const inThatPost = lang === "fr" && /^y\s/u.test(cueText) && !!prevSentence && prevSentence.paragraph === sent.paragraph && namesPlatform(text.slice(prevSentence.start, prevSentence.end));
      const viaSocial = viaSocialMedia(text, a, [cs, ce], [sent.start, sent.end], sourceText) || postGoesOn || postAuthor || viaPaper || inThatPost;
      const read = classifyLevel({
        source: nounLabel && quotedSource ? `a ${quotedSource.toLowerCase()}` : quotedSource,
        sourceWords: a.sourceTokens.map((t) => t.w),
        cueLemma: a.cue.lemma,
        cueKind: a.cue.kind,
        // (Outside the words reported: « plus proches de nos clients » in a quotation says nothing
        // about who speaks.)
        // (Nor past a second source set against this one: « …, alors qu’un contrôleur, qui a requis
        // l’anonymat, affirme… »; nor before one: "X said in a statement that…, while the Pennick
        // Echo reported…" is no statement of the paper's.)
        sentence: afterContrast(text.slice(sent.start, Math.max(sent.start, cs))) + " " + beforeContrast(text.slice(Math.min(sent.end, ce), sent.end)),
        resolvedPerson,
        rumour: isUnsourcedHedge(claimText + " " + cueText, lang),
        // ("The airport reportedly plans…": the hearsay adverb sits between source and cue.)
        hearsayCue: isRumour(cueText, lang) || HEARSAY_BEFORE_CUE.test(text.slice(a.source?.[1] ?? Math.max(sent.start, a.cueSpan[0] - 40), a.cueSpan[0])),
        // (Not "it was", "it had been": those may stand for anything.)
        // (Lower case: a quotation opening on "It came up…" is no pronoun taking up the source.)
        itFollows: lang === "en" && /^(?:that\s+)?its?\s/u.test(claimText) && !/^(?:that\s+)?it\s+(?:is|was|'s|seems|seemed|(?:had|has|have) been|(?:would|will|could|may|might|should) be)\b/u.test(claimText),
        // (The chain may follow the cue: « Le Réveil du Centre affirmait lundi, citant un cadre… ».)
        relays: !!a.source && RELAYS_NEXT.test(text.slice(a.source[1], a.source[1] + 60)),
        bodyNames: bodies,
        outletNames: outlets,
        relativeAfter: a.source ? RELATIVE_AFTER_SOURCE.exec(text.slice(a.source[1], a.source[1] + 200))?.[0] : undefined,
        ownOutlet,
        sourceAt: a.source?.[0],
        viaSocial,
      });
      // ("Halden said in a statement… It added that…": the body, not a person named Halden.)
      // (« Les inspecteurs y décrivent… » just after their report: what they write in it.)
      // (Not « nous y avons compté 23 bulletins nuls », a count made there.)
      const inText = lang === "fr" && /^y[\s\u00A0]/u.test(cueText) && !WITNESS_CUES.has(a.cue.lemma) && a.cue.lemma !== "compter" && TEXT_NAMED_BEFORE.test(text.slice(Math.max(0, sent.start - 300), a.cueSpan[0]));
      // ("The city daily quoted X as saying…": a paper that quotes someone relays them.)
      const paperQuoting = !!quotedAs && !!sourceText && (ANAPHORIC_OUTLET.test(sourceText.trim()) || otherPaper(sourceText.trim()));
      // ("The Herald has been told that…", "We have been told…": the outlet heard it from sources
      // it does not name.)
      // ("I’m told that…": the writer, told.)
      const toldTo = a.cue.lemma === "tell" && lang === "en" ? (a.cue.kind === "passive" && !a.source ? text.slice(sent.start, a.cueSpan[0]).trim() : a.source && /^(?:I|we)['’](?:m|re)$/iu.test(text.slice(...a.source).trim()) ? text.slice(...a.source).trim() : "") : "";
      const toldUs = !!toldTo && (/^(?:we|I|I['’]m|we['’]re)$/iu.test(toldTo) || ownOutlet(toldTo.replace(/^the\s+/iu, "")) || ownOutlet(toldTo));
      if (toldUs) {
        claimant = `unnamed sources (told to ${/^I(?:['’]m)?$/u.test(toldTo) ? "the writer" : /^we/iu.test(toldTo) ? "the outlet" : toldTo})`;
        claimantSpan = null;
      }
      const level: AttributionLevel = toldUs ? "anonymous_bare" : (itBody && read === "named_on_record") || (institutionTakenUp && read === "secondary_report") ? "official_statement" : (outletTakenUp || paperQuoting) && read !== "hedged_unsourced" ? "secondary_report" : inText && read !== "hedged_unsourced" ? "document" : read;
      // Hearsay has no source (docs/attribution-levels.md): in « Le ministre aurait demandé… »
      // or "The hospital is reportedly considering…" the outlet names no one who says so.
      // (Nor is the outlet's own: « selon nos calculs » names no claimant.)
      const sourced = level !== "hedged_unsourced" && level !== "author_assertion";
      const draftOf = (ps: number, pe: number, partHedged: boolean): Draft => ({
        start: ps,
        end: pe,
        claimant: sourced ? claimant : null,
        claimantSpan: sourced ? claimantSpan : null,
        cueSpan: a.cueSpan,
        level,
        quoteType,
        hedged: partHedged,
        checkworthiness: scoreCheckworthiness({ text: text.slice(ps, pe), lang, level, hedged: partHedged, quoteType, negatedCue: a.cue.negated, title: sent.title, heading, request: isRequest(a.cue.lemma, claimText) }),
        weak: false,
        sentence: si,
      });
      // A quote that opened in an earlier sentence absorbs the claims drafted for those sentences.
      if (cs < sent.start) {
        for (let k = drafts.length - 1; k >= 0; k--) {
          const d = drafts[k]!;
          if (d.end < cs) break; // drafts are in text order
          if (d.weak && d.start >= cs && d.end <= ce) drafts.splice(k, 1);
        }
      }
      // (Two content clauses joined under the verb, "…, and that…", « … et que… », are two claims;
      // the last one is what a quotation after it goes on with.)
      const parts = cs < sent.start || a.cue.kind !== "verb" ? [[cs, ce] as [number, number]] : coordinatedClauses(text, cs, ce, (i) => !!regionAt(regions, i));
      let draft = draftOf(cs, ce, hedged);
      for (const [ps, pe] of parts) {
        draft = parts.length === 1 ? draft : draftOf(ps, pe, hedgedClaim(text.slice(ps, pe)));
        drafts.push(draft);
      }
      if (level === "document" && claimantSpan && sourceText) documentSpoke = { sentence: si, paragraph: sent.paragraph, span: claimantSpan, text: sourceText };
      if (sourceText && claimantSpan === a.source) {
        // (An outlet, not a person it quoted: "Jérôme Bastide-Nouar, dans L'Écho du Marvesin".)
        // (Nor a person another paper quotes: « Le quotidien cite un salarié…, sous couvert
        // d'anonymat, selon lequel… Selon le journal, … » is the paper again.)
        if (level === "secondary_report" && claimantSpan && !resolvedPerson && !(namesFirstName(sourceText) && !/^(?:the|le|la|les|l['’])\s*/iu.test(sourceText.trim())) && !hasApposedName(sourceText) && !ANAPHORIC_OUTLET.test(sourceText.trim()) && !ANONYMITY_RE.test(sourceText) && !namesPersonRole(sourceText)) lastOutlet = { span: claimantSpan, text: sourceText };
        if (level === "document") lastDocument = sourceText;
        // (Not "the statement said": a statement is no institution to take up. And « l’entreprise »
        // taken up stands for its body: the next « l’entreprise » means the same.)
        // (Nor a spokesperson: "a company spokesman said" leaves the company last named the body.)
        else if (level === "official_statement" && !/^(?:the|a|an|le|la|l['’]|un|une)\s*(?:statement|communiqué|déclaration|press release)(?![\p{L}])/iu.test(sourceText) && !/(?<![\p{L}])(?:spokes(?:man|woman|person)|porte-parole)(?![\p{L}])/iu.test(sourceText)) lastInstitution = tookUp ?? (ANAPHORIC_INSTITUTION.test(sourceText.trim()) && lastInstitution ? lastInstitution : sourceText);
      }
      if (ce > sent.end) coveredUntil = Math.max(coveredUntil, ce);
      // "The administration may be reluctant to act, Schiff said. “The question is…”": a
      // quotation right after a reported statement also continues its speaker.
      // A gerund aside (", speaking of…") or a relative clause inside the speaker's description
      // (", who has been challenging…") does not take over from the speaker of the sentence.
      const aside = lastSpeaker?.sentence === si && (a.cue.gerund || atts.some((o) => o !== a && o.source && o.source[0] <= a.cueSpan[0] && o.source[1] >= a.cueSpan[1]));
      if (claimant && !aside && (quoteType !== "indirect" || (a.cue.strength === "speech" && !a.cue.negated))) lastSpeaker = { draft, sentence: si };
      if (viaSocial && level === "secondary_report" && claimantSpan) lastPost = { span: claimantSpan, sentence: si, paragraph: sent.paragraph };
      // Remember people and groups for later pronouns, and the source for « la même source ».
      if (claimantSpan && sourceText && !SAME_SOURCE.test(sourceText.trim())) lastSourced = { span: claimantSpan, text: sourceText };
      // (A person found by their description, « la retraitée », is the last person who spoke: a
      // later « ajoute-t-elle » means her, not a woman named since.)
      if (resolvedPerson && level === "named_on_record" && claimantSpan && sourceText && lastPerson?.span[0] !== claimantSpan[0]) lastPerson = { span: claimantSpan, text: sourceText };
      if (a.source && sourceText && !resolvedPerson) {
        const head = sourceHead(sourceText);
        // (A paper is no person for later pronouns: "…, a constaté Onde.")
        // (A role with a person's name is a person too: « Pour l’avocate générale, Isabelle
        // Wauthier, … Elle a rappelé… », « Le Dr Pieter Van Aelst, hépatologue… ».)
        // (A body speaking as such is a group, whatever its name looks like: "The East Lakes
        // Community (ELC) says… In a statement, it said…".)
        // (« Sa maire, Josiane Lamarque-Buisson »: the name after the role, whether or not the
        // table knows its first name.)
        const apposedName: Mention | null = level === "named_on_record" && !looksLikePerson(sourceText) && !namesFirstName(sourceText) ? nameAfterRole(sourceText, a.source[0]) : null;
        if ((looksLikePerson(sourceText) || (level === "named_on_record" && namesFirstName(sourceText)) || apposedName) && level !== "secondary_report" && level !== "official_statement" && !(level === "witnessed" && ownOutlet(sourceText.trim())) && !/^(?:he|she|il|elle|i|je|we|nous|they|ils|elles|it|on|who|qui)$/iu.test(head)) {
          const person: Mention = apposedName ?? { span: a.source, text: sourceText };
          lastPerson = person;
          rememberName(person.text);
        } else if (!/^(?:he|she|il|elle|i|je|we|nous|they|ils|elles|it|on|who|qui)$/iu.test(head)) {
          lastGroup = { span: a.source, text: sourceText };
        }
      }
    }

    // The outlet's own words [s, e) in this sentence, a claim with no cue, kept in text order among
    // the sentence's drafts (which are the last ones).
    const addOwnClaim = (s: number, e: number, level: AttributionLevel) => {
      const claimText = text.slice(s, e);
      const hedged = isHedged(claimText, lang);
      const quoteType = quoteTypeOf(regions, s, e, text);
      const own: Draft = { start: s, end: e, claimant: null, claimantSpan: null, cueSpan: null, level, quoteType, hedged, checkworthiness: scoreCheckworthiness({ text: claimText, lang, level, hedged, quoteType, negatedCue: false, title: sent.title, heading }), weak: true, sentence: si };
      let k = drafts.length;
      while (k > 0 && drafts[k - 1]!.sentence === si && drafts[k - 1]!.start > s) k--;
      drafts.splice(k, 0, own);
    };

    // "Greyline, which runs 41 of the city's 52 routes, said…": a fact stated inside a source's
    // description is the author's, and a claim of its own.
    // (Drafts are in text order: this sentence's are at the end, from `first` on; the claims added
    // below go after it.)
    let first = drafts.length;
    while (first > 0 && drafts[first - 1]!.sentence === si) first--;
    for (const a of atts) {
      if (!a.source) continue;
      for (const [s, e] of sourceRelatives(text, a.source[0], a.source[1], lang)) if (!drafts.some((d, k) => k >= first && d.start < e && d.end > s)) addOwnClaim(s, e, "author_assertion");
    }

    // "Cruz exhorted Republicans to vote their conscience and said he…": a clause of the sentence
    // that no attribution covers is still the author's, and a claim of its own.
    if (atts.length > 0 && sent.start >= coveredUntil) {
      if (first < drafts.length) {
        const gap = uncoveredClause(text, lang, wordsFrom, sent.end, drafts.slice(first), atts);
        if (gap) {
          const [s, e] = trimContent(text, gap[0], gap[1]);
          const claimText = text.slice(s, e);
          // (Not a clause that only leads to the attributed one: "X is at the branch, where".)
          if (e > s && claimText.split(/\s+/).length >= 5 && !CITING_ASIDE.test(claimText + ",") && !/,\s*(?:where|où)$/u.test(claimText) && !(/(?:^|,\s*)(?:who|qui)\s/iu.test(claimText) && ANONYMITY_RE.test(claimText))) addOwnClaim(s, e, isUnsourcedHedge(claimText, lang) ? "hedged_unsourced" : "author_assertion");
        }
      }
    }

    {
      const bodies: Mention[] = [];
      // (A document too, in a sentence that quotes no one: « Le rapport de la commission… va plus
      // loin. Il relève… »; not « Pour X, la décision « … ». Elle rappelle… », which is X.)
      // (This sentence's drafts are the last ones.)
      let first = drafts.length;
      while (first > 0 && drafts[first - 1]!.sentence === si) first--;
      const sentenceDrafts = drafts.slice(first);
      // (Nor a body inside a person's words: « Pour Me X, le tribunal « a jugé… ». Il affirme… » is X.)
      const inPersonsWords = (at: number): boolean => sentenceDrafts.some((d) => d.level === "named_on_record" && d.start <= at && at < d.end);
      // (A paper named with what it is, opening the sentence: « L’hebdomadaire économique Levier va
      // plus loin. Il affirme… ».)
      const paperOpening = lang === "fr" ? PAPER_OPENING.exec(sentenceText) : null;
      if (paperOpening) bodies.push({ span: [sent.start + paperOpening.index, sent.start + paperOpening[0].length], text: paperOpening[0] });
      else if (subj && subjText && !regionAt(regions, tokens[subj[0]]!.s) && !inPersonsWords(tokens[subj[0]]!.s) && (isBody(subjText) || (lang === "fr" && atts.length === 0 && DOCUMENT_RE.test(sourceHead(subjText))))) bodies.push({ span: [tokens[subj[0]]!.s, tokens[subj[1] - 1]!.e], text: subjText });
      else if (!subj && lang === "fr") {
        // (« Le ministère de la Solidarité et des Services aux citoyens défend… »: a subject too
        // long for mainSubject, up to the first verb.)
        let v = 1;
        while (v < tokens.length && !tokens[v]!.p && !VERBS.has(tokens[v]!.l) && !FR_AUX.has(tokens[v]!.l) && !FR_BE.has(tokens[v]!.l) && !(v > 1 && /^\p{Ll}/u.test(tokens[v]!.w) && !NP_GLUE.has(tokens[v]!.l) && !NP_GLUE.has(tokens[v - 1]!.l))) v++;
        const phrase = v > 1 && v < tokens.length ? text.slice(tokens[0]!.s, tokens[v - 1]!.e) : "";
        if (phrase && /^(?:Le|La|L['’]|Les)\s?\p{L}/u.test(phrase) && (isBody(phrase) || (atts.length === 0 && DOCUMENT_RE.test(sourceHead(phrase))))) bodies.push({ span: [tokens[0]!.s, tokens[v - 1]!.e], text: phrase });
      }
      for (const d of [...sentenceDrafts].reverse()) {
        // (A document too: « Le rapport de la commission relève que… Il pointe aussi… ».)
        if ((d.level === "official_statement" || d.level === "document") && d.claimantSpan) bodies.push({ span: d.claimantSpan, text: text.slice(d.claimantSpan[0], d.claimantSpan[1]) });
      }
      bodiesBefore = { sentence: si, bodies: bodies.sort((x, y) => x.span[0] - y.span[0]) };
    }

    // Subheadings ("Limited Tools", no final stop) are not sentences whose subject we track.
    // (Nor are sentences inside someone's quotation: "“Nobody has told me…”".)
    if (subjText && !sent.title && /[.!?…"”»’)]\s*$/u.test(sentenceText) && !regionAt(regions, tokens[subj?.[0] ?? 0]!.s)) {
      const c = countryIn(subjText);
      if (c) lastEntity = c;
      // A lone name is a person when a verb follows it ("Trump spoke in Ohio on Monday").
      const v = subj ? tokens[subj[1]] : undefined;
      const verbAfter = !!v && (VERBS.has(v.l) || EN_AUX.has(v.l) || FR_AUX.has(v.l) || FR_BE.has(v.l) || /^\p{Ll}{3,}ed$/u.test(v.w));
      // « La directrice du musée, Claire Ozanne-Ribeiro, ne cache pas… »: the name in
      // apposition after the subject is part of who it is.
      const t0 = subj ? tokens[subj[0]]! : null;
      let end = subj ? tokens[subj[1] - 1]!.e : 0;
      const apposed = subj ? APPOSED_AFTER_SUBJECT.exec(text.slice(end, end + 80)) : null;
      if (apposed) end += apposed[0].length - 1;
      const subject = subj ? text.slice(t0!.s, end) : subjText;
      // ("The Standard is harsher. It reports…", "The Clarion… takes the cheerful view. It reports…":
      // a paper as the subject, which "it" opening the next sentence takes up.)
      if (lang === "en" && subj && otherPaper(subjText.replace(/^the\s+/iu, "").trim())) paperSubject = { sentence: si, mention: { span: [t0!.s, tokens[subj[1] - 1]!.e], text: subjText } };
      // ("The Caddersby and Vale Health Board declined our request for an interview. In a
      // statement, it said…": a body as the subject, which "it" next takes up.)
      // (Or any subject that sent a statement: "Calderbrook Water sent us a statement overnight. It
      // says…".)
      else if (lang === "en" && subj && atts.length === 0 && (isBody(subjText) || STATEMENT_SENT.test(text.slice(tokens[subj[1] - 1]!.e, sent.end)))) bodySubject = { sentence: si, mention: { span: [t0!.s, tokens[subj[1] - 1]!.e], text: subjText } };
      if (atts.length === 0 && subj && isPersonSubject(subject, knownNames, verbAfter)) {
        // "Vladimir Putin visited…": a later "he said" most likely means this person.
        lastPerson = { span: [t0!.s, end], text: subject };
        rememberName(subject);
      }
    }
  }

  // ("selon l’ARS" after « l’agence régionale de santé (ARS) »: the name the reader was given.)
  const acronyms = acronymDefinitions(text);
  const outletName = blocked.filter((b) => b.reason === "copyright").map((b) => copyrightOutlet(text.slice(b.start, b.end))).find((n) => n) ?? null;
  const writers = blocked.filter((b) => b.reason === "byline").map((b) => bylineWriter(text.slice(b.start, b.end))).filter((n) => n);
  // (Only a page with one writer: "I" is theirs.)
  const writer = writers.length > 0 && writers.every((w) => w === writers[0]) ? writers[0]! : null;
  const claims: ExtractedClaim[] = drafts.map((d) => {
    const start = index.toCodePoint(d.start);
    const end = index.toCodePoint(d.end);
    return {
      quote: text.slice(d.start, d.end),
      start,
      end,
      summary: null,
      claimant: d.claimant && withLongForm(d.level === "witnessed" ? withOwnOutlet(d.claimant, outletName, writer) : d.claimant, acronyms),
      claimantSpan: d.claimantSpan ? { start: index.toCodePoint(d.claimantSpan[0]), end: index.toCodePoint(d.claimantSpan[1]) } : null,
      cue: d.cueSpan ? text.slice(d.cueSpan[0], d.cueSpan[1]) : null,
      cueSpan: d.cueSpan ? { start: index.toCodePoint(d.cueSpan[0]), end: index.toCodePoint(d.cueSpan[1]) } : null,
      attributionLevel: d.level,
      quoteType: d.quoteType,
      // (An unsourced hedge is hedged by its level: "is said to have…", "It was reported that…".)
      hedged: d.hedged || d.level === "hedged_unsourced",
      checkworthiness: d.checkworthiness,
    };
  });
  const removed = blocked.map((b) => ({
    start: index.toCodePoint(b.start),
    end: index.toCodePoint(b.end),
    text: text.slice(b.start, b.end),
    reason: b.reason,
  }));
  return { language: lang, title, removed, claims };
}

const SENTENCE_OPENERS = /^(?:so|why|how|what|when|where|then|now|here|there|this|that|it|yes|no|still|also|meanwhile|however|instead|later|today|yesterday|alors|ainsi|puis|hier|mais|donc|ensuite|enfin|pourtant|selon|cependant|désormais|tout|rien|personne|chacun|cela|ceci|on|nothing|everything|everyone|everybody|nobody|someone|somebody|all|none|each)$/iu;
const NOT_A_NAME = /^(?:the|a|an|this|that|these|those|it|he|she|they|we|i|you|there|here|but|and|le|la|les|un|une|ce|cette|il|elle|ils|elles|on|nous|mais|et|nobody|everybody|everyone|someone|somebody|anyone|anybody|personne|chacun|chacune|quelqu['’]un|premier|première|second|seconde|deuxième|troisième|dernier|dernière|first|second|third|last)$/iu;

const ROLE_PREFIX = new RegExp(String.raw`^(?:(?:${anyCase("the|le|la")}|[lL]['’])\s+)?(?:(?:${anyCase("former|ancien|ancienne|new|nouveau|nouvelle")})\s+)?(?:${anyCase("president|président|présidente|minister|ministre|senator|sénateur|sénatrice|governor|mayor|maire|secretary|chancellor|chancelier|chancelière|prime minister|premier ministre|candidate|candidat|candidate|leader|chef|general|général|judge|juge|ambassador|ambassadeur|ambassadrice|spokesman|spokeswoman|porte-parole|rep\\.|sen\\.|gov\\.|gen\\.")})(?:\s+\p{Ll}+)?\s*,?\s+(?=\p{Lu})`, "u");

/** A sentence subject that names a person ("Vladimir Putin", "Le président Emmanuel Macron", or
 *  "Putin" once the full name has been seen: a lone capitalised word at the start of a sentence
 *  is too often "So", "Why" or a subheading). */
// (And "One": "One senior figure said… and dismissed the story" shares its subject.)
const BARE_ARTICLES = new Set(["l'", "le", "la", "les", "un", "une", "des", "the", "a", "an", "one"]);
const BULLET = /^[•·▪■◆►▶\-–—*]\s/u;
const FINDINGS_LABEL = /(?<![\p{L}])(?:findings|conclusions|constats|constatations|recommendations|recommandations)(?![\p{L}])/iu;
// A text named with an article or a demonstrative, which a pronoun may take up.
const ARTICLE_FIRST = /^(?:(?:le|la|les|un|une|des|ce|cet|cette|ces|the|a|an|this|that|these|those)[\s\u00A0]|l['’])/iu;
/** The tokens of a sentence's words from `start`, a British closing ’ that ends a quotation
 *  read as a quotation mark (not the apostrophe the tokens fold it to), adverbial phrases folded. */
function sentenceTokens(text: string, start: number, end: number, regions: QuoteRegion[]): Token[] {
  const tokens = tokenize(text, start, end);
  for (const t of tokens) if (t.w === "’" && regionAt(regions, t.s)?.end === t.e) t.l = "’";
  foldAdverbialPhrases(tokens);
  return tokens;
}

/** A direct claim whose speaker the page's layout gives, not a verb: an interview's answer, an
 *  embedded post's words. */
function layoutClaim(text: string, lang: Language, [s, e]: [number, number], who: NamedMention, cueSpan: [number, number] | null, level: AttributionLevel, sentence: number, title = false, heading = false): Draft {
  const claimText = text.slice(s, e);
  const hedged = isHedged(claimText, lang);
  return {
    start: s,
    end: e,
    claimant: displayClaimant(who.text, lang),
    claimantSpan: who.span,
    cueSpan,
    level,
    quoteType: "direct",
    hedged,
    checkworthiness: scoreCheckworthiness({ text: claimText, lang, level, hedged, quoteType: "direct", negatedCue: false, title, heading }),
    weak: false,
    sentence,
  };
}

/** A claim in the words of an embedded post: the author signed it, and the signature's dash (or
 *  "A post shared by") is its cue; the level is the one the author's name gives. */
function postClaim(text: string, span: [number, number], post: EmbeddedPost, lang: Language, sentence: number, known: Pick<LevelInput, "bodyNames" | "ownOutlet">): Draft {
  const author = text.slice(post.author[0], post.author[1]);
  // (The handle in brackets is no part of the name the level is read from.)
  const name = author.replace(/\s*\(@[^()]*\)$/u, "");
  const level = classifyLevel({ source: name, sourceWords: name.split(/\s+/u), cueLemma: "write", cueKind: "verb", sentence: "", resolvedPerson: false, rumour: false, viaSocial: true, ...known });
  return layoutClaim(text, lang, span, { text: author, span: post.author }, post.mark, level, sentence);
}

/** Whether the line holding [start, end) has a blank line (or the text's edge) before and after. */
function standsApart(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 200), start);
  const after = text.slice(end, end + 200);
  return /(?:^|\n[^\S\n]*\n)[^\S\n]*$/u.test(before) && /^[^\S\n]*(?:\n[^\S\n]*\n|\s*$)/u.test(after);
}

/** The source with the demonstrative a leading-word rule left before it (« Ce chauffeur-livreur
 *  dit… » reaches the source as "chauffeur-livreur"). */
function withDemonstrative(text: string, at: number, source: string): string {
  const before = /(?:^|[\s\u00A0])((?:ce|cet|cette|this)[\s\u00A0]+)$/iu.exec(text.slice(Math.max(0, at - 7), at));
  return before && /^\p{Ll}/u.test(source) ? before[1]!.toLowerCase() + source : source;
}

const POST_TAKEN_UP = /^(?:la|cette|le|ce|the|this)\s+(?:vidéo|video|post|publication|clip|tweet)$/iu;
const POST_AUTHOR = /^(?:son|sa|its|their|leur|the post['’]s|the video['’]s)\s+(?:auteur|autrice|author|creator|créateur|créatrice)(?![\p{L}])/iu;

// Verbs that ask for something to be done: "urged", « réclame », « appelle à »; "call" only as
// "called on…", "called for…" ("called it a disaster" labels).
// (And verbs that wish for it: "she hoped to reopen", « il souhaite que… ».)
const REQUEST_LEMMAS = new Set(["urge", "demand", "request", "plead", "implore", "appeler", "réclamer", "exhorter", "enjoindre", "sommer", "implorer", "hope", "wish", "espérer", "souhaiter"]);
// (A question asked asserts nothing either: "asked whether the plan had been approved", "Why, he
// asked, had none of it gone…", « a demandé pourquoi… ».)
const isRequest = (lemma: string, words: string) => REQUEST_LEMMAS.has(lemma) || (lemma === "call" && /^(?:on|upon|for)\s/iu.test(words)) || ((lemma === "ask" || lemma === "demander") && /^(?:whether|if|why|how|what|when|who|which|si|s['’]il|s['’]ils|pourquoi|comment|quand|qui|quel|quelle|quels|quelles|combien)(?![\p{L}])/iu.test(words));
/** Whether `phrase` shows no other gender than the pronoun `pron` does. */
function genderFits(phrase: string, pron: string): boolean {
  const g = genderOf(phrase);
  const p = pronounGender(pron);
  return !(g && p && g !== p);
}

const PERSONAL_PRONOUNS = new Set(["il", "elle", "he", "she"]);
/** The source of the last claim of this sentence or the one before, when it describes one person
 *  (« notre journaliste », « la retraitée ») and shows no other gender than the pronoun's. */
function describedSourceBefore(drafts: readonly Draft[], si: number, text: string, pron: string): [number, number] | null {
  // (From the end, no further back than the sentence before.)
  let last: Draft | undefined;
  for (let k = drafts.length - 1; k >= 0 && drafts[k]!.sentence >= si - 1 && !last; k--) if (drafts[k]!.claimantSpan) last = drafts[k];
  if (!last?.claimantSpan) return null;
  const phrase = text.slice(...last.claimantSpan);
  const person = isDefinitePersonDescription(phrase) || (REPORTER_RE.test(phrase) && !/^(?:nos|our|les|the)\s/iu.test(phrase));
  return person && genderFits(phrase, pron) ? last.claimantSpan : null;
}

/** The last draft with a claimant in sentence `si` (drafts are in text order: the search stops
 *  at the sentence before it). */
function lastSourcedDraftOf(drafts: readonly Draft[], si: number): Draft | null {
  for (let k = drafts.length - 1; k >= 0 && drafts[k]!.sentence >= si; k--) if (drafts[k]!.sentence === si && drafts[k]!.claimantSpan) return drafts[k]!;
  return null;
}

/** Whether the last speaker `draft` was one unnamed person (an anonymous description) who spoke
 *  after the last person named, with no other gender than the pronoun's, and no one has been
 *  named between their words and the pronoun at `at` ("When we put these figures to Cllr
 *  Hollings, she said"). */
function unnamedSpeakerSince(draft: Draft, lastPerson: NamedMention | null, text: string, pron: string, at: number): boolean {
  if (draft.level !== "anonymous_described" || !draft.claimantSpan || draft.claimantSpan[0] < (lastPerson?.span[1] ?? -1)) return false;
  if ((lastNameBefore(text, at)?.span[0] ?? -1) > draft.end) return false;
  const phrase = text.slice(...draft.claimantSpan);
  return /^(?:a|an|one|un|une)\s/iu.test(phrase) && genderFits(phrase, pron);
}

function isPersonSubject(subject: string, knownNames: Set<string>, verbAfter = false): boolean {
  // « La directrice du musée, Claire Ozanne-Ribeiro, ne cache pas sa colère »: a role and its name.
  if (hasApposedName(subject) && looksLikePerson(subject.slice(subject.indexOf(",") + 1))) return true;
  const name = subject.trim().replace(ROLE_PREFIX, "");
  const words = name.split(/\s+/);
  if (words.length > 5 || !/^\p{Lu}/u.test(words[0] ?? "") || NOT_A_NAME.test(words[0]!)) return false;
  if (!looksLikePerson(name)) return false;
  // A single capitalised plural ("Officials", "Democrats") names a group, not a person.
  if (words.length === 1 && (/s$/u.test(words[0]!) || !(knownNames.has(words[0]!.toLowerCase()) || (verbAfter && !SENTENCE_OPENERS.test(words[0]!))))) return false;
  return words.every((w) => /^(?:\p{Lu}|de|du|van|von|al|bin|ibn|la|le)/u.test(w));
}

const NOT_A_PAIR_START = /^(?:in|on|at|for|with|after|before|during|as|if|when|while|but|and|dans|en|à|pour|avec|après|avant|pendant|si|quand|mais|et)$/u;

/** The sentence's subject when it coordinates named people ("Vladimir Putin and Kim Jong-un",
 *  « Le président russe, Vladimir Poutine, et le dirigeant nord-coréen, Kim Jong-un ») and ends
 *  before UTF-16 offset `before`: the words up to the first verb, holding "and"/« et » and at
 *  least two capitalised words. */
function pairBefore(text: string, tokens: Token[], before: number, lang: Language): Mention | null {
  let a = 0;
  while (a < tokens.length && tokens[a]!.p) a++;
  let e = a;
  let coord = false;
  let caps = 0;
  for (; e < tokens.length && e < a + 24 && tokens[e]!.s < before; e++) {
    const t = tokens[e]!;
    if (lang === "fr" ? FR_AUX.has(t.l) || FR_BE.has(t.l) : EN_AUX.has(t.l) || VERBS.has(t.l) || /^\p{Ll}{3,}(?:ed|ly)$/u.test(t.w)) break;
    if (t.l === "and" || t.l === "et") coord = true;
    if (/^\p{Lu}/u.test(t.w)) caps++;
  }
  if (!coord || caps < 2 || e === a || e >= tokens.length || tokens[e]!.s >= before) return null;
  let b = e;
  while (b > a && tokens[b - 1]!.p) b--;
  const span: [number, number] = [tokens[a]!.s, tokens[b - 1]!.e];
  const words = text.slice(span[0], span[1]);
  // Two named parties: a capitalised start that is not a preposition, and a name on each side.
  if (!/^\p{Lu}/u.test(tokens[a]!.w) || NOT_A_PAIR_START.test(tokens[a]!.l)) return null;
  const sides = words.split(/\s+(?:and|et)\s+/u);
  if (sides.length !== 2 || !sides.every((x) => looksLikePerson(x) || hasProperName(x.split(/[\s,]+/u)))) return null;
  return { span, text: words };
}

/** The first line is the title when more text follows it and it is headline-sized. */
function findTitle(text: string, sentences: Sentence[]): string | null {
  const first = sentences[0];
  if (!first) return null;
  const lineEnd = text.indexOf("\n", first.start);
  if (lineEnd < 0) return null;
  const line = text.slice(first.start, lineEnd).trim();
  if (!line || line.length > 300) return null;
  return line;
}

const HEARSAY_ADVERBS = new Set(["reportedly", "allegedly", "purportedly", "supposedly", "rumoredly", "prétendument", "supposément", "présumément"]);

/** Span of a hearsay adverb in the sentence, if any. */
function hearsayAdverb(tokens: Token[]): [number, number] | null {
  const t = tokens.find((x) => HEARSAY_ADVERBS.has(x.l));
  return t ? [t.s, t.e] : null;
}

/** The paragraph leaves a quotation open (« … with no closing mark): by convention the next
 *  paragraph, opening with « again, goes on with it. */
function quotationRunsOn(text: string, paragraph: [number, number] | undefined): boolean {
  if (!paragraph) return false;
  const p = text.slice(paragraph[0], paragraph[1]);
  return (p.match(/[«“]/gu)?.length ?? 0) > (p.match(/[»”]/gu)?.length ?? 0);
}

/** A sentence that is itself a quotation, right after a quoted speaker, continues that speaker. */
function continuedQuote(
  text: string,
  regions: QuoteRegion[],
  s: number,
  e: number,
  last: { draft: Draft; sentence: number } | null,
  recent: boolean,
): { claimant: string | null; claimantSpan: [number, number] | null; cueSpan: [number, number] | null; level: AttributionLevel } | null {
  if (!last || !recent) return null;
  const r = regionAt(regions, s);
  if (!r || r.end < e - 1) return null;
  if (/\S/u.test(text.slice(r.end, e).replace(/[.,;:!?…\s]/gu, ""))) return null;
  return { claimant: last.draft.claimant, claimantSpan: last.draft.claimantSpan, cueSpan: last.draft.cueSpan, level: last.draft.level };
}

/** Of two mentions, the later. */
function latest(a: Mention | null, b: Mention | null): Mention | null {
  return !a || (b && b.span[0] > a.span[0]) ? b : a;
}

/** The name in apposition after a role, « Sa maire, Josiane Lamarque-Buisson (sans étiquette) »
 *  from UTF-16 offset `at`: up to the next comma or bracket. */
function nameAfterRole(phrase: string, at: number): Mention | null {
  if (!hasApposedName(phrase)) return null;
  const m = /,[ \u00A0]+([^,(]*[^,(\s])/u.exec(phrase);
  if (!m || !looksLikePerson(m[1]!)) return null;
  const s = at + m.index + m[0].length - m[1]!.length;
  return { span: [s, s + m[1]!.length], text: m[1]! };
}

/** Whether a capitalised word of the phrase is a first name the table knows. */
function namesFirstName(phrase: string): boolean {
  for (const m of phrase.matchAll(/(?<![\p{L}])\p{Lu}\p{Ll}+(?=[ \u00A0]\p{Lu})/gu)) if (isFirstName(m[0])) return true;
  return false;
}
// ", who spoke on condition of anonymity because…", « , qui a requis l'anonymat »: up to the next
// stop or colon.
const RELATIVE_AFTER_SOURCE = /^,[ \u00A0]+(?:who|qui)[ \u00A0][^.;:!?«»“”]*/u;
const SAME_DOCUMENT = /(?:même|same)\s+(?:document|rapport|report|study|étude|texte|text|note|avis|analyse|analysis|indice|index|sondage|poll|survey)$/iu;
const PLURAL_PEOPLE_TAKE_UP = /^(?:the|these|les|ces)\s+(?:two\s+|three\s+|deux\s+|trois\s+)?(?:researchers|scientists|experts|authors|analysts|economists|lawyers|activists|campaigners|founders|journalists|reporters|doctors|engineers|chercheurs|chercheuses|scientifiques|auteurs|autrices|analystes|économistes|avocats|avocates|militants|militantes|fondateurs|journalistes|médecins|ingénieurs)$/iu;
// Two people named side by side, first names and all: "Hannah Okonkwo-Reid and Liam Tranh",
// « Léa Martin et Paul Roux ».
const NAMED_PAIR = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+)(?:\s\p{Lu}[\p{L}'’-]+)+\s(?:and|et)\s(\p{Lu}[\p{L}'’-]+)(?:\s\p{Lu}[\p{L}'’-]+)+/gu;
/** The last two people named side by side in the 2,000 characters before `end`. */
function lastNamedPair(text: string, end: number): Mention | null {
  const from = Math.max(0, end - 2000);
  let last: Mention | null = null;
  for (const m of text.slice(from, end).matchAll(NAMED_PAIR)) {
    if (isFirstName(m[1]!.split("-")[0]!) && isFirstName(m[2]!.split("-")[0]!)) last = { span: [from + m.index, from + m.index + m[0].length], text: m[0] };
  }
  return last;
}
const POSSESSIVE_FIGURES = /^(?:ses|son|sa|leurs?|his|her|their)\s+(?:propres\s+|own\s+)?(?:calculs|estimations?|chiffres|données|décomptes?|comptes|relevés|calculations|estimates?|figures|count|tally|data|records)$/iu;
// « L’hebdomadaire économique Levier », « Le quotidien La Voix »: what the paper is, an adjective or
// two, then its name.
const PAPER_OPENING = /^(?:[Ll]e|[Ll]a|[Ll]['’])[ \u00A0]?(?:quotidien|hebdomadaire|bihebdomadaire|mensuel|magazine|journal|site(?: d['’]information| spécialisé)?|revue|lettre(?: professionnelle)?)(?:[ \u00A0]\p{Ll}+(?:ique|al|ale|ien|ienne|ais|aise|ois|oise|in|ine|aire|el|elle|if|ive|iste))?[ \u00A0]+(\p{Lu}[\p{L}’'-]*(?:[ \u00A0](?:(?:de|du|des|la|le)[ \u00A0]|d['’]|&[ \u00A0])?\p{Lu}[\p{L}’'-]*){0,3})/u;
const QUOTED_AS_CUE = /^quot(?:ed|es|e)\s+(.+?),?\s+as\s+\p{L}+ing$/u;
const QUOTED_BY_CUE = /^(?:was|were|(?:has|have|had)\s+been)\s+quoted\s+((?:by|in)\s+.+?)\s+as\s+\p{L}+ing$/u;
// A hearsay adverb or passive inside the cue: "has reportedly ordered", "is believed".
const HEARSAY_IN_CUE = new RegExp(String.raw`(?<![\p{L}])(?:${[...HEARSAY_ADVERBS, "believed", "thought", "rumored", "rumoured"].join("|")})(?![\p{L}])`, "iu");
// Someone the reporter met, who speaks in the scene ("When we put these figures to Cllr Hollings,
// she said…"): their words are theirs.
const SCENE_PERSON = /^(?:he|she|they|il|elle|ils|elles)$|^\p{Lu}\p{Ll}+(?:[ \u00A0]\p{Lu}[\p{L}’'-]+)+$/u;
/** Whether the name at `span` is a speaker's label: it opens its line, a colon after it. */
function isLineLabel(text: string, span: [number, number]): boolean {
  return /^[ \u00A0]?:/u.test(text.slice(span[1], span[1] + 2)) && /(?:^|\n)[ \t]*$/u.test(text.slice(Math.max(0, span[0] - 4), span[0]));
}
const THE_JUDGE = /^(?:the|le|la)\s+(?:judge|juge)$/iu;
// A judge named with the title: "Mr Justice Arkwright-Mensah", "Judge Ana Ruiz", « la juge Hélène
// Marsac ».
const JUDGE_NAMED = /(?:(?:Mr|Mrs|Ms|Lord|Lady)\s+Justice|Judge|Justice|[Ll][ae]\s+juge)\s+(\p{Lu}[\p{L}’'-]+(?:\s\p{Lu}[\p{L}’'-]+){0,2})/gu;
function lastJudgeNamed(text: string, end: number): NamedMention | null {
  let last: NamedMention | null = null;
  const from = Math.max(0, end - 4000);
  for (const m of text.slice(from, end).matchAll(JUDGE_NAMED)) {
    last = { span: [from + m.index, from + m.index + m[0].length], text: m[0] };
  }
  return last;
}
const TRAILING_RELATIVE = /,\s*(?:which|who|that|qui|dont|où)\s[^,]*$/u;
const IN_ITS_PAGES = /^(?:\p{Lu}\p{Ll}+\s*,\s*)?(?:[Dd]ans (?:ses colonnes|ses pages|son édition(?: [^,]{1,30})?)|[Ii]n its (?:pages|columns|(?:\p{Ll}+ )?edition))\s*,\s*$/u;
// ("In the Mercury, the arts editor… calls…", « Dans le Républicain, … »: the article in lower case.)
// (Or in its columns, on its air, reached by it: « Dans les colonnes du Braquet, le président…
// reconnaît… », « Sur Ondes Montagne, l’ancien champion… a estimé… », « Joint par Peloton Matin, le
// directeur… assure… », "Speaking to the Herald, …".)
const IN_PAPER = new RegExp(String.raw`^(?:\p{Lu}\p{Ll}+\s*,\s*)?(?:[Dd]ans|[Ii]n|[Dd]ans les colonnes d(?:u|e la|e l['’]|es|e)|[Ss]ur(?: l['’]antenne d(?:u|e la|e l['’]|e))?|[Aa]u micro d(?:u|e la|e l['’]|e)|[Jj]ointe?s? par|[Ii]nterrogée?s? par|[Ss]peaking to|[Ii]nterviewed by)\s*(?:(?:the|le|la|les)\s+|l['’])?(${PAPER_NAME})\s*,\s*$`, "u");
const TEXT_NAMED_BEFORE = /(?<![\p{L}])(?:rapport|note|courrier|lettre|étude|compte rendu|procès-verbal|document|audit|avis)(?![\p{L}])/iu;
const HEARSAY_PASSIVE_BEFORE = /(?<![\p{L}])(?:is|are|was|were)\s+(?:understood|believed|thought|said|reported|rumou?red|alleged)\s+to(?:\s+have)?\s*$/iu;
// A hearsay adverb right before the cue, after the source.
const HEARSAY_BEFORE_CUE = new RegExp(String.raw`\b(?:${[...HEARSAY_ADVERBS].join("|")})\s*$`, "iu");
const ANONYMITY_CONTENT = /^(?:on (?:the )?condition (?:of|that) (?:anonymity|they not be named)|(?:that )?(?:his|her|their) (?:full )?name not be (?:used|published|given)|not to be (?:named|identified)|anonymously|on background|sous (?:couvert|le sceau) de l['’]anonymat|à condition de ne pas être (?:nommée?|citée?)|(?:garder|conserver|préserver) l['’]anonymat|rester anonymes?)/iu;

// "appeared to suggest…", "seems to blame…": a hedge on the verb that follows, which is the cue.
const HEDGE_LEMMAS = new Set(["appear", "seem"]);
// Where an outlet's sentence joins a second clause: after a comma and a conjunction, or before
// "and" and a verb of its own.
// (And before a noun a participle of expectation describes: "…will close Monday for | repairs
// expected to last 14 months".)
// (What that cut leaves: "repairs expected to last 14 months", hearsay with no source.)
const EXPECTED_NOUN = /^\p{Ll}+\s(?:expected|believed|thought|estimated)\sto\s/u;
const CLAUSE_JOIN = /,\s+(?:and|but|though|although|while|whereas|with|et|mais|tandis\s+qu['’e]|alors\s+qu['’e])\s+|\s(?:for|with|amid)\s+(?=\p{Ll}+\s(?:expected|believed|thought|estimated)\sto\s)|\s(?:and|et)\s+(?=(?:is|are|was|were|will|could|may|might|should|would|devrait|devraient|pourrait|pourraient|serait|seraient|pourra|pourront|devra|devront|risque)\s)/gu;
interface Piece {
  span: [number, number];
  hedged: boolean;
  rumour: boolean;
}
/** The outlet's sentence [s, e) cut where a clause hedged joins one that is not (or the other way
 *  round), or whole (`split` false: always whole), with each piece's hedges. */
function splitAtHedge(text: string, s: number, e: number, lang: Language, split: boolean): Piece[] {
  const piece = (a: number, b: number): Piece => ({ span: [a, b], hedged: isHedged(text.slice(a, b), lang), rumour: isUnsourcedHedge(text.slice(a, b), lang) || EXPECTED_NOUN.test(text.slice(a, b)) });
  const whole = piece(s, e);
  if (!split || (!whole.hedged && !whole.rumour)) return [whole];
  const sentence = text.slice(s, e);
  for (const m of sentence.matchAll(CLAUSE_JOIN)) {
    const cut = s + m.index;
    const next = cut + m[0].length;
    // (Each side a clause of its own, three words at least.)
    if (countWords(text, s, cut) < 3 || countWords(text, next, e) < 3) continue;
    const [head, tail] = [piece(s, cut), piece(next, e)];
    if ((head.hedged || head.rumour) !== (tail.hedged || tail.rumour)) return [head, tail];
  }
  return [whole];
}
const CLEFT_BACK = /^(?:c['’]est(?: en tout cas| du moins)? ce qu(?:e\s|['’])|voilà ce qu(?:e\s|['’])|(?:that|this)(?: is|['’]s|was) what\s)/iu;

const SHARE_OF_PEOPLE = /^(?:(?:some|about|around|nearly|almost|over|more than|fewer than|less than|only|just|près de|environ|plus de|moins de|seulement)\s+)?(?:\d[\d,.\s\u00A0]*(?:%|percent|per cent|pour cent)|(?:la |une |a |the )?(?:majorité|moitié|minorité|majority|half|third|quarter|minority)\s|(?:two|three)-(?:thirds|quarters)|(?:deux|trois) (?:tiers|quarts))/iu;
const POLL_WORD = /(?<![\p{L}])(?:polls?|surveys?|sondages?|enquêtes?|baromètres?)(?![\p{L}])/iu;

const NOTHING = /^(?:rien|nothing)$/iu;
const CONTRAST_CLAUSE = /,[\s\u00A0]*(?:alors[\s\u00A0]+qu|tandis[\s\u00A0]+qu|quand|while|whereas)(?![\p{L}])/u;
function beforeContrast(rest: string): string {
  const m = CONTRAST_CLAUSE.exec(rest);
  return m ? rest.slice(0, m.index) : rest;
}
/** The words before a cue from the last contrast set against them ("…, while the Pennick Echo"). */
function afterContrast(head: string): string {
  let from = 0;
  for (const m of head.matchAll(CONTRAST_CLAUSES)) from = m.index + m[0].length;
  return head.slice(from);
}
const CONTRAST_CLAUSES = new RegExp(CONTRAST_CLAUSE.source, "gu");

/** The name a body was given after its common noun (« L’application de suivi de cycle Ovalune »
 *  → « Ovalune »), else the phrase's head. */
function nameOrHead(phrase: string): string {
  // (Up to the first comma: « La fromagerie Etxaldia, installée à Lescoubère » is Etxaldia.)
  const np = phrase.trim().split(",")[0]!;
  const name = /\s((?:\p{Lu}[\p{L}&’'-]*)(?:\s\p{Lu}[\p{L}&’'-]*){0,2})$/u.exec(np);
  return name && /^(?:L['’]|Le\s|La\s|Les\s|The\s|An?\s|Une?\s)?\p{Ll}/u.test(np) ? name[1]! : sourceHead(phrase);
}

/** Removes in place, from the last, the attributions `drop` selects (it may look at the others). */
function dropWhere(atts: RawAttribution[], drop: (b: RawAttribution) => boolean): void {
  for (let k = atts.length - 1; k >= 0; k--) if (drop(atts[k]!)) atts.splice(k, 1);
}

function tokensBefore(b: RawAttribution): string {
  // The cue span starts with its auxiliaries ("would request"): the first word tells.
  return b.cueText?.split(/\s+/)[0]?.toLowerCase() ?? "";
}

const SUBORDINATE_OPENING = /^(?:that\s+|que\s+|qu['’])?(?:if|when|while|although|though|because|unless|once|after|before|since|even if|si|s['’]|quand|lorsque|lorsqu['’]|bien que|même si|parce que|puisque|dès que)\b/iu;

// Verbs of saying proper: after a preposition ("by saying", "for claiming") they still report words.
const SAYING_LEMMAS = new Set(["say", "tell", "claim", "argue", "insist", "warn", "declare", "write", "tweet", "suggest", "assert", "dire", "affirmer", "déclarer", "expliquer"]);

/** Two claims from two sources in one sentence: the outer content stops where the inner
 *  attribution's clause, set off by punctuation, begins ("…Shahed, achetés dans le cadre de ce que l'administration dit…"). */
function splitNested(text: string, atts: RawAttribution[]): void {
  // A stance or evidence verb inside someone's reported words is part of what they said
  // ("Il a dit qu'il croyait que…"), not a second source.
  for (let i = atts.length - 1; i >= 0; i--) {
    const b = atts[i]!;
    // "She said the state would request federal aid": a modal verb inside reported words is
    // part of the claim, not a new attribution.
    const modal = /^(?:would|will|could|should|might|may|must|can|'ll|'d)$/.test(tokensBefore(b));
    // A gerund after a preposition ("by adding", "of saying") is part of the clause; ", saying…"
    // is a second attribution of the same subject and stays.
    // But "responded by saying his refusal … was a “manufactured” issue" reports what was said.
    const prepGerund = b.cue.gerund && /^(?:by|of|from|without|for|in)$/.test(b.prevWord ?? "") && !SAYING_LEMMAS.has(b.cue.lemma);
    if ((b.cue.strength === "speech" || b.cue.strength === "prep") && !prepGerund && !modal) continue;
    // (Not a closing cue whose words begin before the other's: "…, chanting “degrees, not deals”, a
    // Meridian Wire reporter saw." — the reporter saw the whole scene.)
    if (atts.some((a) => a !== b && a.side === "after" && a.cue.strength === "speech" && b.cueSpan[0] >= a.content[0] && b.cueSpan[1] <= a.content[1] && !contrasted(text, a, b) && !(b.side === "before" && b.content[0] < a.cueSpan[0] && WITNESS_CUES.has(b.cue.lemma)))) atts.splice(i, 1);
  }
  // "No human illness had been reported so far, she added": a passive with no agent inside the
  // words a speaker's cue closes is part of them.
  for (let i = atts.length - 1; i >= 0; i--) {
    const b = atts[i]!;
    // (So is one inside what a source has by « selon »: « …, selon le ministère, 31 décès seulement
    // étaient confirmés », or says after its cue: « La vidéo affirme que les numéros avaient été
    // annoncés la veille… ».)
    if (b.cue.kind === "passive" && !b.source && atts.some((a) => a !== b && a.source && b.cueSpan[0] >= a.content[0] && b.cueSpan[1] <= a.content[1])) atts.splice(i, 1);
  }
  // "Merrill says that Clinton called Machado to express gratitude": an infinitive inside what
  // someone said is part of it, not a statement of the speaker's own; so is one inside what
  // someone intends ("plans to call on young people to…").
  for (let i = atts.length - 1; i >= 0; i--) {
    const b = atts[i]!;
    if (!(b.cue.gerund && b.prevWord === "to")) continue;
    if (atts.some((a) => a !== b && a.side === "after" && (a.cue.strength === "speech" || (a.cue.strength === "stance" && !HEDGE_LEMMAS.has(a.cue.lemma))) && b.cueSpan[0] >= a.content[0] && b.cueSpan[1] <= a.content[1] && !/[,;:—–]/u.test(text.slice(a.content[0], b.cueSpan[0])))) atts.splice(i, 1);
  }
  for (const a of atts) {
    if (a.side !== "after") continue;
    for (const b of atts) {
      if (a === b) continue;
      // "X has encouraged Europe to spend more but has said she will hold firm": the first
      // statement ends where the coordinated one begins.
      if (b.coordStart !== undefined && b.coordStart > a.content[0] && b.coordStart < a.content[1] && b.cueSpan[0] > a.cueSpan[1]) {
        let cut = b.coordStart;
        while (cut > a.content[0] && /[\s,;]/u.test(text[cut - 1]!)) cut--;
        if (cut - a.content[0] >= 12) a.content = [a.content[0], cut];
        continue;
      }
      // A gerund's source is the main subject, far to the left: cut at the gerund itself.
      const bStart = b.cue.gerund ? b.cueSpan[0] : Math.min(b.source ? b.source[0] : b.cueSpan[0], b.cueSpan[0]);
      if (b.cueSpan[0] <= a.cueSpan[1] || bStart <= a.content[0] || bStart >= a.content[1]) continue;
      const seg = text.slice(a.content[0], bStart);
      const comma = Math.max(seg.lastIndexOf(","), seg.lastIndexOf(";"), seg.lastIndexOf("—"), seg.lastIndexOf(" – "));
      // With no punctuation between them, the inner attribution is embedded in the reported
      // clause ("Flynn said Trump was right when he said…", "the $18 million he says he
      // raised"): it is part of what the outer source said, so the outer claim keeps it.
      // So is a gerund after a preposition ("responded by saying that…").
      if (comma <= 0 && (!b.cue.gerund || /^(?:by|of|from|without|for|in)$/.test(b.prevWord ?? ""))) continue;
      // "Fowler noted that at one of his first DNC meetings, in 1972, he supported…": a pronoun
      // subject inside a clause introduced by "that" continues the reported words.
      const pronounSource = b.source && b.sourceTokens.length === 1 && /^(?:he|she|they|il|elle|ils|elles)$/u.test(b.sourceTokens[0]!.l);
      if (pronounSource && /\b(?:that|que|qu['’])\s*$/iu.test(text.slice(Math.max(0, a.content[0] - 8), a.content[0]))) continue;
      // "worried that if the state held up the deal, Patriot could threaten…": the comma closes a
      // subordinate clause that opens the reported words; their main clause follows it.
      if (comma > 0 && SUBORDINATE_OPENING.test(seg) && seg.indexOf(",") === comma) continue;
      // (Set against it, the first words end where the contrast begins.)
      const contrast = CONTRAST_BEFORE.exec(seg);
      const cut = contrast ? a.content[0] + contrast.index : comma > 0 ? a.content[0] + comma : bStart;
      // Only a second speaker ends the first one's words at the punctuation: a verb of saying
      // with a subject of its own (« …Shahed, achetés dans le cadre de ce que l'administration
      // dit… ») or ", saying…", which restates them. Anything else after a comma is still part of
      // what was reported ("noted that Reagan appeared unsteady…, and some speculated about his
      // health", "cited problems in the Middle East, China and elsewhere that he blamed on…").
      const secondSpeaker = b.cue.gerund ? SAYING_LEMMAS.has(b.cue.lemma) : (b.cue.strength === "speech" || contrasted(text, a, b)) && !!b.source && !pronounSource;
      // (A count is a claim however short: « fait état de 112 cas, mais l’association… ».)
      if (secondSpeaker && (cut - a.content[0] >= 12 || /\d/u.test(text.slice(a.content[0], cut)))) {
        a.content = [a.content[0], cut];
        dropTrailingAttribution(text, a);
      }
    }
  }
}

/** « Le projet coûtera 4 millions, selon la mairie, alors que… »: once the second source's words
 *  are cut off, the first source's cue and name end its content, and are no part of its claim. */
function dropTrailingAttribution(text: string, a: RawAttribution): void {
  const from = Math.min(a.cueSpan[0], a.source?.[0] ?? Infinity);
  const to = Math.max(a.cueSpan[1], a.source?.[1] ?? 0);
  if (from <= a.content[0] || to > a.content[1] || !/^[\s,;:—–]*$/u.test(text.slice(to, a.content[1]))) return;
  let end = from;
  while (end > a.content[0] && /[\s,;:—–]/u.test(text[end - 1]!)) end--;
  if (end - a.content[0] >= 12) a.content = [a.content[0], end];
}

/** « …, alors que la déléguée du syndicat estime que… », "…, while the union believes…": a clause
 *  set against the first speaker's words, with a subject of its own, is another source's view,
 *  whatever its verb. */
function contrasted(text: string, a: RawAttribution, b: RawAttribution): boolean {
  // (A preposition's phrase starts at its cue: « …, quand, selon la préfecture, … ».)
  const start = Math.min(b.source?.[0] ?? Infinity, b.cueSpan[0]);
  if (!b.source || start <= a.content[0]) return false;
  return CONTRAST_BEFORE.test(text.slice(a.content[0], start));
}
// (The second source's role may stand before its name: « , quand le maire de Saint-Just, Régis
// Authier, table… ».)
const CONTRAST_BEFORE = /,\s*(?:alors\s+qu['’e]|tandis\s+qu['’e]|quand|lorsque|mais|while|whereas|but|though|although)(?:\s+[^,;]{1,60},|\s*,)?\s*$/iu;

export type { Token };
