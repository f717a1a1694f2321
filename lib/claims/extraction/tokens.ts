// Word tokens with UTF-16 offsets. French elisions (l’, d’, qu’) become their own token so that
// "qu’il" and "d’après" are seen as two words, while inverted forms ("a-t-il", "dit-elle") and
// acronyms ("U.S.") stay whole because the cue rules read them as units.

export interface Token {
  s: number;
  e: number;
  /** Text as written. */
  w: string;
  /** Lower case, typographic apostrophe folded to ASCII. */
  l: string;
  /** True for punctuation tokens. */
  p: boolean;
}

// (A clock time, "08:45", is one token: its colon introduces nothing.)
const TOKEN = /''|\d{1,2}:\d{2}(?!\d)|\p{L}(?:\.\p{L})+\.|[\p{L}\p{N}\p{M}]+(?:[-'’.,\u00AD/][\p{L}\p{N}\p{M}]+)*|[^\s\u00A0\u202F\u200B\u200C\u200D\u2060\uFEFF]/gu;
const ELISION = /^(l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu|quoiqu|presqu)['’](?=\p{L})/iu;
const WORDISH = /[\p{L}\p{N}]/u;
const ELIDED = /^(?:qu|l|d|j|n|s|c|m|t|jusqu|lorsqu|puisqu|quoiqu|presqu)$/iu;
// Titles and initials keep their period: "Sen. Claire McCaskill" is one name, not two sentences'
// worth of tokens, and "Rep." must not look like a clause boundary.
const TITLE_ABBR = new Set(["mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "brig", "cpl", "pvt", "lt", "col", "sgt", "capt", "maj", "adm", "st", "jr", "sr", "m", "mme", "mm", "pr", "me", "prof", "rev", "hon", "pres", "supt", "insp", "det", "cmdr", "ft", "mt", "no", "vs", "inc", "corp", "co", "ltd", "messrs",
  // US state abbreviations used in datelines and party labels ("of Springfield, Va.,").
  "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich",
  "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo"]);

// A month in a date, "Oct. 19": its period ends no phrase.
const MONTH_ABBR = new Set(["Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"]);

const NEEDS_LOWER = 1;
const HAS_APOSTROPHE = 2;
const HAS_CURLY_APOSTROPHE = 4;

/** One pass over a word instead of `toLowerCase` and `includes` calls, which are slow on slices of
 *  a text holding any non-Latin-1 character: does lower-casing change anything (an upper-case or
 *  non-ASCII letter), and does it hold ' or ’. */
function scanWord(w: string): number {
  let flags = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === 39) flags |= HAS_APOSTROPHE;
    else if (c === 0x2019) flags |= HAS_CURLY_APOSTROPHE | NEEDS_LOWER;
    else if (c >= 128 || (c >= 65 && c <= 90)) flags |= NEEDS_LOWER;
  }
  return flags;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** - ' . , / : the ASCII characters that may join two runs of letters into one TOKEN. */
function isAsciiJoiner(c: number): boolean {
  return c === 45 || c === 39 || c === 46 || c === 44 || c === 47;
}

/** The end of the text (NaN) or an ASCII character that can neither continue nor join a word. */
function plainAfter(c: number): boolean {
  return Number.isNaN(c) || (c < 128 && !isAsciiAlnum(c) && !isAsciiJoiner(c));
}

/** Where the last token returned by nextToken starts. */
let matchIndex = 0;

/** The first match of TOKEN in seg at or after pos (its index in matchIndex), or null. A plain
 *  ASCII word that TOKEN would match as it is, with nothing after it that could extend it, is
 *  read directly, which skips the regex for most words; anything else is left to the regex. */
function nextToken(seg: string, pos: number): string | null {
  while (pos < seg.length) {
    const c = seg.charCodeAt(pos);
    if (c === 32 || (c >= 9 && c <= 13)) pos++;
    else break;
  }
  if (pos < seg.length && isAsciiAlnum(seg.charCodeAt(pos))) {
    let q = pos + 1;
    while (q < seg.length && isAsciiAlnum(seg.charCodeAt(q))) q++;
    // After the run: the end, or an ASCII character that is neither a letter nor a joiner, or a
    // joiner followed by the end or by such a character. "J." (an initial) stays with the regex.
    const next = seg.charCodeAt(q);
    // (Digits before a colon and digits may be a clock time: left to the regex.)
    const clock = next === 58 && isDigit(seg.charCodeAt(q + 1));
    const ends = q - pos > 1 && !clock && (plainAfter(next) || (isAsciiJoiner(next) && plainAfter(seg.charCodeAt(q + 1))));
    if (ends) {
      matchIndex = pos;
      return seg.slice(pos, q);
    }
  }
  TOKEN.lastIndex = pos;
  const m = TOKEN.exec(seg);
  if (!m) return null;
  matchIndex = m.index;
  return m[0];
}

export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const seg = text.slice(start, end);
  let pos = 0;
  let matched: string | null;
  while ((matched = nextToken(seg, pos)) !== null) {
    const index = matchIndex;
    pos = index + matched.length;
    let w = matched;
    let s = start + index;
    // Strip a trailing comma/period that the number pattern may not own ("2016," is caught by \S).
    const flags = scanWord(w);
    const el = w.length > 1 && flags & (HAS_APOSTROPHE | HAS_CURLY_APOSTROPHE) ? ELISION.exec(w) : null;
    if (el) {
      const head = el[0];
      out.push({ s, e: s + head.length, w: head, l: head.toLowerCase().replace("’", "'"), p: false });
      s += head.length;
      w = w.slice(head.length);
    }
    let l = w === "''" ? '"' : flags & NEEDS_LOWER ? w.toLowerCase() : w;
    // « de l'Est »: after an elided article, "Est" is the East, never the verb « est ».
    if (el && w === "Est") l = w;
    if (seg.charCodeAt(pos) === 46 /* . */ && (TITLE_ABBR.has(l) || (w.length === 1 && /\p{Lu}/u.test(w)) || (MONTH_ABBR.has(w) && /^ \d/u.test(seg.slice(pos + 1, pos + 3))))) {
      // Absorb the period (the search resumes after it).
      w += ".";
      l += ".";
      pos++;
    }
    if (flags & HAS_CURLY_APOSTROPHE && l.includes("’")) l = l.replace(/’/g, "'");
    // « qu’« aucune… » », « l’"Arena" »: an elision before a quotation mark is still one word.
    const last = out[out.length - 1];
    if ((w === "’" || w === "'") && last && last.e === s && ELIDED.test(last.w)) {
      last.w += w;
      last.l += "'";
      last.e++;
      continue;
    }
    out.push({ s, e: s + w.length, w, l, p: w === "''" || (w.length === 1 && !WORDISH.test(w)) });
  }
  return out;
}
