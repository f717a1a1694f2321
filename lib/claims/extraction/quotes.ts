// Direct-quotation regions. Newsrooms mix “ ” « » and straight quotes, sometimes open with one
// and close with another (“… »), and let a quote run over several paragraphs (each new paragraph
// reopens it). We pair them with a depth counter over the whole text so that a quote's
// attribution ("», a déclaré Ignat") can reach back to where the quote opened.

export interface QuoteRegion {
  /** UTF-16 index of the opening mark. */
  start: number;
  /** UTF-16 index just after the closing mark. */
  end: number;
}

const OPEN = new Set(["“", "«", "„"]);
const CLOSE = new Set(["”", "»"]);
const MAX_QUOTE = 4000;

/** " ' \n \r “ ” « » „: the only characters findQuoteRegions acts on. */
function isQuoteOrBreak(code: number): boolean {
  if (code < 128) return code === 34 || code === 39 || code === 10 || code === 13;
  return code === 0x201c || code === 0x201d || code === 0xab || code === 0xbb || code === 0x201e || code === 0x2018 || code === 0x2019;
}

// British copy quotes with single marks (‘…’), whose closing mark is also the apostrophe: one
// closes a quotation only before a space or punctuation, and not as a plural possessive before a
// lower-case word ("the farmers’ union").
const SINGLE_CLOSES = /^(?:[\s\u00A0.,;:!?)\]—–-]|$)/u;
function closesSingle(text: string, i: number): boolean {
  if (!SINGLE_CLOSES.test(text.slice(i + 1, i + 2))) return false;
  return !(/s$/u.test(text.slice(i - 1, i)) && /^[\s\u00A0]+\p{Ll}/u.test(text.slice(i + 1, i + 4)));
}

