// Boilerplate detection: text on the page that is not the article (donation and comment widgets,
// share buttons, newsletter prompts, cookie banners, "Read more" lines, related-article headlines
// glued into a paragraph by a careless copy-paste). It never becomes a claim. The original text is
// not changed: we only report spans, so every offset stays valid against what the user pasted.
import { COMMENTER_LINE, PAGE_NOTE, READER, REPLY_LINE, SPONSOR_LABEL, WIDGET_LINES, type WidgetGate } from "./furniture-lines";
import { firstCharacters, Prefilter, requiredLiterals } from "./pattern-prefilter";
import { CodePointIndex } from "./text-offsets";
import { isFirstName } from "./first-names";
import { anyCase, countWords, forLowerCase, titleCase } from "./unicode-words";

export interface UnitSpan {
  /** UTF-16 indices, end exclusive (internal). */
  start: number;
  end: number;
  reason: string;
}

export interface RemovedSpan {
  /** Code points, end exclusive. */
  start: number;
  end: number;
  text: string;
  reason: string;
}


// A French weekday, month or sentence opener written with a capital in mid-sentence after a word
// with no punctuation between is where a pasted headline ends and the article resumes: French
// never capitalises these words inside a sentence.
const FR_GLUE = /(?<=[\p{Ll}\p{Lu}\d)»”"'’]) (?=(?:Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Hier|Selon|Mais|Cependant|Pourtant|Alors que|D['’]après)\b[ ,]|(?:Le|La|Les|Un|Une|Des|À|Au|Aux) \p{Ll}|L['’]\p{Ll})/gu;
// A French headline with its rubric (« Mer Intérieure : des drones frappent un dépôt à Sarvik »)
// glued before a sentence that opens on a name with its article (« La Tessarie et la Korvanie
// ont signé… »): after a capitalised word, « La » + capital starts the next sentence.
const FR_RUBRIC = /^\p{Lu}[^:.!?]{1,40}[\s\u00A0]:\s+\p{Ll}/u;
const FR_NAME_GLUE = /(?<=[\s-]\p{Lu}\p{Ll}+) (?=(?:Le|La|Les) \p{Lu}\p{Ll}+ |L['’]\p{Lu}\p{Ll}+ )/gu;
// After a rubric, a capitalised preposition too: « Retraites : ce que contient le compromis sur
// les pensions Sur les 31 députés du groupe, 17… ».
const FR_RUBRIC_GLUE = /(?<=\p{Ll}) (?=«|(?:Sur|Dans|Pour|Avec|Après|Avant|Depuis|Pendant|Chez|Contre|Parmi|En|Devant|Selon|D['’]après) (?:les?|la|l['’]|des|du|un|une|ce|cette|ces|\d|\p{Lu}))/gu;
// English: a run of Title Case words (a headline) then a lower-case article sentence opener.
const EN_GLUE = /(?<=[\p{L}\d)"'’”]) (?=(?:On|In|Last|Earlier|According|But|However|Meanwhile|The|A|An|He|She|They|It)\s\p{Ll})/gu;

// A headline in sentence case, which has no articles ("Ostrand’s grain exports hit record as
// rail route reopens"), glued before a word sentences open with.
const EN_SENTENCE_CASE_GLUE = /(?<=[\p{Ll}\d]) (?=(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Dozens|Hundreds|Thousands|Officials|Sources|Police|Residents|Authorities|Parents|Families|Workers|Staff|On|In|Last|Earlier|According|But|However|Meanwhile|The|A|An|He|She|They|It|We|This|These|Those)[\s,])/gu;
const EN_ARTICLE = /(?:^|\s)(?:a|an|the)(?=\s)/iu;

const FR_GLUE_WORD = / (?:(?:Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Hier|Selon|Mais|Cependant|Pourtant|Alors que|D['’]après)[ ,]|(?:Le|La|Les|Un|Une|Des|À|Au|Aux) \p{Ll}|L['’]\p{Ll})/u;
const TITLE_START = /^(?:[\p{Lu}\d'‘“"]\S*\s+(?:(?:a|an|the|of|to|in|on|for|and|or|at|by|as|vs\.?)\s+)?){3}/u;
const SENTENCE_END = /[.!?…](?:\s|$)/u;

function looksLikeHeadline(prefix: string): boolean {
  const words = prefix.trim().split(/\s+/);
  if (words.length < 3 || words.length > 30) return false;
  if (SENTENCE_END.test(prefix)) return false;
  if (/[,;:]/.test(prefix) && words.length > 20) return false;
  return true;
}

const RELATED_LABEL = /^(?:key events|temps forts|les temps forts|lire aussi|à lire aussi|a lire aussi|lire également|voir aussi|à voir aussi|read more|read also|see also|related|related articles?|related stories|related fact[- ]checks?|more fact[- ]checks|(?:nos |d['’])?autres vérifications|more on this story|more on this|sur le même sujet|sur le même thème|most read|most popular|most viewed|most shared|(?:most (?:read|popular|viewed|shared)|trending) in [\p{L} ]{1,25}|trending stories|trending news|les plus lus|les plus consultés|les plus partagés|trending|trending now|à la une|top stories|read next|up next|more stories|editor['’]s picks|you may have missed|à lire ensuite|à découvrir|à ne pas manquer|don['’]t miss|our (?:fact-check )?sources|nos sources|recommended|recommended for you|more from [\p{L} ]{1,30}|more stories|le fil info|fil info|flash info|breaking news|à écouter aussi|a écouter aussi|à regarder aussi|à revoir aussi|sponsored content|sponsored|contenu sponsorisé|partner content|contenu partenaire|sources|related content|autour du sujet|sur le sujet|dans la même rubrique|from the broadcast|extrait de l['’]émission|related coverage|latest (?:news|stories|headlines)|the latest|(?:les )?dernières (?:infos|actus|actualités|informations)|l['’]info en continu|l['’]actu en continu|en continu|à la minute|abonnés|pour les abonnés|réservé aux abonnés|premium|for subscribers|subscriber exclusives?|exclusivités abonnés)\s*:?$/iu;
export const LIVE_STAMP = /^(?:\d{1,2}[\s\u00A0]?[h:][\s\u00A0]?\d{2}|\d{1,2}(?::\d{2})?[\s\u00A0]?(?:am|pm))[\s\u00A0]*[–—-][\s\u00A0]*/iu;

// The outlet's own business, as its appeals to the reader name it.
const APPEAL_TERMS = /subscri\w*|abonn\w*|newsletter|lettre d['’]information|notifications?|alertes?|commentaires|comments|sign in|log in|register|soutenez|donat\w*|\bdons?\b(?!['’])|donateurs|contribution|free to read|gratuite?|lecteurs|readers|journalism|journalisme|reporting costs|independent|indépendante?|par mois|a month|per month|inbox|funded by|financé par|takes time and money|\bgifts?\b|give today|(?:reporting|journalism) like this/giu;
// (These three are tried on lower-cased text: see forLowerCase.)
const QUOTES_OR_REPORTING = /[«»“”"]|\b(?:said|says|told|a déclaré|a dit|selon|according to)\b/u;
const REPORTING = /\b(?:said|says|told|a déclaré|a dit|selon|according to)\b/u;
// A quotation of more than a title's few words.
const QUOTED_SPEECH = /[«“"][^»”"]*(?:\s+[^»”"\s]+){6,}[^»”"]*[»”"]/u;
// (An imperative at the start of a sentence addresses the reader too: "Donate today.")
const READER_WORD = new RegExp(READER, "u");

// Each line of a page would meet all ~170 widget patterns; most are anchored on the line's first
// word ("Lire aussi", "Share"), and many need a word the line does not hold. Both are looked up
// once per pattern here, so a line only meets the patterns it could match, in their order.
const WIDGETS = WIDGET_LINES.map(([re, reason, maxLength = 140, gate], index) => ({
  ...onLowerCase(re),
  reason,
  maxLength,
  gate,
  index,
  ...prefilter(re, gate),
}));
// (Tried on the lower-cased line where it can be.)
function onLowerCase(re: RegExp): { re: RegExp; onLower: boolean } {
  const lower = forLowerCase(re);
  return lower ? { re: lower, onLower: true } : { re, onLower: false };
}
function prefilter(re: RegExp, gate: WidgetGate | undefined) {
  // (A "tail" pattern is tried on the line's end, which starts elsewhere.)
  const first = gate === "tail" ? null : firstCharacters(re);
  // (A pattern anchored on its first word fails fast on its own: looking for its words first
  // would cost more than it saves.)
  return { first, needs: first ? null : requiredLiterals(re) };
}
const WIDGET_PREFILTER = new Prefilter(WIDGETS.map((w) => w.needs));
const WIDGETS_BY_FIRST = new Map<string, typeof WIDGETS>();
function widgetsStartingWith(c: string): typeof WIDGETS {
  let list = WIDGETS_BY_FIRST.get(c);
  if (!list) WIDGETS_BY_FIRST.set(c, (list = WIDGETS.filter((w) => !w.first || w.first.includes(c))));
  return list;
}
// (Tried on lower-cased text.)
const READER_RE = new RegExp(READER + String.raw`|\b(?:rejoignez|activez|se connecter)\b|(?:^|[.!?:]\s+)(?:support|donate|subscribe|give|join|become|get|help|sign up|donnez|faites|aidez|inscrivez-vous)\b`, "u");

// A photo caption that ends on its credit: "Containers at the free-trade zone. Nadia Orell for The
// Harbour Ledger" after "Photograph:", « Photo d'illustration. © APF / Lucie Darmon », « Le
// tribunal de Rivesaulte. Photo archives Le Républicain / T. Sabran ».
const CAPTION_CREDIT = /(?:©|(?<![\p{L}])(?:[Pp]hoto(?:graph|graphie)?s?|[Ii]mage|[Cc]rédit(?: photo)?)(?: (?:archives?|d['’]illustration|DR))?\s*[:.]?\s+(?:[^.!?]|(?<=\b\p{Lu})\.){0,60}(?:\/|\bfor\b|\bpour\b)\s*(?:[^.!?]|(?<=\b\p{Lu})\.){1,60})$/u;
// …or on an agency and photographer: "…in Ardano, April 2. WIRELINE/Edda Marrow", "(Daily
// Meridian/Ollie Strandquist)", « (R. Esteban/L’Élan sportif) », or on "Photo: Courier archive" (or
// "Credit: Pitchside Images", even glued to the caption's last word).
// ("(Leo Marchand / Civic Pulse)", « JULIE FAVROT POUR « LE MESSAGER RÉPUBLICAIN » »: spaced
// slashes and a credit in capitals too.)
const AGENCY_CREDIT = /(?:^|[.)]\s+|\s\()\(?\p{Lu}[\p{L}&.'’ -]{1,30}\s?\/\s?\p{Lu}[\p{L}.'’ -]{1,40}\)?$|(?:[.]|(?<=\p{Ll}))\s+[[(]?(?:Photo|Image|Picture|Credit|Crédit)\s*:\s*[^.!?[\]()]{1,60}[\])]?$|[.]\s+(?:PHOTO|Photo)\s*\|\s*[^|.!?]{2,40}(?:\|\s*[^|.!?]{2,40})?$|[.]\s+\p{Lu}{2,}(?:[\s-]\p{Lu}{2,}){1,3}\s+(?:POUR|FOR)\s+[«“"]?[\s\u00A0]*\p{Lu}[^.!?a-z]{1,60}$/u;
const BRACKETED_CREDIT = /^[.)]?\s*\(\p{Lu}[\p{L}&.'’ -]{1,30}\s?\/\s?\p{Lu}[\p{L}.'’ -]{1,40}\)$/u;
/** Where a caption with its credit starts when the paragraph's last sentence comes before it on
 *  the line ("…the gates were padlocked and about 150 bikes stood in rows in the yard. Hopwheel’s
 *  Cordwell Street depot on Monday. Photograph: …"): a sentence of twelve words or more with a
 *  verb in the past is the paragraph's, not the caption's. 0 where the whole line is the caption. */
/** The same within `line` for its `body`, the line without a live page's time stamp at its head. */
const captionStart = (line: string, body: string) => line.length - body.length + captionAfterSentence(body);
function captionAfterSentence(line: string): number {
  // (Not at the last stop: what follows it is the credit, and the caption comes before it.)
  const stops = [...line.matchAll(/[.!?…»”"][\s\u00A0]+(?=\p{Lu})/gu)].slice(0, -1);
  for (const stop of stops) {
    const before = line.slice(0, stop.index + 1);
    if (countWords(before) >= 12 && PAST_TENSE.test(before) && !QUOTES_OR_REPORTING.test(line.slice(stop.index + stop[0].length).toLowerCase())) return stop.index + stop[0].length;
  }
  return 0;
}

function isCaption(line: string): boolean {
  if (line.length > 250) return false;
  // (The credit may name a paper in quotation marks, and the description a work by its title:
  // judge the description before the credit for reporting words and quoted speech.)
  const credit = AGENCY_CREDIT.exec(line) ?? CAPTION_CREDIT.exec(line);
  // (A photographer's credit in brackets closing one sentence ends a caption even where the
  // caption quotes its subject: "Marisol Danyluk… says the centre's reserve is almost gone.
  // (Dana Whitford/BPB)".)
  if (credit && BRACKETED_CREDIT.test(credit[0]) && (line.slice(0, credit.index).match(/[.!?](?:\s|$)/gu) ?? []).length <= 1) return !QUOTED_SPEECH.test(line.slice(0, credit.index));
  if (credit) return !REPORTING.test(line.slice(0, credit.index).toLowerCase()) && !QUOTED_SPEECH.test(line.slice(0, credit.index));
  return line.includes("©") && /^[^.!?]{0,160}[.]?\s*©[^.!?]{1,80}$/u.test(line) && !QUOTES_OR_REPORTING.test(line.toLowerCase());
}

// A photographer's credit in capitals on a line of its own, « JULIEN FARGETTE / LE SÉMAPHORE »,
// "AMY LO / REUTERS": a first name opens it, where a section kicker ("HEALTH / EXPLAINER",
// « SANTÉ | ENQUÊTE ») opens on a word of its own.
// ("THÉO LAPIERRE-VIDAL POUR « LE VIGILANT »": a photographer working for the paper.)
const CAPITALS_CREDIT = /^(\p{Lu}[\p{Lu}'’-]+)(?:\s\p{Lu}[\p{Lu}'’.-]*){1,2}(?:\s?\/\s?|\s(?:POUR|FOR)\s)[«“"]?\s?\p{Lu}[\p{Lu}\s&'’.-]{1,40}[»”"]?$/u;
function capitalsCredit(line: string): boolean {
  const m = line.length <= 80 ? CAPITALS_CREDIT.exec(line) : null;
  return !!m && isFirstName(m[1]!);
}

/** An appeal to the reader about the outlet's own business, in words of its own ("Independent
 *  health reporting costs money. If you value it, please consider…", « Cette couverture vous est
 *  offerte grâce à nos donateurs »): it speaks to the reader, names that business at least twice,
 *  quotes nobody and reports nothing. */
function isAppeal(line: string): boolean {
  // (A line of more than 600 characters holds more than 45 words: no need to split it.)
  if (line.length > 600 || countWords(line) > 45) return false;
  const lower = line.toLowerCase();
  if (QUOTES_OR_REPORTING.test(lower) || !READER_RE.test(lower)) return false;
  const terms = new Set((line.match(APPEAL_TERMS) ?? []).map((t) => t.toLowerCase().slice(0, 6)));
  return terms.size >= 2;
}

/** Finds boilerplate spans (UTF-16 indices). `skipFirstLine` protects the title. */
export function findBoilerplate(text: string): UnitSpan[] {
  const out: UnitSpan[] = [];
  const lineRe = /[^\r\n]+/g;
  let m: RegExpExecArray | null;
  let lineNo = 0;
  let afterRelatedLabel = false;
  // What the last line was: a poll's label ("Sondage") or an author's byline ("Maëlle Courtiade,
  // journaliste"), which the next line may continue.
  let afterPollLabel = false;
  let afterByline = false;
  // Whether the last line was a commenter's: the next paragraph is their comment.
  let afterCommenter = false;
  // The line before, for a caption whose credit sits on the next line.
  let prevLine: { start: number; end: number; matched: boolean } | null = null;
  // …and the one above that: furniture above a caption and a credit below it frame the caption
  // even with blank lines between ("Share: Facebook | X", the caption, "Photo: Matai News").
  let beforePrev: { start: number; end: number; matched: boolean } | null = null;
  // Whether the last line was a video player's label, whose caption may follow.
  let afterVideo = false;
  // Inside a box under its label ("Chiffres clés", "THE CLAIM", "OUR RATING") until a blank line.
  let inBox: false | "summary_box" | "advertisement" = false;
  let inSheet = false;
  // After a fact-check's label standing alone ("THE CLAIM", « NOTRE VERDICT »), its rating and its
  // one-sentence summary, even a blank line apart.
  let verdictNext: false | "claim" | "verdict" = false;
  let sponsorNext = false;
  let current: { start: number; end: number; matched: boolean } | null = null;
  // Whether a sentence of body text (five words or more, ending on a stop) has come yet.
  let bodyBegun = false;
  // Where the line that began it starts: a caption taken for a sentence is given back below.
  let bodyBegunAt = -1;
  while ((m = lineRe.exec(text))) {
    beforePrev = prevLine;
    prevLine = current;
    const videoAbove = afterVideo;
    afterVideo = false;
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const line = raw.trim();
    if (!line) continue;
    lineNo++;
    const start = m.index + lead;
    const end = start + line.length;
    current = { start, end, matched: false };
    // (Only the headline of a link glued to a paragraph goes; the paragraph stays.)
    const gluedLink = lineNo > 1 ? findGluedLink(line) : 0;
    if (gluedLink > 0) {
      out.push({ start, end: start + gluedLink, reason: "related_headline" });
      current.matched = true;
      afterRelatedLabel = afterPollLabel = afterByline = afterCommenter = false;
      continue;
    }
    const placeGlued = lineNo > 1 && !bodyBegun ? DATELINE_GLUED.exec(line) : null;
    // (With a colon, only a place the page names again: "BHUVANPUR:" under a title on Bhuvanpur, not
    // "CLARIFICATION:" or "WEATHER ALERT:".)
    // (Nor a transcript's speaker, whose label comes back on a later line: "NADIA QUIST-HARLOW:".)
    const dateline = placeGlued && (!placeGlued[0].endsWith(":") || (text.includes(titleCase(placeGlued[0].slice(0, -1))) && !text.includes(`\n${placeGlued[0]}`, start + line.length))) ? placeGlued : null;
    if (dateline) {
      out.push({ start, end: start + dateline[0].length, reason: "dateline" });
      bodyBegun = true;
    }
    // "AdvertisementWill people in Cordell hear a sonic boom?": an ad slot's label glued to a
    // paragraph; "Listen • 4:12Two people died…": an audio player's.
    const gluedLabel = lineNo > 1 ? labelGluedBefore(line) : null;
    if (gluedLabel) {
      out.push({ start, end: start + gluedLabel.length, reason: gluedLabel.reason });
      current.matched = true;
      afterRelatedLabel = afterPollLabel = afterByline = afterCommenter = inBox = false;
      continue;
    }
    // "Dana Whelan/The Tidewater LedgerThe slide came down…": a photo's credit glued to the
    // paragraph under it, with the caption above it; « Par Solène Marivaux-Kadi L’Autorité… »: the
    // byline glued to the first paragraph.
    const credit = lineNo > 1 ? findGluedCredit(line) : 0;
    const byline = lineNo > 1 && !credit && !bodyBegun ? findGluedByline(line) : 0;
    const gluedCredit = credit || byline;
    if (gluedCredit > 0) {
      if (prevLine && !prevLine.matched && (isShortLineAbove(text, prevLine, start) || isFramedCaption(text, beforePrev, prevLine, line.slice(0, gluedCredit)))) out.push({ start: prevLine.start, end: prevLine.end, reason: "photo_credit" });
      out.push({ start, end: start + gluedCredit, reason: byline ? "byline" : "photo_credit" });
      // ("(Trellis Photo/Jonah Ekwueme)PORT QUILLON, Marrovia (Trellis) — …": the wire's dateline
      // after the credit.)
      const creditDateline = !bodyBegun ? DATELINE_GLUED.exec(line.slice(gluedCredit)) : null;
      if (creditDateline) {
        out.push({ start: start + gluedCredit, end: start + gluedCredit + creditDateline[0].length, reason: "dateline" });
        bodyBegun = true;
      }
      current.matched = true;
      afterRelatedLabel = afterPollLabel = afterByline = afterCommenter = inBox = false;
      continue;
    }
    let matched = false;
    // A live page stamps its entries ("10 h 58 – Lire aussi : …"): the stamp goes with the line.
    const body = line.replace(LIVE_STAMP, "");
    // (Furniture glued after the last sentence: the line's head is article text, and is not
    // judged as an appeal with it.)
    const commenter = COMMENTER_LINE.test(body);
    // (Not in a commenter's name: « Jo.Vernet · il y a 2 h » is one line of furniture.)
    const gluedTail = commenter ? null : gluedFurniture(line);
    // (With furniture glued after it, the line's head is judged alone: "…by mid-afternoon.Get the
    // Chronicle's briefing in your inbox – sign up here." is a paragraph and an appeal.)
    const widget = capitalsCredit(body) ? "photo_credit" : widgetReason(gluedTail ? line.slice(0, gluedTail.at) : body);
    // (Furniture after the last sentence and a space, where that sentence is the paragraph's own:
    // "…replacing its scanners. Support student journalism. Donate to the Lantern today." is not
    // one appeal.)
    const spacedTail = gluedTail || widget ? null : spacedFurnitureTail(line);
    const headIsText = !!spacedTail && isOwnSentence(line.slice(0, spacedTail.at));
    if (widget) {
      // (A caption with its credit keeps the paragraph's own sentence before it on the line.)
      out.push({ start: widget === "photo_credit" ? start + captionStart(line, body) : start, end, reason: widget });
      matched = true;
    }
    // A video player ("Play Video. Duration: 1 minute 24 seconds") and the caption under it.
    const video = VIDEO_LABEL.test(body);
    if (!matched && (video || (videoAbove && isShortLine(text, current)))) {
      out.push({ start, end, reason: video ? "related_link" : "photo_credit" });
      matched = true;
    }
    afterVideo = video;
    // The poll's question under its label; the author's note under the byline ("Elle couvre l'eau
    // pour Le Contrefort depuis 2019", "Indépendant, il documente depuis dix ans…").
    if (!matched && afterPollLabel && /\?\s*$/u.test(body) && body.length <= 200) {
      out.push({ start, end, reason: "comments" });
      matched = true;
    }
    // (A reader's comment under the commenter's line: « MarieJo.L · il y a 1 heure », then « Et qui
    // paiera si un camion fonce dans la foule ? … ».)
    if (!matched && afterCommenter && countWords(body) <= 150) {
      out.push({ start, end, reason: "comments" });
      matched = true;
    }
    afterCommenter = matched && commenter;
    if (!matched && afterByline && body.length <= 300 && AUTHOR_NOTE_AFTER_BYLINE.test(body)) {
      out.push({ start, end, reason: "byline" });
      matched = true;
    }
    afterPollLabel = POLL_LABEL.test(body);
    if (!matched && afterPollLabel && lineNo > 1) {
      out.push({ start, end, reason: "comments" });
      matched = true;
    }
    afterByline = matched ? out[out.length - 1]!.reason === "byline" : false;
    if (!matched && lineNo > 1 && !gluedTail && !headIsText && isAppeal(body)) {
      out.push({ start, end, reason: "donation" });
      matched = true;
    }
    if (!matched && lineNo > 1 && isCaption(body)) {
      // (Only the caption where it is glued after a paragraph's own sentence.)
      out.push({ start: start + captionStart(line, body), end, reason: "photo_credit" });
      matched = true;
    }
    // (A caption with no credit, a paragraph of its own: « Les vignes du domaine des Ribières, à
    // Saint-Orlan, mardi après-midi. », "The MV Calloway… in Corthwick harbor in August.")
    // (It credits nothing: the paragraph above it stays text.)
    const uncredited = !matched && lineNo > 1 && bodyBegun && (!prevLine || BLANK_LINE.test(text.slice(prevLine.end, start))) && PARAGRAPH_END.test(text.slice(end, end + 4)) && isUnframedCaption(text, { start, end });
    if (uncredited) {
      out.push({ start, end, reason: "photo_credit" });
      matched = true;
    }
    // The line right above may belong to this one: a credit on a line of its own ("Photo: Merrow
    // Port Authority", « © Lumen Press ») closes the caption above it, one short sentence that
    // quotes and reports nothing; a video's length (« Durée : 2 min 06 ») has the video's title
    // above it; a sign-up button ("S'inscrire", "Sign up") the pitch above it ("Launch alerts: Get
    // a text before every Sable Key launch.").
    const last = out[out.length - 1];
    const above = matched && !uncredited && prevLine && !prevLine.matched && last?.start === start ? lineAboveReason(last, body, end) : null;
    if (above && prevLine && (isShortLineAbove(text, prevLine, start) || (above === "photo_credit" && isFramedCaption(text, beforePrev, prevLine, body)))) {
      out.splice(out.length - 1, 0, { start: prevLine.start, end: prevLine.end, reason: above });
      // (A caption ends in a full stop, and is no first sentence of the body.)
      if (bodyBegunAt === prevLine.start) bodyBegun = false;
    } else if (matched && prevLine && !prevLine.matched && beforePrev && (beforePrev.matched || out.at(-2)?.end === beforePrev.end) && REPLY_LINE.test(body) && countWords(text.slice(prevLine.start, prevLine.end)) <= 150) {
      // (A reader's comment: its text between the commenter's line and its buttons, « Fredo_rivegauche ·
      // le 2 mars 2026 à 20h12 », then « Je passe ce pont… », then « Répondre · 12 j’aime ». The
      // commenter's line may be furniture only at its end: « Marinette.D · le 2 mars… ».)
      out.splice(out.length - 1, 0, { start: prevLine.start, end: prevLine.end, reason: "comments" });
    } else if (above === "photo_credit" && prevLine && !prevLine.matched && isCreditOnly(body)) {
      // (Or the caption is glued to the end of the paragraph above: « …restait coupée mercredi
      // midi.Un avion bombardier d’eau largue sa charge au-dessus des pins », then the credit.)
      const at = gluedCaptionAt(text.slice(prevLine.start, prevLine.end));
      if (at > 0 && !out.some((o) => o.end === prevLine!.end)) out.splice(out.length - 1, 0, { start: prevLine.start + at, end: prevLine.end, reason: above });
    }
    // (Whether a blank line parts this line from the one above: boxes and blocks end there.)
    const apart = !!prevLine && BLANK_LINE.test(text.slice(prevLine.end, start));
    // A box's lines under its label, up to the next blank line: « Chiffres clés », a fact-check's
    // "THE CLAIM" and "OUR RATING" (the rating and its one-line summary).
    // (And a classifieds rail under « Petites annonces ».)
    if (!matched && lineNo > 1 && ADS_LABEL.test(body)) inBox = "advertisement";
    else if (!matched && lineNo > 1 && BOX_LABEL.test(body)) {
      inBox = "summary_box";
      inSheet = SHEET_LABEL.test(body);
    }
    // (A box's bullets may stand a blank line apart: "What you need to know:", "• …", "• …"; so
    // may a sheet's lines, none a sentence: « LA FICHE », « 14e marathon de Valmerande (dimanche 19
    // avril) », « Hommes : 1. Elias… ».)
    // (A sheet's line that is furniture of its own, « Hommes : 1. Elias… · 2. Abel… », keeps it open.)
    else if ((matched && !(inSheet && out.at(-1)?.reason === "summary_box")) || !prevLine || (apart && !(inBox && (BOX_BULLET.test(body) || (inSheet && !ENDS_LIKE_SENTENCE.test(body))))) || countWords(body) > 60) inBox = false;
    if (!inBox) inSheet = false;
    if (!matched && inBox) {
      out.push({ start, end, reason: inBox });
      matched = true;
    }
    // ("OUR VERDICT", then "Misleading. One listing reached that level, but most…"; « NOTRE VERDICT
    // : TROMPEUR », then « La sanction vise quatorze publications… »; "THE CLAIM", then "A viral
    // post says…", but not a claim quoted with its speaker, « « Seules quelques centaines… » »,
    // which is the claim itself.)
    const boxPart: boolean = !!verdictNext && !matched && apart && countWords(body) <= 35 && (body.match(SENTENCE_STOP) ?? []).length <= 2 && (verdictNext === "verdict" || !/[«“"]/u.test(body));
    if (boxPart) {
      out.push({ start, end, reason: "summary_box" });
      matched = true;
    }
    // ("PRESENTED BY BILLQUILL", then "Billquill sends your brand invoices… Try it free for 30
    // days.": a sponsor's label, then its pitch.)
    if (sponsorNext && !matched && countWords(body) <= 40) {
      out.push({ start, end, reason: "advertisement" });
      matched = true;
    }
    // (A label that opens its own block: not one closing a sponsored block above it, "SPONSORED
    // CONTENT / How predictive berth planning… / Brought to you by Quaylogic".)
    sponsorNext = !sponsorNext && out.at(-1)?.start === start && SPONSOR_LABEL.test(body) && apart;
    const alone: RegExpExecArray | null = lineNo > 1 && !boxPart ? FACT_CHECK_LABEL.exec(body) : null;
    const lineIsBox = out.at(-1)?.start === start && out.at(-1)?.reason === "summary_box";
    // (A label alone opens the box; a rating of a few words keeps it open for the summary; a
    // labelled verdict on one line, « NOTRE VERDICT : TROMPEUR », opens it too.)
    if (alone) verdictNext = alone[1] ? "claim" : "verdict";
    else if (!(boxPart && countWords(body) <= 3)) verdictNext = lineIsBox && VERDICT_LINE.test(body) ? "verdict" : false;
    // The teaser headline on the line after a standalone "Lire aussi" / "Read more" line.
    // (A rail of several — "Most read" then three headlines — is furniture to its end.)
    // (A short line with no final stop: a rail's item.)
    // (Judged without furniture glued to its end: "…last week.ADVERTISEMENT" is a paragraph.)
    const railText = gluedTail ? line.slice(0, gluedTail.at) : line;
    // (A headline may ask its question: « Qui sont les 212 livreurs de Livrago ? ».)
    const railItem = countWords(railText) <= 25 && (!/[.!?…]["”»’]?$/u.test(railText) || (/\?$/u.test(railText) && !/[.!?…]\s/u.test(railText)));
    const headline: boolean = !matched && afterRelatedLabel && railItem;
    if (headline) {
      out.push({ start, end, reason: "related_headline" });
      matched = true;
    }
    const label = !matched && lineNo > 1 && RELATED_LABEL.test(line);
    if (label) {
      out.push({ start, end, reason: "related_link" });
      matched = true;
    }
    // (A rail item another pattern took — "18h12 Lycée… : le proviseur suspendu" as a dateline —
    // does not end the rail.)
    const railGoesOn: boolean = afterRelatedLabel && matched && railItem;
    afterRelatedLabel = headline || label || railGoesOn || RELATED_LABEL.test(line);
    if (!matched && lineNo > 1 && isPullQuote(text, line, start)) {
      out.push({ start, end, reason: "pull_quote" });
      matched = true;
    }
    current.matched = matched || lineNo === 1;
    if (matched || lineNo === 1) continue;
    if (!bodyBegun && countWords(line) >= 5 && /[.!?»”"]\s*$/u.test(line)) {
      bodyBegun = true;
      bodyBegunAt = start;
    }
    // "Update, March 18, 3:20 p.m. ET: After this story was published…": the label goes.
    // (The whole line goes when it speaks of the page: "Correction, Oct. 9: An earlier version of
    // this story misstated…", "Update, March 11: Added comment from a former engineer.")
    const update = UPDATE_LABEL.exec(line);
    if (update) out.push({ start, end: NOTE_AFTER_LABEL.test(line.slice(update[0].length)) ? end : start + update[0].trimEnd().length, reason: "dateline" });
    // A link glued after a paragraph's last sentence: "…in 1994. À lire aussi : Ligue 2 : …", and
    // a live page's prompt: "…the ninth named storm of the season. Stay with us for updates."
    // (Cheap tests first: the look-behinds would run at every position of every paragraph.)
    const lower = line.toLowerCase();
    // (And a rail's label alone after the last sentence, "…about 1,900 students. Most popular",
    // or a link in capitals glued to it, "…starting in March.READ: Fishers…".)
    const trailing = (LINK_WORDS.test(lower) ? TRAILING_LINK.exec(line) : null) ?? (PROMPT_WORDS.test(lower) ? TRAILING_PROMPT.exec(line) : null) ?? trailingLabel(line) ?? (line.includes("READ:") ? TRAILING_READ.exec(line) : null);
    if (trailing) out.push({ start: start + trailing.index, end, reason: "related_link" });
    // A paywall counter glued after the last sentence: "…do so.You have read 2 of 3 free articles".
    const paywall = PAYWALL_WORDS.test(lower) ? TRAILING_PAYWALL.exec(line) : null;
    if (paywall && !trailing) out.push({ start: start + paywall.index, end, reason: "newsletter" });
    // An author's initials glued after the last sentence: "…, lance-t-elle.A.K.B.".
    const initials = line.endsWith(".") || SIGN_OFF_END.test(line) ? INITIALS_SIGNATURE.exec(line) : null;
    if (initials && !trailing) out.push({ start: start + initials.index, end, reason: "byline" });
    // A time stamp after the last sentence: "…à l’entreprise de son beau-frère. Mis à jour il y a 2 heures".
    const stamp = UPDATE_WORDS.test(lower) ? TRAILING_STAMP.exec(line) : null;
    if (stamp && !trailing) out.push({ start: start + stamp.index, end, reason: "dateline" });
    // A print note after the last sentence: "…on the acceptance tests. A version of this article
    // appears in print on Page B1 of the Sunday edition."
    const printNote = PRINT_WORDS.test(lower) ? TRAILING_PRINT_NOTE.exec(line) : null;
    if (printNote && !trailing && !stamp) out.push({ start: start + printNote.index, end, reason: "byline" });
    const tail = !trailing && !paywall && !initials && !stamp && !printNote ? (gluedTail ?? spacedTail) : null;
    if (tail) {
      out.push({ start: start + tail.at, end, reason: tail.reason });
      // (A "Read More" glued there opens the rail of headlines below it.)
      if (RELATED_LABEL.test(line.slice(tail.at))) afterRelatedLabel = true;
    }
    const glued = findGluedHeadline(line);
    if (glued > 0) out.push({ start, end: start + glued, reason: "related_headline" });
  }
  return out;
}

/** What the line above takes from this one's furniture `last`, which starts with the line (and
 *  for a credit, ends with it at `end`). */
function lineAboveReason(last: UnitSpan, body: string, end: number): string | null {
  const credit = last.reason === "photo_credit" || (last.reason === "copyright" && body.length <= 80 && !/\d{4}|droits|rights/iu.test(body));
  if (credit && last.end === end) return "photo_credit";
  if (MEDIA_LENGTH.test(body)) return "related_link";
  if (last.reason === "newsletter" && countWords(body) <= 4) return "newsletter";
  return null;
}

/** Whether the line [prev.start, prev.end) right above `start` (no blank line between) is one
 *  short sentence, capitalised, that quotes and reports nothing: a photo's caption above its
 *  credit, a newsletter's pitch above its button. */
function isShortLineAbove(text: string, prev: { start: number; end: number }, start: number): boolean {
  return /^[ \t]*\r?\n[ \t]*$/u.test(text.slice(prev.end, start)) && isShortLine(text, prev);
}

/** A short line above a bare credit, blank lines between: a photo's caption ("Share: Facebook |
 *  X", "Dairy farmer … on Tuesday.", "Photo: Matai News"; "The ferry sits on the reef on Monday
 *  morning.", "Photo / Supplied" between two paragraphs). A caption shows a scene, in the present
 *  or with no verb; a line in the past tense is news ("The terminal stayed closed on Thursday.",
 *  « Les portiques sont restés immobiles »), and so is the lead under its wire dateline ("PORT
 *  CALLAN — About 1,200 people…"). Between paragraphs, a caption is one sentence of at most 20
 *  words that shows what it shows without a modal ("Officers appear to be measuring skid marks",
 *  under a live blog's picture credit, is the reporter's account). */
function isFramedCaption(text: string, above: { matched: boolean } | null, caption: { start: number; end: number }, credit: string): boolean {
  const line = text.slice(caption.start, caption.end);
  // (A broadcaster's caption has no stop at all: "The Corvane Airways jet on the main runway at
  // Marrowfield on Friday morning", above "Image source, Tellbridge One".)
  return (!!above?.matched || (countWords(line) <= 20 && (/[.]$/u.test(line) || (/^Image source,/u.test(credit) && !/[.!?]/u.test(line))) && !MODAL.test(line))) && isCreditOnly(credit) && isShortLine(text, caption) && !DATELINE_GLUED.test(line) && !PAST_TENSE.test(placedScene(line.replace(CAPTION_RELATIVE, "")));
}
// A participle placing what the picture shows ("Mattresses wrapped in plastic outside Linscott
// Hall on Tuesday afternoon."), no past of a verb.
// (After a bare noun, in a line ending on when the picture was taken: "The council voted on Monday…"
// and "Councillors voted on Monday to close the pool." are news.)
const placedScene = (line: string) => (TAKEN_WHEN.test(line) ? line.replace(PARTICIPLE_PLACED, " ") : line);
const PARTICIPLE_PLACED = /(?<=^(?!(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our|Two|Three|Four)\s)\p{Lu}\p{Ll}+(?:\s\p{Ll}+)?)\s\p{Ll}{3,}ed\s(?=(?:in|from|on|at|outside|by|into|under|near|off|over|across|along|behind|beside|against|inside)\s)/u;
/** A photo's caption standing alone, with no credit: one short sentence that shows a scene (no
 *  verb, a participle, or the present: "Cabins of the gondola hang above the valley on Saturday
 *  evening.") and ends on when it was taken. A line in the past is news ("That subsidy came to
 *  $2.4 million last year.", « Les portiques sont restés immobiles mardi. »), and so is one that
 *  reports, shows or plans. */
function isUnframedCaption(text: string, line: { start: number; end: number }): boolean {
  const words = text.slice(line.start, line.end);
  if (countWords(words) > 20 || !TAKEN_WHEN.test(words) || !isShortLine(text, line) || MODAL.test(words)) return false;
  const scene = words.replace(CAPTION_RELATIVE, "");
  return !PAST_TENSE.test(scene) && !NEWS_VERB.test(scene);
}
// When a picture was taken, closing its caption: « , mardi après-midi. », « , le 7 avril. », « , en
// 2023. », " on Wednesday.", " in August.", " last month.", " on Feb. 22.".
const TAKEN_WHEN = /(?:,[\s\u00A0]*(?:(?:le |ce )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:[\s\u00A0]\d{1,2}(?:er)?[\s\u00A0]\p{Ll}+)?(?:[\s\u00A0](?:matin|soir|après-midi))?|le[\s\u00A0]\d{1,2}(?:er)?[\s\u00A0]\p{Ll}+(?:[\s\u00A0]\d{4})?|en[\s\u00A0](?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|\d{4})(?:[\s\u00A0]\d{4})?)|\s(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?|in (?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{4})?|last (?:week|month|year|summer|winter|spring|autumn)|on (?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\. \d{1,2}))\.?$/u;
// A verb of news in a line that may look like a caption: a tense, a saying, a showing or a plan
// ("Ship-tracking data showed 11 ships waiting… on Thursday morning.", "More than 400 people fell
// ill… on Sunday.", "Campaigners plan to march… on Saturday.").
const NEWS_VERB = /(?<![\p{L}])(?:is|are|has|have|will|would|can|must|does|do|according|shows?|showed|finds?|found|met|fell|shut|came|shrank|saw|sees|rose|began|plans?|planned|says?|went|left|took|gave|won|lost|ran|became|made|got|sold|paid|held|led|kept|thought|brought|bought|spent|struck|hit|broke|grew|drew|flew|fled|sank|spoke|stood|wrote|chose|drove|rode|sent|built|caught|taught|fought|dug|slid|swept|tore|threw|wore|woke|forecast|sont|ont|fait|font|va|vont|sera|seront|peut|doit|selon|dit|affirme|indique|montre|prévoit)(?![\p{L}])/iu;
// A blank line or the end of the text after a line: it is a paragraph of its own.
const PARAGRAPH_END = /^(?:[ \t]*\r?\n[ \t]*\r?\n|[ \t]*\r?\n?$)/u;
// (The tense of a relative clause is not the scene's: « Le plateau de la Combe-Noire, où devaient
// être implantées les sept éoliennes. », "X in 2024, when she was health secretary.", "Flight
// paths, reconstructed from radar data.")
const CAPTION_RELATIVE = /,\s*(?:où|qui|que|qu['’]|dont|where|which|who|whose|when|quand|lorsque|\p{Ll}{3,}ed\s(?:from|by|in|on|at|with))\s[^,.;]*/giu;
const MODAL = /(?<![\p{L}])(?:appears?|seems?|may|might|could|would|should|will|semblen?t|pourrai(?:t|ent)|devrai(?:t|ent))(?![\p{L}])/iu;
// (Not a participle after an article, an adjective: "salvage wood from a collapsed house"; nor one
// after a verb in the present: "Route 462 lies buried under mud"; nor one after an adverb: "one of
// the most widely prescribed treatments".)
const PAST_TENSE = /(?<![\p{L}])(?:was|were|had|did|(?<!(?:a|an|the|its|their|his|her|is|are|lies|lie|sits|sit|stands|stand|most|least|\p{Ll}{2,}ly|\p{L}['’]s)\s)\p{Ll}{3,}ed|(?:a|ont|avait|avaient|est|sont|était|étaient)\s+(?:\p{Ll}+\s+)?\p{Ll}+(?:é|ée|és|ées)|\p{Ll}{2,}(?:ait|aient))(?![\p{L}])/u;

/** A credit with no caption of its own: "Photo: Matai News", « Photo C. D. », "MPR – Lucie Favre"
 *  (not "Dani Koval in action in October. Picture: Jan Holloway", whose caption is on the line). */
function isCreditOnly(line: string): boolean {
  return countWords(line) <= 12 && !/[\p{Ll}\d][.!?]\s/u.test(line);
}

const SENTENCE_STOP = /(?<!(?:^|\s)(?:Gov|Dr|Mr|Mrs|Ms|Sen|Rep|St|Gen|Lt|Col|Sgt|Prof|Jr|Sr|Mme|Pr))[.!?](?:\s+(?!\d)|$)/gu;
function isShortLine(text: string, prev: { start: number; end: number }): boolean {
  const line = text.slice(prev.start, prev.end);
  // (A stop before a figure is an abbreviation's: "on Feb. 22." is one sentence.)
  // (A title's stop is none: "Gov. Marcia Oyelaran-Platt delivers her address…".)
  // (A title in quotation marks is no one's words: "…during a taping of “The Final Column” in February.")
  return line.length <= 250 && /^\p{Lu}/u.test(line) && countWords(line) >= 3 && !QUOTES_OR_REPORTING.test(line.replace(QUOTED_TITLE, "T").toLowerCase()) && (line.match(SENTENCE_STOP) ?? []).length <= 1;
}
const QUOTED_TITLE = /[«“][\s\u00A0]*\p{Lu}[^»”.,!?]{0,40}?[\s\u00A0]*[»”]/gu;

// A credit glued to the paragraph under it: capitalised words around a slash, « PHOTO : NOROÎT
// INFO / JULIEN PARÉDans un bilan… », "Dana Whelan/The Tidewater LedgerThe slide came down…",
// up to where a lower-case letter meets a capital, or a word in capitals meets a capitalised one
// ("Graphic: Airframe Dispatch/NAIB dataThe July 22 incident…": a chart's, on its data).
// (« Photo Noah Servel/L’Écho lorvannaisLa liste… »: a label with no colon, and a paper whose name
// ends on an adjective in lower case.)
const GLUED_CREDIT = /^(?:(?:PHOTO|Photo(?:graph)?|Picture|Image|Crédit|Credit|Graphic|Chart|Map|Infographie|Graphique|Carte)\s?:?\s?)?\p{Lu}[\p{L}'’.&-]*(?:\s\p{Lu}[\p{L}'’.&-]*){0,3}\s?\/\s?\p{Lu}[\p{L}'’.-]*?(?:\s\p{Lu}[\p{L}'’.-]*?){0,4}?(?:\s(?:data|données|archives?)|(?<=^(?:PHOTO|Photo)\s.*)\s\p{Ll}{4,}?)?(?:(?<=\p{Ll})(?=\p{Lu}\p{Ll})|(?<=\p{Lu}{2})(?=\p{Lu}\p{Ll}))/u;
// …and one that says it is a credit, whose outlet may hold small words and end at a space:
// « Photo : Lina Verbrugghe / Le Courrier de la Senne Le chef de groupe… », « © Ousmane
// Kâ-Diatta pour L’Hebdo du ContinentDes chiffres… ».
// (Or before a quotation that opens the paragraph: « Photo : Anaïs Trévidic-Sall/Côte Ouverte« La mer
// a pris le Marie », titre La Vigie… ».)
const MARKED_GLUED_CREDIT = /^(?:PHOTO|Photo(?:graph)?|Crédit(?: photo)?|Credit|Illustration|Picture|©)\s?:?\s?\p{Lu}[\p{L}'’.&-]*(?:\s(?:(?:de|du|des|la|le|l['’])\s)*\p{Lu}[\p{L}'’.&-]*){0,4}(?:\s?\/\s?|\s(?:pour|for)\s)[«“]?\s?\p{Lu}[\p{L}'’.-]*?(?:\s(?:(?:de|du|des|la|le|l['’]|of|the|and|et|&)\s)*\p{Lu}[\p{L}'’.-]*?){0,5}?[\s»”]?(?:(?<=\p{Ll})(?=\p{Lu}\p{Ll})|(?<=\p{Lu}{2})(?=\p{Lu}\p{Ll})|(?<=[\p{L}»”]\s)(?=(?:Le|La|Les|Un|Une|Des|Dans|Selon|Pour|Après|The|A|An|In|On|After|According|At|During|When|Shortly|Just|I|We|Nous|Je)\s[\p{Ll}\d]|L['’]\p{Ll}|J['’]\p{Ll})|(?<=\p{L})(?=[«“]))/u;
// …and a label with a name only, glued with no space: "Picture: Owen Prothero-HaleThe most serious
// incident came…", « Photo Maëlle Quintard-ObiUn membre de… » (no colon), « Infographie : Horizon
// Info · Source : ministère de la SantéDans la province… ».
// ("Photograph: Chronicle archiveThe force…": an archive's word in lower case too.)
// (« Infographie L’Écho de la BrandelleLa hausse… »: a chart's credit, a title's small words; «
// Infographie : Lou Beaumarchef-TessierÀ Valdaurac, … »: a sentence opening on « À ».)
// ("Photograph: Gullhaven Bay RadioAMARA LINDQVIST-BOATENG: Good evening.": a transcript's first
// speaker after it.)
const LABELLED_GLUED_CREDIT = /^(?:Picture|Photo(?:graph)?|PHOTO|Image|Crédit(?: photo)?|Credit|Infographie|Illustration)(?:\s?:\s?|\s)\p{Lu}[\p{L}'’.-]*(?:\s(?:\p{Lu}[\p{L}'’.-]*|archives?|files?|handout|pool|de|du|des|la|le))*?(?<=\p{Ll})(?=\p{Lu}\p{Ll}|[ÀA][\s\u00A0]\p{Lu}|\p{Lu}{2,}[\p{Lu} '’-]*\s?:\s)|^(?:Infographie|Graphique|Graphic|Chart|Carte|Map)\s?:?\s?[^.·–—\n]{2,40}?\s?[·–—]\s?Source\s?:\s?[^.\n]{2,60}?(?<=\p{Ll}|\p{Lu}{2})(?=\p{Lu}\p{Ll})/u;
// …and a wire's, in brackets: "(Trellis Photo/Jonah Ekwueme)PORT QUILLON, Marrovia (Trellis) — …".
const BRACKETED_GLUED_CREDIT = /^\((?:\p{Lu}[\p{L}'’.&-]*\s?){1,4}\/\s?\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,4}\)(?=\s?\p{Lu})/u;
// A byline, two or three capitalised names, before a sentence's first word (the first-name table
// lacks many: « Solène »).
// (With the writer's title: "By Harriet Penwarden-Obi, Health ReporterThe chief executive…".)
const GLUED_BYLINE = /^(?:Par|By)\s\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}(?:,\s(?:\p{L}[\p{L}-]*\s){0,3}(?:[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Ww]riter|[Jj]ournaliste|[Cc]orrespondante?|[Rr]édact(?:eur|rice)))?(?=\s?(?:L['’]\p{Lu}|(?:Le|La|Les|Un|Une|Des|Dans|Selon|The|A|An|In|On|After|According)\s))/u;
function findGluedByline(line: string): number {
  const m = GLUED_BYLINE.exec(line);
  return m && isParagraph(line.slice(m[0].length)) ? m[0].length : 0;
}

// A broadcaster's "Image source, Tellbridge One" glued to the paragraph ("…OneA Tellbridge One camera
// crew…", "…NewsVarra Line Ltd, which…"), and a labelled credit whose name, a first name the table
// knows and a surname, a space parts from the paragraph: "Picture: Jasper Nwosu-Hale Last month the
// Standard revealed…".
const SOURCE_GLUED_CREDIT = /^(?:Image source|Source de l['’]image|Source image),\s?\p{Lu}[\p{L}'’.&-]*(?:\s\p{Lu}[\p{L}'’.&-]*){0,3}?(?<=\p{Ll})(?=\p{Lu}[\p{Ll}\s])/u;
const NAMED_CREDIT = /^(?:Picture|Photo(?:graph)?|PHOTO|Image|Crédit(?: photo)?|Credit)\s?:\s?(\p{Lu}[\p{Ll}'’-]+)\s\p{Lu}[\p{L}'’-]+(?=\s\p{Lu}\p{Ll}*\s\p{Ll})/u;

/** Length of a photo credit glued to the start of a paragraph, or 0. */
function findGluedCredit(line: string): number {
  const named = line.length > 60 ? NAMED_CREDIT.exec(line) : null;
  const m = line.length > 60 ? (GLUED_CREDIT.exec(line) ?? MARKED_GLUED_CREDIT.exec(line) ?? BRACKETED_GLUED_CREDIT.exec(line) ?? LABELLED_GLUED_CREDIT.exec(line) ?? SOURCE_GLUED_CREDIT.exec(line) ?? (named && isFirstName(named[1]!) ? named : null)) : null;
  return m && isParagraph(line.slice(m[0].length)) ? m[0].trimEnd().length : 0;
}

// A wire dateline opening the first paragraph: "PORT ARLESS, Ont. — Arless Valley Hydro says…",
// "BHUVANPUR: The State School Education Department…", "EAST VARROW, Pa. (WRDX) - A complaint…".
// (Only before the body has begun: later, a name in capitals and a colon is a transcript's
// speaker. An ASCII hyphen only after a state or an outlet's tag: "NASA - The agency…" is none.)
const PLACE_CAPS = String.raw`\p{Lu}{2,}(?:[\s'’-]\p{Lu}{2,}){0,3}`;
const STATE = String.raw`,\s\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?`;
const OUTLET_TAG = String.raw`\s\([^()]{2,30}\)`;
const DATELINE_GLUED = new RegExp(String.raw`^${PLACE_CAPS}(?:(?:${STATE})?(?:${OUTLET_TAG})?(?:\s[—–]|:)|(?:${STATE}(?:${OUTLET_TAG})?|${OUTLET_TAG})\s-)(?=\s+\p{Lu})`, "u");
// (Before a capital and a lower-case letter or an elision: « PublicitéD’après le rapport… ».)
const TRAILING_READ = /(?<=[.!?…»”"’][\s\u00A0]*)READ:\s[^.!]{5,200}[.!?]?$/u;
const TRAILING_LABEL_TAIL = /(?<=[.!?…»”"’][\s\u00A0]+)[^.!?…»”"’]{4,40}$/u;
/** A rail's label alone after a paragraph's last sentence: "…1,900 students. Most popular". */
function trailingLabel(line: string): RegExpExecArray | null {
  const tail = line.length > 44 ? TRAILING_LABEL_TAIL.exec(line.slice(-44)) : null;
  if (!tail || !RELATED_LABEL.test(tail[0].trim())) return null;
  tail.index += line.length - 44;
  return tail;
}
// A site's label glued before a paragraph: « AbonnésLa fromagerie… », "Social SharingA Kestrel
// Falls food maker…".
const SITE_LABEL_GLUED = /^(?:(?:Article )?[Rr]éservé aux (?:abonnés|membres)|after newsletter promotion|Members only|MEMBERS ONLY|Abonnés|ABONNÉS|Premium|PREMIUM|Social Sharing|Subscriber [Ee]xclusive|Exclusive|EXCLUSIVE|(?:Rejoignez|Suivez)[- ]nous sur (?:WhatsApp|Telegram|Facebook|Instagram|X)|Rejoignez notre chaîne (?:WhatsApp|Telegram)|Écouter cet article|Listen to this (?:article|story)|Join our (?:WhatsApp|Telegram) channel|Follow us on (?:WhatsApp|Telegram|Facebook|Instagram|X))(?=\p{Lu}(?:\p{Ll}|['’]\p{L}|\s))/u;
// (Some come with a space: "Forwarded this email? Sign up here. Good morning.", « Accès Pro Thibault
// Ancelin… », a transcript's label before its first greeting: « Transcription Bonjour à toutes et à
// tous. ».)
// (And a time stamp: "Updated 4:12 p.m. A six-hour outage…", « Mis à jour à 18h05 Le… ».)
const SPACED_LABEL_GLUED = /^(?:(?:Transcription|TRANSCRIPTION|Transcript|TRANSCRIPT)(?=\s+(?:Bonjour|Bonsoir|Good|Hello|Welcome|Bienvenue|\p{Lu}{2,}[\p{Lu} '’-]*:))|Nécrologie|NÉCROLOGIE|Obituary|OBITUARY|Décryptage|DÉCRYPTAGE|Explainer|EXPLAINER|Exclusif|EXCLUSIF|Éditorial|ÉDITORIAL|Editorial|EDITORIAL|\p{Lu}{2,5} \d[\d.,]*p? [▼▲] ?[-+−]?\d[\d.,]*[ \u00A0]?%|Écouter cet article|Listen to this (?:article|story)|Forwarded this (?:email|newsletter)\?\s(?:Sign up|Subscribe)(?: here)?[.!]|Votre navigateur ne permet pas de lire cette vidéo\.|Your browser does not support the video tag\.|Accès (?:Pro|abonnés?|Premium)|(?:Article )?[Rr]éservé aux abonnés|Subscriber [Ee]xclusive|(?:Updated|UPDATED|Mis à jour|MIS À JOUR)(?: (?:on|at|le|à))?(?: [\p{L}.]{3,10} \d{1,2},? \d{4},?| \d{1,2}(?:er)? [\p{L}.]{3,10},? \d{4},?)?(?: (?:at|à))? \d{1,2}(?::|h|\.)\d{2}(?: ?[ap]\.m\.)?(?: [A-Z]{2,4})?)(?=\s+\p{Lu})/u;
// (Only before a paragraph: « Article réservé aux abonnés Évasion ratée à Saint-Aurin : le récit… »
// is a teaser for another article, label and all.)
/** The match of `re` at the start of `line` when a paragraph follows it. */
function beforeParagraph(re: RegExp, line: string): RegExpExecArray | null {
  const m = re.exec(line);
  return m && isParagraph(line.slice(m[0].length).trim()) ? m : null;
}
const spacedLabel = (line: string) => beforeParagraph(SPACED_LABEL_GLUED, line);
// ("Advertisement At the Ambleford Mutual pop-up office, …": with a space, before a paragraph.)
const AD_LABEL_SPACED = /^(?:Advertisement|ADVERTISEMENT|Publicité|PUBLICITÉ)(?=[ \u00A0]\p{Lu})/u;
const spacedAdLabel = (line: string) => beforeParagraph(AD_LABEL_SPACED, line);
// ("Sign up to The Commute, our free weekday newsletter on how the country gets around A senior
// manager…": a newsletter's pitch, its lower-case words up to the paragraph's first capital.)
const NEWSLETTER_SPACED = /^(?:Sign up (?:to|for)|Subscribe to) [^.!?\n]{2,80}?newsletter(?:[ \u00A0][\p{Ll}’'-]+){0,12}(?=[ \u00A0]\p{Lu})/u;
const spacedNewsletter = (line: string) => beforeParagraph(NEWSLETTER_SPACED, line);
// ("Forwarded this email? Sign up here.When the evacuation order…": a newsletter's prompt too.)
// ("Story continues below advertisementIn a preliminary report…", « Rejoignez notre chaîne
// WhatsAppÀ l’hôpital… »: a site's label or prompt glued before the paragraph.)
// A recording's time code glued before a transcript's speaker: "02:40JÉRÔME ASTRUC-MBAYE : …".
const TIMECODE_GLUED = /^(?:\d{1,2}:)?\d{1,2}:\d{2}(?=\p{Lu}{2,}[\p{Lu}'’ -]*[\s\u00A0]?:)/u;
// Share buttons glued before a paragraph: "Partager : Facebook · X · E-mailL’affirmation : …",
// "Share: Facebook · X · EmailThe council…".
const SHARE_NETWORK = String.raw`(?:Facebook|X|Twitter|WhatsApp|LinkedIn|Bluesky|Threads|Mastodon|Telegram|E-mail|Email|Courriel|Mail|Imprimer|Print|Copier le lien|Copy link)`;
const SHARE_LABEL_GLUED = new RegExp(String.raw`^(?:Partager|Partagez|Share(?: this (?:article|story))?)(?:[\s\u00A0]?:)?[\s\u00A0]+${SHARE_NETWORK}(?:[\s\u00A0]?[·|,•][\s\u00A0]?${SHARE_NETWORK})+(?=\p{Lu}(?:\p{Ll}|['’]\p{L}))`, "u");
const AD_LABEL_GLUED = /^(?:(?:Skip |SKIP )?(?:Advertisement|ADVERTISEMENT)|Publicité|PUBLICITÉ|Sponsored|SPONSORED|(?:Story|Article) continues below(?: this)? advertisement|La suite (?:de l['’]article )?après (?:la|cette) publicité|Forwarded this (?:email|newsletter)\?\s(?:Sign up|Subscribe)(?: here)?[.!]?)(?=\p{Lu}(?:\p{Ll}|['’]\p{L}|\s)|[«“][\s\u00A0]*\p{Lu})/u;
// ("Listen duration 3′ 48″ Swimmers…": its length in minutes and seconds, then the paragraph;
// "Listen to this article · 5 min Thornhale Components will…": in minutes, at a space.)
// (A reading time: « Lecture : 4 minLes adultes qui… », "5 min readThe council…".)
// ("▶ Écouter le reportage de Pauline Delvaux (2:14)« On n’y croyait plus… »", "Watch: How safe
// are AI tutors? (2:41) When Bluegum News tested…": a player's title with its length; « ▶ Écouter
// (4 min) Bonjour à toutes et à tous. », « ▶ Écouter le reportage (2 min 48)L’enseigne… »: in
// minutes, and seconds.)
// (Or a player's arrow and label glued before a transcript's first speaker in capitals: « ▶ Écouter
// le journal NINON ESCALIER-BAPTISTE : Bonjour… »; or its label alone, "Watch the report MARCUS
// TREVENNA, POLITICAL EDITOR: Ruth, …"; or a clip's label and length before a speaker named as a
// label: « Écouter l’extrait · 0 min 24 s Firmin Aubazac-Ndour : « On a une convention… » », « ▶
// Écouter l’extrait AURÉLIE MANCEAU-DIOP (extrait) : « … » ».)
const PLAYER_LABEL_GLUED = /^(?:[▶►][\s\u00A0]?)?(?:Écouter|Réécouter|Regarder|Listen|Watch|Play)[^\n:]{0,40}?(?=[\s\u00A0]\p{Lu}{2,}[\p{Lu}'’ ,-]*(?:[\s\u00A0]\([^()\n]{1,20}\))?[\s\u00A0]?:[\s\u00A0])|^(?:[▶►][\s\u00A0]?)?(?:Écouter|Regarder|Voir|Listen|Watch|WATCH|LISTEN)(?:\s?:)?\s[^()\n]{3,100}\(\d{1,2}[:’'′]\d{2}\)(?=[\s\u00A0]?[«“"]?[\s\u00A0]?\p{Lu})|^[▶►][\s\u00A0]?(?:Écouter|Regarder|Listen|Watch|Play)[^()\n]{0,100}\(\d{1,2}[\s\u00A0]?min(?:[\s\u00A0]?\d{1,2}(?:[\s\u00A0]?s)?)?\)(?=[\s\u00A0]?[«“]?[\s\u00A0]?\p{Lu})|^(?:Lecture|Temps de lecture|Reading time)\s?:\s?\d{1,2}\s?min(?:utes?)?(?=\s?\p{Lu})|^\d{1,2}\s?min(?:ute)? read(?=\s?\p{Lu})|^(?:Listen|Écouter|Play|Lecture)(?:\s*[•·|]\s*|\s+(?:duration|durée)\s*:?\s*)(?:\d{1,2}:\d{2}|\d{1,2}\s*[′']\s*\d{1,2}\s*[″"])(?=\s?\p{Lu})|^(?:Listen to this (?:article|story)|Écouter (?:cet|l['’])article)\s*[•·|]\s*\d{1,2}\s*min(?=\s\p{Lu})|^(?:[▶►][\s\u00A0]?)?(?:Écouter|Réécouter|Listen|Play)[^·•|\n]{0,40}[•·|][\s\u00A0]*\d{1,2}[\s\u00A0]?min(?:[\s\u00A0]?\d{1,2}[\s\u00A0]?s)?(?=[\s\u00A0]+\p{Lu}[\p{L}’'-]+(?:[\s\u00A0]\p{Lu}[\p{L}’'-]+){0,3}[\s\u00A0]?:[\s\u00A0])/u;
const MEDIA_LENGTH = /^(?:durée|duration)\s*:\s*\d.{0,20}$/iu;
const VIDEO_LABEL = /^(?:play video|watch video|lire la vidéo|regarder la vidéo)\.?\s*(?:duration|durée)\s*:?\s*[\d\s\p{L}:]{1,40}$/iu;
const ADS_LABEL = /^(?:petites annonces|annonces classées|classifieds|classified ads)\s*:?$/iu;
const BOX_BULLET = /^[•▪●◦■]\s/u;
// A sheet's label, whose lines are facts set out, not sentences.
const SHEET_LABEL = /^(?:la fiche|fiche technique|fact box|at a glance)\s*:?$/iu;
const ENDS_LIKE_SENTENCE = /[.!?…»”"][\s\u00A0]*$/u;
// A fact-check's labels: the claim's and its speaker's, then the rating's.
const CLAIM_LABELS = "the claim|claim|ce qui est affirmé|ce qui a été dit|l['’]affirmation|what was claimed|who said it|who made the claim|said by|made by|claimed by|qui l['’]a dit|auteur de l['’]affirmation";
const VERDICT_LABELS = "our rating|rating|our verdict|verdict|notre verdict|notre note";
const FACT_CHECK_LABEL = new RegExp(String.raw`^(?:(${CLAIM_LABELS})|${VERDICT_LABELS})\s*:?$`, "iu");
const PITCH_OPENER = /^(?:Recevez|Inscrivez-vous|Abonnez-vous|Sign up|Subscribe)(?![\p{L}])/u;
const BLANK_LINE = /\n[ \t]*\r?\n/u;
const VERDICT_LINE = /^(?:VERDICT|OUR VERDICT|RATING|OUR RATING|NOTRE VERDICT)[\s\u00A0]?:/u;
const BOX_LABEL = new RegExp(String.raw`^(?:la fiche|fiche technique|fact box|at a glance|${CLAIM_LABELS}|${VERDICT_LABELS}|chiffres[- ]clés|les chiffres clés|en chiffres|key figures|in numbers|by the numbers|what you need to know|key points|ce qu['’]il faut (?:savoir|retenir)|à retenir)\s*:?$`, "iu");
const TRAILING_PAYWALL = /(?<=[.!?…»”"’])[ \u00A0]*(?:you(?:['’]ve| have) read \d+ (?:of|out of) (?:your )?\d+ (?:free )?articles|vous avez lu \d+ (?:des|sur) \d+ articles).{0,200}$/iu;
const UPDATE_WORDS = /mis à jour|mise à jour|updated/u;

// The labels a paragraph may carry glued before it, tried in order, each with its reason (null:
// a link's or a player's label, or an update's when it says so).
const GLUED_LABELS: Array<[(line: string) => RegExpExecArray | null, string | null]> = [
  [(line) => AD_LABEL_GLUED.exec(line) ?? spacedAdLabel(line), "advertisement"],
  [spacedNewsletter, "newsletter"],
  [(line) => SHARE_LABEL_GLUED.exec(line), "share"],
  [(line) => TIMECODE_GLUED.exec(line), "dateline"],
  [(line) => PLAYER_LABEL_GLUED.exec(line) ?? SITE_LABEL_GLUED.exec(line) ?? spacedLabel(line), null],
];
/** The label glued before the paragraph on `line` ("AdvertisementWill people…", "Listen •
 *  4:12Two people died…", "Partager : Facebook · X · E-mailL’affirmation…"), or null. */
function labelGluedBefore(line: string): { length: number; reason: string } | null {
  for (const [find, reason] of GLUED_LABELS) {
    const m = find(line);
    if (m) return { length: m[0].length, reason: reason ?? (UPDATE_WORDS.test(m[0].toLowerCase()) ? "dateline" : "related_link") };
  }
  return null;
}
const TRAILING_STAMP = /(?<=[.!?…»”"’][\s\u00A0]*)(?:mis à jour|mise à jour|updated)[\s\u00A0](?:il y a[\s\u00A0]\d+[\s\u00A0]?\p{L}+|\d+[\s\u00A0]?(?:min|mins|minutes?|hours?|hrs?|h)[\s\u00A0]ago)\.?$/iu;
// (Or a wire's sign-off initials after it, with a space: "…de ses clients ». ble/ikm/gv".)
const SIGN_OFF_END = /\/\p{Ll}{2,4}$/u;
const INITIALS_SIGNATURE = /(?<=[.!?»”"])[ \u00A0]*(?:(?:\p{Lu}\.){2,4}|(?:\p{Lu}{2,6}[- ]+)?(?:\p{Ll}{2,4}\/)+\p{Ll}{2,4})$/u;

const POLL_LABEL = /^(?:sondage|poll|votre avis|your say|have your say|quiz|vote)\s*:?$/iu;
const AUTHOR_NOTE_AFTER_BYLINE = /^(?:[\p{L}-]+,\s)?(?:elle|il|iel|she|he|they)\s(?:couvre|suit|documente|travaille|écrit|a rejoint|a été|était|est|covers|has covered|reports|writes|has written|joined|is|was|previously)(?![\p{L}])/iu;

/** Length of a headline glued to the start of a paragraph, or 0. */
// A live page's time stamp in mid-line: what comes before it is a teaser glued to the entry
// (« Municipales Le port de plaisance, un gouffre financier ? Notre enquête 20h48 – Le maire… »).
const MID_LINE_STAMP = /\s(?:\d{1,2}[\s\u00A0]?h[\s\u00A0]?\d{2}|\d{1,2}:\d{2})[\s\u00A0]*[–—][\s\u00A0]+/u;

// A link's label then its headline glued to a paragraph ("Related: Parents demand answers after
// classroom ceiling collapse Nationally, the Department…", "Explainer: who polices our rivers, and
// why… But Graham Petts said…"): the headline ends where a capitalised word opens a sentence
// (followed by a comma, an -ly adverb or a usual opener) after a lower-case word.
// The labels of a link to another piece, as pages glue them to a paragraph.
const LINK_LABELS = "related|read more|vidéo|video|read next|read also|also read|see also|more on this story|à lire aussi|a lire aussi|lire aussi|lire également|voir aussi|sur le même sujet";
// (No `i` flag where a capital must follow: the labels match in any case by `anyCase`.)
// (A player's label only with its colon: "LISTEN: The GridWire Podcast, episode 112 – Who guards
// the substations? Hackers…"; "Listen to…" opens a sentence.)
const LINK_LABEL = new RegExp(String.raw`^(?:(?:${anyCase(`${LINK_LABELS}|explainer|analysis|in depth|décryptage|analyse`)})(?:\s*[:|.>→]\s*|\s+(?=\p{Lu}))|(?:${anyCase("listen|watch|écouter|regarder|podcast")})\s*:\s*)`, "u");
const LABELLED_GLUE = /(?<=(?:^|\s)[\p{Ll}\d\p{Sc}]\S*) (?=\p{Lu}\p{Ll}+,|\p{Lu}\p{Ll}+ly\s|(?:But|However|Meanwhile|The|A|An|He|She|They|It|We|This|In|On|Last|Mais|Selon|Le|La|Les|Un|Une|Des|Pourtant|Cependant)\s|L['’]\p{Lu})|(?<=\S) (?=(?:D['’]après|Selon)\s\p{Ll})/gu;
const HEADLINE_CANNOT_END = /(?:^|\s)(?:en|de|du|des|à|au|aux|le|la|les|l['’]|un|une|sur|pour|par|in|of|on|at|to|the|a|an|for|by)$/iu;
// Failing those, the first capitalised word after a lower-case one: a sentence-case headline has
// none of its own ("Related: The ice-fishing season that never came Warm winters appear…").
const CASE_GLUE = /(?<=\s\p{Ll}[\p{Ll}'’-]*) (?=\p{Lu}\p{Ll})/gu;

// (The cheap tests, on the lower-cased line: see forLowerCase.)
const LINK_WORDS = new RegExp(`${LINK_LABELS}|more from|click here`, "u");
const PROMPT_WORDS = /stay with us|scroll down|continues below|suite (?:de l['’]article )?après|follow (?:our|this) live|suivez notre direct|restez avec nous|sont mobilisés|abonnez-vous|sign up to|subscribe to|got a (?:claim|tip|story)/u;
const PAYWALL_WORDS = /read \d|avez lu \d/u;
const PRINT_WORDS = /in print|print edition|est paru dans|a paru dans|first published|was published/u;
const TRAILING_PRINT_NOTE = /(?<=[.!?…»”"’])[ \u00A0]*(?:this (?:report|story|article) by [^.!?]{2,60} was (?:first )?published|a version of this (?:article|story) appears? in print|this (?:article|story) appeared in (?:print|(?:\S+\s){0,4}print edition)|(?:cet article|cet entretien|ce reportage) (?:est paru|a paru) dans (?:l['’]édition|notre édition|le numéro))(?![\p{L}])[^\n]{0,240}$/iu;
// (« …lui échappe ? Nos journalistes sont mobilisés toute la journée pour vous informer. »)
const TRAILING_PROMPT = /(?<=[.!?…»”"’][\s\u00A0]+)(?:stay with us(?: for (?:updates|more))?|scroll down for (?:video|more)|(?:story|article) continues below(?: this)? advertisement|la suite (?:de l['’]article )?après (?:la|cette) publicité|follow (?:our|this) live (?:coverage|page|blog)|suivez notre direct|restez avec nous|nos (?:journalistes|équipes|reporters) sont mobilisés[^.!?]{0,80}pour vous informer|abonnez-vous (?:à|au|aux) [^.!?]{2,80}|got a (?:claim|tip|story)[^.!?]{0,60}\?(?:\s+(?:email|e-mail|write to|contact)\s[^\s]{2,80})?|(?:sign up|subscribe) to (?:our|the) [^.!?]{2,80}newsletter[^.!?]{0,60})[.!]?$/iu;
// (After an update label, the note may also open on what was done: "Added comment from…".)
// (« ACTUALISATION : ajoute la réaction de la Ligue Élite aux deux derniers paragraphes ».)
const NOTE_AFTER_LABEL = new RegExp(String.raw`^(?:${PAGE_NOTE}|(?:added|adds|updated|corrected|clarified|ajoute|ajout|actualisé|actualise|corrige|complète)\s)`, "iu");
const UPDATE_LABEL = /^(?:update|updated|corrections?|clarifications?|editor['’]s note|mise à jour|actualisation|rectificatif|précision)(?:,(?:[^:]|(?<=\d):(?=\d)){1,40})?[\s\u00A0]?:[\s\u00A0]+(?=(?:\S+[\s\u00A0]+){4})/iu;

// A pull quote: a line that is all quotation, repeating words the article quotes elsewhere
// (“It has not left Oudenhaven since 1886…”).
const PULL_QUOTE = /^[«“"‘][\s\u00A0]*(.{12,200}?)[\s\u00A0]*(?:…|\.\.\.)?[\s\u00A0]*[»”"’]$/u;
function isPullQuote(text: string, line: string, at: number): boolean {
  const m = PULL_QUOTE.exec(line);
  if (!m) return false;
  const words = m[1]!.replace(/[.,;:!?…]+$/u, "");
  const first = text.indexOf(words);
  return first >= 0 && (first < at || text.indexOf(words, at + line.length) >= 0);
}

// (Also with no space after the stop, as pages join blocks: "…depuis midi.LIRE AUSSI. Tramway : …".)
const TRAILING_LINK = new RegExp(String.raw`(?<=[.!?…»”"’][\s\u00A0]*)(?:(?:${anyCase(LINK_LABELS)}|${anyCase("more from")} [^:|.!?]{1,40})(?:[\s\u00A0]*[:|.>→][\s\u00A0]*|[\s\u00A0]+(?=\p{Lu}))|${anyCase("click here")}[\s\u00A0]+)[^.!]{5,200}(?:[.!?](?:[\s\u00A0]+[^.!]{3,80}[.!?]?)?)?$`, "u");

/** What follows a glued headline must be a paragraph: a sentence of eight words or more. (Or
 *  sentences ending on a question: "…on a spring high tide. Callum, what can you see?") */
function isParagraph(rest: string): boolean {
  const t = rest.trim();
  return t.split(/\s+/).length >= 8 && (/[.!…]["”»’]?$/u.test(t) || (/\?["”»’]?$/u.test(t) && /[.!]["”»’]?\s+\p{Lu}/u.test(t)));
}

/** Length of a link's label and headline glued to the start of a paragraph, or 0. */
function findGluedLink(line: string): number {
  const label = LINK_LABEL.exec(line);
  if (!label) return 0;
  // (A headline that asks a question ends at its question mark: « À lire aussi Pesticides : les
  // ventes ont-elles baissé ? Sur le plateau… ».)
  const asked = /^[^.!?]{5,200}\?[\s\u00A0]+(?=\p{Lu})/u.exec(line.slice(label[0].length));
  if (asked && asked[0].split(/\s+/).length <= 26) {
    const at = label[0].length + asked[0].trimEnd().length;
    if (line.slice(at).trim().split(/\s+/).length >= 8) return at;
  }
  // (A headline joined to the paragraph with no space: « À lire aussi : Cols alpins : le Haut-Val
  // teste un péage estivalSamedi vers 10 heures, la file… ».)
  const joined = joinAt(line.slice(label[0].length));
  if (joined > 0) {
    const at = label[0].length + joined;
    if (line.slice(label[0].length, at).split(/\s+/).length <= 25 && isParagraph(line.slice(at))) return at;
  }
  // (A usual opener first; the change of case only where none ends the headline.)
  // (A headline ends on no preposition or article: « Vols de voitures en Corlande, ce que disent
  // vraiment les chiffres L’OSSP ne publie… » goes on past « en ».)
  for (const re of [LABELLED_GLUE, CASE_GLUE]) {
    re.lastIndex = label[0].length;
    for (let g = re.exec(line); g; g = re.exec(line)) {
      const headline = line.slice(label[0].length, g.index);
      if (headline.split(/\s+/).length > 25 || SENTENCE_END.test(headline)) break;
      if (HEADLINE_CANNOT_END.test(headline)) continue;
      if (isParagraph(line.slice(g.index))) return g.index;
      break;
    }
  }
  return 0;
}

/** The reason a whole line is page furniture by one of the widget patterns, or null.
 *  `wholeOnly`: not the patterns that read only the line's end (for words cut from a paragraph). */
function widgetReason(body: string, wholeOnly = false): string | null {
  if (body.length > 400) return null;
  const lower = body.toLowerCase();
  let reader: boolean | undefined;
  let may: Uint8Array | undefined;
  const tail = body.length > 160 ? body.slice(-160) : body;
  const lowerTail = lower.length > 160 ? lower.slice(-160) : lower;
  for (const { re, onLower, reason, maxLength, gate, needs, index } of widgetsStartingWith(lower[0] ?? "")) {
    // Long lines are only furniture when they carry no sentence of their own.
    if (body.length > maxLength) continue;
    if (needs && !(may ??= WIDGET_PREFILTER.mayMatch(lower))[index]) continue;
    if (gate === "reader" && !(reader ??= READER_WORD.test(lower))) continue;
    if (wholeOnly && gate === "tail") continue;
    if (re.test(gate === "tail" ? (onLower ? lowerTail : tail) : onLower ? lower : body)) return reason;
  }
  return null;
}

// Furniture glued to a paragraph's last sentence with no space: "…before staff were told.Read
// More", « …, a-t-elle ajouté.PUBLICITÉ », "…in September.Your gift powers reporting like this.
// Give today." The words after the last such join are read as a line of their own.
// (A player's arrow may open the glued block: "…au-dessus de la coulée.▶ Écouter le reportage (1’48)".)
const GLUED_JOIN = /[.!?…»”"](?=\p{Lu}|[▶►][\s\u00A0]?\p{Lu})/gu;
// (And a wire's sign-off in brackets after the last sentence, "…requests for comment. (Reporting by
// Tom Ashdown-Reyes; editing by Graham Ollerenshaw)", or a labelled caption: "…between 2021 and
// 2025. Media caption, Residents on both sides explain…".)
// (Or a document's card: "…before the site went dark. DOCUMENT: Halvorsen’s incident report (12
// pages)"; or a plea to pass the letter on: « …collée sur la porte ». Cet article vous a été utile ?
// Transférez cette lettre à un proche »; or a player's link: "…par 7 voix contre 2. ▶ Revoir la
// séance en vidéo", a bulletin's « Retrouvez ce reportage dans notre journal de 19h », a
// fact-check's "How we rate claims".)
// (Or a sponsor's label or a plug for the outlet's accounts: "…this weekend, I have bad news.
// PRESENTED BY PENNEWICK KITCHEN SUPPLY", "…in every ward”. Follow Dellmoor Radio News on Facebook
// and X", a newsletter's pitch: « …par un seul ticket. Recevez chaque vendredi notre lettre Au
// crible ».)
const LABEL_AFTER_SENTENCE = /[.!?…»”"][\s\u00A0]+(?=(?:[ÀA] (?:lire|écouter|voir|regarder|revoir) aussi|Lire aussi|Voir aussi|Pour aller plus loin|Read (?:more|also)|See also|Further reading)[\s\u00A0]?:|\((?:[Aa]dditional )?[Rr]eporting by |(?:Image|Media|Video) caption,|(?:PRESENTED|SPONSORED|Presented|Sponsored) (?:BY|by) |(?:Recevez (?:chaque|tous les)|Inscrivez-vous à|Abonnez-vous à|Sign up (?:to|for)|Subscribe to) [^.!?]{3,80}$|(?:Follow|Suivez) [^.!?]{1,40} (?:on|sur) (?:Facebook|X|Twitter|Instagram|TikTok|LinkedIn|YouTube|Bluesky|Threads|WhatsApp|Mastodon)(?![\p{L}])|(?:DOCUMENTS?|PDF)[\s\u00A0]?:\s[^!?]{3,140}\((?:PDF,?\s?)?\d+[\s\u00A0]?(?:pages?|p\.)\)$|[▶►][\s\u00A0]?(?:Revoir|Regarder|Voir|Écouter|Réécouter|Watch|Listen|Replay)[^.!?]{3,80}$|Retrouvez (?:ce|cet|cette|notre) (?:reportage|sujet|entretien|émission)[^.!?]{3,80}$|How we rate claims$|(?:Cet article vous a (?:été utile|plu)|Vous aimez [^.!?]{1,40}|Enjoying [^.!?]{1,40})[\s\u00A0]?\?[\s\u00A0](?:Transférez|Partagez|Faites-le suivre|Forward|Share)[^.!?]{3,80}$)/gu;
/** Where the last join with no space after a sentence's stop falls in the line's last 200
 *  characters (only those may be furniture: the search starts there), or -1. */
function lastGluedJoin(line: string): number {
  let at = -1;
  GLUED_JOIN.lastIndex = Math.max(0, line.length - 201);
  for (let m = GLUED_JOIN.exec(line); m; m = GLUED_JOIN.exec(line)) at = m.index + 1;
  return at;
}
function gluedFurniture(line: string): { at: number; reason: string } | null {
  let at = lastGluedJoin(line);
  // (Or a link's label opening the paragraph's last sentence: "…pourrait être retardée. À
  // écouter aussi : Haïti, une élection sous haute tension (Le Midi, 9 min)".)
  LABEL_AFTER_SENTENCE.lastIndex = Math.max(0, line.length - 201);
  for (let m = LABEL_AFTER_SENTENCE.exec(line); m; m = LABEL_AFTER_SENTENCE.exec(line)) at = Math.max(at, m.index + m[0].length);
  if (at < 0 || line.length - at > 200) return null;
  const tail = line.slice(at);
  // (A pitch after a question asks the reader too: "Want more local education news? Sign up to
  // our free Learning Post newsletter", « Cet article vous a été utile ? Recevez… » is one line of
  // furniture, not a sentence and a glued pitch.)
  if (/\?[\s\u00A0]*$/u.test(line.slice(0, at)) && PITCH_OPENER.test(tail)) return null;
  // (A caption with its credit glued after the last sentence too: "…at the market.Vendors wait
  // for customers on Monday. PHOTO | JOSEPH KARIUKI | LANTERN".)
  const reason = widgetReason(tail) ?? (isAppeal(tail) ? "donation" : RELATED_LABEL.test(tail) ? "related_link" : isCaption(tail) ? "photo_credit" : null);
  return reason ? { at, reason } : null;
}

// A sentence's stop, a space, and a capital or a player's arrow: where a paragraph's last sentence
// may start.
const SPACED_JOIN = /[.!?…»”"][\s\u00A0]+(?=\p{Lu}|[▶►])/gu;
/** Whether the last sentence of `head` is the paragraph's own, not the first words of an appeal:
 *  more than a few words, none of them the outlet's business nor the reader ("…replacing its
 *  scanners.", not « L'Écho de la Vallonne vit grâce à ses lecteurs. » nor « Cet article vous a
 *  été utile ? »). */
function isOwnSentence(head: string): boolean {
  let from = 0;
  SPACED_JOIN.lastIndex = 0;
  for (let m = SPACED_JOIN.exec(head); m; m = SPACED_JOIN.exec(head)) from = m.index + m[0].length;
  const last = head.slice(from);
  APPEAL_TERMS.lastIndex = 0;
  return countWords(last) > 5 && !APPEAL_TERMS.test(last) && !READER_WORD.test(last.toLowerCase());
}

/** Furniture after a paragraph's last sentence and a space, as whole-line furniture would be read
 *  on a line of its own: "…by five votes to four. Watch: the full meeting on the council's
 *  webcast", « …rappelé par une infirmière. Propos recueillis par Nadège Pellissier-Aw », "…before
 *  the fall semester. Support student journalism. Donate to the Lantern today." The last sentence,
 *  or the last two where the first of them has eight words at most (an appeal's "X is
 *  listener-supported."). Patterns that read only a line's end are not tried: the words before
 *  them are the paragraph's. Furniture is short: a tail of more than thirty words is not tried. */
function spacedFurnitureTail(line: string): { at: number; reason: string } | null {
  const joins: number[] = [];
  SPACED_JOIN.lastIndex = Math.max(0, line.length - 201);
  for (let m = SPACED_JOIN.exec(line); m; m = SPACED_JOIN.exec(line)) joins.push(m.index + m[0].length);
  let found: { at: number; reason: string } | null = null;
  for (let i = joins.length - 1; i >= 0 && i >= joins.length - 2; i--) {
    const at = joins[i]!;
    // (Words, not the marks French sets off with a space: « …à vérifier ? Écrivez-nous ».)
    if (i < joins.length - 1 && line.slice(at, joins[i + 1]).split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length > 8) break;
    const tail = line.slice(at);
    if (countWords(tail) > 30) break;
    const reason = widgetReason(tail, true) ?? (isAppeal(tail) ? "donation" : null);
    if (reason) found = { at, reason };
  }
  return found;
}

/** Where a caption glued after a paragraph's last sentence starts, or -1: at most 20 words after
 *  the join, showing a scene (no past tense, no quotation or reporting). */
function gluedCaptionAt(line: string): number {
  const at = lastGluedJoin(line);
  const tail = at > 0 ? line.slice(at) : "";
  return tail && countWords(tail) >= 3 && countWords(tail) <= 20 && !QUOTES_OR_REPORTING.test(tail.toLowerCase()) && !PAST_TENSE.test(tail) ? at : -1;
}

// A lower-case word (three letters at least) or a number, then a capital opening a word: where two
// blocks of a page were joined with no space. (Not "eBay", "MasterCard", "macOS": too short, a
// capital first, or no word after the capital.)
// (Also after an acronym, before a word that opens sentences: "…des comptes de la CGPLes
// syndicats…", "…10:42 GMTUpdated…"; not « les SIVal fin février », a body's name.)
const JOIN = /[\p{Ll}\d](?=\p{Lu}(?:[\p{Ll}\s]|['’]\p{L}))|\p{Lu}(?=(?:Les|Une|Des|Aux|Sur|Dans|Selon|Pour|Par|Après|Avant|Depuis|Lors|Mais|Cette|Ces|Elle|Elles|Ils|The|After|Before|Updated|Published|According|From|Since|When|While|This|That|These|Those|They|She)\s)/uy;
const JOINED_WORD = /(?:^|\s)(?:\p{Ll}[\p{Ll}'’-]*\p{Ll}{2}|\S*\d|\p{Lu}{2,6})$/u;
/** Where a block was joined to the next with no space, or -1. */
function joinAt(head: string): number {
  // (Every join has a capital after it: the pattern is tried only before one, or before a letter
  // outside ASCII, and starts one character back, two where that character is a surrogate pair.)
  for (let at = 1; at < head.length; at++) {
    const c = head.charCodeAt(at);
    if (c < 65 || (c > 90 && c < 128)) continue;
    const back = at >= 2 && isLowSurrogate(head.charCodeAt(at - 1)) ? 2 : 1;
    JOIN.lastIndex = at - back;
    if (JOIN.test(head) && JOINED_WORD.test(head.slice(Math.max(0, at - 40), at))) return at;
  }
  return -1;
}
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

function findGluedHeadline(line: string): number {
  const stamp = MID_LINE_STAMP.exec(line);
  if (stamp && stamp.index > 10 && !/[.!…]["”»’]?$/u.test(line.slice(0, stamp.index).trim()) && line.slice(0, stamp.index).split(/\s+/).length <= 25) return stamp.index;
  // Only look inside the first sentence: a glued headline has no full stop of its own.
  const firstStop = line.search(/[.!?…](?=\s|$)/u);
  const head = firstStop < 0 ? line : line.slice(0, firstStop);
  // A headline joined to the paragraph with no space at all ("…after landowner
  // objectionsIndependent TD Declan Mulvey said…", "…moved out of state in 2021A council aide…").
  const joined = joinAt(head);
  if (joined > 0) {
    const prefix = head.slice(0, joined);
    const words = prefix.trim().split(/\s+/).length;
    if (words >= 5 && words <= 25 && !/[,;]/u.test(prefix.replace(/^[^:]{1,40}:\s*/u, "")) && isParagraph(line.slice(joined))) return joined;
  }
  let cut = 0;
  // Cheap pre-checks keep this linear-time scan off the common path (no glue word, no title case).
  const candidates: RegExp[] = [];
  if (FR_GLUE_WORD.test(head)) candidates.push(FR_GLUE);
  if (TITLE_START.test(head)) candidates.push(EN_GLUE);
  if (/^\p{Lu}/u.test(head)) candidates.push(EN_SENTENCE_CASE_GLUE);
  const rubric = FR_RUBRIC.exec(head);
  if (rubric) candidates.push(FR_NAME_GLUE, FR_RUBRIC_GLUE);
  for (const re of candidates) {
    re.lastIndex = 0;
    let g: RegExpExecArray | null;
    while ((g = re.exec(head))) {
      const prefix = head.slice(0, g.index);
      if (re === EN_GLUE && !isTitleCase(prefix)) continue;
      if (re === EN_SENTENCE_CASE_GLUE && !isSentenceCaseHeadline(prefix, head.slice(g.index))) continue;
      if ((re === FR_NAME_GLUE || re === FR_RUBRIC_GLUE) && g.index < rubric![0].length + 20) continue;
      if (looksLikeHeadline(prefix)) cut = Math.max(cut, g.index);
    }
  }
  return cut;
}

// (A verb that takes its hearer next ends no headline: "Campaign spokesman Jason Miller told The
// Washington Post that…" is one sentence.)
const LINKING = new Set(["a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "at", "by", "as", "with", "from", "into", "than", "that", "which", "who", "is", "are", "was", "were", "said", "says", "told", "tells", "asked", "asks", "warned", "warns", "urged", "urges", "reminded", "reminds", "assured", "assures", "informed", "informs"]);
/** A sentence-case headline: 5 to 20 words, no article, no comma, not ending on a linking word,
 *  with a sentence of at least six words after it. */
function isSentenceCaseHeadline(prefix: string, rest: string): boolean {
  const words = prefix.trim().split(/\s+/);
  if (words.length < 5 || words.length > 20 || /[,;:]/.test(prefix) || EN_ARTICLE.test(prefix)) return false;
  if (LINKING.has(words.at(-1)!.toLowerCase())) return false;
  return rest.trim().split(/\s+/).length >= 6;
}

const SMALL = new Set(["a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "at", "by", "as", "vs", "vs."]);
function isTitleCase(s: string): boolean {
  const words = s.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 4) return false;
  let caps = 0;
  for (const w of words) if (/^[\p{Lu}\d'‘“"]/u.test(w) || SMALL.has(w)) caps++;
  return caps / words.length >= 0.85 && words.some((w) => /^\p{Lu}/u.test(w) && !SMALL.has(w.toLowerCase()));
}

/** Public form: spans in code points with their text, for the API and the CLI. */
export function cleanText(text: string, index = new CodePointIndex(text)): RemovedSpan[] {
  return findBoilerplate(text).map((s) => ({
    start: index.toCodePoint(s.start),
    end: index.toCodePoint(s.end),
    text: text.slice(s.start, s.end),
    reason: s.reason,
  }));
}
