// JavaScript's \b knows only ASCII letters, so /\bmoitié\b/ never matches "la moitié des…" and
// /\bà cause de\b/ never matches at all. French patterns take a boundary that knows every letter.
const BOUNDARY = String.raw`(?:(?<=[\p{L}\p{N}_])(?![\p{L}\p{N}_])|(?<![\p{L}\p{N}_])(?=[\p{L}\p{N}_]))`;

/** The pattern with each \b read as a boundary between any letter or digit and anything else,
 *  and each \w as any letter or digit (« augment\w* » must take in « augmenté »). (Not for a \w
 *  inside brackets.) */
export function unicodeWords(re: RegExp): RegExp {
  const flags = re.flags.includes("u") ? re.flags : re.flags + "u";
  // Where a letter is sure to stand on one side of the boundary, one lookaround on the other side
  // says the same and costs far less: "\b(?:car|grâce à)" needs no word character before it,
  // "(?:hausse|baisse)\b" none after. Elsewhere the full boundary stays.
  const source = re.source
    .replace(/\\b(?=\p{L}|\\d|\(\?:(?:\p{L}[^()|]*\|)*\p{L}[^()|]*\))/gu, WORD_NOT_BEFORE)
    .replace(/(?<=(?<!\\)\p{L}|\(\?:(?:[^()|]*(?:(?<!\\)\p{L}|\\w\*)\|)*[^()|]*(?:(?<!\\)\p{L}|\\w\*)\))\\b/gu, WORD_NOT_AFTER)
    .replace(/\\b/g, BOUNDARY)
    .replace(/\\w/g, String.raw`[\p{L}\p{N}_]`);
  return new RegExp(source, flags);
}
const WORD_NOT_BEFORE = String.raw`(?<![\p{L}\p{N}_])`;
const WORD_NOT_AFTER = String.raw`(?![\p{L}\p{N}_])`;

/** The pattern of `unicodeWords` with its boundaries left out (and no `g` flag): it matches
 *  wherever the full pattern does, and V8 scans it much faster, so it can be tried first. */
export function withoutBoundaries(re: RegExp): RegExp {
  return new RegExp(re.source.split(BOUNDARY).join("").split(WORD_NOT_BEFORE).join("").split(WORD_NOT_AFTER).join(""), re.flags.replace("g", ""));
}

/** Words as a pattern that matches them in any case, for a regular expression that cannot take the
 *  `i` flag: under `i`, `\p{Lu}` matches every letter, so "a capital follows" needs the flag off.
 *  ("read more" → "[rR][eE][aA][dD] [mM][oO][rR][eE]"; `|` and spaces stay as they are.) */
export function anyCase(words: string): string {
  return [...words].map((c) => (c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c)).join("");
}

/** "GWEN HALLORAN" → "Gwen Halloran", "OKAFOR-LIND" → "Okafor-Lind": a name in capitals in title case. */
export function titleCase(caps: string): string {
  return caps.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** JavaScript's `\s`, which the word counts split on. */
function isJsSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `text.slice(s, e).split(/\s+/).filter(Boolean).length` without building the pieces. */
export function countWords(text: string, s = 0, e = text.length): number {
  let words = 0;
  let inWord = false;
  for (let i = s; i < e; i++) {
    const space = isJsSpace(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** A case-insensitive pattern rewritten for text already in lower case, or null when it names a
 *  capital (`\p{Lu}` or an upper-case letter), which lower-casing the text would change. Under the
 *  `iu` flags the engine folds the case of every character it compares, which made the patterns
 *  a line meets several times slower than the same pattern on the line lower-cased once. */
export function forLowerCase(re: RegExp): RegExp | null {
  if (!re.flags.includes("i")) return null;
  const literal = re.source.replace(/\\[pP]\{Ll?\}|\\[pP]\{[NMPSZ][a-z]?\}|\\[a-zA-Z]/g, "");
  if ([...literal].some((c) => c !== c.toLowerCase())) return null;
  return new RegExp(re.source, re.flags.replace("i", ""));
}
