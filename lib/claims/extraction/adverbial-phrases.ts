// Adverbial phrases of several words that news prose puts between an auxiliary and its
// participle or between an inverted cue and its source (« a par ailleurs indiqué », « a pour sa
// part estimé », « a prévenu en fin d'après-midi le colonel… », "has for its part said"). Each
// token of such a phrase takes the phrase as its lower-case form, and the phrases are skippable
// words (lexicon.ts): the rules that step over « également » or "also" step over them too.
import type { Token } from "./tokens";

const each = (pattern: string, ...fills: string[]) => fills.map((f) => pattern.replace("_", f));
export const ADVERBIAL_PHRASES: ReadonlySet<string> = new Set([
  "par ailleurs", "d'ailleurs", "en outre", "en effet", "à nouveau", "de nouveau", "une nouvelle fois", "cet après-midi", "la veille", "dans l'après-midi",
  ...each("pour _ part", "sa", "son", "leur"),
  ...each("de _ côté", "son", "sa", "leur"),
  ...each("quant à _", "lui", "elle", "eux", "elles"),
  ...each("à _ tour", "son", "leur"),
  ...each("ce _", "matin", "soir"),
  ...each("dans la _", "matinée", "soirée", "nuit", "journée"),
  ...["fin", "début", "milieu"].flatMap((w) => [...each(`en ${w} de _`, "matinée", "journée", "soirée", "semaine"), `en ${w} d'après-midi`]),
  ...each("for _ part", "his", "her", "its", "their"),
  "once again", "in turn",
]);
const FIRST_WORDS = new Set([...ADVERBIAL_PHRASES].map((p) => p.split(/(?<=')|\s/u)[0]!));

/** Gives each token of a phrase the phrase as its lower-case form. */
export function foldAdverbialPhrases(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!FIRST_WORDS.has(tokens[i]!.l)) continue;
    let phrase = tokens[i]!.l;
    for (let n = 1; n < 5 && i + n < tokens.length; n++) {
      const l = tokens[i + n]!.l;
      phrase = phrase.endsWith("'") ? phrase + l : `${phrase} ${l}`;
      if (ADVERBIAL_PHRASES.has(phrase)) {
        for (let k = i; k <= i + n; k++) tokens[k]!.l = phrase;
        i += n;
        break;
      }
    }
  }
}