export function findQuoteRegions(text: string): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  let depth = 0;
  let start = -1;
  let straightOpen = -1;
  let lineHasText = false;
  let innerStraight = false;
  let singleOpen = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Fast path: everything but quotation marks and line breaks (letters, digits, spaces, accents,
    // dashes, apostrophes ’) only tells whether the line has text yet.
    if (!isQuoteOrBreak(code)) {
      if (code !== 32 && code !== 9) lineHasText = true;
      continue;
    }
    const c = text[i] ?? "";
    if (c === "‘" || c === "’") {
      // (Only outside double quotation marks: inside them, single marks nest.)
      if (depth === 0 && straightOpen < 0) {
        if (c === "‘" && singleOpen < 0 && /^\S/u.test(text[i + 1] ?? " ")) singleOpen = i;
        else if (c === "‘" && singleOpen >= 0 && !lineHasText) {
          // reopening at a paragraph start: continuation
        } else if (c === "’" && singleOpen >= 0 && i > singleOpen + 1 && closesSingle(text, i)) {
          if (i + 1 - singleOpen <= MAX_QUOTE) out.push({ start: singleOpen, end: i + 1 });
          singleOpen = -1;
        }
      }
      lineHasText = true;
      continue;
    }
    if (c === "\n" || c === "\r") {
      lineHasText = false;
      // (Likewise a single mark left open, unless the next paragraph reopens it.)
      if (singleOpen >= 0 && !/^[\r\n\s]*‘/u.test(text.slice(i, i + 8))) singleOpen = -1;
      // A straight quote left open at the end of a paragraph continues only if the next
      // paragraph reopens it; otherwise it was a stray mark.
      if (straightOpen >= 0 && !/^[\r\n\s]*(?:"|'')/.test(text.slice(i, i + 8))) straightOpen = -1;
      continue;
    }
    // Some copy opens a quotation with a closing mark (”Like this.”) at the start of a paragraph.
    // “Mostly False.“: an opening mark typed where the closing one belongs (after the words,
    // before a space or line end) closes the quotation rather than nesting a new one.
    if (c === "“" && depth === 1 && i > start + 1 && !/[\s\u00A0]/u.test(text[i - 1] ?? " ") && /^(?:[\s\u00A0]|$)/u.test(text[i + 1] ?? "")) {
      depth = 0;
      if (i + 1 - start <= MAX_QUOTE) out.push({ start, end: i + 1 });
    } else if (OPEN.has(c) || (c === "”" && depth === 0 && !lineHasText)) {
      if (depth === 0) {
        start = i;
        innerStraight = false;
      }
      // A quote reopened at the start of a paragraph is a continuation, not a nested quote.
      if (!(depth > 0 && !lineHasText)) depth++;
    } else if (CLOSE.has(c) && depth === 0 && straightOpen >= 0 && c === "”") {
      // "more hours”: a straight opening mark closed by a curly one.
      if (i + 1 - straightOpen <= MAX_QUOTE) out.push({ start: straightOpen, end: i + 1 });
      straightOpen = -1;
    } else if (CLOSE.has(c)) {
      if (depth > 0) {
        depth--;
        if (depth === 0) {
          if (i + 1 - start <= MAX_QUOTE) out.push({ start, end: i + 1 });
        }
      }
    } else if (c === '"' || (c === "'" && text[i + 1] === "'")) {
      const width = c === "'" ? 2 : 1;
      if (depth > 0 && c === '"') {
        // “no evidence" yet: a curly opening mark closed by a straight one. A straight mark after
        // a space opens a quotation nested inside the curly one (“He said "no" to me”).
        const before = text[i - 1] ?? " ";
        const after = text[i + 1] ?? " ";
        if (/[\s\u00A0(\[—–-]/u.test(before)) innerStraight = !innerStraight;
        else if (innerStraight) innerStraight = false;
        else if (/[\s\u00A0.,;:!?…)\]—–-]/u.test(after)) {
          depth = 0;
          if (i + 1 - start <= MAX_QUOTE) out.push({ start, end: i + 1 });
        }
      } else if (depth === 0) {
        if (straightOpen < 0) straightOpen = i;
        else if (!lineHasText && i > straightOpen + 1 && /[\r\n]/.test(text.slice(straightOpen, i))) {
          // reopening at a paragraph start: continuation
        } else {
          if (i + width - straightOpen <= MAX_QUOTE) out.push({ start: straightOpen, end: i + width });
          straightOpen = -1;
        }
      }
      i += width - 1;
    }
    if (c !== " " && c !== "\t") lineHasText = true;
  }
  return splitAtIncises(text, out.sort((a, b) => a.start - b.start));
}

// French copy often leaves a quotation open around its attribution: « Nous avons tout essayé.
// Depuis mars, nous avons contacté quarante médecins, a expliqué la directrice, Nathalie
// Berthomieu. Fermer la nuit est douloureux. » The incise (", a expliqué X.", ", poursuit-il.")
// is the reporter's, not the speaker's: the region is split around it.
const FR_REPORTING = "expliqué|déclaré|affirmé|ajouté|précisé|souligné|assuré|confié|indiqué|estimé|raconté|reconnu|insisté|martelé|lancé|poursuivi|observé|noté|relevé|rappelé|résumé|commenté|dit|témoigné|détaillé|tranché|prévenu|regretté|dénoncé|confirmé|répondu|admis|concédé|glissé|soupiré|ironisé|répété|plaidé|déploré|annoncé|protesté|conclu|nuancé|rétorqué|répliqué|lâché|objecté|avancé|jugé|fustigé|tonné|argué|explique|déclare|affirme|ajoute|précise|souligne|assure|confie|indique|estime|raconte|reconnaît|insiste|martèle|lance|poursuit|observe|note|relève|rappelle|résume|commente|dit|témoigne|détaille|tranche|prévient|regrette|dénonce|confirme|répond|admet|concède|glisse|soupire|ironise|répète|plaide|déplore|annonce|proteste|conclut|nuance|rétorque|réplique|lâche|objecte|avance|juge|fustige|tonne|argue";
// (« a déclaré mardi l’autrice principale… »: a day between the verb and its source.)
const WHEN = String.raw`(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui)(?:[\s\u00A0]+(?:matin|soir|après-midi))?`;
const INCISE = new RegExp(String.raw`,[\s\u00A0]+(?:(?:a|avait)[\s\u00A0]+(?:${FR_REPORTING})(?![\p{L}])[\s\u00A0]+(?:${WHEN}[\s\u00A0]+)?(?:à[\s\u00A0]+\S+[\s\u00A0]+)?(?:\p{Lu}|l['’]|la |le |les |un |une |son |sa )|(?:${FR_REPORTING})(?:-t)?-(?:il|elle|ils|elles)(?![\p{L}])|a-t-(?:il|elle)[\s\u00A0]+\p{Ll}+é(?![\p{L}])|(?:${FR_REPORTING})[\s\u00A0]+(?:\p{Lu}|l['’]|la |le |les |un |une |son |sa ))[^.!?«»“”]{0,160}?[.!?](?=[\s\u00A0]+\p{Lu}|[\s\u00A0]*»)`, "gu");
const CLAUSE_GOES_ON = /,[\s\u00A0]+(?:a|ont|est|sont|était|étaient|avait|avaient|va|vont|sera|seront|doit|doivent|peut|peuvent|n['’]|ne)[\s\u00A0]/u;
function splitAtIncises(text: string, regions: QuoteRegion[]): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  for (const r of regions) {
    if (text[r.start] !== "«") {
      out.push(r);
      continue;
    }
    let from = r.start;
    INCISE.lastIndex = r.start;
    for (let m = INCISE.exec(text); m && m.index + m[0].length < r.end; m = INCISE.exec(text)) {
      // (Not inside a quotation nested in this one.)
      if (/[«“]/u.test(text.slice(from + 1, m.index))) break;
      // (Nor the rest of the speaker's sentence, at the end: « Le témoin, a ajouté l’avocate, a été
      // entendu sans interprète. »)
      // (« Sur le terrain, a-t-il déclaré, on ne voit pas… »: after a pronoun, a comma resumes them.)
      // (Nor « Ce dossier, a plaidé son avocat, Me Castagne, repose entièrement sur… »: the source's
      // name and role are a few words between commas, the rest is the speaker's.)
      if (/^[\s\u00A0]*»/u.test(text.slice(m.index + m[0].length)) && (CLAUSE_GOES_ON.test(m[0].slice(1)) || /-(?:il|elle|ils|elles)(?![\p{L}])[^,]*,/u.test(m[0]) || m[0].slice(1).split(",").some((part) => part.trim().split(/[\s\u00A0]+/u).length > 8 || /[\s\u00A0](?:qui|que|qu['’])[\s\u00A0]/u.test(part)))) break;
      out.push({ start: from, end: m.index });
      from = m.index + m[0].length;
      while (/[\s\u00A0]/u.test(text[from] ?? "")) from++;
    }
    // (« …trente ans, a déclaré Raphaël Quintard-Obame. »: an incise may close the quotation; what
    // is left after it is the closing mark alone.)
    if (from === r.start || /[\p{L}\p{N}]/u.test(text.slice(from, r.end))) out.push({ start: from, end: r.end });
  }
  return out;
}

/** The innermost region containing position i (UTF-16), if any. Regions may nest (a curly
 *  quotation inside a straight one that runs over a transcript's paragraphs), so this finds the
 *  last region opening at or before i and walks back while an earlier one could still reach i. */
export function regionAt(regions: QuoteRegion[], i: number): QuoteRegion | null {
  let lo = 0;
  let hi = regions.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (regions[mid]!.start <= i) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const reach = reachOf(regions);
  for (let k = last; k >= 0 && reach[k]! > i; k--) if (i < regions[k]!.end) return regions[k]!;
  return null;
}

// The furthest end among regions[0..k], per k, computed once per list.
const REACH = new WeakMap<QuoteRegion[], number[]>();
function reachOf(regions: QuoteRegion[]): number[] {
  let reach = REACH.get(regions);
  if (!reach) {
    reach = [];
    let max = -1;
    for (const r of regions) reach.push((max = Math.max(max, r.end)));
    REACH.set(regions, reach);
  }
  return reach;
}
