// Attribution level (docs/attribution-levels.md): how the claim reaches the reader. Decided from
// the source noun phrase (outlet? document? institution? unnamed role? person's name?, read in
// source-phrase.ts), the cue and a few sentence-level signals ("on condition of anonymity",
// "dans un communiqué").
import { titleCase } from "@/lib/articles/unicode-words";
import { isFirstName } from "@/lib/articles/first-names";
import { namesPlatform } from "./social-channel";
import { RELAYS_INSIDE } from "./chains";
import type { AttributionLevel } from "./types";
import { NEWSPAPER_TITLE_WORDS, PhraseSet } from "./gazetteer";
import { DOCUMENT_ONLY, PERCEPTION_LEMMAS } from "./lexicon";
import { OUTLET_NOUNS } from "./outlet-names";
import { ANON_RE, COUNTRY_RE, DETERMINER_RE, DOCUMENT_RE, HONORIFIC, INSTITUTION_RE, OUTLET_RE, REPORTER_RE, appositionKind, englishHeadNoun, hasApposedName, hasProperName, hasTitledName, looksLikePerson, looksLikePersonName, namesPersonRole, namesPressAgency, opensWithInstitution, sourceHead, STATION_CREW } from "./source-phrase";

/** How a source asked not to be named: "who spoke on condition of anonymity", « qui a requis l'anonymat ». */
export const ANONYMITY_RE = /anonym|not authori[sz]ed to (?:speak|discuss|talk|comment)|(?:asked|declined|refused) (?:not )?to be (?:named|identified)|asked that (?:his|her|their) (?:full )?name not be (?:used|published|given)|pas (?:souhaité|voulu) être (?:nommée?|identifiée?|cité)|pas (?:souhaité|voulu) (?:donner|dire|révéler|que l['’]on (?:publie|cite)) son nom|did not want (?:his|her|their) name (?:used|published|printed)|(?:did not|didn['’]t|does not|doesn['’]t) want to be (?:named|identified|quoted)|(?:declined|refused) to give (?:his|her|their) (?:full |last )?name|requis l['’]anonymat|couvert d['’]anonymat|familiar with|close to the|proche(?:s)? d[eu]|spoke on background/iu;
// Adjectives that count or agree but do not describe ("multiple sources", « des sources
// concordantes »): the source is still bare.
const BARE_SOURCE_RE = /^(?:(?:a|an|one|two|three|several|multiple|various|numerous|other|another|the|some|des|une|une autre|plusieurs|deux|trois|d['’]autres|les|de|certaines|diverses|différentes|nombreuses|multiples)\s+)?(?:sources?|source)(?:\s+(?:concordantes?|multiples|diverses|différentes|said|says))?$|^(?:nos|mes) informations$|^(?:our|my) information$|^(?:de\s+)?sources?\s+(?:sûres?|bien informées?|autorisées?)$|^(?:well-placed|reliable|trusted)\s+sources?$/iu;
// "people familiar with the matter", « une source proche du dossier »: closeness to nothing in
// particular describes no one (close to the board, familiar with the review does).
const GENERIC_CLOSENESS_RE = /^(?:(?:a|one|two|three|several|some|une?|des|de|deux|trois|plusieurs)\s+)?(?:sources?|people|persons?|personnes?)\s+(?:proches?\s+du\s+dossier|au fait du dossier|familiar with the (?:matter|situation)|close to the (?:matter|situation))$/iu;
// (Letters after the last word, not \b: « communiqué » ends on a letter \b does not know.)
/** Whether the English phrase `src`, up to a comma, a participle or a preposition other than
 *  "of", opens on a capitalised name and ends on a document's noun ("Department of Health figures",
 *  "Flight records"). */
function documentAfterName(src: string): boolean {
  const words: string[] = [];
  for (const w of src.split(/[\s,]+/u)) {
    if (/^(?:published|released|seen|obtained|filed|dated|issued|compiled|prepared|posted|shared|reviewed|covering|from|by|for|in|on|at|with|to|that|which)$/u.test(w) || (words.length > 0 && /^\p{Ll}+ed$/u.test(w))) break;
    words.push(w);
  }
  const last = words.at(-1) ?? "";
  return words.length >= 2 && /^\p{Lu}/u.test(words[0]!) && /^\p{Ll}+$/u.test(last) && DATA_NOUNS.test(last);
}
// (Data only, not the whole documents gazetteer: after a body's name, "review", "order",
// "complaint" or "decision" are often what the body did — the full list cost level on eight sets.)
const DATA_NOUNS = /^(?:figures|data|records|statistics|numbers|documents|filings|logs|minutes|accounts|returns|results|estimates|projections|forecasts|tallies|counts)$/u;
const WRITTEN_IN = /(?<![\p{L}])(?:in (?:an?|the|his|her|its|their) (?:[\d-]+-page |\p{Ll}+ )?(?:decision|ruling|order|judgment|judgement|opinion|letter|report|filing|memo|memorandum|affidavit|brief)|dans (?:un|une|le|la|son|sa|leur) (?:\p{Ll}+ )?(?:décision|jugement|arrêt|ordonnance|lettre|courrier|rapport|note|mémoire|avis))(?![\p{L}])/iu;
const SAID_IN_REPORT = /(?<![\p{L}])(?:said|says|say|found|finds|concluded|concludes|stated|states|estimated|estimates|a (?:indiqué|affirmé|estimé|conclu|constaté|relevé|souligné)|indique|affirme|estime|conclut|constate|relève|souligne)\s+(?:\S+\s+){0,2}?(?:in (?:an?|its|their|the) (?:\p{Ll}+ )?(?:report|study|survey|analysis|assessment|audit|review|note|memo)|dans (?:un|une|son|sa|leur|le|la) (?:\p{Ll}+ )?(?:rapport|étude|enquête|analyse|audit|note))(?![\p{L}])/iu;
const REPORT_NOUN = /report|stud|survey|analys|assessment|audit|review|opinion|rapport|étude|enquête|avis|note|memo/i;
const IN_REPORT_FIRST = /^(?:In|Dans) (?:an?|its|their|the|un|une|son|sa|leur|le|la) (?:\p{Ll}+ )?(?:report|study|analysis|assessment|audit|review|opinion|rapport|étude|analyse|avis|audit)(?![\p{L}])[^,]{0,80},/u;
const CITED_BY = /^(.+?),?\s+(?:citée?s?|quoted|cited)\s+(?:\p{Ll}+\s+)?(?:par|by|in|dans)\s+(.{2,60})$/u;
const OUTLET_NOUN_FIRST = new RegExp(String.raw`^(?:the|le|la|l['’])\s*(?:${OUTLET_NOUNS}|site|paper|station)(?![\p{L}])`, "iu");
/** "Two officials quoted by the Korea Herald", « des responsables cités par l’agence Hexa
 *  Presse »: who is quoted, when what quotes them is another outlet. */
function citingOutlet(src: string, x: LevelInput): { who: string } | null {
  // (A plain search first: the pattern backtracks over the whole source.)
  const m = /cit|quot/u.test(src) ? CITED_BY.exec(src.trim()) : null;
  if (!m) return null;
  const by = m[2]!.trim();
  const outlet = OUTLET_NOUN_FIRST.test(by) || OUTLET_RE.test(by) || !!x.outletNames?.has(by);
  return outlet && !x.ownOutlet?.(by.replace(/^(?:the|le|la|l['’])\s*/iu, "")) ? { who: m[1]! } : null;
}
const RELAY_GATE = /agen|[Ss]tate|État/;
const RELAYED_STATEMENT = /(?<![\p{L}])(?:statement|communiqué|déclaration|message|video|vidéo)\s+(?:\S+\s+){0,2}?(?:carried|relayed|distributed|published|broadcast|relayée?|diffusée?|reprise?|publiée?)\s+(?:by|par)\s+(?:the\s+(?:[\p{L}-]+\s+){0,2}(?:news\s+)?agency|l['’]agence|the\s+state\s+(?:media|television|broadcaster)|la\s+télévision\s+d['’]État|les\s+médias\s+d['’]État)(?![\p{L}])/iu;
const SELF_NAMED = /(?:identified|introduced)\s+(?:himself|herself|themselves)\s+as\s+(?:(?:Col|Gen|Maj|Capt|Lt|Dr|Mr|Mrs|Ms)\.?\s+)?\p{Lu}[\p{L}'’-]+\s+\p{Lu}|(?:se\s+présentant|s['’]est\s+présentée?|qui\s+s['’]est\s+présentée?)\s+comme\s+(?:le\s+\p{Ll}+\s+)?\p{Lu}[\p{L}'’-]+\s+\p{Lu}/u;
const OWN_CALCULATION = /^(?:our|my|nos|mes|notre|ma)\s+(?:own\s+|propres?\s+)?(?:calculations?|calculs?|estimates?|estimations?|analysis|analyse)$/iu;
const STATEMENT_RE = /(?<![\p{L}])(?:in an? (?:(?:emailed|written|short|brief|joint|separate)\s)?(?:statement|press release|communiqué|news release)|dans un (?:bref |court )?(?:communiqué|courrier)|par communiqué|dans une déclaration(?: écrite)?)(?![\p{L}])/iu;
// (A written reply too, but only to say that a name is a body's: « Dans une réponse écrite, Norvalis
// affirme… »; another source of the sentence keeps its own level.)
const WRITTEN_REPLY_RE = /(?<![\p{L}])(?:in an? (?:emailed |written )?(?:response|reply)|dans une réponse(?: écrite)?)(?![\p{L}])/iu;
const PSEUDONYM_RE = /(?:prénom|nom)s? (?:a|ont) été (?:changés?|modifiés?)|(?:prénom|nom)s? (?:changés?|modifiés?)|(?:name|names) (?:has|have) been changed|not (?:his|her|their) real name|(?:nom|prénom) d['’]emprunt|pseudonym/iu;
const REPORT_LEMMAS = new Set(["report", "rapporter"]);
const SOCIAL_POST_RE = /^(?:(?:a|an|the|one|une?|la|le|les|des)\s+)?(?:viral\s+|facebook\s+|tiktok\s+|instagram\s+)?(?:posts?|tweets?)(?:\s+(?:shared|viewed|seen)\b.*)?$/iu;
const OWN_FINDING = new Set(["find", "check", "verify", "trouver", "vérifier", "retrouver"]);
export const WITNESS_CUES = new Set([...PERCEPTION_LEMMAS, "witness", "observe", "relever", "constater", "observer"]);

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
  /** The source relays another, set between commas after it: « D'après Le Messager, qui cite
   *  un conseiller, … », "The Post, citing two officials, …". */
  relays?: boolean;
  /** The reported words take the source up as "it" ("Pariflux said it had flagged…"). */
  itFollows?: boolean;
  /** One-word names the article introduced as bodies ("the retailer Valdor"). */
  bodyNames?: { has(name: string, at?: number): boolean };
  /** Outlets the article introduced by what they are ("the Flemish daily De Avondpost"). */
  outletNames?: { has(name: string): boolean };
  /** Where the source stands in the text (UTF-16), for looking up how it was introduced. */
  sourceAt?: number;
  /** Whether a name is the article's own outlet's (named in the page's furniture). */
  ownOutlet?: (name: string) => boolean;
  /** A relative clause set right after the source, outside it: "according to a senior Tevgrid
   *  engineer, who spoke on condition of anonymity…". */
  relativeAfter?: string;
  /** The words came through a social-media post (« sur sa page Facebook », "in a post on X"). */
  viaSocial?: boolean;
}

// What an outlet finds for itself: "The Ledger found…", "a Riverbend analysis of the records",
// « une analyse par L'Horizon des bilans… ».
const OWN_WORK_CUES = new Set(["find", "check", "verify", "test", "review", "analyse", "analyze", "measure", "visit", "trouver", "vérifier", "mesurer", "tester", "analyser"]);
const OWN_WORK_NOUN = /^(?:an?|une?|the|l['’]|la|le)\s+(?:(?:own|propre)\s+)?(?:analysis|analyse|review|count|tally|investigation|enquête|décompte|examen|test|tests|survey|équipe|team|crew)\s+(?:(?:by|par|de|du|d['’]|from|of)\s+)?(.+?)(?:\s+(?:of|des?|du|d['’])\s.*)?$|^(?:an?|une?)\s+(.+?)\s+(?:analysis|review|count|tally|investigation|survey|crew|team|reporter|journalist|photographer|correspondent)\b/iu;
function ownWork(src: string, head: string, cueLemma: string | null, ownOutlet: (name: string) => boolean): boolean {
  const m = OWN_WORK_NOUN.exec(src.trim());
  if (m) return ownOutlet((m[1] ?? m[2] ?? "").trim());
  // ("the Leader counted…": a paper's short name after "the".)
  const name = head.replace(/^(?:the)\s+/iu, "");
  return !!cueLemma && (OWN_WORK_CUES.has(cueLemma) || WITNESS_CUES.has(cueLemma)) && /^\p{Lu}/u.test(name) && ownOutlet(name);
}

const NEWSPAPER_PAPER = /(?<![\p{L}])(?:local|daily|weekly|regional|evening|morning|community|student|national|sunday|provincial|county|city|free)\s+(?:news)?paper$/iu;

// « le cahier des charges du marché », « le procès-verbal de la séance »: a document's name of
// several words opens the source (its head alone, « le cahier », names none).
function opensWithDocument(src: string): boolean {
  const words = PhraseSet.words(src);
  let k = 0;
  while (k < words.length && DETERMINER_RE.test(words[k]!)) k++;
  return k < words.length && DOCUMENT_RE.startsAt(words, k);
}

const BRIEFING_OF = /^(?:le|la|l['’]|the|a|an|un|une|son|sa|its)\s*(?:(?:dernier|dernière|nouveau|nouvel|nouvelle|latest|new|daily|quotidien|quotidienne|last)\s+)?(?:point(?: de situation| presse)?|briefing|conférence de presse|press conference|update)\s+(?:d[eu]\s|des\s|de la\s|de l['’]|d['’]|of\s|from\s|by\s)/iu;

// (Case matters: "the weekly report of the Joint Border Monitoring Mission" is a report.)
const BEFORE_ME = /^(?:devant moi|sous mes yeux|autour de moi|in front of me|around me|from where I['’]m standing|below me)$/iu;
const OUR_REPORTER = /^(?:our|notre|nos)\s+(?:[\p{L}-]+\s+){0,2}(?:correspondents?|reporters?|journalists?|envoyée?s?\s+spéciale?s?|journalistes?|correspondante?s?)(?![\p{L}])/iu;
const PAPER_THEN_NAME = /^(?:[Tt]he|[Aa]n?|[Ll]e|[Ll]a|[Ll]['’])?\s*(?:\p{L}+\s+){0,2}(?:daily|weekly|tabloid|newspaper|broadsheet|news site|news website|news portal|quotidien|hebdomadaire|bihebdomadaire|mensuel|site d['’]information)\s+(?=\p{Lu})/u;
// (Or in a relative clause: "The sample, which the Post has seen", « L’échantillon, que nous avons
// pu consulter ».)
const SEEN_BY = /^(?:an?|the|une?|le|la|l['’]|les|des|this|that|ce|cette)\s*(?:[^,]{0,60}?\s(?:seen|obtained|reviewed|consulted|consulté|consultée|consultés|consultées|obtenu|obtenue|obtenus|obtenues)\s(?:by|par)\s|[^,]{0,60},\s(?:which|that|que|dont)\s.{1,40}\s(?:has|have|had|a|ont|avons)\s(?:pu\s)?(?:seen|obtained|reviewed|consulter|consultée?s?|obtenue?s?))/iu;

export function classifyLevel(input: LevelInput): AttributionLevel {
  // Invisible characters (zero-width spaces pasted from the web) must not split words here.
  // ("The National Medicines Safety Authority (NMSA)": an acronym in brackets after a name
  // repeats it; the name says what it is.)
  // ("GWEN HALLORAN:", "OKAFOR-LIND:": a transcript's speaker in capitals is a name, not an
  // acronym; read it in title case.)
  const visible = input.source?.replace(/[\u200B-\u200D\u2060\uFEFF]/g, "") ?? null;
  // (The pattern is tried only where a bracket is: run over every source, it costs more than the
  // rest of this line.)
  const plain = visible?.includes("(") ? visible.replace(/(\S)\s*\([\p{Lu}\p{N}&.-]{2,10}\)\s*$/u, "$1") : visible;
  // (Or such a speaker with what they are: "JOSIANE AURENGO-TALL, habitante de Ventabrac".)
  const [name, what] = plain?.includes(",") ? [plain.slice(0, plain.indexOf(",")), plain.slice(plain.indexOf(","))] : [plain, ""];
  const x = { ...input, source: name && CAPITALS_NAME.test(name.trim(), !!what) ? titleCase(name) + what.toLowerCase() : plain };
  if (!x.source) {
    // ("It was learnt that…", "It was gathered that…": the outlet's unnamed sources told it.)
    if (x.cueKind === "passive" && (x.cueLemma === "learn" || x.cueLemma === "gather")) return "anonymous_bare";
    if (x.cueKind === "passive") return "hedged_unsourced";
    return x.rumour || x.hearsayCue ? "hedged_unsourced" : "author_assertion";
  }
  const src = x.source;
  const head = sourceHead(src);
  const lower = src.toLowerCase();
  // Chains: "the Times, citing officials" is a secondary report whatever the inner source.
  // (And a reporter on the spot, « Devant moi, … »: sentence-frames.ts's scene before them.)
  if ((REPORTER_RE.test(lower) || STATION_CREW.test(src.trim()) || BEFORE_ME.test(src)) && (x.cueLemma ? WITNESS_CUES.has(x.cueLemma) : false)) return "witnessed";
  // ("MARCUS TEAGARDEN-OYE, REPORTER: The last precinct came in at 9:48": a transcript's reporter,
  // the outlet's own, speaks from the scene.)
  if (x.cueKind === "verb" && x.cueLemma === "say" && (TRANSCRIPT_REPORTER.test(src) || TRANSCRIPT_REPORTER_LABEL.test(src.trim()))) return "witnessed";
  // "Our business correspondent Priyanka Holloway-Mensah … Staff were handing out slips, she
  // says": the outlet's own reporter reporting from the scene, whatever the verb.
  if (x.cueKind === "verb" && OUR_REPORTER.test(src)) return "witnessed";
  // "The Lantern has learnt that…", « Nous avons appris que… »: what the outlet's own sources told
  // it, unnamed.
  if ((x.cueLemma === "learn" || x.cueLemma === "apprendre") && (/^(?:nous|we)$/iu.test(src.trim()) || (!!x.ownOutlet && x.ownOutlet(head.replace(/^the\s+/iu, ""))))) return "anonymous_bare";
  // « a constaté l'AFP », "La Vigie a constaté": a paper's own finding on the spot.
  // (A French title with its article, « La Vigie », is a paper's name when no institution's.)
  // ("the Sentinel saw hundreds of dead fish": seeing too, when a paper's name says it is one.)
  if (x.cueLemma && WITNESS_CUES.has(x.cueLemma) && (x.cueLemma !== "see" || NEWSPAPER_TITLE_WORDS.test(head)) && (OUTLET_RE.test(head) || (/^(?:Le|La|Les|L['’])\s?\p{Lu}/u.test(head) && !INSTITUTION_RE.test(head)))) return "witnessed";
  // (And "this correspondent found…", « cette journaliste a vu… »: the writer of the piece.)
  // (Not where they only obtained the source: "A letter…, a copy of which was obtained by our
  // correspondent", « un rapport obtenu par notre journaliste ».)
  if (/(?<!\b(?:by|par)\s)\b(?:notre|our|this|cette)\s+(?:envoyée?\s+spéciale?|correspondent|correspondante?|reporter|journaliste?)/iu.test(lower)) return "witnessed";
  // « selon notre décompte », "by our count": the outlet counted it itself.
  if (/^(?:notre|nos|our)\s+(?:propres?\s+|own\s+)?(?:décompte|comptage|pointage|relevés?|constatations?|count|tally)$/iu.test(head)) return "witnessed";
  if (x.ownOutlet && ownWork(src, head, x.cueLemma, x.ownOutlet)) return "witnessed";
  // « nous avons vu », "we saw", and a fact-check desk's "we found": the outlet's own witness.
  // (And a correspondent's "I watched…", « j'ai vu… » outside any quotation.)
  if (/^(?:nous|we|i|je|j['’])$/iu.test(src.trim()) && x.cueLemma && (WITNESS_CUES.has(x.cueLemma) || OWN_FINDING.has(x.cueLemma))) return "witnessed";
  // (« Nous avons également analysé 212 publicités », "We analysed…": the outlet's own work, which
  // it asserts.)
  if (/^(?:nous|we)$/iu.test(src.trim()) && x.cueLemma && OWN_WORK_CUES.has(x.cueLemma)) return "author_assertion";
  // « selon nos calculs », "by our calculation": the outlet works the figure out itself, and
  // asserts it (a count it made is what it saw, below).
  if (OWN_CALCULATION.test(src.trim()) || (/^(?:our|my)$/iu.test(src.trim()) && /\b(?:by|on) (?:our|my) (?:own )?(?:calculations?|estimates?|analysis)\b/iu.test(x.sentence))) return "author_assertion";
  // Whoever wrote it, a post on social media is relayed to the reader, not said to the outlet: the
  // level table puts "social media post" with other outlets, and every annotated set does so.
  if (x.viaSocial) return "secondary_report";
  // "In a statement carried by the regional news agency East Horn Press, the LLA described…",
  // « selon un communiqué relayé par l’agence Kessar Presse »: the body's words reached the outlet
  // through another, which relays them.
  // (A plain search for the agency's words first: the pattern opens on a lookbehind, slow to scan.)
  if (RELAY_GATE.test(x.sentence) && RELAYED_STATEMENT.test(x.sentence) && !ANONYMITY_RE.test(src)) return "secondary_report";
  // "A Facebook post shared 40,000 times", « la publication partagée sur Facebook », "viral posts":
  // a social media post relays what it says (docs/attribution-levels.md).
  if (SOCIAL_POST_RE.test(head.trim()) || (namesPlatform(src) && /(?<![\p{L}])(?:post|posts|publication|publications|message|messages|vid[eé]o|videos|tweet|tweets|page)(?![\p{L}])/iu.test(head))) return "secondary_report";
  // "The Hindi daily Dainik Suryavarta", « l’hebdomadaire Le Courrier du Lannévez »: what the
  // paper is, then its name.
  if (PAPER_THEN_NAME.test(head) && !(x.ownOutlet && x.ownOutlet(head.replace(PAPER_THEN_NAME, "").trim()))) return "secondary_report";
  // (People quoted by another outlet, "Two officials quoted by the Korea Herald", « le ministre,
  // cité par l’agence BNA »: that outlet heard them, this one did not, as in "Interfax quoted
  // Peskov as saying…".)
  // (« Le quotidien cite un salarié de Billetéa, sous couvert d’anonymat, selon lequel… »: whom
  // another source quotes, as the object of its verb of quoting, is relayed.)
  const at = x.sentence.indexOf(src.trim());
  if (at > 0 && CITING_VERB_BEFORE.test(x.sentence.slice(Math.max(0, at - 120), at))) return "secondary_report";
  const citedBy = citingOutlet(src, x);
  if (citedBy && !DOCUMENT_RE.test(citedBy.who)) return "secondary_report";
  // (Named alone after the article said what it is: « Selon De Avondpost » after « le quotidien
  // flamand De Avondpost ».)
  if (x.outletNames?.has(head.trim()) && !x.ownOutlet?.(head.trim())) return "secondary_report";
  // « selon nos confrères du Journal de l'Auzonne », "our colleagues at the Post": another outlet.
  if (/^(?:nos\s+(?:confrères|consœurs|confrères et consœurs)|our colleagues at)\b/iu.test(src.trim())) return "secondary_report";
  if (BARE_SOURCE_RE.test(head.trim()) || GENERIC_CLOSENESS_RE.test(src.trim())) return "anonymous_bare";
  // "The authors wrote…", « les auteurs de l'étude estiment… »: a paper speaks through its authors.
  if (/^(?:the|its|their|les|ses|leurs)\s+(?:(?:study|report|paper)['’]s\s+)?(?:authors|auteurs|autrices)$/iu.test(head.trim())) return "document";
  // "Department of Health figures published last month", "Flight records seen by the Ledger": a
  // body's name before a document's noun, which ends the phrase before its participle.
  if (documentAfterName(src)) return "document";
  // "The entry, dated July 11, 1939, shows that…": what shows a thing is a record, whatever its
  // noun, unless it is someone or a body.
  // (So is what lays a rule down or holds a line: "That plan, a 96-page document…, requires…".)
  if ((x.cueLemma === "show" || x.cueLemma === "montrer" || (!!x.cueLemma && DOCUMENT_ONLY.has(x.cueLemma))) && !looksLikePerson(src) && ![INSTITUTION_RE, OUTLET_RE, ANON_RE].some((set) => set.test(head)) && !/^(?:he|she|it|they|we|il|elle|ils|elles|nous|on)$/iu.test(src.trim())) return "document";
  // "In a 64-page decision, Justice X wrote that…", « Dans une lettre datée du 14 mars, le maire
  // écrit que… »: what a judge or an official wrote in a ruling or a letter is the document's.
  if ((x.cueLemma === "write" || x.cueLemma === "écrire") && WRITTEN_IN.test(x.sentence)) return "document";
  // "The monitoring mission said in a report in October that…", « a indiqué dans un rapport
  // publié mardi que… »: the report speaks (docs/attribution-levels.md: "the report found").
  // (Or with the report first: « Dans un avis publié en septembre, le comité jugeait… ».)
  // (A plain search for the nouns first: the two patterns open on lookarounds, slow to scan.)
  if (x.cueKind === "verb" && REPORT_NOUN.test(x.sentence) && (SAID_IN_REPORT.test(x.sentence) || IN_REPORT_FIRST.test(x.sentence.trimStart())) && !ANONYMITY_RE.test(src)) return "document";
  // The outlet does not vouch that the words were said: « Le ministre aurait demandé… ».
  if (x.hearsayCue) return "hedged_unsourced";
  // "Samir (le prénom a été changé à sa demande)", "Anna (not her real name)": a name the outlet
  // made up hides who speaks.
  if (PSEUDONYM_RE.test(src)) return "anonymous_described";
  if (x.resolvedPerson) return "named_on_record";
  // "Valdor assure que…" after « l'enseigne Valdor »: the body the article introduced speaks.
  if (x.bodyNames?.has(src.trim(), x.sourceAt)) return "official_statement";
  // "A former StrideLoop engineer, who asked not to be named", "A Northbank lineworker, who spoke on
  // condition of anonymity": an indefinite description is no name, however capitalised its words.
  // ("An officer who identified himself as Col. Daniel Muthee-Sikuku": the name is given.)
  if (/identified|introduced|présent/u.test(src) && SELF_NAMED.test(src)) return "named_on_record";
  if (/^(?:an?|one|un|une|two|three|four|several|deux|trois|quatre|plusieurs|\d+)\s/iu.test(src) && (ANONYMITY_RE.test(src) || ANONYMITY_RE.test(x.relativeAfter ?? "")) && !hasApposedName(src) && !hasTitledName(src)) return "anonymous_described";
  // "Gov. Alina Brekke's office said", « le cabinet du ministre »: the office speaks as a body.
  // ("Greyfold’s solicitors said in a statement": a company's lawyers speak for it; a person's
  // stay with the person, below.)
  const lawyersOf = /(?:lawyers|solicitors|attorneys|legal team)$/iu.test(head) ? /^(.+)['’]s\s+(?:lawyers|solicitors|attorneys|legal team)$/iu.exec(head.trim()) : null;
  if (lawyersOf && hasProperName(lawyersOf[1]!.split(/\s+/u)) && !lawyersOf[1]!.split(/\s+/u).some((w) => isFirstName(w) || HONORIFIC.test(w)) && !x.resolvedPerson && (STATEMENT_RE.test(x.sentence) || WRITTEN_REPLY_RE.test(x.sentence))) return "official_statement";
  if (/['’]s\s+(?:office|campaign|administration|government|ministry|press office|team)$/iu.test(head.trim()) || /^(?:le cabinet|les services|l['’]entourage)\s+(?:d[eu]\s|des\s|d['’])/iu.test(src.trim())) return "official_statement";
  // ("Ilunga's agent, Dario Fenske": a possessive name describes the role.)
  // ("Nhyira Build’s chief executive, Kofi Asamoah-Darko": the owner's name, all its words, too.)
  // ("A company spokeswoman, Leigh Abernathy-Cole", "the committee chair, Rhiannon Tully-Bassett",
  // "The journal’s editor, Dr. X": an English head noun for a person makes the body's word before
  // it a modifier; not a paper's name, "The Courier’s political editor", whose staff it relays.)
  const roleHead = englishHeadNoun(head.split(/\s+/));
  // (In French the role comes first: « Le PDG du CISSS, Benoît Arsenault-Giguère ».)
  const frenchRole = /^(?:le|la|l['’])\s*(\p{L}[\p{L}-]*)\s+(?:d[eu]|des|d['’])(?![\p{L}])/iu.exec(head.trim())?.[1];
  const described = roleHead && namesPersonRole(roleHead) && !/^\p{Lu}/u.test(head.replace(/^(?:the|an?)\s+/iu, "")) ? roleHead : frenchRole && namesPersonRole(frenchRole) ? frenchRole : head;
  if (hasApposedName(src) && !hasProperName(afterPossessive(head.split(/\s+/))) && ![INSTITUTION_RE, OUTLET_RE, DOCUMENT_RE].some((set) => set.test(described))) return "named_on_record";
  // « selon le dernier point du SDIS », "the latest update from the fire service": a briefing is
  // the body speaking.
  if (BRIEFING_OF.test(src.trim()) && !ANONYMITY_RE.test(src)) return "official_statement";
  const headWords = head.split(/\s+/);
  const firstContent = headWords.find((w) => !DETERMINER_RE.test(w) && !/^\d/.test(w)) ?? "";
  // English noun phrases end with their head ("a Quinnipiac University poll released in August",
  // "a senior administration official"); a trailing capitalised word is a name.
  // (« le bilan quotidien de l’agence »: a document's noun first, and the outlet's word after it,
  // « quotidien », an adjective.)
  const documentFirst = DOCUMENT_RE.test(firstContent) && !OUTLET_RE.test(firstContent);
  const englishHead = englishHeadNoun(headWords);
  // "The chief executive of Tarnmere Water…, telling MPs", "The head of the company that runs the
  // grid has told…": one office's holder, whom the article can name, not an unnamed official.
  if (SOLE_HOLDER.test(src.trim()) && !ANONYMITY_RE.test(src) && !ANONYMITY_RE.test(x.relativeAfter ?? "")) return "named_on_record";
  if (englishHead) {
    // "The local paper, the Kelso Valley Mail": a paper of a place or a day is a newspaper.
    if (NEWSPAPER_PAPER.test(head)) return "secondary_report";
    if (DOCUMENT_RE.test(englishHead)) return "document";
    if (OUTLET_RE.test(englishHead) && !/^(?:times|post|journal)$/iu.test(englishHead) && !documentFirst) return "secondary_report";
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
  if (documentFirst && !hasProperName(headWords)) return "document";
  // "An internal rostering plan seen by Craol News", « une note consultée par notre rédaction »: a
  // text the outlet saw or obtained, whatever its name.
  if (SEEN_BY.test(src) && !looksLikePerson(src) && !INSTITUTION_RE.test(head) && !ANON_RE.test(head)) return "document";
  // ("Westbeam Network acknowledged in a statement that…": a broadcaster or a paper issuing a
  // statement about itself speaks as a company; what it reports it relays.)
  if ((OUTLET_RE.test(head) || namesPressAgency(src)) && !looksLikePersonName(headWords)) return STATEMENT_RE.test(x.sentence) && hasProperName(headWords) && !/^(?:selon|d['’]après|according)/iu.test(x.cueLemma ?? "") ? "official_statement" : "secondary_report";
  // "un communiqué de Matignon", "a statement from the ministry": the institution speaking.
  if (/^(?:communiqué|statement|déclaration|press release|release)$/iu.test(englishHead ?? firstContent)) return "official_statement";
  // (A company's own advertising, « les affiches des supermarchés Grenelis », "the Grenelis
  // adverts": what the company says of itself.)
  if (/^(?:publicités?|affiches?|adverts?|advertisements?|ads|posters?|billboards?)$/iu.test(englishHead ?? firstContent) && hasProperName(src.trim().split(/\s+/))) return "official_statement";
  if (DOCUMENT_RE.test(firstContent) || (DOCUMENT_RE.test(head) && !hasProperName(headWords)) || opensWithDocument(src)) return "document";
  // "the Westmere Statistics Office", « l'Institut national de la statistique »: statistics are
  // a data set, whoever publishes them (docs/attribution-levels.md: « selon les chiffres de
  // l'Insee »).
  if (/statisti|census|recensement/iu.test(src)) return "document";
  // « l’Observatoire régional des loyers », "the Observatory on Housing Costs": a body that
  // publishes data speaks through its data (29 of 33 annotations in the development sets).
  if (/^(?:l['’]\s*|the\s+)?(?:observatoire(?![\p{L}])|observatory\s+(?:of|on|for)\s)/iu.test(src.trim())) return "document";
  // « le Guichet d'accès à la petite enfance », « la Caisse générale des pensions »: a lowercase
  // article before a capitalised word names a body (a person's « la ministre » is lowercase).
  // (Not « le Dr Nathalie Vanderhaegen »: a title before a name.)
  if (/^(?:le|la|les|l['’])\s*(?!(?:Dr|Pr|Me|Mgr|Docteur|Professeur|Maître)(?![\p{L}]))\p{Lu}\p{Ll}/u.test(src.trim()) && !x.resolvedPerson && !hasApposedName(src)) return "official_statement";
  // "The Sunday Clarion", "The Harbour Ledger": "The" and capitalised words name no person.
  // (Not a firm's name with an ampersand: "Quillon & Hart said…".)
  const person = looksLikePerson(src) && !/^The(?:\s+\p{Lu}[\p{L}’'-]*)+$/u.test(src.trim()) && !/\s&\s/u.test(src);
  // "Somnetic said in a statement": a single name that issues statements is a body (or two:
  // « Dans un communiqué commun, Zeplio et Kalyane assurent… »).
  // (So is a name of two or three words, none of them a first name: "In a statement, Castermill
  // Agrochem said…"; not "Mayor Joanne Petrakis", « Me Hélène Carabin ».)
  if ((STATEMENT_RE.test(x.sentence) || WRITTEN_REPLY_RE.test(x.sentence)) && !x.resolvedPerson && (/^\p{Lu}[\p{L}-]+$/u.test(src.trim()) || (/^\p{Lu}[\p{L}-]+\s(?:et|and|&)\s\p{Lu}[\p{L}-]+$/u.test(src.trim()) && !src.trim().split(/\s/u).some((w) => isFirstName(w))) || (/^\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){1,2}$/u.test(src.trim()) && !src.trim().split(/\s/u).some((w) => isFirstName(w))))) return "official_statement";
  // A source that relays another (« Le Petit Sarrancourtois, citant deux enquêteurs ») is a report
  // at second hand, unless it is a person: a name with its article (« Le Messager du soir ») is a
  // paper's.
  // ("the Dorsenian daily Sawt al-Wadi, citing…": a daily or weekly before its name.)
  // (« des responsables occidentaux cités mercredi par l’agence Hexa Presse », "officials quoted
  // by the Korea Herald": the outlet that quoted them relays them.)
  const relays = x.relays || RELAYS_INSIDE.test(src) || !!citedBy;
  if (relays && !hasTitledName(src) && (!person || /^(?:Le|La|Les|L['’])\s?\p{Lu}/u.test(src) || OUTLET_RE.test(head) || /\b(?:daily|weekly)\s+\p{Lu}/u.test(head))) return "secondary_report";
  // "Open Wells said it had suspended…": what takes up a name as "it" is a body, not a person.
  // (Unless the name is a person's by its apposition or first name: in "Jane Rivard, a nurse, said
  // it will cost twice that", "it" is the project.)
  if (x.itFollows && !x.resolvedPerson && hasProperName(headWords) && !hasTitledName(src) && !namesPerson(src)) return OUTLET_RE.test(head) ? "secondary_report" : "official_statement";
  if (person && hasProperName(headWords)) return "named_on_record";
  if (hasTitledName(src) && !ANONYMITY_RE.test(src)) return "named_on_record";
  // "L'organisateur, la société Argence Organisation, a fait savoir…": the apposition says it is
  // an institution.
  const apposed = appositionKind(src);
  if (apposed === "outlet") return "secondary_report";
  if (apposed === "institution" && !ANONYMITY_RE.test(src)) return "official_statement";
  // « un porte-parole du Service départemental… »: an unnamed spokesperson speaks for the body.
  if (/^(?:porte-parole|spokes(?:man|woman|person))$/iu.test(firstContent) && !hasProperName(headWords.slice(1)) && !ANONYMITY_RE.test(src)) return "official_statement";
  // "Le Petit Trégannais rapportait…": a name that is no person's, reporting, is a paper.
  if (!person && hasProperName(headWords) && x.cueLemma && REPORT_LEMMAS.has(x.cueLemma) && !INSTITUTION_RE.test(head)) return "secondary_report";
  if (ANONYMITY_RE.test(src) || (ANONYMITY_RE.test(x.sentence) && !hasProperName(headWords))) return "anonymous_described";
  if (/^(?:he|she|il|elle|i|je|we|nous)$/iu.test(src.trim())) return "named_on_record";
  if (INSTITUTION_RE.test(head) || COUNTRY_RE.test(head) || STATEMENT_RE.test(x.sentence) || opensWithInstitution(src)) {
    if (ANON_RE.test(firstContent) && /s$/u.test(firstContent)) return "anonymous_described";
    return "official_statement";
  }
  if (person) return "named_on_record";
  // « Les juges considèrent… », "The judges wrote…": the bench speaks for its court in its ruling.
  if (BENCH.test(src.trim())) return "official_statement";
  if (ANON_RE.test(head)) return "anonymous_described";
  if (/^(?:they|ils|elles|it|on)$/iu.test(src.trim())) return "anonymous_described";
  if (hasProperName(headWords)) return "official_statement";
  return "anonymous_described";
}

const SOLE_HOLDER = /^the\s+(?:chief executive|executive director|managing director|director(?:-general)?|head|chair(?:man|woman|person)?|president|mayor|governor|principal|headteacher|commissioner|chief constable|coroner|ombudsman|editor|chief)\s+(?:of|at)\s+(?:the\s+)?(?:\p{Lu}|(?:company|firm|group|agency|council|hospital|school|utility|operator|regulator|airline|bank|board|authority|charity|trust|university|club)(?![\p{L}]))/iu;
// (With an adverb, « Levier cite aussi… », or the person's description before the name: "quotes
// the chair of the tenants’ association, Desmond Okoro-Blythe, who says…".)
const CITING_VERB_BEFORE = /(?:^|\s)(?:cite|citent|citait|citaient|cites|quotes|quoted)\s+(?:(?:aussi|également|encore|notamment|also)\s+)?(?:[^,.;:!?«»“”"]{1,80},\s+)?$/iu;
const BENCH = /^(?:les|the|ces|these)\s+(?:(?:deux|trois|cinq|two|three|five|nine)\s+)?(?:juges|magistrats|magistrates|judges|justices)$/iu;

// (Or the label alone, in capitals: « JOURNALISTE : Il ne reste plus un seul pot… »; "the reporter
// said…" in prose is some reporter.)
const TRANSCRIPT_REPORTER = /^[^,]+,\s*(?:reporter|correspondent|field reporter|journaliste|reporter de terrain|envoyée? spéciale?|correspondante?)$/iu;
export const TRANSCRIPT_REPORTER_LABEL = /^(?:(?:FIELD )?REPORTER|BYLINE|CORRESPONDENT|JOURNALISTE|REPORTER DE TERRAIN|CORRESPONDANTE?|ENVOYÉE? SPÉCIALE?)$/u;

// Two or more words (or hyphenated parts) in capitals, each of three letters or more, none an
// institution's word: "GWEN HALLORAN", "OKAFOR-LIND" (not "NHS", "UN", "CITY COUNCIL").
// A first name the table knows opens it, or it is one hyphenated surname ("OKAFOR-LIND").
const CAPITALS_NAME = {
  // (Any first name, when what the person is follows: "JOSIANE AURENGO-TALL, habitante de…".)
  test(s: string, described = false): boolean {
    if (!/^\p{Lu}{2,}(?:['’]\p{Lu}+)?(?:[- ]\p{Lu}{3,}){1,3}$/u.test(s)) return false;
    if (!described && !isFirstName(s.split(/[\s-]/u)[0]!) && !/^\p{Lu}{4,}-\p{Lu}{4,}$/u.test(s)) return false;
    const name = titleCase(s);
    return !INSTITUTION_RE.test(name) && !OUTLET_RE.test(name);
  },
};

/** The words after a possessive's owner ("Nhyira Build’s chief executive" → "chief executive"). */
function afterPossessive(words: string[]): string[] {
  const k = words.findLastIndex((w) => /['’]s$/u.test(w));
  return k >= 0 ? words.slice(k + 1) : words;
}

export const __test = { OUTLET_RE, INSTITUTION_RE, DOCUMENT_RE };

/** A person's name by its apposition ("Jane Rivard, a nurse") or its first name ("Jane Rivard"). */
function namesPerson(src: string): boolean {
  if (appositionKind(src) === "person") return true;
  const name = src.split(",")[0]!.trim();
  const words = name.split(/\s+/u);
  return words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) && isFirstName(words[0]!) && !INSTITUTION_RE.test(name) && !OUTLET_RE.test(name);
}
