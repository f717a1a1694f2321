// The span of a claim's words: what is trimmed off its ends (spaces, final punctuation, a wire
// dateline, quotation marks that do not belong to it).
const WS_RE = /[\s\u00A0\u202F\u200B\uFEFF]/u;

// A wire dateline opening the first paragraph: "ARDANO, May 7 (Wireline) - ", « PARIS, 12 mars (APF) - ».
// (Also with a region after the place, in any case: "Valbressan (Loire-Mérienne), 12 fév 2026 (AMP) - ".)
// (Or with no date: « Orsaune (Lisière Presse) – Un vététiste… ».)
const WIRE_DATELINE = /^\p{Lu}[\p{L}'’-]+(?:[ '’-]\p{Lu}[\p{L}'’-]*)*(?:(?:[\s\u00A0]\([^()\n]{2,30}\))?,[\s\u00A0][^–—\n(]{1,40}?|[\s\u00A0])\([^()\n]{2,20}\)[\s\u00A0]*[-–—][\s\u00A0]+/u;

const isUpper = (text: string, i: number) => {
  const a = text.charCodeAt(i);
  return (a >= 65 && a <= 90) || (a >= 0xc0 && a <= 0xde);
};

/** Trims spaces, sentence-final punctuation, a wire dateline and unbalanced outer quotation
 *  marks from a span of `text` (UTF-16 indices). */
export function trimContent(text: string, s: number, e: number): [number, number] {
  // (A capital and a bracket first: the cheap tests spare the regular expression on nearly every span.)
  const dateline = isUpper(text, s) && text.slice(s, s + 80).includes(")") ? WIRE_DATELINE.exec(text.slice(s, Math.min(e, s + 100))) : null;
  if (dateline) s += dateline[0].length;
  for (let guard = 0; guard < 6; guard++) {
    const before = [s, e];
    while (s < e && WS_RE.test(text[s]!)) s++;
    while (e > s && (WS_RE.test(text[e - 1]!) || /[.,;:…]/u.test(text[e - 1]!))) e--;
    // Two apostrophes as quotation marks (''like this'').
    if (text.startsWith("''", s) && text.endsWith("''", e) && e - s > 4) {
      s += 2;
      e -= 2;
      continue;
    }
    if (text.startsWith("''", s) && !text.slice(s + 2, e).includes("''")) {
      s += 2;
      continue;
    }
    if (text.endsWith("''", e) && !text.slice(s, e - 2).includes("''")) {
      e -= 2;
      continue;
    }
    const first = text[s];
    const last = text[e - 1];
    // "(her campaign disclosed that she has pneumonia)": the closing parenthesis of the aside.
    if (last === ")" && !text.slice(s, e - 1).includes("(")) {
      e--;
      continue;
    }
    // British single marks: an opening ‘, and a closing ’ after the quotation's own punctuation
    // (not the apostrophe of "farmers’").
    if (first === "‘") {
      s++;
      continue;
    }
    if (last === "’" && /[.,!?…]/u.test(text[e - 2] ?? "")) {
      e--;
      continue;
    }
    if (first && /[“«"„]/u.test(first) && last && /[”»"]/u.test(last)) {
      // Strip a pair only when it encloses the whole span (no other closing mark inside).
      const inner = text.slice(s + 1, e - 1);
      if (!/[”»]/u.test(inner) && (inner.match(/"/g)?.length ?? 0) % 2 === 0) {
        s++;
        e--;
      }
    } else if (first && /[“«„]/u.test(first) && !/[”»]/u.test(text.slice(s, e))) s++;
    else if (last && /[”»]/u.test(last) && !/[“«„]/u.test(text.slice(s, e))) e--;
    if (before[0] === s && before[1] === e) break;
  }
  return [s, e];
}
