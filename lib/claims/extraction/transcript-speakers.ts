// Who speaks on a broadcast transcript's labelled lines ("JUDITH ANWAR-PEEL: Good morning…",
// « JÉRÔME ASTRUC-MBAYE : Oui, et devant le Foirail… »): the programme's own people, whose words
// are the outlet's text with its own sources, or guests, whose words are theirs.
import { isFirstName } from "@/lib/articles/first-names";
import { looksLikePerson, namesPersonRole, REPORTER_RE } from "./source-phrase";
// (Its reporters' role as a label: "MARCUS FELD-ADEYEMI, REPORTER:".)
import { TRANSCRIPT_REPORTER_LABEL } from "./attribution-level";

// A greeting opens a programme: whoever speaks it first presents it.
// (Or greets the guest by name first: « Anselme Vidrequin-Diallo, bonjour. ».)
const GREETING = /^(?:good (?:morning|afternoon|evening)|bonjour|bonsoir|hello|welcome|bienvenue|it['’]s (?:\S+ )?(?:past|to|o['’]clock)|il est \d)|^\p{Lu}[\p{L}’'-]+(?:[ \u00A0]\p{Lu}[\p{L}’'-]+){0,2},[ \u00A0](?:bonjour|bonsoir|good morning|good evening|hello|welcome)(?![\p{L}])/iu;
// The programme's role as the label: "PRESENTER:", « PRÉSENTATRICE : ».
const PRESENTER_LABEL = /^(?:PRESENTER|ANCHOR|CO-ANCHOR|HOST|NEWSREADER|PRÉSENTATRICE|PRÉSENTATEUR|PRÉSENTATION|ANIMATRICE|ANIMATEUR)$/u;
// An editor of the outlet's as the role: "MARCUS TREVENNA, POLITICAL EDITOR:", « …, RÉDACTRICE EN
// CHEF : »; the outlet's own analysis, not what they saw on the spot.
const EDITOR_LABEL = /^(?:[\p{Lu}-]+ )?(?:EDITOR|RÉDACTEUR|RÉDACTRICE|ÉDITORIALISTE|CHRONIQUEUR|CHRONIQUEUSE)(?: EN CHEF| [\p{Lu}-]+)?$/u;
// The presenter hands over to a reporter on the spot: « Jérôme Astruc-Mbaye, vous étiez à
// Lauzerac ce matin », "Dev, you were at the hospital overnight", « Clémence Adjovi-Rambert, vous
// êtes allée sur place ».
const ON_THE_SPOT = /(\p{Lu}[\p{L}’'-]+(?:[ \u00A0]\p{Lu}[\p{L}’'-]+){0,2}),[ \u00A0](?:vous étiez|vous êtes|tu étais|tu es|you were|you're|you are|you've been|you have been)(?:[ \u00A0](?:allée?s?|rendue?s?|partie?s?|gone|down|out))?[ \u00A0](?:à|au|aux|sur place|en direct|at|in|there|on the scene|outside|to)(?![\p{L}])/gu;

