// The page's own outlet by name, from its copyright line: "we", « nous », "our reporter" in a
// claim the outlet witnessed are that outlet, and a fact-checker files them under its name.

// "© Le Journal de Montcalvane 2026", "© 2026 The Brenmoor Courier Ltd. All rights reserved.",
// « © Le Petit Sauvénois 2026 – Tous droits réservés ».
const COPYRIGHT = /^(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)?(.+)$/iu;
const TAIL = /(?:[.,]?\s+(?:all rights reserved|tous droits réservés|droits réservés)\.?|\s+[–—|-]\s+.*|\s+\d{4}|[.,]?\s+(?:Ltd|LLC|Inc|plc|SA|SAS|Limited|Media|Group|Groupe|Médias?)\.?)$/iu;

/** The outlet a copyright line names, or null. */
export function copyrightOutlet(line: string): string | null {
  const m = COPYRIGHT.exec(line.trim());
  if (!m) return null;
  let name = m[1]!.trim();
  for (let cut = name.replace(TAIL, ""); cut !== name; cut = name.replace(TAIL, "")) name = cut.trim();
  return /^\p{Lu}/u.test(name) && name.split(/\s+/u).length <= 6 ? name : null;
}

// (And the writer's "I", « je », outside any quotation: a newsletter's author who looked.)
const OWN_WORDS = /^(?:nous|we|i|je|j['’]|notre|nos|our|this|cette|ce|un(?:e)? (?:de nos )?journaliste|a reporter|one of our)(?![\p{L}])/iu;

/** A witnessed claim's claimant with the outlet's name after "we", "I" or "our reporter":
 *  « nous (Le Journal de Montcalvane) ». */
export function withOwnOutlet(claimant: string, outlet: string | null): string {
  return outlet && OWN_WORDS.test(claimant.trim()) && !claimant.includes(outlet) ? `${claimant} (${outlet})` : claimant;
}
