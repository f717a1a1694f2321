// Outlets the article introduces by what they are ("the Flemish daily De Avondpost", « l’agence
// Hexa Presse », "the broadcaster Radyo Baybayon"): a later mention by the name alone is the same
// outlet relaying what it reported, a secondary report, whatever the name looks like.

import { allMatches } from "./scan";

/** What an outlet is, in French and English: « le quotidien », "the news agency". */
export const OUTLET_NOUNS = String.raw`quotidien|hebdomadaire|bihebdomadaire|mensuel|journal|magazine|site d['’]information|site d['’]investigation|agence(?: de presse)?|radio|chaîne|télévision|daily|weekly|newspaper|tabloid|broadsheet|broadcaster|(?:news )?agency|radio station|(?:news )?channel|news site|news website|outlet|trade (?:title|paper|publication)|lettre (?:professionnelle|spécialisée)|revue(?: spécialisée)?`;
// The noun, at most two words describing it (« flamand », "Colombian"), then the name: capitalised
// words and the small words inside a title (« Le Courrier de la Senne »).
// (The nouns first, a letter before them checked by hand: a pattern opening on a lookbehind is
// slow to scan over a whole text.)
// (Within a line: "…, the Examiner’s weekly health newsletter" ending a furniture line names no
// one on the next.)
const INTRODUCED = new RegExp(String.raw`(?:${OUTLET_NOUNS})(?:[ \t\u00A0]+\p{Ll}[\p{Ll}-]+){0,2}[ \t\u00A0]+((?:[LD]['’])?\p{Lu}[\p{L}'’-]*(?:[ \t\u00A0]+(?:(?:de|du|des|la|le|of|the|and|et|&)[ \t\u00A0]+)*\p{Lu}[\p{L}'’-]*){0,4})`, "gu");

/** The names of the outlets the text introduces, with and without a leading article. */
export function namedOutlets(text: string): { has(name: string): boolean } {
  const names = new Set<string>();
  for (const m of allMatches(INTRODUCED, text)) {
    if (/\p{L}/u.test(text[m.index - 1] ?? "")) continue;
    const name = m[1]!;
    names.add(name);
    names.add(name.replace(/^(?:The|Le|La|Les|L['’])\s*/u, ""));
  }
  return { has: (name: string) => names.has(name) || names.has(name.replace(/^(?:the|le|la|les|l['’])\s*/iu, "")) };
}
