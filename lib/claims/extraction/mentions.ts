// Names mentioned in the text before a point, for pronouns and descriptions that take them up
// when no attribution introduced them: « Erwan Le Bihan dirige le parc… », a-t-il insisté;
// "Quillon Systems will cut 2,400 jobs, the company announced".
import { looksLikePerson, nameLooksLikeOrganisation } from "./source-phrase";

// Two or three capitalised words ("Nadia Berthelot", "Jean-Luc Morel", "Quillon Systems").
export const NAME = /(?<![\p{L}’'])\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){1,2}(?![\p{L}])/gu;

export interface NamedMention {
  span: [number, number];
  text: string;
}

/** The last name in the 600 characters before `end` that passes `keep`. */
function lastBefore(text: string, end: number, keep: (name: string) => boolean): NamedMention | null {
  const from = Math.max(0, end - 600);
  let found: NamedMention | null = null;
  for (const m of text.slice(from, end).matchAll(NAME)) {
    if (keep(m[0])) found = { span: [from + m.index, from + m.index + m[0].length], text: m[0] };
  }
  return found;
}

/** The last person named before `end`. */
export const lastNameBefore = (text: string, end: number) => lastBefore(text, end, looksLikePerson);

/** The last organisation named before `end` ("Quillon Systems", "Habitat Loirmont"). */
export const lastOrganisationBefore = (text: string, end: number) => lastBefore(text, end, nameLooksLikeOrganisation);