// …or sends the listener to one: « direction le dépôt de la Graulière, où se trouve Chloé
// Vasquez-N’Diaye », "Let's go straight to our reporter Joe Fenwick-Addo, who is on Kelderby Hill".
const SENT_TO = /(?:où se trouve(?:nt)?|où est|on rejoint|rejoignons|retrouvons|over to|(?:let['’]s )?(?:go|cross|head)(?: straight| now| live)? (?:over )?to)[ \u00A0]+(?:(?:our|notre|nos) (?:\p{Ll}+[ \u00A0]){0,2})?(\p{Lu}[\p{L}’'-]+(?:[ \u00A0]\p{Lu}[\p{L}’'-]+){1,2})(?![\p{L}])/gu;

/** The programme's own people as a transcript reveals them, line by line, in page order. */
export class TranscriptSpeakers {
  private labelSeen = false;
  private presenter: string | null = null;
  // Their labels in capitals: a handover names « Jérôme Astruc-Mbaye », who speaks as « JÉRÔME
  // ASTRUC-MBAYE : »; a surname alone, "MALLORY-ASANTE:", follows the full label.
  private readonly own: string[] = [];
  private presenterParagraph = -1;
  // The reporters a label names as such, "MARCUS TEAGARDEN-OYE, REPORTER:", then by surname.
  private readonly reporters: string[] = [];
  /** Whether the last label read was such a reporter's: their plain statements are what they
   *  witnessed on the spot, their sources' words are still their sources'. */
  onTheSpot = false;

  /** Whether the words after the label `name` (first in its paragraph; `words` the rest of its
   *  sentence) are the outlet's: its presenter's, who opens with a greeting or is labelled by the
   *  role, or a reporter's the page names (`reporter`) or the presenter handed over to. */
  outletSpeaks(label: string, words: string, paragraph: number, title: boolean, reporter: () => boolean, fieldReporter: () => boolean = () => false): boolean {
    // (A label may give the role after the name: "DANA PRUITT, ANCHOR:", "MARCUS FELD-ADEYEMI,
    // REPORTER:", then "PRUITT:", "FELD-ADEYEMI:".)
    const comma = label.indexOf(",");
    const name = comma > 0 ? label.slice(0, comma).trim() : label;
    const role = comma > 0 ? label.slice(comma + 1).trim().toUpperCase() : "";
    if (!this.labelSeen && !title) {
      this.labelSeen = true;
      if (GREETING.test(words.trimStart())) this.presenter = name;
    }
    const upper = name.toUpperCase();
    const presenting = (!!this.presenter && sameSpeaker(this.presenter.toUpperCase(), upper)) || PRESENTER_LABEL.test(name) || PRESENTER_LABEL.test(role);
    if (presenting) this.presenterParagraph = paragraph;
    // (Or credited with the field report: "Reporting by Femi Larkspur-Greene".)
    if (!this.reporters.includes(upper) && (TRANSCRIPT_REPORTER_LABEL.test(role) || (!presenting && fieldReporter()))) this.reporters.push(upper);
    this.onTheSpot = !presenting && this.reporters.some((own) => sameSpeaker(own, upper));
    const outlet = presenting || this.onTheSpot || EDITOR_LABEL.test(role) || this.own.some((own) => sameSpeaker(own, upper)) || reporter();
    if (outlet && !this.own.includes(upper)) this.own.push(upper);
    return outlet;
  }

  /** Notes the reporters a sentence of the presenter's paragraph hands over to. */
  readSentence(sentence: string, paragraph: number): void {
    if (paragraph !== this.presenterParagraph) return;
    for (const m of sentence.matchAll(ON_THE_SPOT)) this.own.push(m[1]!.toUpperCase());
    for (const m of sentence.matchAll(SENT_TO)) this.own.push(m[1]!.toUpperCase());
  }
}

/** The same speaker by the full label or, later, the surname alone. */
const sameSpeaker = (full: string, name: string) => full === name || (name.length > 3 && full.endsWith(` ${name}`));

/** What a label in capitals names ("MARYSE DELORME-CISSÉ", "LUCIENNE, 84 ans, …", "DR
 *  NANDAKUMAR-HALE", "NURSE (VOICED BY AN ACTOR)"), from its first word and its name part: a person
 *  on the record, an unnamed person by a noun, or neither ("" when it is no such label). */
export function capitalsLabel(firstWord: string, name: string, words: number): "person" | "noun" | "" {
  if (!/^\p{Lu}+\.?$/u.test(firstWord)) return "";
  // (A first name the table knows, or a full name that reads as a person's once in title case.)
  const titled = name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  if (/^\p{Lu}{3,}$/u.test(firstWord) && (isFirstName(titled.split(/[\s,-]/u)[0]!) || (/^\p{Lu}\p{Ll}+[ \u00A0]\p{Lu}/u.test(titled) && !titled.includes(",") && looksLikePerson(titled)))) return "person";
  // (A title and a surname.)
  if (/^(?:DR|PROF|MR|MRS|MS|ME|MME|M)\.?$/u.test(firstWord) && words >= 2) return "person";
  const noun = firstWord.toLowerCase();
  return words <= 8 && /^\p{Lu}{3,}$/u.test(firstWord) && namesPersonRole(noun) && !REPORTER_RE.test(noun) ? "noun" : "";
}
