// Sentence splitting tuned for news prose in French and English: French quotation marks and
// non-breaking spaces (U+00A0, U+202F) before « ; : ! ? », abbreviations (M., Mme, Dr., U.S.),
// initials and decimals. A line break always ends a sentence (paragraphs, transcripts one
// sentence a line). Spans cut around boilerplate so no sentence ever includes removed text.
import type { UnitSpan } from "@/lib/articles/clean-text";

export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph (line) the sentence belongs to. */
  paragraph: number;
  /** True when the sentence is the first line of the text (the title). */
  title: boolean;
}

const ABBREVIATIONS = new Set(
  (
    "m mm mme mmes mlle dr pr me st ste sen rep gov gen brig lt col sgt cpl pvt capt maj cmdr adm mr mrs ms messrs jr sr " +
    "inc corp co ltd bros no nos vol p pp fig etc vs cf al approx dept est ft jan feb mar apr jun jul aug sep sept oct nov dec " +
    "av bd ch éd env hab rev prof hon pres supt insp det mt"
  ).split(" "),
);

const WS = "\\s\\u00A0\\u202F";
// Terminator, then optional closing quotes/brackets (French puts a space before »), then space,
// then something that can start a sentence.
const BOUNDARY = new RegExp(`([.!?…]+)((?:[${WS}]?[”»"’')\\]])*)[${WS}]+(?=[\\p{Lu}\\p{N}“«"‘(\\[¿¡—–-]|'')`, "gu");

const SENTENCE_OPENER_AFTER = /^\s+(?:Son|Sa|Ses|Le|La|Les|L['’]|Il|Elle|Ils|Elles|On|Un|Une|Des|Ce|Cette|Mais|Et|The|He|She|It|They|We|This|That|But|And|In|On|A|An)\s/u;

function isAbbreviation(seg: string, dot: number): boolean {
  if (seg[dot] !== ".") return false;
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(seg[i - 1] ?? "")) i--;
  const word = seg.slice(i, dot);
  if (!word) return false;
  // (A unit after a figure is none: "an emergency fund of £30m. The post…".)
  if (i > 0 && /\p{N}/u.test(seg[i - 1]!)) return false;
  // An initial ("J. Smith") or a dotted abbreviation ("U.S.", "a.m."), unless a word that opens
  // sentences follows: « la tour B. Son voisin… », "Plan B. The council…", "…at 9:47 a.m. A copy
  // of the policy…".
  if (word.includes(".") || (word.length === 1 && /\p{Lu}/u.test(word))) return !SENTENCE_OPENER_AFTER.test(seg.slice(dot + 1, dot + 12));
  return ABBREVIATIONS.has(word.toLowerCase());
}

export function splitSentences(text: string, blocked: UnitSpan[]): Sentence[] {
  const out: Sentence[] = [];
  const lineRe = /[^\r\n]+/g;
  let m: RegExpExecArray | null;
  let paragraph = -1;
  const sortedBlocked = [...blocked].sort((a, b) => a.start - b.start);
  let bi = 0;
  while ((m = lineRe.exec(text))) {
    const lineStart = m.index;
    const lineEnd = m.index + m[0].length;
    if (!/\S/.test(m[0])) continue;
    paragraph++;
    // Cut the line around removed spans.
    let cursor = lineStart;
    const pieces: Array<[number, number]> = [];
    // Lines and removed spans are both in text order: advance a shared pointer.
    while (bi < sortedBlocked.length && sortedBlocked[bi]!.end <= lineStart) bi++;
    for (let k = bi; k < sortedBlocked.length && sortedBlocked[k]!.start < lineEnd; k++) {
      const b = sortedBlocked[k]!;
      if (b.end <= lineStart) continue;
      if (b.start > cursor) pieces.push([cursor, b.start]);
      cursor = Math.max(cursor, b.end);
    }
    if (cursor < lineEnd) pieces.push([cursor, lineEnd]);
    for (const [ps, pe] of pieces) splitPiece(text, ps, pe, paragraph, out);
  }
  return out;
}

function pushTrimmed(text: string, s: number, e: number, paragraph: number, out: Sentence[]) {
  while (s < e && /[\s\u00A0\u202F\u200B\uFEFF]/.test(text[s] ?? "")) s++;
  while (e > s && /[\s\u00A0\u202F\u200B\uFEFF]/.test(text[e - 1] ?? "")) e--;
  if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) out.push({ start: s, end: e, paragraph, title: paragraph === 0 });
}

function splitPiece(text: string, ps: number, pe: number, paragraph: number, out: Sentence[]) {
  const seg = text.slice(ps, pe);
  let from = 0;
  BOUNDARY.lastIndex = 0;
  let b: RegExpExecArray | null;
  while ((b = BOUNDARY.exec(seg))) {
    const termEnd = b.index + (b[1]?.length ?? 0);
    if (isAbbreviation(seg, b.index + (b[1]?.length ?? 1) - 1) && (b[1]?.length ?? 0) === 1) continue;
    const cut = termEnd + (b[2]?.length ?? 0);
    pushTrimmed(text, ps + from, ps + cut, paragraph, out);
    from = cut;
  }
  pushTrimmed(text, ps + from, pe, paragraph, out);
}
