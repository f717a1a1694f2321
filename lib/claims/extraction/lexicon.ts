// Reporting-verb lexicon (docs/attribution-levels.md lists the core; the rest are verbs that news
// prose uses to attribute speech, writing, findings or stances). Forms are generated from lemmas
// so every tense is covered; irregular forms are listed by hand.

import { ADVERBIAL_PHRASES } from "./adverbial-phrases";

export type CueStrength = "speech" | "stance" | "evidence";

export interface VerbInfo {
  lemma: string;
  lang: "en" | "fr";
  /** speech verbs always attribute; stance verbs (want, hope, believe) and evidence verbs
   *  (find, show) need a clear subject and complement before they count. */
  strength: CueStrength;
  /** "pp": past participle (FR: needs an auxiliary); "ing": gerund; "fin": finite/other. */
  form: "pp" | "ing" | "fin" | "base";
}

const EN_SPEECH =
  "say tell add claim argue assert announce confirm deny acknowledge admit explain note warn report reveal insist " +
  "suggest estimate allege accuse write tweet cite agree state echo recall declare respond reply urge emphasize emphasise stress " +
  "mention promise pledge vow contend concede complain observe conclude testify boast charge disclose demand propose " +
  "recommend criticize criticise praise blast slam condemn question dismiss reject predict joke quip ask answer counter " +
  "retort shout chant remark assure reassure inform caution threaten describe declined lament muse " +
  "speculate acknowledge opine posit proclaim brag post write testify concur affirm aver maintain repeat reiterate " +
  "clarify hint signal complain decry denounce applaud endorse rebut dispute challenge call accuse cheer tout " +
  "advise instruct order demand plead learn encourage mock ridicule defend attack " +
  "portray label dub liken characterise characterize highlight underscore detail outline hail welcome rip scold " +
  "chide rebuke request implore downplay confess apologize blame credit fault refute comment recount elaborate " +
  "discuss speak talk rule calculate pitch reference criticize pledge sing " +
  // Verbs of judgement and of making a position public (Levin's "judgement" and "communication"
  // classes): "chastised Clinton for…", "lauded the deal", "unveiled a proposal", "expressed concern".
  "chastise lambaste castigate berate excoriate assail grill thank laud extol commend compliment deride disparage " +
  "belittle taunt insult lecture admonish reprimand bemoan deplore protest unveil promote publish express voice " +
  "advocate propound articulate reaffirm restate invoke refer allude trumpet herald congratulate salute " +
  "hammer skewer bash rail lash pooh-pooh point rate " +
  // Manner of speaking, repeating others' words, labelling: "yelled at the crowd", "retweeted a
  // post calling…", "recited the oath", "branded him a liar".
  "yell recite retweet brand fume moan";
const EN_STANCE = "believe think hope fear worry expect feel want plan support oppose doubt suspect wonder know understand seem appear consider view regard prefer admire embrace champion refuse decide seek imply insinuate see " +
  // Verbs of feeling towards something (Levin's "admire" class): a sentiment is attributed too.
  "love like hate despise resent respect adore detest loathe dread distrust trust appreciate relish cherish mourn regret realize recognize " +
  // Imagining and wishing, and anger shown ("envisioned a world where…", "seethed at the ruling").
  "envision wish seethe bristle";
const EN_EVIDENCE = "gather find show indicate suggest conclude estimate project forecast identify document reveal witness discover stipulate rank place list provide " +
  // (How an analysis classifies: "The PBO’s analysis… classified $6.8 billion of the measures as…".)
  "classify " +
  // What a reporter watched, counted, heard or noticed (cues.ts keeps these for reporters and,
  // for counting, documents).
  "watch count notice hear measure " +
  // ("The log for that night records that two contractors were treated…": only before "that".)
  "record " +
  // ("The study attributes 31% of emissions to cruise ships": only after a document.)
  "attribute";

/** What a text lays down or holds: a document's verbs only where it is a particular text, not a
 *  law (cues.ts: « la loi impose de notifier… » is the outlet's own statement of the law). In
 *  English, in the present only ("That plan… requires operators to notify the county"; "the years
 *  required for a full pension" and "27 contained wine" report nothing). */
