// Sentences that attribute words with no verb of saying: the scene a reporter found ("When a
// Courier reporter reached the crossing, the barrier was down") and a person's sentence that
// opens a quotation after a colon (« Hugo Perrichon est monté à la tribune : « … » »).
import { LIVE_STAMP } from "@/lib/articles/clean-text";
import { NEWSPAPER_TITLES } from "./gazetteer";
import { regionAt } from "./quotes";
import { FR_AUX, VERBS } from "./lexicon";
import { namesPlatform } from "./social-channel";
import type { Token } from "./tokens";
import { framedAttribution, mainSubject, stripLeading, type Ctx, type RawAttribution } from "./structure";

/** A name given in apposition right after a subject: « La directrice, Claire Ozanne, ne… ». */
// (Its party or age in brackets may follow it: « Le maire, Jean-Paul Girardot (divers droite), … ».)
export const APPOSED_AFTER_SUBJECT = /^,[\s\u00A0]*(?:(?:Me|Dr|M\.|Mme)\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3}(?:\s*\([^()]{1,40}\))?\s*,/u;

const OPENING_QUOTES = new Set(["«", "“", '"']);
const REPORTER_SCENE = new RegExp(String.raw`^(?:When|As|Lorsque|Lorsqu['’]|Quand)\s+((?:an?|the|our|this|notre|nos|un|une|l['’]|le|la|cette|ce)\s*(?:[\p{Lu}][\p{L}-]*\s+){0,3}(?:reporter|correspondent|journalist|photographer|envoyée? spéciale?|journaliste|correspondante?|reporters|journalistes)(?:\s+(?:de|du|d['’]|of)\s+[\p{Lu}][^,\s]*(?:\s+[\p{Lu}][^,\s]*){0,3})?|(?<=^(?:When|Lorsque|Quand)\s+)(?:we|nous)(?=\s+(?!(?:first\s+)?(?:reported|wrote|revealed|asked|contacted|called|reached|emailed|wrote|avons (?:révélé|écrit|contacté|joint|interrogé|sollicité)|l['’]avons|les avons|lui avons)\b))|(?<=^(?:When|As)\s+)(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:${NEWSPAPER_TITLES}|Times|Post|Journal|Observer|Record|Standard)(?=\s+(?:visited|arrived|reached|went|toured|called at|stopped|drove|walked|checked|tested|counted)\b))\s+[^,]{3,140},\s*`, "u");

/** "When a Courier reporter reached the crossing on Tuesday, the barrier was down", « Quand notre
 *  journaliste est arrivé, les grilles étaient fermées », "When we visited Mill Row, six houses
 *  still…" (not "When we contacted the council"), "When the Herald visited the ground, the gates
 *  were padlocked": the main clause is the reporter's witness; the cue is what the reporter did,
 *  up to the comma. */
