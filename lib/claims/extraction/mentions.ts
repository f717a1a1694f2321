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

/** The last name in the 600 characters before `end` that passes `keep` (and is not inside `skip`). */
function lastBefore(text: string, end: number, keep: (name: string) => boolean, skip?: [number, number]): NamedMention | null {
  const from = Math.max(0, end - 600);
  let found: NamedMention | null = null;
  for (const m of text.slice(from, end).matchAll(NAME)) {
    const at = from + m.index;
    if (skip && at >= skip[0] && at < skip[1]) continue;
    if (keep(m[0])) found = { span: [from + m.index, from + m.index + m[0].length], text: m[0] };
  }
  return found;
}

/** The last person named before `end`. */
export const lastNameBefore = (text: string, end: number) => lastBefore(text, end, looksLikePerson);

/** The last organisation named before `end` ("Quillon Systems", "Habitat Loirmont"). */
export const lastOrganisationBefore = (text: string, end: number) => lastBefore(text, end, nameLooksLikeOrganisation);

export type Gender = "f" | "m" | null;

/** The grammatical gender a source phrase shows, when it shows one: « la préfète », "Ms Grant",
 *  « M. Dupont »; a bare name shows none. */
export function genderOf(phrase: string): Gender {
  const p = phrase.trim();
  if (/^(?:[Ll]a|[Uu]ne|[Cc]ette)\s|\b(?:Mme|Madame|Mlle|Ms|Mrs|Miss)\b/u.test(p)) return "f";
  if (/^(?:[Ll]e|[Uu]n|[Cc]e|[Cc]et)\s|(?:^|\s)(?:M\.|Monsieur|Mr\.?)(?=\s)/u.test(p)) return "m";
  return null;
}

/** The gender of a personal pronoun: « il », « selon lui », "he" are masculine, « elle », "she"
 *  feminine. */
export function pronounGender(pronoun: string): Gender {
  return /^(?:il|lui|he|him)$/u.test(pronoun) ? "m" : /^(?:elle|she|her)$/u.test(pronoun) ? "f" : null;
}

/** The last person named before `end`, outside `skip`, whose phrase does not show the other
 *  gender. */
export const lastNameOfGender = (text: string, end: number, gender: Gender, skip: [number, number]) =>
  lastBefore(text, end, (name) => looksLikePerson(name) && (gender === null || genderOf(name) !== (gender === "m" ? "f" : "m")), skip);

// Nouns for bodies that introduce a one-word name ("the retailer Valdor", « l'exploitant
// Hydrelis ») or follow it as its apposition ("Velora, the regional water utility").
const BODY_NOUNS = "company|firm|group|operator|retailer|chain|utility|supermarket|insurer|bank|lender|carrier|airline|developer|manufacturer|maker|union|agency|charity|regulator|platform|société|entreprise|enseigne|groupe|exploitant|distributeur|opérateur|fabricant|association|syndicat|start-up|constructeur|assureur|bailleur|gestionnaire|promoteur|laboratoire|transporteur|compagnie|banque|mutuelle|plateforme|fédération|collectif|coopérative|filiale|subsidiary";
const INTRODUCED_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${BODY_NOUNS}|(?:gouvernement|ministère de la Défense|armée|présidence)[ \u00A0]+(?:de[ \u00A0]+|d['’]))[ \u00A0]*$`, "iu");
// (The body noun heads the apposition: not "Reyes, the union's negotiator".)
const APPOSED_AFTER = new RegExp(String.raw`^,[ \u00A0]+(?:(?:the|a|an|its|le|la|l['’]|un|une|son|sa)[ \u00A0]*)?(?:(?!(?:de|du|des|of|d['’])[ \u00A0])[\p{Ll}’'-]+[ \u00A0]+){0,3}(?:${BODY_NOUNS})(?=[,.;:]|[ \u00A0]+(?:of|de|du|des|d['’]|that|which|qui|dont|in|en|based|for|pour|with|whose|à|au)(?![\p{L}]))`, "u");
// ("Velonia's defence ministry": a country is a body too.)
const OWNS_BODY = /^['’]s[ \u00A0]+(?:government|ministry|defence|defense|foreign|army|military|parliament|cabinet)(?![\p{L}])/u;
// (A participle opening the sentence is no name: « Contactée, l'entreprise… ».)
const NOT_A_NAME = /^(?:Mr|Mrs|Ms|Dr|M|Mme)$|(?:é|ée|és|ées|ed|ing)$/u;

// How far from where a name speaks its introduction is looked for (an article's length).
const REACH = 20000;

/** Whether a one-word name is one the article introduces as a body (company, union, country…):
 *  then "Valdor says…" is that body speaking, not a person named Valdor. Each name's uses near
 *  the first place it speaks alone are looked up once. */
export function namedBodies(text: string): { has(name: string, at?: number): boolean } {
  const known = new Map<string, boolean>();
  const introduced = (name: string, at: number): boolean => {
    if (!/^\p{Lu}[\p{Ll}\p{Lu}-]+$/u.test(name) || NOT_A_NAME.test(name)) return false;
    const to = Math.min(text.length, at + REACH);
    for (let i = text.indexOf(name, Math.max(0, at - REACH)), seen = 0; i >= 0 && i < to && seen < 60; i = text.indexOf(name, i + 1), seen++) {
      const end = i + name.length;
      // A whole word, not one of a longer name ("Rail" in "Coastline Rail", "Pell" in "Pell & Wraxall").
      if (/[\p{L}’'-]/u.test(text[i - 1] ?? "") || /[\p{L}’'-]/u.test(text[end] ?? "") || /^[ \u00A0]*(?:&|\p{Lu})/u.test(text.slice(end, end + 3))) continue;
      if (/\p{Lu}[\p{L}-]*[ \u00A0]$/u.test(text.slice(Math.max(0, i - 30), i))) continue;
      if (INTRODUCED_BEFORE.test(text.slice(Math.max(0, i - 40), i)) || APPOSED_AFTER.test(text.slice(end, end + 120)) || OWNS_BODY.test(text.slice(end, end + 30))) return true;
    }
    return false;
  };
  return {
    has(name: string, at = 0) {
      let v = known.get(name);
      if (v === undefined) known.set(name, (v = introduced(name, at)));
      return v;
    },
  };
}