const EN_TEXT_RULE = "require guarantee exclude contain impose fix forbid prohibit allow";
export const TEXT_RULE_VERBS = new Set([...EN_TEXT_RULE.split(" "), "imposer", "fixer", "exclure", "garantir", "contenir", "interdire", "autoriser", "obliger"]);

const EN_IRREGULAR: Record<string, string[]> = {
  say: ["say", "says", "said", "saying"],
  tell: ["tell", "tells", "told", "telling"],
  write: ["write", "writes", "wrote", "written", "writing"],
  think: ["think", "thinks", "thought", "thinking"],
  know: ["know", "knows", "knew", "known"],
  find: ["find", "finds", "found", "finding"],
  show: ["show", "shows", "showed", "shown", "showing"],
  feel: ["feel", "feels", "felt"],
  understand: ["understand", "understands", "understood"],
  forecast: ["forecast", "forecasts", "forecasting"],
  tweet: ["tweet", "tweets", "tweeted", "tweeting"],
  plan: ["plans", "planned", "planning"],
  admit: ["admit", "admits", "admitted", "admitting"],
  regret: ["regret", "regrets", "regretted"],
  order: ["orders", "ordered"],
  post: ["posted"],
  call: ["called", "calls", "calling", "call"],
  question: ["questioned", "questions", "questioning"],
  answer: ["answered", "answers"],
  signal: ["signaled", "signalled", "signals"],
  charge: ["charged", "charges"],
  counter: ["countered", "counters"],
  report: ["report", "reports", "reported", "reporting"],
  declined: ["declined", "declines"],
  // ("states" only before "that": cues.ts keeps the noun out.)
  state: ["stated", "states"],
  record: ["records", "recorded"],
  seem: ["seems", "seemed"],
  see: ["sees", "saw"],
  hear: ["hears", "heard"],
  appear: ["appears", "appeared"],
  view: ["views", "viewed"],
  seek: ["seeks", "sought", "seeking"],
  refuse: ["refuses", "refused"],
  decide: ["decided", "decides"],
  speak: ["spoke", "speaks", "speaking"],
  rule: ["ruled"],
  support: ["support", "supported", "supports"],
  sing: ["sings", "sang"],
  detail: ["detailed", "details"],
  comment: ["commented", "comments"],
  reference: ["referenced", "references", "referencing"],
  credit: ["credited", "credits"],
  fault: ["faulted", "faults"],
  outline: ["outlined", "outlines"],
  label: ["labeled", "labelled", "labels"],
  learn: ["learned", "learnt", "learns"],
  // Only in "it was gathered that…" (cues.ts), the Nigerian press's "we learnt from sources".
  gather: ["gathered"],
  attack: ["attacked", "attacks", "attacking"],
  defend: ["defended", "defends", "defending"],
  rate: ["rated", "rating"],
  // ("a list", "the listing": the nouns are left out; so is "listed", mostly a participle: "the
  // websites listed in the alert". The plain form only after a document, "the accounts list
  // $58.7 million": cues.ts keeps it as a noun elsewhere.)
  list: ["lists", "list"],
  // "like" is a preposition and "trust", "respect" nouns far more often than verbs.
  like: ["likes", "liked"],
  love: ["loves", "loved"],
  trust: ["trusts", "trusted"],
  respect: ["respects", "respected"],
  // Forms that are nouns far more often than verbs are left out ("a voice", "at one point").
  point: ["pointed", "pointing", "points"],
  voice: ["voiced", "voicing"],
  protest: ["protested", "protesting"],
  insult: ["insulted", "insulting"],
  advocate: ["advocated", "advocating"],
  promote: ["promoted", "promotes", "promoting"],
  lecture: ["lectured", "lecturing"],
  salute: ["saluted", "saluting"],
  herald: ["heralded", "heralding"],
  // "the brand", "best wishes", "a yell": the nouns are left out.
  brand: ["branded", "branding"],
  wish: ["wish", "wished"],
  yell: ["yelled", "yells", "yelling"],

  bristle: ["bristled", "bristles", "bristling"],
};

