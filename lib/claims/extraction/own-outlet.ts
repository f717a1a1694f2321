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
 *  « nous (Le Journal de Montcalvane) »; "I" with the writer the byline names too: "I (Hannah
 *  Ruddle-Osei, Marlowby Lantern)". */
export function withOwnOutlet(claimant: string, outlet: string | null, author: string | null = null): string {
  const writer = author && WRITER_WORDS.test(claimant.trim()) ? author : null;
  const who = [writer, outlet && !claimant.includes(outlet) ? outlet : null].filter(Boolean).join(", ");
  return who && OWN_WORDS.test(claimant.trim()) ? `${claimant} (${who})` : claimant;
}
const WRITER_WORDS = /^(?:i|je|j['’])(?![\p{L}])/iu;

// "By Hannah Ruddle-Osei", « Par Maëlys Quintard-Obeng »: one writer's byline (not "By X and Y").
const ONE_BYLINE = /^(?:By|BY|Par|PAR)[\s\u00A0]+(\p{Lu}[\p{L}’'-]+(?:[\s\u00A0]\p{Lu}[\p{L}’'-]+){1,3})[\s\u00A0]*(?:[,|·–—-].*)?$/u;
/** The writer a byline names, when it names one only. */
export function bylineWriter(line: string): string | null {
  const m = ONE_BYLINE.exec(line.trim());
  return m && !/(?<![\p{L}])(?:and|et)(?![\p{L}])/u.test(line) ? m[1]! : null;
}