export function reporterScene(ctx: Ctx, ownOutlet: (name: string) => boolean = () => false): RawAttribution | null {
  const { tokens, text, sentStart, sentEnd } = ctx;
  const sentence = text.slice(sentStart, sentEnd);
  // ("When the Blaze visited the ground…" on the Blaze's own page: the outlet by the name its
  // furniture gives.)
  // (« Lors de l’assemblée générale, à laquelle Rebond a assisté, … »: the outlet at the event.)
  // (The patterns only where their words are: most sentences hold neither.)
  const outlet = REPORTER_SCENE.exec(sentence) ? null : ((SCENE_WORD.test(sentence) ? OUTLET_SCENE.exec(sentence) : null) ?? (/assisté|attended/u.test(sentence) ? OUTLET_ATTENDED.exec(sentence) : null));
  const scene = outlet && ownOutlet(outlet[1]!.replace(/^(?:the|le|la|l['’])\s*/iu, "")) ? outlet : REPORTER_SCENE.exec(sentence);
  if (!scene) return null;
  const who = sentStart + scene.index + scene[0].indexOf(scene[1]!);
  const whoEnd = who + scene[1]!.length;
  const contentStart = sentStart + scene[0].length;
  const k = tokens.findIndex((t) => t.s > whoEnd);
  const comma = tokens.findIndex((t, j) => j > k && t.l === ",");
  if (k < 0 || comma <= k || contentStart >= sentEnd) return null;
  // ("When we ran an AirCrisp for 40 minutes in our test lab, the handle reached 78C": what the
  // outlet did, other than going there, is part of the finding.)
  const went = ARRIVAL.test(text.slice(whoEnd, whoEnd + 30));
  return framedAttribution(tokens, k, comma, "see", "evidence", [who, whoEnd], [went ? contentStart : sentStart + scene.index, sentEnd], "after");
}
const SCENE_WORD = /(?:^|\s)(?:[Ww]hen|[Aa]s|[Ll]orsqu|[Qq]uand)/;
// (After a time: "On Thursday evening, when the Beacon attended a support meeting…, …".)
const OUTLET_SCENE = /^(?:\p{Lu}[^,]{0,30},\s*(?=(?:when|as|lorsque|lorsqu['’]|quand)\s))?(?:[Ww]hen|[Aa]s|[Ll]orsque|[Ll]orsqu['’]|[Qq]uand)\s+((?:the\s+|le\s+|la\s+|l['’])?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})(?=\s+(?:visited|arrived|reached|went|toured|called at|stopped|drove|walked|attended|checked|est arrivée?|s['’]est rendue?|est passée?|a visité|a assisté)(?![\p{L}]))\s+[^,]{3,140},\s*/u;
const OUTLET_ATTENDED = /^(?:Lors|During|At)\b[^,]{3,140},\s*(?:à laquelle|auquel|auxquels|auxquelles|où|which)\s+((?:the\s+|le\s+|la\s+|l['’])?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})(?=\s+(?:a assisté|avait assisté|attended)\s*,)[^,]+,\s*/u;
// (A look at a site or a page, "When Weighbridge checked Swapseat at 9am", is a visit too.)
const ARRIVAL = /^\s+(?:visited|checked|arrived|reached|went|toured|came|got|walked|drove|stopped|called at|passed|returned|attended|a assisté|avait assisté|est arrivée?|sont arrivée?s|sommes arrivée?s|s['’]est rendue?|se sont rendue?s|nous sommes rendue?s|est passée?|sommes passée?s|sommes allée?s|est allée?)(?![\p{L}])/u;

const SPEECH_NOUNS = new Set(["réponse", "réaction", "question", "commentaire", "réplique", "response", "reaction", "reply", "answer", "question", "comment"]);
const OF_WHOM = new Set(["de", "d'", "from", "of", "by"]);

/** « Hugo Perrichon est monté à la tribune : « Ce budget supprime… » », "The mayor was blunt:
 *  “…”": a sentence whose subject is a person (as `isSpeaker` judges it) and which opens a
 *  quotation after a colon introduces that person's words. The subject may follow a live page's
 *  time stamp (« 20h48 – Ilse Varnak s'est exprimée… ») or an opening phrase ("In a televised
 *  address, he was defiant: …"). */
export function colonQuote(ctx: Ctx, isSpeaker: (subject: string) => boolean): RawAttribution | null {
  const { tokens, text, sentStart, sentEnd, lang } = ctx;
  const colon = tokens.findIndex((t, k) => t.l === ":" && k > 1 && OPENING_QUOTES.has(tokens[k + 1]?.l ?? ""));
  if (colon < 0) return null;
  const stamp = LIVE_STAMP.exec(text.slice(sentStart, sentEnd))?.[0].length ?? 0;
  const skip = tokens.findIndex((t) => t.s >= sentStart + stamp);
  const found = colon > skip ? mainSubject(tokens.slice(skip), colon - skip, lang) : null;
  if (!found) return null;
  let [a, b] = [found[0] + skip, found[1] + skip];
  if (!(a <= skip + 1 || tokens[a - 1]?.l === ",")) return null;
  // (« Réponse immédiate de la maire, Hélène Garandeau : « … » », "Reaction from the club's
  // owner: “…”": the words are those of whom the noun of speech names, up to the colon.)
  const of = SPEECH_NOUNS.has(tokens[a]!.l) ? tokens.findIndex((t, k) => k > a && k < a + 4 && OF_WHOM.has(t.l)) : -1;
  if (of > 0 && of + 1 < colon) [a, b] = [of + 1, colon];
  let end = tokens[b - 1]!.e;
  const apposed = APPOSED_AFTER_SUBJECT.exec(text.slice(end, end + 80));
  if (apposed) end += apposed[0].length - 1;
  if (!isSpeaker(text.slice(tokens[a]!.s, end))) return null;
  return framedAttribution(tokens, colon, colon + 1, "say", "speech", [tokens[a]!.s, end], [tokens[colon + 1]!.s, sentEnd], "after");
}

// The outlet's own reporters in the first person, outside any quotation: "The records we saw
// included…", "In three cases we were able to match…", "I've watched waves come over it",
// « Onze scènes sont dégagées, nous les avons comptées », « Lors du vote, auquel nous avons
// assisté, … ». (Not "we asked", "we contacted": a question put is no witness.)
const FIRST_PERSON_WITNESS = {
  // (Or after going there: "I walked the last ten kilometres of the course on Monday and saw…".)
  en: /(?<![\p{L}'’])(we|I)(?:\s+(?:have|had)|['’]ve|['’]d)?\s+(?:also\s+|then\s+|later\s+|ourselves\s+|myself\s+)?(?:(?:walked|drove|went|cycled|rode|stood|spent|stayed|sat)\s[^.;:!?«»“”]{0,100}?\sand\s+)?(saw|seen|watched|observed|witnessed|counted|found|checked|verified|reviewed|examined|obtained|visited|tested|measured|analy[sz]ed|attended|scrolled|browsed|(?:were|was) able to \p{L}+|could see|can (?:see|hear|count))(?![\p{L}])/u,
  fr: /(?<![\p{L}])(nous|je|j['’])\s*(?:les\s+|l['’]|la\s+|le\s+|y\s+|en\s+|lui\s+|leur\s+)?(?:avons|ai)\s+(?:(?:nous-mêmes|moi-même|aussi|également)\s+)?(constatée?s?|vue?s?|comptée?s?|vérifiée?s?|consultée?s?|assisté|observée?s?|relevée?s?|mesurée?s?|retrouvée?s?|obtenue?s?|visitée?s?|testée?s?|analysée?s?|examinée?s?|(?:ré)?écoutée?s?|visionnée?s?|regardée?s?|pu (?:constater|vérifier|consulter|voir|compter|observer|établir|mesurer|écouter|réécouter))(?![\p{L}])/iu,
};
const FOUND = /^(?:found|checked|verified|reviewed|examined|obtained|tested|measured|analy|were|was|vérifi|consult|retrouv|obten|test|analys|examin|pu)/u;

/** A sentence in which the outlet's reporter, in the first person, saw, counted or checked what it
 *  states: the whole sentence is the outlet's witness, the pronoun its source. */
export function firstPersonWitness(ctx: Ctx): RawAttribution | null {
  const { tokens, text, sentStart, sentEnd, lang, regions } = ctx;
  const m = FIRST_PERSON_WITNESS[lang].exec(text.slice(sentStart, sentEnd));
  if (!m) return ourVisit(ctx);
  const who = sentStart + m.index;
  if (regionAt(regions, who)) return null;
  const verbAt = sentStart + m.index + m[0].length - m[2]!.length;
  const i0 = tokens.findIndex((t) => t.s >= verbAt);
  const i1 = tokens.findIndex((t) => t.e >= sentStart + m.index + m[0].length);
  if (i0 < 0 || i1 < i0) return null;
  return framedAttribution(tokens, i0, i1 + 1, FOUND.test(m[2]!) ? "find" : "see", "evidence", [who, who + m[1]!.length], [sentStart, sentEnd], "after");
}

// The outlet's visit named as the time of what the sentence states: « le puits était à sec lors de
// notre passage », « À notre arrivée, … », "during our visit", "on our visit to the ward".
const OUR_VISIT = {
  fr: /(?<![\p{L}])(?:lors de|pendant|durant|au moment de)\s+(notre\s+(?:passage|visite|venue|reportage))|(?<![\p{L}])à\s+(notre\s+arrivée)/iu,
  en: /(?<![\p{L}])(?:during|on|at the time of)\s+(our\s+(?:visit|visits|arrival|tour))/iu,
};
// Or the reporter on the spot, opening on where they stand: « Devant moi, une trentaine de
// conducteurs bloquent l’entrée du dépôt », "In front of me, about forty people are queuing".
// (After their label on a transcript's line the sentence starts past the label, at a space.)
const BEFORE_ME = {
  fr: /^\s*(?:Ici,\s+)?(devant moi|sous mes yeux|autour de moi)(?=\s*,)/iu,
  en: /^\s*(?:Here,\s+)?(in front of me|around me|from where I['’]m standing|below me)(?=\s*,)/iu,
};
// (Only a sentence that holds the words is tried: « moi », "me".)
const BEFORE_ME_WORD = { fr: "moi", en: "me" };

/** A sentence stating what was there at the outlet's visit: its whole text is the outlet's witness,
 *  the visit the cue and « notre passage » its source. */
function ourVisit(ctx: Ctx): RawAttribution | null {
  const { tokens, text, sentStart, sentEnd, lang, regions } = ctx;
  const sentence = text.slice(sentStart, sentEnd);
  const m = OUR_VISIT[lang].exec(sentence) ?? (sentence.includes(BEFORE_ME_WORD[lang]) ? BEFORE_ME[lang].exec(sentence) : null);
  if (!m) return null;
  const phrase = m[1] ?? m[2]!;
  const at = sentStart + m.index + m[0].lastIndexOf(phrase);
  if (regionAt(regions, at)) return null;
  const i0 = tokens.findIndex((t) => t.s >= at);
  const i1 = tokens.findIndex((t) => t.e >= at + phrase.length);
  if (i0 < 0 || i1 < i0) return null;
  return framedAttribution(tokens, i0, i1 + 1, "see", "evidence", [at, at + phrase.length], [sentStart, sentEnd], "after");
}

// Publishing verbs, as a participle after its auxiliary or in the present or past.
const PUBLISHED = {
  en: new Set(["posted", "shared", "published", "uploaded", "posts", "shares", "publishes"]),
  fr: new Set(["publié", "partagé", "diffusé", "posté", "publie", "partage", "diffuse", "poste", "mis", "mise"]),
};
const POSTED_THINGS = /^(?:photos?|pictures?|images?|vid[eé]os?|clips?|maps?|cartes?|messages?|posts?|publications?|letters?|lettres?|courriers?|screenshots?|captures?|documents?|lists?|listes?|statements?|communiqués?|textes?|texts?|tableaux?|tables?|charts?|graphiques?|figures|chiffres|recordings?|enregistrements?|footage|extraits?|excerpts?)$/u;
const PUBLISH_AUX = new Set(["a", "ont", "avait", "avaient", "has", "have", "had"]);

/** « Sur Facebook, le groupe Bréviaz Solidaire a publié mardi des photos datées de 2022 où… »,
 *  "The council posted a map on Facebook showing the fire 4 km away": what a person or a body put
 *  on a social network is relayed by that post (decision 050), the poster its source and the
 *  object, to the sentence's end, what it shows. The platform is named before the verb or within
 *  a few words after it. */
export function postedOnPlatform(ctx: Ctx): RawAttribution | null {
  const { tokens, text, sentStart, sentEnd, lang } = ctx;
  const v = tokens.findIndex((t, k) => k > 0 && PUBLISHED[lang].has(t.l) && (lang === "en" || t.l.length > 4 || PUBLISH_AUX.has(tokens[k - 1]!.l)));
  if (v < 0) return null;
  // (« a mis en ligne sur Facebook »: the particle goes with the verb.)
  let after = v + 1;
  if (tokens[v]!.l.startsWith("mis")) {
    if (tokens[after]?.l !== "en" || tokens[after + 1]?.l !== "ligne") return null;
    after += 2;
  }
  const near = text.slice(sentStart, tokens[Math.min(tokens.length - 1, after + 6)]!.e);
  if (!namesPlatform(near) && !/(?:on|sur)\s+(?:(?:son|sa|its|his|her|their)\s+)?(?:compte\s+)?X(?![\p{L}])/u.test(near)) return null;
  const i0 = PUBLISH_AUX.has(tokens[v - 1]!.l) ? v - 1 : v;
  const poster = posterBefore(tokens, i0);
  if (!poster) return null;
  const [start, end] = [tokens[poster[0]]!.s, tokens[poster[1] - 1]!.e];
  if (namesPlatform(text.slice(start, end))) return null;
  // The object starts after the verb, past the platform phrase if it comes first (« a publié sur
  // sa page Facebook une carte… »).
  let from = after;
  if (/^(?:on|sur)$/u.test(tokens[from]?.l ?? "")) {
    let k = from + 1;
    while (k < tokens.length && k < from + 5 && !namesPlatform(tokens[k]!.w) && tokens[k]!.w !== "X") k++;
    if (k < from + 5 && k < tokens.length) from = k + 1 + (/^(?:page|account|feed|group)$/u.test(tokens[k + 1]?.l ?? "") ? 1 : 0);
  }
  if (from >= tokens.length - 1) return null;
  // (What can be put online: "shared his concerns with residents on Facebook Live" tells what he
  // did.)
  if (!tokens.slice(from, from + 6).some((t) => POSTED_THINGS.test(t.l))) return null;
  return framedAttribution(tokens, i0, v + 1, "post", "speech", [start, end], [tokens[from]!.s, sentEnd], "after");
}

/** The subject right before the verb at i0: a noun phrase after at most a short opening phrase
 *  (« Dimanche, », "On Facebook,"), with a name in apposition after it (« le maire de
 *  Castelrouge, Didier Fabrègue-Moll, a publié… »). */
function posterBefore(tokens: Token[], i0: number): [number, number] | null {
  let e = i0;
  let k = i0 - 1;
  if (tokens[k]?.l === ",") {
    let c = k - 1;
    while (c >= 0 && !tokens[c]!.p && /^\p{Lu}/u.test(tokens[c]!.w)) c--;
    if (c < 0 || tokens[c]!.l !== "," || c === k - 1) return null;
    e = k;
    k = c - 1;
  }
  // The role or the name: back to the opening phrase's comma, or to the sentence's start.
  let s = k;
  while (s > 0 && tokens[s - 1]!.l !== ",") s--;
  if (s > 5 || s > k) return null;
  return /^\p{Lu}/u.test(tokens[s]!.w) || POSTER_DETERMINERS.has(tokens[s]!.l) ? [s, e] : null;
}
const POSTER_DETERMINERS = new Set(["le", "la", "les", "l'", "the", "un", "une", "a", "an", "son", "sa", "ses", "leur", "its", "his", "her", "their"]);

// « Une accusation que rejette Olivier Lambotte, l’éleveur : « … » », « Un chiffre que conteste la
// direction : « … » »: a noun, a relative « que » with its verb and inverted subject, then the
// subject's words after a colon.
const RELATIVE_THEN_COLON = /^(?:Une?|Des|Ce|Cette|Cet|Là|C['’]est une?)\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?\s+qu(?:e\s+|['’]\s*)([\p{L}’'-]+)\s+([^:«»“”]{2,120}?)\s*:\s*(?=[«“"])/u;

// (Rejecting, which reports nothing elsewhere — « le tribunal a rejeté le recours » — answers a
// charge here.)
const REJECTING = new Map([["rejette", "rejeter"], ["rejettent", "rejeter"], ["réfute", "réfuter"], ["nie", "nier"], ["nient", "nier"]]);

export function relativeThenColon(ctx: Ctx): RawAttribution | null {
  const { tokens, text, sentStart, sentEnd, lang } = ctx;
  if (lang !== "fr") return null;
  const m = RELATIVE_THEN_COLON.exec(text.slice(sentStart, sentEnd));
  const verb = m?.[1]!.toLowerCase() ?? "";
  const lemma = REJECTING.get(verb) ?? VERBS.get(verb)?.find((v) => v.lang === "fr")?.lemma;
  if (!m || !lemma) return null;
  const verbOffset = m[0].indexOf(m[1]!, m[0].indexOf(" qu"));
  const verbAt = sentStart + verbOffset;
  const who = verbAt + m[0].slice(verbOffset).indexOf(m[2]!);
  const i0 = tokens.findIndex((t) => t.s === verbAt);
  const colon = tokens.findIndex((t) => t.s >= who + m[2]!.length && t.l === ":");
  if (i0 < 0 || colon < 0 || !tokens[colon + 1]) return null;
  return framedAttribution(tokens, i0, i0 + 1, lemma, "speech", [who, who + m[2]!.length], [tokens[colon + 1]!.s, sentEnd], "after");
}

// "The Association of Small Animal Veterinarians had a simpler message: most pets…", « Le syndicat
// a un message simple : … »: a subject with a piece of communication, then its words after a
// colon.
const MESSAGE_THEN_COLON = {
  // ("A report by the state Occupational Safety Board reached a blunt conclusion: …".)
  en: /(?<![\p{L}])((?:had|has|have|gave|gives|offered|offers|delivered|issued|sent|made|makes|reached|reaches|drew|draws)\s+(?:a|an|the|one|two|three|its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:message|warning|timeline|answer|explanation|account|verdict|assessment|prediction|reminder|response|reply|diagnosis|summary|conclusions?|points?|reasons?))\s*:\s+/u,
  // (« l’ITRM apporte deux précisions : … »: a present tense too, and a count.)
  fr: /(?<![\p{L}])((?:(?:a|avait|ont|avaient)(?:\s+(?:livré|donné|lancé|adressé|apporté))?|apporte|apportent|donne|donnent|livre|livrent|adresse|adressent)\s+(?:un|une|son|sa|ses|leur|leurs|deux|trois|quelques|plusieurs)\s+(?:[\p{Ll}-]+\s+){0,2}(?:message|avertissement|explications?|réponses?|version|verdict|constat|rappel|diagnostic|précisions?|arguments?)(?:\s+[\p{Ll}-]+){0,2})[\s\u00A0]*:[\s\u00A0]+/u,
};

const NOUN_DETERMINERS = new Set(["a", "an", "the", "its", "their", "this", "un", "une", "le", "la", "l'", "son", "sa", "leur", "ce", "cette"]);

export function messageThenColon(ctx: Ctx): RawAttribution | null {
  const { tokens, text, sentStart, sentEnd, lang } = ctx;
  const m = MESSAGE_THEN_COLON[lang].exec(text.slice(sentStart, sentEnd));
  if (!m) return null;
  const i0 = tokens.findIndex((t) => t.s === sentStart + m.index);
  const colon = tokens.findIndex((t, k) => k > i0 && t.l === ":");
  // (A verb the lexicon does not know, « apporte », ends no subject: then the words after the
  // opening phrase, up to it.)
  // (Those words hold no punctuation: « Selon lui, le syndicat a beau dire, l’ITRM apporte… » is
  // no subject.)
  const found = i0 > 0 ? mainSubject(tokens, i0 + 1, lang) : null;
  const subject = found ?? (i0 > 0 ? ([stripLeading(tokens, 0, i0), i0] as [number, number]) : null);
  // (The subject's noun phrase may run on past a name: "The Association of Small Animal
  // Veterinarians".)
  const extra = subject ? tokens.slice(found ? subject[1] : subject[0], i0) : [];
  // (A verb's form after a determiner is a noun: "A report by the board had a blunt message: …".)
  const verbIn = (t: Token, k: number) => VERBS.has(t.l) && !NOUN_DETERMINERS.has(extra[k - 1]?.l ?? "");
  if (!subject || subject[0] >= subject[1] || subject[1] > i0 || extra.some((t, k) => (t.p && t.l !== "'") || verbIn(t, k)) || colon < 0 || colon + 2 >= tokens.length) return null;
  return framedAttribution(tokens, i0, colon, lang === "fr" ? "dire" : "say", "speech", [tokens[subject[0]]!.s, tokens[i0 - 1]!.e], [tokens[colon + 1]!.s, sentEnd], "after");
}

/** « …, a affirmé le colonel X, pour qui le village était alors « sous le contrôle de groupes
 *  terroristes » », « ce que dément la mairie, pour qui l’urne a été ouverte… »: a relative
 *  « pour qui » after a source gives that source's view, the rest of the sentence. */
export function forWhom(ctx: Ctx, atts: readonly RawAttribution[]): RawAttribution | null {
  const { tokens } = ctx;
  const k = tokens.findIndex((t, i) => t.l === "pour" && tokens[i - 1]?.l === "," && tokens[i + 1]?.l === "qui");
  if (k < 1) return null;
  const comma = tokens[k - 1]!;
  // (The source's apposition may stand between: « rappelle Sarah Vandenbroucke-Lemaire, juriste
  // de l’UFP, pour qui… ».)
  const host = atts.find((a) => a.source && a.source[1] <= comma.s && (comma.s - a.source[1] <= 2 || APPOSITION_TO_COMMA.test(ctx.text.slice(a.source[1], comma.s))));
  // (Or whom a paper quotes: « Le quotidien cite la présidente du conseil régional, Armelle
  // Quintard-Bayo, pour qui… ».)
  const from = host?.source?.[0] ?? citedFrom(tokens, k - 1);
  let end = tokens.length;
  while (end > k + 2 && tokens[end - 1]!.p && !/^[»”"]$/u.test(tokens[end - 1]!.l)) end--;
  if (from === null || end - (k + 2) < 3) return null;
  // (Read as the source's saying, whatever its words are.)
  return framedAttribution(tokens, k, k + 2, "dire", "speech", [from, comma.s], [tokens[k + 2]!.s, tokens[end - 1]!.e], "after");
}
const APPOSITION_TO_COMMA = /^,[ \u00A0]*\p{Ll}[^,;«»“”]{1,80}$/u;
// « cite », « citent », with an adverb after it: « Levier cite aussi un ancien cadre… ».
const CITES = new Set(["cite", "citent", "citait", "citaient"]);
const CITES_ADVERB = new Set(["aussi", "également", "encore", "notamment"]);
/** Where the person a verb of quoting names starts, when the comma at `comma` ends them (« cite un
 *  délégué du personnel, Karim Bellouard-Sené, selon qui… »: from « un »), or null. No other
 *  verb and at most one comma (an apposition) stand between. */
function citedFrom(tokens: Token[], comma: number): number | null {
  let commas = 0;
  for (let v = comma - 1; v > 0 && v > comma - 20; v--) {
    const t = tokens[v]!;
    if (CITES.has(t.l)) {
      const first = CITES_ADVERB.has(tokens[v + 1]?.l ?? "") ? v + 2 : v + 1;
      return first < comma ? tokens[first]!.s : null;
    }
    if (t.l === "," && ++commas > 1) return null;
    if ((t.p && t.l !== ",") || VERBS.has(t.l) || FR_AUX.has(t.l)) return null;
  }
  return null;
}

/** « …révélée par le site d’information La Lettre du Comptoir, selon lequel un laboratoire avait
 *  détecté l’impureté », « une étude de l’Insee, selon laquelle… »: a relative « selon lequel »
 *  gives the noun phrase before its comma as the source of what follows. The phrase runs back to
 *  a verb, a punctuation mark or a preposition other than « de ». */
export function accordingToWhich(ctx: Ctx): RawAttribution | null {
  const { tokens } = ctx;
  const k = tokens.findIndex((t, i) => (t.l === "selon" || t.l === "d'après") && tokens[i - 1]?.l === "," && (WHICH.has(tokens[i + 1]?.l ?? "") || (tokens[i + 1]?.l === "qui" && citedFrom(tokens, i - 1) !== null)));
  if (k < 2) return null;
  let end = tokens.length;
  while (end > k + 2 && /^[.!?…;:,]$/u.test(tokens[end - 1]!.l)) end--;
  // (« selon qui » after whom a paper quotes: « Il cite un délégué du personnel, Karim
  // Bellouard-Sené, selon qui le centre… ».)
  const cited = citedFrom(tokens, k - 1);
  if (cited !== null && end - (k + 2) >= 3) return { ...framedAttribution(tokens, k, k + 2, "selon", "speech", [cited, tokens[k - 2]!.e], [tokens[k + 2]!.s, tokens[end - 1]!.e], "after"), sourceInClause: true };
  let a = k - 1;
  // (« …cite un salarié de Billetéa, sous couvert d’anonymat, selon lequel… »: an aside on the
  // anonymity between the noun phrase and its relative is stepped over.)
  const aside = tokens.slice(0, k - 1).findLastIndex((t) => t.l === ",");
  if (aside > 1 && ANONYMITY_ASIDE.test(tokens.slice(aside + 1, k - 1).map((t) => t.w).join(" "))) a = aside - 1;
  // (« le magazine Traces & Archives »: an ampersand inside a name.)
  while (a > 0 && a > k - 16 && (!tokens[a - 1]!.p || tokens[a - 1]!.l === "&") && !NP_STOP.has(tokens[a - 1]!.l) && !VERBS.has(tokens[a - 1]!.l) && !FR_AUX.has(tokens[a - 1]!.l)) a--;
  if (a >= k - 1 || end - (k + 2) < 3) return null;
  return { ...framedAttribution(tokens, k, k + 2, "selon", "speech", [tokens[a]!.s, tokens[k - 2]!.e], [tokens[k + 2]!.s, tokens[end - 1]!.e], "after"), sourceInClause: true };
}
const WHICH = new Set(["lequel", "laquelle", "lesquels", "lesquelles"]);
const ANONYMITY_ASIDE = /^(?:sous couvert d[’'] ?anonymat|qui (?:a|ont) (?:requis|demandé) l[’'] ?anonymat|anonymement)$/iu;
const NP_STOP = new Set(["par", "à", "au", "aux", "dans", "sur", "avec", "pour", "chez", "que", "qui", "et", "ou"]);

// A press review's paper, what it does, then its words after a colon: « Le Courrier de Castelbrune
// ouvre sur le bilan présenté mardi par la mairie : 351 accidents… », « L’Écho castelbrunois choisit
// un autre angle : le nombre de morts… », "The Herald has done the sums: …". The paper's name runs
// on through capitalised words and « de X », and a place's adjective after its title word.
/** A paper's name as a press review gives it: « Le Courrier de Castelbrune », « La Sentinelle de
 *  l’Ossègne », "The Herald". */
export const PAPER_NAME = String.raw`(?:(?:Le|La|Les|The)\s+|L['’])?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:de|du|des|of)\s+(?:la\s+|l['’]|the\s+)?|d['’])?\p{Lu}[\p{L}'’-]*){0,4}`;
const PAPER_THEN_COLON = new RegExp(String.raw`^(${PAPER_NAME}(?:\s+\p{Ll}+(?:ois|oise|ien|ienne|ais|aise|ain|aine))?)\s+([^:«»“”.!?;,]{3,100}?)[\s\u00A0]*:[\s\u00A0]+\S`, "u");
// (Unless what it carries is a poll or a study: « La Gazette publie un sondage de l’institut
// Demeval : 61 % … » gives the poll's figure.)
const CARRIED_STUDY = /(?:^|\s)(?:un|une|le|la|l['’]|son|sa|a|an|the|its)\s*(?:(?:nouvel(?:le)?|new|latest|dernier|dernière)\s+)?(?:sondage|étude|poll|survey|study)(?![\p{L}])/u;

export function paperThenColon(ctx: Ctx, isPaper: (name: string) => boolean): RawAttribution | null {
  const { tokens, text, sentStart, sentEnd, lang } = ctx;
  const m = PAPER_THEN_COLON.exec(text.slice(sentStart, sentEnd));
  if (!m || !isPaper(m[1]!)) return null;
  const nameEnd = sentStart + m[1]!.length;
  const i0 = tokens.findIndex((t) => t.s > nameEnd);
  const colon = tokens.findIndex((t, k) => k > i0 && t.l === ":");
  if (i0 < 1 || colon < 0 || !tokens[colon + 1]) return null;
  const study = CARRIED_STUDY.exec(m[2]!);
  if (study) {
    const at = nameEnd + 1 + m[2]!.indexOf(study[0]) + (study[0].length - study[0].trimStart().length);
    return framedAttribution(tokens, i0, colon, lang === "fr" ? "montrer" : "show", "evidence", [at, tokens[colon - 1]!.e], [tokens[colon + 1]!.s, sentEnd], "after");
  }
  return framedAttribution(tokens, i0, colon, lang === "fr" ? "rapporter" : "report", "speech", [sentStart, nameEnd], [tokens[colon + 1]!.s, sentEnd], "after");
}

// "Under the company’s own privacy policy, chat logs are deleted after 30 days", "Under a serious
// shortage protocol issued by the health board, pharmacists may…": what a particular text lays
// down. (Not "Under the city code", "Under UK rules", "Under the 2023 Data Protection Act": the
// law, which the annotated sets leave to the outlet.)
const UNDER_TEXT = /^(?:Under|Aux termes d[eu]|Aux termes de la|En vertu d[eu]|En vertu de la)\s+((?:the|a|an|its|their|le|la|l['’]|les|son|sa|ses|leur)\s[^,;:«»“”]{0,80}?(?:guidance|policy|protocol|filing|contract|agreement|terms|memo|plan|convention|contrat|accord|protocole|cahier des charges|charte|règlement intérieur)(?![\p{L}])[^,;:«»“”]{0,80}),\s*/u;

export function underText(ctx: Ctx): RawAttribution | null {
  const { tokens, text, sentStart, sentEnd, lang } = ctx;
  const m = UNDER_TEXT.exec(text.slice(sentStart, sentEnd));
  if (!m) return null;
  const at = sentStart + m[0].indexOf(m[1]!);
  const after = tokens.findIndex((t) => t.s >= sentStart + m[0].length);
  if (after < 1 || after + 2 >= tokens.length) return null;
  return framedAttribution(tokens, 0, 1, lang === "fr" ? "prévoir" : "provide", "evidence", [at, at + m[1]!.length], [tokens[after]!.s, sentEnd], "after");
}