function enForms(lemma: string): string[] {
  const irr = EN_IRREGULAR[lemma];
  if (irr) return irr;
  const out = [lemma];
  if (/(?:s|sh|ch|x|z)$/.test(lemma)) out.push(lemma + "es");
  else if (/[^aeiou]y$/.test(lemma)) out.push(lemma.slice(0, -1) + "ies");
  else out.push(lemma + "s");
  if (lemma.endsWith("e")) {
    out.push(lemma + "d", lemma.slice(0, -1) + "ing");
  } else if (/[^aeiou]y$/.test(lemma)) {
    out.push(lemma.slice(0, -1) + "ied", lemma + "ing");
  } else if (/^(?:[^aeiou]*[aeiou][^aeiouwxy])$/.test(lemma) || /(?:mit|fer|pel)$/.test(lemma)) {
    const last = lemma.slice(-1);
    out.push(lemma + last + "ed", lemma + last + "ing");
  } else {
    out.push(lemma + "ed", lemma + "ing");
  }
  return out;
}

const FR_ER =
  "déclarer affirmer annoncer ajouter expliquer indiquer préciser souligner rappeler estimer assurer confirmer raconter " +
  "rapporter noter confier témoigner insister avouer déplorer dénoncer accuser juger considérer penser révéler répéter " +
  "marteler signaler observer relever constater avancer nier contester regretter alerter tweeter détailler résumer " +
  "commenter citer jurer espérer souhaiter réclamer exiger demander critiquer fustiger saluer plaider arguer lâcher " +
  "glisser tonner ironiser insister démontrer montrer pointer qualifier informer déclarer prôner annoncer clamer " +
  "proclamer rétorquer répliquer objecter protester s'inquiéter menacer reprocher attester certifier " +
  "expliquer commenter analyser assumer mentionner " +
  // Manner of speaking and repeating others' words, as in English (« a crié », « a retweeté »).
  "crier hurler fulminer retweeter réciter " +
  // Putting a figure on something (« a chiffré le coût à… », « évalue les dégâts à… »), and a
  // poll's figure for a candidate (« Une enquête… crédite X de 24 % des intentions de vote »).
  "chiffrer évaluer créditer " +
  // A share or a cause a study or a notice puts down to something (« Une étude… attribue 68 % des
  // apports de phosphore aux épandages »; only after a document: cues.ts).
  "attribuer " +
  // Putting forward a figure or a fact (« la direction évoque 38 % de grévistes »).
  "évoquer " +
  // A reason or a figure put forward (« elle invoque un déficit de… », « revendique 41 500
  // festivaliers »; cues.ts keeps « revendiquer » for figures: claiming an attack reports nothing).
  "invoquer revendiquer " +
  // Conceding, refuting, relating, urging, playing down (« a concédé le ministre »).
  "concéder réfuter relater exhorter riposter relativiser minimiser s'étonner s'indigner féliciter désoler tabler " +
  // A reporter's counting and noticing (cues.ts keeps them for reporters).
  "compter remarquer " +
  // What a text lays down (cues.ts keeps it for documents: « le décret stipule que… », « les
  // consignes… imposent un préavis de deux heures », « le contrat fixe le prix »).
  "stipuler imposer fixer " +
  // An institution's count (« la préfecture a recensé 600 manifestants »).
  "recenser dénombrer " +
  // A text's ranking (cues.ts keeps it for documents: « le rapport classait le musée parmi… »).
  "classer";
const FR_STANCE = new Set(["penser", "estimer", "tabler", "juger", "considérer", "espérer", "souhaiter", "croire", "craindre", "douter"]);
const FR_EVIDENCE = new Set(["attribuer", "établir", "démontrer", "montrer", "révéler", "indiquer", "constater", "relever", "découvrir", "chiffrer", "évaluer", "créditer", "voir", "apercevoir", "entendre", "compter", "remarquer", "prévoir", "stipuler", "imposer", "fixer", "exclure", "garantir", "contenir", "interdire", "autoriser", "obliger", "recenser", "dénombrer", "classer", "placer", "retenir", "totaliser"]);

