// Check-worthiness: how much a fact-checker would want to verify the claim, 0..1. Numbers,
// events, causal statements and attributed facts rank high; opinions, hopes, predictions,
// questions and small talk rank low. A transparent additive score: each signal is a rule a
// checker would agree with, and the weights keep the ranking stable across outlets.
import type { AttributionLevel, QuoteType } from "./types";

const NUMBER = /\d|\b(?:million|millions|billion|billions|trillion|thousand|thousands|hundreds?|dozens?|percent|per cent|half|twice|triple|double|milliards?|mille|milliers|centaines?|dizaines?|pour cent|moitié|deux fois|trois fois|quatre fois|tiers|quart|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|cent)\b/iu;
const STRONG_NUMBER = /\d[\d.,]*\s*(?:%|percent|per cent|pour cent|million|billion|milliard|trillion|\$|€)|[$€£]\s?\d|\b\d{2,}[\d.,]*\b(?!\s*(?:a\.m|p\.m|h\b))|\b(?:millions?|billions?|milliards?|trillions?|percent|pour cent|fois plus|times (?:more|as|the))\b/iu;
const CAUSAL = /\b(?:because|due to|caused|causes|cause|led to|leads to|result(?:ed|s)? (?:of|in)|as a result|thanks to|responsible for|à cause de|en raison de|car|parce que|provoqué|provoque|entraîné|entraîne|grâce à|dû à|due à|suite à|conséquence)\b/iu;
const COMPARATIVE = /\b(?:more than|less than|fewer than|higher|lower|highest|lowest|largest|biggest|smallest|record|most|least|increase[ds]?|decrease[ds]?|rose|fell|doubled|tripled|cut|grew|dropped|plus de|moins de|plus que|moins que|hausse|baisse|record|augment\p{L}*|diminu\p{L}*|recul\p{L}*|progress\p{L}*|fois plus|fois moins)\b/iu;
const EVENT_EN = /\b(?:has|have|had)\s+(?:\w+\s+)?(?:been|\w+ed)\b|\b\w{3,}ed\b|\b(?:was|were)\b|\b(?:killed|died|voted|signed|passed|won|lost|sold|bought|paid|spent|created|built|shot|arrested|fired|hired|raised|sent|took|gave|made|went|came|left|broke)\b/iu;
const EVENT_FR = /(?<![\p{L}])(?:a|ont|avait|avaient|est|sont)\s+(?:\p{L}+\s+)?\p{L}+(?:é|ée|és|ées|i|is|it|u|us|ert|eint)(?![\p{L}])|(?<![\p{L}])\p{L}+(?:ait|aient)(?![\p{L}])/iu;
const OPINION = /\b(?:i think|i believe|i feel|we think|we believe|in my opinion|i hope|we hope|hopefully|i want|we want|we need|we must|we should|we have to|we've got to|let me|let's|i'm going to|we're going to|we will|i will|i'll|we'll|should|must|ought to|need to|great|tremendous|wonderful|terrible|horrible|beautiful|amazing|incredible|disgrace|disaster|believe me|thank you|thanks|god bless|folks|je pense|je crois|nous pensons|j'espère|espérons|espère|souhaite|souhaitons|il faut|nous devons|on doit|je veux|nous voulons|merci|formidable|magnifique|terrible|honte|scandaleux|inacceptable|selon moi|à mon avis)\b/iu;
const FUTURE = /\b(?:will|going to|gonna|is set to|are set to|plans? to|intends? to|va|vont|allons|sera|seront|aura|auront|prévoit de|compte)\b|(?<![\p{L}])\p{L}{3,}(?:era|eront|ira|iront)(?![\p{L}])/iu;
const QUESTION = /\?\s*["”»’]?\s*$/u;
const ENTITY = /(?<=\s)\p{Lu}\p{L}{2,}/gu;

export interface CheckworthinessInput {
  text: string;
  level: AttributionLevel;
  hedged: boolean;
  quoteType: QuoteType;
  negatedCue: boolean;
  title: boolean;
}

export function scoreCheckworthiness(x: CheckworthinessInput): number {
  const t = x.text;
  const words = t.split(/\s+/).filter(Boolean).length;
  let s = 0.4;
  if (STRONG_NUMBER.test(t)) s += 0.22;
  else if (NUMBER.test(t)) s += 0.08;
  if (CAUSAL.test(t)) s += 0.08;
  if (COMPARATIVE.test(t)) s += 0.08;
  if (EVENT_EN.test(t) || EVENT_FR.test(t)) s += 0.08;
  const entities = Math.min(4, t.match(ENTITY)?.length ?? 0);
  s += entities * 0.025;
  switch (x.level) {
    case "document":
    case "official_statement":
      s += 0.08;
      break;
    case "named_on_record":
    case "anonymous_described":
    case "secondary_report":
    case "witnessed":
      s += 0.05;
      break;
    case "anonymous_bare":
    case "hedged_unsourced":
      s += 0.02;
      break;
    default:
      break;
  }
  const opinions = t.match(new RegExp(OPINION.source, "giu"))?.length ?? 0;
  s -= Math.min(0.35, opinions * 0.18);
  if (FUTURE.test(t)) s -= 0.1;
  if (QUESTION.test(t)) s -= 0.3;
  if (/!\s*["”»’]?\s*$/u.test(t)) s -= 0.1;
  if (words < 5) s -= 0.3;
  else if (words < 8) s -= 0.12;
  if (x.hedged) s -= 0.05;
  if (/^(?:i|we|you|je|nous|vous|on)\b/iu.test(t)) s -= 0.05;
  if (x.negatedCue) s = Math.min(s, 0.3);
  if (x.title) s *= 0.55;
  return Math.round(Math.max(0, Math.min(1, s)) * 100) / 100;
}
