// Chains of sources (docs/attribution-levels.md): "The Times, citing two officials, reported
// that…", « D'après Le Journal, qui cite deux enquêteurs, … ». The inner "citing" source is part
// of the outer source, not a claim of its own, and is kept out of the reported words.
import type { CueHit } from "./cues";
import type { RawAttribution } from "./structure";
import type { Token } from "./tokens";

const CITING_LEMMAS = new Set(["cite", "quote", "citer"]);
const CITED_SOURCES = new Set("sources source officials official people person insiders aides executives diplomats investigators employees documents report reports enquêteurs enquêteur responsables responsable proches témoins documents rapport".split(" "));
/** "The Gazette, citing two officials, reported that…", « D'après Le Journal, qui cite deux
 *  enquêteurs, les fonds… »: a citation set between commas is the chain behind the outlet's
 *  report, not a claim of its own; the outlet stays the source (docs/attribution-levels.md,
 *  chain). Kept when it is the sentence's only cue. */
export function dropCitingAsides(cues: CueHit[], tokens: Token[]): CueHit[] {
  if (cues.length < 2) return cues;
  return cues.filter((c) => {
    if (!CITING_LEMMAS.has(c.lemma)) return true;
    const before = tokens[c.i0 - 1]?.l === "qui" ? tokens[c.i0 - 2] : tokens[c.i0 - 1];
    // (Or opening a French sentence: « Citant un bénévole, le quotidien affirme que… »; PolNeAR
    // logs the English "Quoting a volunteer, the paper says…" as two attributions.)
    if (before?.l !== "," && !(c.i0 === 0 && c.lemma === "citer")) return true;
    // Between commas, or after the report it backs ("…, the Gazette reported, citing two
    // officials.").
    // (After the report, only people or papers cited are a chain: "…, citing the release of
    // prisoners" gives grounds, which are a claim of their own.)
    const closes = tokens.slice(c.i1, c.i1 + 14).some((t) => t.l === ",");
    const others = cues.filter((o) => o !== c && !CITING_LEMMAS.has(o.lemma));
    const citesSources = tokens.slice(c.i1, c.i1 + 6).some((t) => CITED_SOURCES.has(t.l));
    return !((closes && others.length > 0) || (citesSources && others.some((o) => o.i1 <= c.i0)));
  });
}

// The words that relay another source: "citing", « qui cite ».
export const CITING = String.raw`(?:qui\s+(?:cite|citent|citait)|citing|quoting|citant)`;

// « D'après Le Journal, qui cite deux enquêteurs, les fonds… »: the chain, kept out of the words.
export const CITING_ASIDE = new RegExp(String.raw`^${CITING}\s[^,]{1,160},\s*(?:that\s+|que\s+|qu['’])?`, "iu");

/** A source phrase holding its chain: "The Times, citing two officials". */
export const RELAYS_INSIDE = new RegExp(String.raw`,\s*${CITING}\s`, "iu");

/** Text after a source that relays: ", qui cite…", " reported on Wednesday, citing…". */
export const RELAYS_NEXT = new RegExp(String.raw`^(?:\s+[\p{L}-]+){0,5}\s*,\s*${CITING}\s`, "iu");
const SOURCE_RELATIVE = /^(?:qui|who|which)\s[^,«»“”"]{1,120},\s*/iu;

export function dropChainedPrepositions(atts: RawAttribution[], text: string): void {
  for (const a of atts) {
    // (« Selon La Feuille, qui a consulté l'appel d'offres, les bornes… »: after « selon », any
    // relative clause about the source is left out of the words, not only a citing one.)
    const relative = a.cue.kind === "prep" && a.source && a.source[1] <= a.content[0] && !text.slice(a.source[0], a.source[1]).includes(",") ? SOURCE_RELATIVE.exec(text.slice(a.content[0], a.content[1])) : null;
    const aside = CITING_ASIDE.exec(text.slice(a.content[0], a.content[1])) ?? relative;
    if (!aside || a.content[0] + aside[0].length >= a.content[1]) continue;
    // (The relative clause describes the source: it joins the source phrase.)
    if (aside === relative && a.source) a.source = [a.source[0], a.content[0] + aside[0].replace(/,\s*$/u, "").length];
    a.content = [a.content[0] + aside[0].length, a.content[1]];
  }
  for (let i = atts.length - 1; i >= 0; i--) {
    const b = atts[i]!;
    if (b.cue.kind !== "prep") continue;
    if (atts.some((a) => a !== b && a.source && a.source[0] <= b.cueSpan[0] && a.source[1] >= b.cueSpan[1])) {
      atts.splice(i, 1);
      continue;
    }
    // "The Times reported, citing two officials, that…": the same chain set between the verb and
    // its clause; the reported words start after it.
    if (!CITING_LEMMAS.has(b.cue.lemma)) continue;
    const host = atts.find((a) => a !== b && a.cue.kind !== "prep" && a.cueSpan[1] <= b.cueSpan[0] && /^[\s,]*$/u.test(text.slice(a.cueSpan[1], b.cueSpan[0])));
    if (!host) continue;
    const close = text.indexOf(",", b.cueSpan[1]);
    if (close < 0 || close >= host.content[1]) continue;
    atts.splice(i, 1);
    if (host.content[0] <= b.cueSpan[0]) {
      const rest = /^[\s,]*(?:that\s+|que\s+|qu['’])?/u.exec(text.slice(close + 1, host.content[1]))!;
      host.content = [close + 1 + rest[0].length, host.content[1]];
    }
  }
}