// Irregular verbs: finite forms, then participles after "|".
const FR_IRREGULAR: Record<string, string> = {
  // Where data put a ship or a place (cues.ts keeps it for documents: « les données placent le
  // navire à 11,8 milles »). Not « place » or « placé »: « sur place », « placé en garde à vue ».
  placer: "placent plaçait plaçaient|",
  dire: "dit disent disait disaient dira diront dirait diraient dis disant|dit dite dits dites",
  écrire: "écrit écrivent écrivait écrivaient écrira écrirait écrivant|écrit écrite écrits",
  croire: "croit croient croyait croyaient croira croyant|cru",
  reconnaître: "reconnaît reconnait reconnaissent reconnaissait reconnaissaient reconnaîtra reconnaissant|reconnu reconnue reconnus",
  admettre: "admet admettent admettait admettaient admettra|admis admise",
  démentir: "dément démentent démentait démentaient|démenti démentie",
  prétendre: "prétend prétendent prétendait prétendaient|prétendu",
  soutenir: "soutient soutiennent soutenait soutenaient soutiendra|soutenu",
  répondre: "répond répondent répondait répondaient répondra|répondu",
  avertir: "avertit avertissent avertissait avertissaient|averti avertie",
  prévenir: "prévient préviennent prévenait prévenaient|prévenu",
  promettre: "promet promettent promettait promettaient promettra|promis promise",
  conclure: "conclut concluent concluait concluaient|conclu conclue",
  décrire: "décrit décrivent décrivait décrivaient|décrit décrite",
  craindre: "craint craignent craignait craignaient|craint",
  poursuivre: "poursuit poursuivent poursuivait|poursuivi",
  maintenir: "maintient maintiennent maintenait|maintenu",
  prédire: "prédit prédisent prédisait|prédit",
  // (Only with a clause, a quotation or an infinitive (structure.ts): « a défendu une réforme
  // « juste et indispensable » », not « a défendu son projet ».)
  défendre: "défend défendent défendait défendaient|défendu défendue",
  douter: "doute doutent doutait doutaient|douté",
  apprendre: "apprend apprennent apprenait|appris",
  découvrir: "découvre découvrent découvrait découvraient découvrira|découvert découverte",
  // Only a reporter's seeing is a cue (cues.ts): « notre envoyée spéciale a vu… ».
  voir: "voit voient voyait voyaient|vu vue vus vues",
  apercevoir: "aperçoit aperçoivent apercevait|aperçu aperçue aperçus",
  entendre: "entend entendent entendait|entendu entendue",
  // Only what a text provides for is a cue (cues.ts): « le projet de loi prévoit… ».
  prévoir: "prévoit prévoient prévoyait prévoyaient prévoira prévoiront|",
  // What a study establishes (« une étude… établit que le niveau de la nappe a baissé »).
  établir: "établit établissent établissait établissaient|établi établie",
  // Only as « se réjouir » (cues.ts): « s’est réjouie l’avocate ».
  réjouir: "réjouit réjouissent réjouissait réjouissaient|réjoui réjouie réjouis réjouies",
  // Only after a document (cues.ts): « les conditions générales… excluent toute indemnisation »,
  // « la main courante ne contient aucune motivation », « le règlement intérieur… interdit tout
  // usage du téléphone ». (Finite forms only: « l’accès est interdit » reports nothing.)
  interdire: "interdit interdisent interdisait interdisaient|",
  autoriser: "autorise autorisent autorisait autorisaient|",
  obliger: "oblige obligent obligeait obligeaient|",
  exclure: "exclut excluent excluait excluaient|",
  garantir: "garantit garantissent garantissait garantissaient|",
  contenir: "contient contiennent contenait contenaient|",
  // (What a text holds as established or adds up to: « Le rapport d’expertise… retient une
  // température de… », « Ses plannings… totalisent 1 790 heures ».)
  retenir: "retient retiennent retenait retenaient|",
  totaliser: "totalise totalisent totalisait totalisaient|",
};

