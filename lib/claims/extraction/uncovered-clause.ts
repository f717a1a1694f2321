// The clause of a sentence that no attribution covers: the outlet's own words, and a claim of
// their own ("Cruz exhorted Republicans to vote their conscience and said he…").
import { CITING } from "./chains";
import { DAY_WORDS } from "./lexicon";
import type { RawAttribution } from "./structure";
import type { Language } from "./types";

/** The longest stretch of the sentence outside every claim, source and cue drafted for it, when
 *  it holds a clause (a run of words between punctuation), else null. */
export function uncoveredClause(text: string, lang: Language, s0: number, e0: number, drafts: Array<{ start: number; end: number }>, atts: RawAttribution[]): [number, number] | null {
  const spans: Array<[number, number]> = [];
  for (const d of drafts) spans.push([d.start, d.end]);
  for (const a of atts) {
    spans.push(a.cueSpan);
    if (a.source && !a.sourceInClause) spans.push(a.source);
    if (a.aside) spans.push(a.aside);
  }
  spans.sort((x, y) => x[0] - y[0]);
  let best: [number, number] | null = null;
  let cursor = s0;
  const consider = (a: number, b: number) => {
    // Only the words: trim punctuation and spaces at both ends.
    while (a < b && !/[\p{L}\p{N}]/u.test(text[a]!)) a++;
    while (b > a && !/[\p{L}\p{N}]/u.test(text[b - 1]!)) b--;
    if (b > a && (!best || b - a > best[1] - best[0])) best = [a, b];
  };
  for (const [a, b] of spans) {
    if (a > cursor) consider(cursor, Math.min(a, e0));
    cursor = Math.max(cursor, b);
  }
  if (cursor < e0) consider(cursor, e0);
  if (!best) return null;
  let [a, b] = best as [number, number];
  // Not a dangling "and"/"but" at either end.
  for (;;) {
    const m = /^(?:and|but|or|et|mais|ou)\s+/iu.exec(text.slice(a, b)) ?? null;
    if (!m) break;
    a += m[0].length;
  }
  for (;;) {
    // …nor a preposition whose object is the attribution ("criticised for [saying…]").
    // …nor a relative pronoun whose clause is the attribution ("letters in which [they called
    // for…]", « des lettres dans lesquelles [ils appelaient à…] »).
    // …nor the « que » or "that" of the attribution ("vendredi, dans un communiqué, [que…]",
    // « …, tandis que [l'agence estime…] »).
    // …nor a "when" whose clause is the attribution ("The saga erupted on Wednesday, when [the
    // Harrier reported…]").
    // …nor a relative pronoun and its verb whose words are the attribution ("…contre Orvane,
    // [qui encourt] selon lui une amende…"), nor the time that leads into it ("…, and [hours
    // later] he wrote on X…").
    const m = /[\s,;]+(?:and|but|or|et|mais|ou|for|despite|by|pour|malgré|par|sans|without|that|when|quand|lorsque|lorsqu['’]|(?:qui|which|who)(?:\s+[\p{L}'’]+){1,2}(?=$)|(?:and|but|et|mais)\s+(?:[\p{L}\d]+\s+){0,2}(?:later|earlier|afterwards|then|plus tard|ensuite)(?=$)|(?:tandis |alors |bien |parce )?qu(?:e|['’])|(?:(?:in|of|to|with|by|from|dans|par|pour|avec|sur|à)\s+)?(?:which|whom|lequel|laquelle|lesquels|lesquelles|dont)|(?:à|de|pour|avec|par|chez|contre)\s+qui)$/iu.exec(text.slice(a, b));
    if (!m) break;
    b -= m[0].length;
  }
  // A clause has a verb; "on Monday at the rally in Ohio" is circumstance, and so is « dans un
  // communiqué diffusé lundi », "in a statement released on Monday" (a participle, no auxiliary).
  if (!CLAUSE_VERB[lang].test(text.slice(a, b))) return null;
  // ("reported last week, citing emails it had obtained, that…": the chain behind the report.)
  if (CITING_LEFTOVER.test(text.slice(a, b))) return null;
  // (« Invitée dimanche de l'émission… sur Canal 9 », "Asked about the plan": a participle's
  // phrase before the subject.)
  if (/^\p{Lu}\p{Ll}+(?:é|ée|és|ées|ed|ing)\s/u.test(text.slice(a, b)) && !FINITE_AUXILIARY[lang].test(text.slice(a, b))) return null;
  if (CIRCUMSTANCE_OPENING.test(text.slice(a, b))) {
    // ("in a statement, but a third round of talks ended…": the clause after the circumstance.)
    const next = /^[^,;]{0,80},\s*(?:but|and|mais|et)\s+/iu.exec(text.slice(a, b));
    if (next) a += next[0].length;
    else if (!FINITE_AUXILIARY[lang].test(text.slice(a, b))) return null;
    if (!CLAUSE_VERB[lang].test(text.slice(a, b))) return null;
  }
  // « », redoute Lucie Arnaud, installée depuis 2022 à Vernay », "…,” said Lucy Arnold, a dairy
  // farmer since 2002.": an apposition after an inverted source, to the sentence's end, describes
  // the speaker; it is no claim of the outlet's. (A relative clause in it may be one: "…, said Ms
  // Lee, whose son was secluded 23 times".)
  // (Nor is a career told in it: "…, a labour economist who has studied youth employment for 15
  // years", « …, qui a travaillé sur la série de 2019 ».)
  if ((!RELATIVE_OR_COLON.test(text.slice(a, b)) || CAREER.test(text.slice(a, b))) && atts.some((x) => x.source && x.cueSpan[1] <= x.source[0] && /^\s*,\s*$/u.test(text.slice(x.source[1], a)) && !/[\p{L}\p{N}]/u.test(text.slice(b, e0)))) return null;
  // "Cruz exhorted Republicans… and said…": the subject, which is the other attribution's source,
  // opens this clause too.
  const subject = atts.find((x) => x.source && x.source[1] <= a && a - x.source[1] <= 2 && /(?:^|,)\s*$/u.test(text.slice(s0, x.source[0])));
  if (subject?.source) a = subject.source[0];
  return [a, b];
}

// (Nor a colon's words: « a expliqué le procureur, X, lors d'une conférence de presse : les
// escrocs… ».)
const RELATIVE_OR_COLON = /(?<![\p{L}])(?:qui|dont|où|lequel|laquelle|who|whom|whose|which|where)(?![\p{L}])|:/iu;
const CAREER = /(?<![\p{L}])(?:who|qui)\s+(?:has\s+|had\s+|a\s+|avait\s+)?(?:studied|worked|researched|covered|taught|led|headed|served|travaillé|étudié|enseigné|dirigé|mené|couvert|participé)\s+(?:on|in|at|for|as|sur|à|au|aux|dans|pendant|depuis|\p{L}+)/iu;
// What is left of a report's chain: "(reported) last week, citing emails it had obtained".
const CITING_LEFTOVER = new RegExp(String.raw`^(?:(?:last|this|on|earlier|week|month|year|semaine|mois|${DAY_WORDS.join("|")})[\s,]+)*${CITING}\s`, "iu");
// A circumstance, maybe after a day: "on Monday in a statement", « lundi, dans un communiqué ».
// (« Mercredi matin, au marché forain… »: a day with its part, and « au », « aux »; « Lors de
// l’assemblée générale… ».)
const CIRCUMSTANCE_OPENING = new RegExp(String.raw`^(?:(?:${DAY_WORDS.join("|")})(?:\s+(?:matin|soir|midi|après-midi|morning|afternoon|evening|night))?[\s,]+)?(?:(?:in|on|at|during|dans|lors|pendant|devant|sur|par)\s+(?:a|an|the|un|une|le|la|les|l['’]|son|sa|ses|its|his|her|their)\s|(?:au|aux)\s|lors\s+d(?:e\s+la\s|e\s+l['’]|u\s|es\s))`, "iu");
const FINITE_AUXILIARY = {
  en: /\b(?:is|are|was|were|has|have|had|will|would|could|can|did|does|do|should|must|may|might)\b/u,
  fr: /(?:^|[\s’'])(?:est|sont|était|étaient|a|ont|avait|avaient|sera|seront|serait)(?=[\s,.;:!?]|$)/u,
};
const CLAUSE_VERB = {
  // (Not the first half of a compound: "a closed-door briefing", "a state-owned firm".)
  // (And a few irregular pasts of events and figures: "The broker cut its price target from 480p
  // to 260p", "floodwaters kept rising"; not "went", "spent" or "bought", which describe a
  // speaker as often as not: "…, who spent two years aboard".)
  en: /\b(?:is|are|was|were|has|have|had|will|would|could|can|did|does|do|should|must|may|might|cut|rose|fell|won|lost|sold|paid|shut|kept|stood)\b|(?<![\p{L}-])\p{Ll}{3,}ed\b(?!-)|n['’]t\b/u,
  fr: /(?:^|[\s’'])(?:est|sont|était|étaient|a|ont|avait|avaient|sera|seront|serait|fait|font|va|vont|peut|peuvent|doit|doivent)(?=[\s,.;:!?]|$)|\p{Ll}{2,}(?:é|ée|és|ées)(?=[\s,.;:!?]|$)/u,
};
