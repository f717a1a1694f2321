// Hedging: the claim is stated with a conditional, a modal or a belief verb, so it asserts less
// than a plain indicative would. `rumour` is the narrower journalistic hedge with no source at all
// ("reportedly", « aurait été aperçu ») that makes a claim hedged_unsourced.
import { DOCUMENT_ONLY } from "./lexicon";

// French conditional: future stem + -ait/-aient. The endings below are conditional-only in
// practice ("montrerait", "pourrait", "mettrait", "prendrait", "voudrait"), unlike a bare "-rait"
// that also matches imperfects ("démontrait", "déclarait", "assurait"); irregular stems are listed.
const FR_CONDITIONAL = /(?<![\p{L}])(?:\p{L}+(?:erai|rrai|ttrai|ndrai|udrai)(?:t|ent)|(?:aur|saur|ser|fer|dir|ir|devr|recevr|croir|finir|suffir|choisir|obtiendr|deviendr|agir)ai(?:t|ent))(?![\p{L}])/giu;
const NOT_CONDITIONAL = new Set(["portrait", "trait", "extrait", "retrait", "attrait", "abstrait", "distrait", "soustrait", "parfait", "portraits", "traits", "extraits", "retraits"]);
// (« possible » hedges as « il est possible que… », « reste possible », not « aucun retour en arrière
// possible ».)
const FR_HEDGE = /(?<![\p{L}])(?:susceptibles?|peut-être|sans doute|probablement|vraisemblablement|éventuellement|possiblement|sembl(?:e|ent|ait|aient|erait)|para[iî](?:t|ssent|ssait)|croi(?:t|ent|s)|croyai(?:t|ent)|pens(?:e|ent|ait|aient)|suppos(?:e|ent|é|ée)|présumée?s?|présumément|supposément|apparemment|pourrai(?:t|ent)|possibles?[\s\u00A0]+qu|(?:est|sont|serait|seraient|semble|semblent|paraît|reste|restent)[\s\u00A0]+possibles?|risque(?:nt)? de|d['’]après les premières|selon toute vraisemblance)(?![\p{L}])/iu;
// ("may" is tested apart, in lower case only: "reopen in May" names the month; "the suspect" is a
// person, "suspects that" a hedge.)
// (Not a verb of belief in the words: "I thought it was just a game", "I believe him" state what
// the speaker thought; the house rules hedge only conditionals, modals and hearsay.)
const EN_HEDGE = /\b(?:could|might|would|reportedly|allegedly|possibly|perhaps|likely|unlikely|probably|appears?|appeared|seems?|seemed|suspects? that|suspected|expected|purportedly|supposedly|apparently|potentially|rumou?red|presumably|estimated)\b/iu;

const FR_RUMOUR = /(?<![\p{L}])(?:(?:serai(?:t|ent)|aurai(?:t|ent))\s+(?:(?:déjà|encore|même|aussi|bien|également|ainsi|alors|ensuite|aussitôt|par ailleurs|en outre|de plus|notamment|toutefois|de son côté|de leur côté|pour sa part|pour leur part|\p{L}+ment)\s+)?(?:été\s+)?\p{L}+(?:é|ée|és|ées|i|ie|is|u|ue|us|it|ite|its)|(?:serai(?:t|ent))\s+(?:(?:déjà|aussi|également|toujours)\s+)?(?:en cours|à l['’]étude|sur le point|en préparation|envisagée?s?)|on dit que|il para[iî]t que|(?:est|sont) attendue?s? (?:d['’]ici|dans les|dans la|dans le|avant|pour|en début|en fin|la semaine|le mois|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|prochainement|sous)|(?:sembl(?:e|ent|ait|aient)|para[iî](?:t|ssent|ssait|ssaient))\s+\p{L}+(?:er|ir|re|oir)|sembl(?:e|ent|ait|aient)\s+(?:(?:de toute façon|désormais|déjà|bien|donc)\s+)?\p{L}+(?:é|ée|és|ées|ise|ises)|selon toute vraisemblance|présumée?s?|supposément|prétendument|selon des rumeurs|des rumeurs|selon la rumeur|la rumeur (?:veut|dit|court)|le bruit court|(?:il se|on se) (?:murmure|dit|raconte)(?: (?:aussi|enfin|encore|même|déjà|désormais|ici|partout))? que|on (?:murmure|raconte)(?: (?:aussi|enfin|encore|même|déjà|désormais|ici|partout))? que|murmure-t-on|dit-on|paraît-il)(?![\p{L}])/iu;
const EN_RUMOUR = /\b(?:reportedly|allegedly|purportedly|supposedly|rumou?red|rumou?r has it|word is that|(?:is|are|was|were) (?:expected|believed|said|thought|rumou?red|understood) to|(?:is|are) expected (?:on|by|in|within|later|next|this|before|over|after|during|until|from|at|around|early|soon|shortly)\b|appears? to|appeared to|seems? to|is likely to|are likely to)\b/iu;

// The English patterns are plain ASCII words, so they also run without the u flag, several times
// faster. With /iu, case folding maps exactly two characters onto ASCII letters, ſ (long s) and
// K (Kelvin sign), also making them word characters for \b: only a text holding one of them
// needs the /iu form for the same answer.
const FOLDS_TO_ASCII = /[\u017F\u212A]/;
const EN_HEDGE_ASCII = new RegExp(EN_HEDGE.source, "i");
const EN_RUMOUR_ASCII = new RegExp(EN_RUMOUR.source, "i");

function testEnglish(unicode: RegExp, ascii: RegExp, text: string): boolean {
  return FOLDS_TO_ASCII.test(text) ? unicode.test(text) : ascii.test(text);
}

const EN_HEDGE_NOT_WOULD = new RegExp(EN_HEDGE.source.replace("|would", ""), "i");
const EN_MAY = /\bmay\b/;

// Uses of the English hedge words that hedge nothing: a comparison of odds ("more likely to
// develop", "twice as likely"), an estimate as an adjective ("an estimated £38m"), a modal of
// ability with perception ("could be seen", "could hear"), an inability ("could not provide raw
// data", "couldn't reach the site"), a plan described ("a £1.1bn scheme that would flood 340
// hectares"), an ability compared ("faster than we could train them").
// (Nor "suspected" before its noun: "212 reports of suspected harm", "two suspected cases", "a
// suspected breach" say what the reports or cases are about.)
// (Nor a modal in what someone was warned or told, or in the grounds of an objection: "officials
// had been warned in writing that lead readings could rise" reports the warning.)
// (Nor what nothing could be: "legal advice was that nothing could be released" forbids.)
// (Nor what could or would have happened: "Every one of those could have been prevented", "a
// bypass that would have routed trucks around the town" — a counterfactual, not a doubt.)
// (Nor appearing somewhere: "teachers who joined the picket later never appeared in it", "appeared
// in court on Monday".)
const EN_NOT_HEDGE = /\b(?:(?:more|less|much more|far more|times as|twice as|as) likely|an estimated|could (?:be )?(?:seen|heard|see|hear|smell|smelled|felt)|could not|couldn['’]t|(?:nothing|no one|nobody|none) could|(?:that|which) would|(?:you|one) would|than (?:we|they|he|she|it|i|you|anyone) could|(?:of|into|over|for|with|in|from|a|an|the|two|three|four|five|several|many|\d[\d,]*) suspected|(?:been|were|was) (?:warned|told|informed|alerted|notified|cautioned|advised)\b[^.;]{0,40}? that\b[^.;]*|on the grounds that\b[^.;]*|appear(?:s|ed|ing)? (?:in|on|at|before|for|with|alongside|as|twice|again|once)(?= )|(?:could|would) have(?= ))\b/giu;

/** English text with the uses of hedge words that hedge nothing (EN_NOT_HEDGE) blanked out. */
function withoutNonHedges(text: string): string {
  return /likely|estimated|could|suspected|would|might|may|appear/i.test(text) ? text.replace(EN_NOT_HEDGE, " ") : text;
}

/** `backshift`: the text is reported in indirect speech after a verb ("said it would close",
 *  « a affirmé que le site fermerait »), where "would" and the French conditional are the tense
 *  of the reported words; modals of possibility and hedge words still count. */
export function isHedged(text: string, lang: "fr" | "en", cueLemma?: string | null, { backshift = false } = {}): boolean {
  if (lang === "en") text = withoutNonHedges(text);
  if (cueLemma && ["suspect", "expect", "hope", "espérer", "fear", "craindre", "predict", "prédire", "wonder", "doubt", "douter"].includes(cueLemma)) return true;
  if (lang === "fr" || /[àâçéèêëîïôûù]/.test(text)) {
    if (FR_HEDGE.test(text)) return true;
    if (!backshift) {
      FR_CONDITIONAL.lastIndex = 0;
      for (const m of text.matchAll(FR_CONDITIONAL)) {
        // (« qu’on aurait pu leur éviter », « Aucun test n’aurait pu anticiper… »: what could have
        // been, not a doubt.)
        if (!NOT_CONDITIONAL.has(m[0].toLowerCase()) && !/^[\s\u00A0]+pu(?![\p{L}])/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return true;
      }
    }
    if (lang === "fr") return false;
  }
  // (What a text allows is no hedge: "Under the protocol, pharmacists may give capsules".)
  if (EN_MAY.test(text) && !(cueLemma && DOCUMENT_ONLY.has(cueLemma))) return true;
  if (backshift) return EN_HEDGE_NOT_WOULD.test(text);
  return testEnglish(EN_HEDGE, EN_HEDGE_ASCII, text);
}

/** Whether a reporting verb `cueText` is in a past tense (« a annoncé », « indiquait », "said",
 *  "had warned"): only then does a conditional after it follow its tense (docs: « le Conseil
 *  d’État a annoncé… que la vitesse y serait limitée » is not hedged). After a present, « le
 *  rapport indique que la réserve serait épuisée », "the group estimates the program would
 *  cost…", the conditional is the speaker's own hedge. */
export function pastTenseCue(cueText: string, lang: "fr" | "en"): boolean {
  const t = cueText.toLowerCase();
  // (A past participle alone is past too: « a pris acte et précisé que… » shares its auxiliary.)
  if (lang === "fr") return /(?:^|[\s-])(?:a|ont|avait|avaient|eut|eurent|est|sont|était|étaient)(?:[\s-]|$)/u.test(t) || /(?:ait|aient|èrent)(?:-t-\p{L}+|-\p{L}+)?$/u.test(t) || /^\p{L}+(?:é|ée|és|ées)$/u.test(t);
  return /\b(?:had|has|have|was|were)\b/u.test(t) || /(?:ed|said|told|wrote|thought|knew|found|showed|felt|saw|heard|gave|spoke|made|put)$/u.test(t.split(/\s+/u)[0] ?? "");
}

/** Rumour-style hedge with no source ("X serait impliqué", "reportedly", "is expected to"). */
export function isRumour(text: string, lang: "fr" | "en"): boolean {
  return lang === "fr" ? FR_RUMOUR.test(text) : testEnglish(EN_RUMOUR, EN_RUMOUR_ASCII, text);
}

// The outlet's own guess ("The planet may be tidally locked", « L'entreprise pourrait être
// poursuivie »): a modal of possibility with no source. Lower case only, so the month of May is
// not one; "would" and « serait » + noun stay the author's hypothesis ("would be a violation").
// (And the outlet's own "probably": « Il faudra sans doute plusieurs années… », as "is likely to".)
const FR_POSSIBILITY = /(?<![\p{L}])(?:pourrai(?:t|ent)|devrai(?:t|ent)|sans doute|probablement|vraisemblablement)(?![\p{L}])/u;
// (Not "could not": "Investigators could not determine the cause" states an inability.)
const EN_POSSIBILITY = /\b(?:may|might|could(?! not)|should)(?: not| well| also| even| soon| still| already)? (?:be|have|\p{Ll}+)\b/u;

// The French journalistic conditional: with no source, « X envisagerait de… », « des instructeurs
// seraient présents » is information the outlet does not vouch for. Not a modal (« pourrait »,
// « faudrait »: the outlet's guess, above), not « serait » + noun (« ce serait une erreur »: the
// author's hypothesis), and not under a condition (« sans cette aide, l'usine fermerait »).
const FR_MODALS = /^(?:pourr|devr|voudr|faudr|aimer|souhaiter|préfér)/u;
const FR_CONDITION = /(?<![\p{L}])(?:si|s['’]il|s['’]ils|sans|faute d[e']|en cas d[e']|à défaut d[e']|au cas où)(?![\p{L}])/iu;
function frConditionalHearsay(text: string): boolean {
  FR_CONDITIONAL.lastIndex = 0;
  for (const m of text.matchAll(FR_CONDITIONAL)) {
    // (A condition set out before the verb makes it a hypothesis; « serait prêt… si le conflit
    // se prolongeait » is still hearsay about a readiness.)
    if (FR_CONDITION.test(text.slice(0, m.index))) return false;
    const verb = m[0].toLowerCase();
    if (NOT_CONDITIONAL.has(verb) || FR_MODALS.test(verb)) continue;
    const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 12);
    const before = text.slice(Math.max(0, (m.index ?? 0) - 3), m.index);
    if (/^ser/u.test(verb) && (/^\s+(?:un|une|le|la|les|l['’]|des|du|de|d['’]|plus|moins|bien|mieux)(?![\p{L}])/iu.test(after) || /c['’]\s*$|ce\s$/iu.test(before))) continue;
    return true;
  }
  return false;
}

/** A claim with no source that is rumour or the outlet's guess: hedged_unsourced. */
export function isUnsourcedHedge(text: string, lang: "fr" | "en"): boolean {
  return isRumour(text, lang) || (lang === "fr" ? FR_POSSIBILITY.test(text) || frConditionalHearsay(text) : EN_POSSIBILITY.test(withoutNonHedges(text)));
}
