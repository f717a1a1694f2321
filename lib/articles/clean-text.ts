// Boilerplate detection: text on the page that is not the article (donation and comment widgets,
// share buttons, newsletter prompts, cookie banners, "Read more" lines, related-article headlines
// glued into a paragraph by a careless copy-paste). It never becomes a claim. The original text is
// not changed: we only report spans, so every offset stays valid against what the user pasted.
import { CodePointIndex } from "./text-offsets";

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

// Whole lines that are page furniture. Each is anchored on the full (trimmed) line so that an
// article sentence mentioning "cookies" or "newsletter" is never removed.
const WIDGET_LINES: Array<[RegExp, string]> = [
  [/^(?:don(?:s)? honorifiques?|faire un don|faites un don|donate(?: now)?|make a donation|donation|soutenez[- ]nous|support us)\s*[!.]?$/iu, "donation"],
  [/^(?:support|soutenez|soutenir|aidez)\b.{0,60}\b(?:site|blog|journalism|journalisme|work|travail|média|media|rédaction)\b.{0,20}$/iu, "donation"],
  [/^(?:[$€£]\s?\d[\d\s.,]*|\d[\d\s.,]*\s?(?:\$\s?(?:US|CA|CAD)?|US\$|€|£|USD|EUR|CHF|\$))$/u, "donation"],
  [/^(?:\d+\s+)?(?:comments?|commentaires?|comment(?:aire)?s? r[ée]cents?|recent comments?|leave a (?:comment|reply)|laisser un commentaire|laissez un commentaire|réagir|répondre|reply|post a comment|add a comment|view comments|voir les commentaires)\s*[:!.]?$/iu, "comments"],
  [/^(?:(?:share|partager|partagez|tweet|tweeter|e-?mail|print|imprimer|facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|telegram|messenger|copy link|copier le lien|share this(?: article| story| page)?|partager cet article|share on|partager sur|sur|on|(?:e-?mail|print|imprimer) this(?: article| story| page)?|envoyer (?:par e-?mail|à un ami)|send to a friend)[\s|·•/,:]*){1,10}$/iu, "share"],
  // Short lines only: an article sentence may mention a newsletter.
  [/^(?=(?:\S+\s+){0,14}\S+$).*\b(?:subscribe|sign up|newsletter|inscrivez-vous|abonnez-vous|s['’]abonner|lettre d['’]information|je m['’]abonne)\b.*$/iu, "newsletter"],
  [/^(?=.*\bcookies?\b)(?=.*\b(?:accept\w*|consent\w*|navigation|naviguer|site|website|experience|expérience|privacy|paramètres|settings)\b).{0,400}$/iu, "cookie_banner"],
  [/^(?:lire aussi|à lire aussi|a lire aussi|lire la suite|voir aussi|à voir aussi|read more|read also|see also|related|related articles?|articles? liés?|sur le même sujet|read the rest here|click here|cliquez ici|advertisement|publicité|sponsored|most read|les plus lus|trending|continue reading|en savoir plus)(?![\p{L}]).{0,200}$/iu, "related_link"],
  // Bylines, datelines, reading times, photo credits and copyright lines frame the article.
  [/^(?:[Pp]ar|[Bb]y)\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}(?:(?:et|and|,)\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,4})?$/u, "byline"],
  [/^(?:publié|publiée|mis à jour|mise à jour|modifié|published|updated|posted|last updated)(?![\p{L}]).{0,100}\d.{0,60}$/iu, "dateline"],
  [/^(?:temps de lecture|lecture|reading time)\s*:?\s*\d+\s*(?:min|minutes?)\.?$|^\d+\s*(?:min|minute)s?\s+(?:read|de lecture)\.?$/iu, "reading_time"],
  [/^(?:photo|photos|crédit|crédits|credit|credits|image|illustration|vidéo|video)\s*(?:[:©]|\(|by|de)\s*.{0,80}$/iu, "photo_credit"],
  [/^(?:©|\(c\)|copyright|tous droits réservés|all rights reserved).{0,100}$/iu, "copyright"],
];

// A French weekday, month or sentence opener written with a capital in mid-sentence after a word
// with no punctuation between is where a pasted headline ends and the article resumes: French
// never capitalises these words inside a sentence.
const FR_GLUE = /(?<=[\p{Ll}\p{Lu}\d)»”"'’]) (?=(?:Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Hier|Selon|Mais|Cependant|Pourtant|Alors que|D['’]après)\b[ ,])/gu;
// English: a run of Title Case words (a headline) then a lower-case article sentence opener.
const EN_GLUE = /(?<=[\p{L}\d)"'’”]) (?=(?:On|In|Last|Earlier|According|But|However|Meanwhile|The|A|An|He|She|They|It)\s\p{Ll})/gu;

const FR_GLUE_WORD = / (?:Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Hier|Selon|Mais|Cependant|Pourtant|Alors que|D['’]après)[ ,]/u;
const TITLE_START = /^(?:[\p{Lu}\d'‘“"]\S*\s+(?:(?:a|an|the|of|to|in|on|for|and|or|at|by|as|vs\.?)\s+)?){3}/u;
const SENTENCE_END = /[.!?…](?:\s|$)/u;

function looksLikeHeadline(prefix: string): boolean {
  const words = prefix.trim().split(/\s+/);
  if (words.length < 3 || words.length > 30) return false;
  if (SENTENCE_END.test(prefix)) return false;
  if (/[,;:]/.test(prefix) && words.length > 20) return false;
  return true;
}

/** Finds boilerplate spans (UTF-16 indices). `skipFirstLine` protects the title. */
export function findBoilerplate(text: string): UnitSpan[] {
  const out: UnitSpan[] = [];
  const lineRe = /[^\r\n]+/g;
  let m: RegExpExecArray | null;
  let lineNo = 0;
  let afterRelatedLabel = false;
  while ((m = lineRe.exec(text))) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const line = raw.trim();
    if (!line) continue;
    lineNo++;
    const start = m.index + lead;
    const end = start + line.length;
    let matched = false;
    if (line.length <= 400) {
      const lower = line.toLowerCase();
      for (const [re, reason] of WIDGET_LINES) {
        // The cookie pattern uses look-aheads over the whole line: test it only when relevant.
        if (reason === "cookie_banner" && !lower.includes("cookie")) continue;
        if (re.test(line)) {
          // Long lines are only furniture when they carry no sentence of their own.
          if (line.length > 140 && reason !== "cookie_banner" && reason !== "related_link") continue;
          out.push({ start, end, reason });
          matched = true;
          break;
        }
      }
    }
    // The teaser headline on the line after a standalone "Lire aussi" / "Read more" line.
    if (!matched && afterRelatedLabel && line.split(/\s+/).length <= 25 && !/[.!?…]["”»’]?$/u.test(line)) {
      out.push({ start, end, reason: "related_headline" });
      matched = true;
    }
    afterRelatedLabel = /^(?:lire aussi|à lire aussi|a lire aussi|voir aussi|à voir aussi|read more|read also|see also|related|related articles?|sur le même sujet)\s*:?$/iu.test(line);
    if (matched || lineNo === 1) continue;
    const glued = findGluedHeadline(line);
    if (glued > 0) out.push({ start, end: start + glued, reason: "related_headline" });
  }
  return out;
}

/** Length of a headline glued to the start of a paragraph, or 0. */
function findGluedHeadline(line: string): number {
  // Only look inside the first sentence: a glued headline has no full stop of its own.
  const firstStop = line.search(/[.!?…](?=\s|$)/u);
  const head = firstStop < 0 ? line : line.slice(0, firstStop);
  let cut = 0;
  // Cheap pre-checks keep this linear-time scan off the common path (no glue word, no title case).
  const candidates: RegExp[] = [];
  if (FR_GLUE_WORD.test(head)) candidates.push(FR_GLUE);
  if (TITLE_START.test(head)) candidates.push(EN_GLUE);
  for (const re of candidates) {
    re.lastIndex = 0;
    let g: RegExpExecArray | null;
    while ((g = re.exec(head))) {
      const prefix = head.slice(0, g.index);
      if (re === EN_GLUE && !isTitleCase(prefix)) continue;
      if (looksLikeHeadline(prefix)) cut = Math.max(cut, g.index);
    }
  }
  return cut;
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
