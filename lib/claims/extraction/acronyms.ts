// Acronyms an article defines, « l'agence régionale de santé (ARS) », "the National Medicines
// Safety Authority (NMSA)", so that a claimant written as the bare acronym later (« selon l'ARS »)
// shows the name an editor (and a source record) knows it by.
// The long form is read back from the bracket: first word by word, each letter opening a word and
// every word but the little ones (« de la », "of the") spelt by a letter; else as in Schwartz &
// Hearst (2003), the letters matched backwards anywhere in the words, the first opening one.

import { allMatches } from "./scan";

const DEFINED = /\(\s*(\p{Lu}[\p{Lu}\p{N}&-]{1,7})\s*\)/gu;
const MAX_EXTRA_WORDS = 5;
const LITTLE = new Set(["de", "du", "des", "la", "le", "les", "l", "d", "et", "en", "à", "au", "aux", "pour", "sur", "of", "the", "and", "for", "on", "in", "at", "to", "a", "an", "&"]);

/** A word's parts as the acronym spells them: « d’incendie » → "incendie", "Haut-Vallon" → two. */
function parts(word: string): string[] {
  return word.toLowerCase().replace(/^[dl]['’]/u, "").split("-").filter(Boolean);
}

/** Word by word: the index of the first word of the long form, or -1. */
function byInitials(words: string[], letters: string): number {
  const units = words.map((w, i) => parts(w).map((p) => ({ i, initial: p[0]!, little: LITTLE.has(p.replace(/[^\p{L}&]/gu, "")) }))).flat();
  // (Backtracking over a dozen words at most: a little word may be spelt or skipped, and the
  // reading that spells the fewest little words wins: « Direction départementale de la
  // protection des populations (DDPP) » takes "départementale", not "de".)
  let best = -1, bestLittle = Infinity;
  const walk = (u: number, l: number, little: number) => {
    if (l < 0) {
      if (little < bestLittle) [best, bestLittle] = [units[u + 1]!.i, little];
      return;
    }
    if (u < 0) return;
    const unit = units[u]!;
    if (unit.initial === letters[l]) walk(u - 1, l - 1, little + (unit.little ? 1 : 0));
    if (unit.little) walk(u - 1, l, little);
  };
  walk(units.length - 1, letters.length - 1, 0);
  return best;
}

/** Letters anywhere in the words, the first opening one (Schwartz & Hearst): the index in `window`
 *  where the long form starts, or -1. */
function byLetters(window: string, letters: string): number {
  const lower = window.toLowerCase();
  let l = lower.length - 1;
  for (let s = letters.length - 1; s >= 0; s--) {
    const c = letters[s]!;
    while (l >= 0 && (lower[l] !== c || (s === 0 && l > 0 && /[\p{L}\p{N}]/u.test(lower[l - 1]!)))) l--;
    if (l < 0) return -1;
    l--;
  }
  return l + 1;
}

/** The long form of `short` at the end of `before`, or null. */
export function longFormBefore(before: string, short: string): string | null {
  const letters = short.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  if (letters.length < 2) return null;
  const words = before.trimEnd().split(/\s+/u).slice(-Math.min(letters.length + MAX_EXTRA_WORDS, letters.length * 2));
  const first = byInitials(words, letters);
  const window = words.join(" ");
  const long = first >= 0 ? words.slice(first).join(" ") : window.slice(Math.max(0, byLetters(window, letters)));
  if (first < 0 && byLetters(window, letters) < 0) return null;
  // (« l’agence régionale de santé (ARS) »: the name, without the article or preposition it was written with.)
  const clean = long.replace(/^[\s,;:]+|[\s,;:]+$/gu, "").replace(/^[lLdD]['’](?=\p{L})/u, "");
  // (A long form opens on a word of its own, holds two words at least, and is no dateline or
  // credit: "APC MONTCLAR, 14 mars (APC)", "LP Photo/Dana Whitcombe) (LP)".)
  const head = clean.split(/\s+/u);
  if (head.length < 2 || !/^\p{L}/u.test(clean) || LITTLE.has(head[0]!.toLowerCase()) || /[()\/,\d]/u.test(clean) || head.includes(short)) return null;
  return clean;
}

/** Every acronym the text defines in brackets after its long form, with that long form. */
export function acronymDefinitions(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of allMatches(DEFINED, text)) {
    const short = m[1]!;
    if (out.has(short)) continue;
    const long = longFormBefore(text.slice(Math.max(0, m.index - 200), m.index), short);
    if (long) out.set(short, long);
  }
  return out;
}

const BARE_ACRONYM = /^(?:(?:[Tt]he|[Ll]es?|[Ll]a|[Ll]['’])\s*)?(\p{Lu}[\p{Lu}\p{N}&-]{1,7})(?:\s+\((.*)\))?$/u;

/** "l’ARS" → "l’ARS (agence régionale de santé)" where the text defined it; any other claimant
 *  as it is. */
export function withLongForm(claimant: string, definitions: Map<string, string>): string {
  const m = BARE_ACRONYM.exec(claimant);
  const long = m ? definitions.get(m[1]!) : undefined;
  if (!m || !long) return claimant;
  const head = claimant.slice(0, claimant.length - (m[2] !== undefined ? m[2].length + 3 : 0));
  return m[2] ? `${head} (${long}, ${m[2]})` : `${head} (${long})`;
}