function frErForms(lemma: string): { fin: string[]; pp: string[] } {
  const stem = lemma.slice(0, -2);
  // annoncer → annonçait; rappeler → rappelle; répéter → répète
  const soft = stem.endsWith("c") ? stem.slice(0, -1) + "ç" : stem.endsWith("g") ? stem + "e" : stem;
  let strong = stem;
  // (Not marteler, which takes a grave accent like relever: « martèle l'élue ».)
  const graveEl = lemma === "marteler";
  if (/el$/.test(stem) && lemma !== "révéler" && !graveEl) strong = stem + "l";
  const acc = stem.match(/^(.*)é([^aeiouéèêy]+)$/u);
  if (acc && !/el$/.test(stem)) strong = `${acc[1]}è${acc[2]}`;
  // relever → relève, peser → pèse: a mute e before a single final consonant takes a grave accent.
  const mute = stem.match(/^(.*[^aeiouéèêy])e([^aeiouéèêy])$/u);
  if (!acc && mute && (!/el$/.test(stem) || graveEl)) strong = `${mute[1]}è${mute[2]}`;
  // (No second person singular: news copy has no « tu chiffres », and its « ses propres chiffres »,
  // « les demandes » are nouns.)
  const fin = [
    strong + "e", strong + "ent", stem + "e", stem + "ent",
    soft + "ait", soft + "aient", soft + "a", stem + "èrent", soft + "ant",
    strong + "era", strong + "eront", strong + "erait", strong + "eraient",
  ];
  const pp = [stem + "é", stem + "ée", stem + "és", stem + "ées"];
  return { fin, pp };
}

const frStrength = (lemma: string): CueStrength => (FR_STANCE.has(lemma) ? "stance" : FR_EVIDENCE.has(lemma) ? "evidence" : "speech");

export const VERBS = new Map<string, VerbInfo[]>();

function add(form: string, info: VerbInfo) {
  const list = VERBS.get(form);
  if (list) {
    if (!list.some((i) => i.lemma === info.lemma && i.lang === info.lang && i.form === info.form)) list.push(info);
  } else VERBS.set(form, [info]);
}

for (const [lemmas, strength] of [
  [EN_SPEECH, "speech"],
  [EN_STANCE, "stance"],
  [EN_EVIDENCE, "evidence"],
  [EN_TEXT_RULE, "evidence"],
] as const) {
  for (const lemma of lemmas.split(/\s+/)) {
    for (const f of lemmas === EN_TEXT_RULE ? enForms(lemma).filter((f) => !/(?:ed|ing)$/u.test(f)) : enForms(lemma)) {
      const form = f.endsWith("ing") ? "ing" : f === lemma ? "base" : "fin";
      add(f, { lemma, lang: "en", strength, form });
    }
  }
}

