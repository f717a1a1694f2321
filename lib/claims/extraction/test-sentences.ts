// Helpers for the extractor's unit tests: the claims of sentences written for a test, placed
// after a headline line (the first line of a text is its title and is scored apart).
import { extractClaims } from "./extract-claims";

const HEADLINE = "Headline of the story\n";
const TITRE = "Titre de l’article\n";

/** Claims of an English text, the headline's left out. */
export const en = (text: string) => extractClaims({ text: HEADLINE + text, language: "en" }).claims.filter((c) => c.start >= HEADLINE.length);
/** Claims of a French text, the title's left out. */
export const fr = (text: string) => extractClaims({ text: TITRE + text, language: "fr" }).claims.filter((c) => c.start >= TITRE.length);

/** The claim whose cue reads `cue`; fails the test, listing what was found, when there is none. */
export const byCue = (claims: ReturnType<typeof en>, cue: string) => {
  const c = claims.find((x) => x.cue === cue);
  if (!c) throw new Error(`no claim with cue ${cue} in ${JSON.stringify(claims.map((x) => [x.cue, x.quote]))}`);
  return c;
};
