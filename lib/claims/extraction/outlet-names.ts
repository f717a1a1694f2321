// Outlets the article introduces by what they are ("the Flemish daily De Avondpost", « l’agence
// Hexa Presse », "the broadcaster Radyo Baybayon"): a later mention by the name alone is the same
// outlet relaying what it reported, a secondary report, whatever the name looks like.

import { allMatches } from "./scan";

/** What an outlet is, in French and English: « le quotidien », "the news agency". */
export const OUTLET_NOUNS = String.raw`quotidien|hebdomadaire|satirique|bihebdomadaire|mensuel|journal|magazine|site d['’]information|site d['’]investigation|agence(?: de presse)?|radio|chaîne|télévision|daily|weekly|newspaper|tabloid|broadsheet|broadcaster|(?:news )?agency|radio station|(?:news )?channel|news site|news website|outlet|trade (?:title|paper|publication)|lettre (?:professionnelle|spécialisée)|revue(?: spécialisée)?`;
// The noun, at most two words describing it (« flamand », "Colombian"), then the name: capitalised
// words and the small words inside a title (« Le Courrier de la Senne »).
// (The nouns first, a letter before them checked by hand: a pattern opening on a lookbehind is
// slow to scan over a whole text.)
// (Within a line: "…, the Examiner’s weekly health newsletter" ending a furniture line names no
// one on the next.)
const INTRODUCED = new RegExp(String.raw`(?:${OUTLET_NOUNS})(?:[ \t\u00A0]+\p{Ll}[\p{Ll}-]+){0,2}[ \t\u00A0]+((?:[LD]['’])?\p{Lu}[\p{L}'’-]*(?:[ \t\u00A0]+(?:(?:de|du|des|la|le|of|the|and|et|&)[ \t\u00A0]+)*\p{Lu}[\p{L}'’-]*){0,4})`, "gu");

// A line holding only a title (two to five capitalised words, small words between), a blank line,
// then a paragraph opening on a name: the first, the second's article, and the second.
const PAPER_SUBHEAD = /(?<=^|\n)(?:The |Le |La |Les |L['’])?(\p{Lu}[\p{L}'’-]*(?:[ \u00A0]+(?:(?:de|du|des|of|the)[ \u00A0]+)?\p{Lu}[\p{L}'’-]*){1,4})[ \t]*\n[ \t]*\n(The |Le |La |Les |L['’])?(\p{Lu}[\p{L}'’-]*(?:[ \u00A0]+\p{Lu}[\p{L}'’-]*){0,4})(?=[ ,])/gu;

/** The names of the outlets the text introduces, with and without a leading article. */
export function namedOutlets(text: string): { has(name: string): boolean } {
  const names = new Set<string>();
  for (const m of allMatches(INTRODUCED, text)) {
    if (/\p{L}/u.test(text[m.index - 1] ?? "")) continue;
    const name = m[1]!;
    names.add(name);
    names.add(name.replace(/^(?:The|Le|La|Les|L['’])\s*/u, ""));
  }
  // (A press review's subhead naming a paper, then a paragraph opening on its short name: "The
  // Ledgerwick Standard" / "The Standard is harsher. It reports…".)
  for (const m of allMatches(PAPER_SUBHEAD, text)) {
    // (With its article: a person's name alone, "Marie Dupont" / "Dupont, 54, …", is no paper.)
    const short = m[1]!.split(/[ \t\u00A0]+/u).at(-1)!;
    if (!m[2] || !m[3]!.endsWith(short)) continue;
    names.add(m[1]!);
    names.add(short);
  }
  return { has: (name: string) => names.has(name) || names.has(name.replace(/^(?:the|le|la|les|l['’])\s*/iu, "")) };
}