for (const lemma of FR_ER.split(/\s+/)) {
  const clean = lemma.replace(/^s'/, "").replace("-en-garde", "");
  const strength = frStrength(clean);
  const { fin, pp } = frErForms(clean);
  for (const f of fin) add(f, { lemma: clean, lang: "fr", strength, form: "fin" });
  for (const f of pp) add(f, { lemma: clean, lang: "fr", strength, form: "pp" });
}
for (const [lemma, forms] of Object.entries(FR_IRREGULAR)) {
  if (!forms) continue;
  const [fin = "", pp = ""] = forms.split("|");
  const strength = frStrength(lemma);
  for (const f of fin.split(" ").filter(Boolean)) add(f, { lemma, lang: "fr", strength, form: "fin" });
  for (const f of pp.split(" ").filter(Boolean)) add(f, { lemma, lang: "fr", strength, form: "pp" });
}

/** French reporting verbs by infinitive, for « a pu constater », « peut-on lire ». */
/** Verbs that report only after a document, what a text lays down, ranks or holds (cues.ts): "The
 *  contract stipulates…", « le projet de loi prévoit… », "That plan… requires operators to…". */
export const DOCUMENT_ONLY = new Set(["attribuer", "attribute", "prévoir", "stipuler", "stipulate", "rank", "place", "list", "classer", "établir", "provide", "placer", "classify", "retenir", "totaliser", ...TEXT_RULE_VERBS]);

export const FR_INFINITIVES = new Map<string, CueStrength>();
for (const lemma of [...FR_ER.split(/\s+/).map((l) => l.replace(/^s'/, "")), ...Object.keys(FR_IRREGULAR)]) {
  if (lemma) FR_INFINITIVES.set(lemma, frStrength(lemma));
}

export const FR_AUX = new Set([
  "a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "ai", "as", "avons", "avez", "eu", "avoir", "ayant",
]);
// Verbs that report only with their reflexive pronoun (« se réjouir »; « la victoire réjouit les
// supporters » reports nothing), and every verb of the lists that reports as a pronominal one
// (« s’est indignée », « se sont inquiétés »).
export const FR_REFLEXIVE_ONLY = new Set(["réjouir", "désoler"]);
export const FR_PRONOMINAL = new Set([...FR_REFLEXIVE_ONLY, "féliciter", ...FR_ER.split(/\s+/).filter((l) => l.startsWith("s'")).map((l) => l.slice(2))]);
export const FR_BE = new Set(["est", "sont", "était", "étaient", "été", "sera", "seront", "serait", "seraient", "s'est", "se"]);
export const EN_AUX = new Set([
  "has", "have", "had", "will", "would", "could", "might", "may", "can", "did", "does", "do", "was", "were", "is", "are",
  "been", "be", "having", "shall", "should", "must", "'s", "'ve", "'d",
]);
export const EN_NEG = new Set(["not", "n't", "never", "no", "declined", "refused"]);
export const FR_NEG = new Set(["pas", "jamais", "guère", "point", "nullement"]);

// Days and the words for today, yesterday and tonight, in both languages: they end a source
// ("said Smith Monday"), open a circumstance and sit between a verb and its complement.
export const DAY_WORDS = "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui".split(" ");

// Adverbs and short time phrases that may sit between an auxiliary and a participle or between a
// cue and its complement ("a également déclaré lundi que", "said on Monday that").
// Verbs of perceiving and counting, which report only the outlet's own witness (cues.ts checks
// the subject), and the nouns for the outlet's people who do the witnessing.
export const EN_WITNESS_ONLY = new Set(["watch", "count", "notice", "hear", "measure"]);
export const FR_WITNESS_ONLY = new Set(["voir", "apercevoir", "entendre", "compter", "remarquer"]);
/** Seeing, hearing, counting: what the outlet's reporter perceives is its witness. */
export const PERCEPTION_LEMMAS = [...EN_WITNESS_ONLY, ...FR_WITNESS_ONLY, "see"];
export const REPORTER_NOUNS = new Set([
  "journaliste", "journalistes", "envoyé", "envoyée", "envoyés", "correspondant", "correspondante", "photographe", "équipe", "rédaction",
  "correspondent", "correspondents", "reporter", "reporters", "journalist", "journalists", "photographer", "photographers",
]);

export const SKIPPABLE = new Set(
  (
    "also later then again earlier previously once repeatedly recently today yesterday tonight monday tuesday wednesday " +
    "thursday friday saturday sunday morning afternoon evening night last week month year this that's publicly privately " +
    "bluntly flatly simply frankly explicitly openly quietly separately further immediately already still even just " +
    "only often never ever later first recently " +
    "également aussi encore déjà notamment pourtant toutefois ensuite récemment bien enfin même d'ailleurs alors " +
    "lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui soir matin après-midi midi dernier dernière semaine mois " +
    "plus tard publiquement ouvertement clairement franchement simplement déjà toujours volontiers " +
    // (« a seulement indiqué que… », « a fermement démenti »)
    "seulement uniquement brièvement longuement vivement fermement formellement officiellement finalement immédiatement rapidement aussitôt nettement " +
    // (« a elle-même entendu un gros porteur passer »)
    "elle-même lui-même elles-mêmes eux-mêmes moi-même nous-mêmes"
  ).split(/\s+/),
);
// (And phrases of several words: « par ailleurs », « pour sa part », "for its part".)
for (const phrase of ADVERBIAL_PHRASES) SKIPPABLE.add(phrase);

export const PREP_CUES_EN = ["according to", "citing", "quoting", "per"];
export const PREP_CUES_FR = ["selon", "d'après", "de source", "citant", "citée par", "cité par"];

export const PRONOUNS_EN = new Set(["he", "she", "they", "it", "i", "we", "you", "who", "which", "that"]);
export const PRONOUNS_FR = new Set(["il", "elle", "ils", "elles", "on", "je", "nous", "vous", "qui", "celui-ci", "celle-ci"]);
