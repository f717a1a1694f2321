// Interviews set out as questions and answers inside an article ("Q: … / A: …",
// « — Pourquoi… ? / — Parce que… »): the answers are the interviewee's words, on the record,
// though no verb of saying introduces them; the questions are the outlet's and assert nothing.
import { NAME, firstNameBetween, lastNameBefore, mostNamedPersonBefore, namedAsReporter } from "./mentions";
import { appositionKind, looksLikePerson } from "./source-phrase";

export interface InterviewLine {
  kind: "question" | "answer";
  /** The marker ("A:", « — ») as [start, end), UTF-16; what follows it is the line's text. */
  marker: [number, number];
  /** Who answers: the person last named before the interview, or null when none is. */
  interviewee: { span: [number, number]; text: string } | null;
}

const QUESTION_MARK = /^(?:Q|Question|Q\.)\s?[:.]\s*/u;
const ANSWER_MARK = /^(?:A|R|Answer|Réponse|R\.)\s?[:.]\s*/u;
const DASH_MARK = /^[—–-][\s\u00A0]+/u;

/** The question-and-answer lines of `text`, by paragraph index. Paragraph spans are UTF-16, in
 *  order; an interview is two or more consecutive marked lines, at least one of them a question. */
export function findInterviews(text: string, paragraphs: Map<number, [number, number]>): Map<number, InterviewLine> {
  const out = new Map<number, InterviewLine>();
  const indices = [...paragraphs.keys()].sort((a, b) => a - b);
  findAnnouncedInterviews(text, paragraphs, indices, out);
  findLabelledInterviews(text, paragraphs, indices, out);
  findQuotedAnswers(text, paragraphs, indices, out);
  findMarkedInterviews(text, paragraphs, indices, out);
  findSignedLetters(text, paragraphs, indices, out);
  let k = 0;
  let pageInterviewee: InterviewLine["interviewee"] = null;
  while (k < indices.length) {
    if (out.has(indices[k]!)) {
      k++;
      continue;
    }
    const block: { index: number; start: number; line: string }[] = [];
    while (k < indices.length) {
      const [s, e] = paragraphs.get(indices[k]!)!;
      const line = text.slice(s, e);
      if (!(QUESTION_MARK.test(line) || ANSWER_MARK.test(line) || DASH_MARK.test(line))) break;
      block.push({ index: indices[k]!, start: s, line });
      k++;
    }
    if (block.length < 2) {
      k += block.length === 0 ? 1 : 0;
      continue;
    }
    const lines = block.map(({ line }, i) => {
      const marked = QUESTION_MARK.exec(line) ?? ANSWER_MARK.exec(line) ?? DASH_MARK.exec(line)!;
      // Dashes only alternate: a line asking something is a question, the line after it answers.
      // (Once the page has interviewed someone, a statement put to them opens a pair too: « — Votre
      // ancien adjoint dit que vous suiviez ce dossier chaque semaine. / — C'est faux. ».)
      const putToThem = !!pageInterviewee && i === 0 && block.length === 2 && ADDRESSES.test(line);
      const asks = /[?…]\s*$/u.test(line) || (i < block.length - 1 && /\?/u.test(line)) || putToThem;
      const kind: InterviewLine["kind"] = QUESTION_MARK.test(line) ? "question" : ANSWER_MARK.test(line) ? "answer" : asks ? "question" : "answer";
      return { kind, markerLength: marked[0].trimEnd().length };
    });
    if (!lines.some((l) => l.kind === "question")) continue;
    // (One interview per page: later exchanges, after paragraphs that name others, answer to the
    // same person.)
    const interviewee: InterviewLine["interviewee"] = pageInterviewee ?? mostNamedPersonBefore(text, block[0]!.start);
    pageInterviewee ??= interviewee;
    block.forEach(({ index, start }, i) => {
      out.set(index, { kind: lines[i]!.kind, marker: [start, start + lines[i]!.markerLength], interviewee });
    });
  }
  return out;
}

// « Trois questions à Anne Morel, économiste », "Three questions for Dr Ines Valcourt",
// « Entretien avec… », "Interview with…": the questions that follow end with "?", each answered
// by the next line.
const ANNOUNCED = /^(?:(?:deux|trois|quatre|cinq|six|\d+) questions (?:à|a)|questions à|entretien avec|interview (?:avec|with)|(?:two|three|four|five|six|\d+) questions (?:for|to|with)|q&a with|q & a with)\s+/iu;

// « …, il a répondu aux questions d'Hexagone Direct. », "She answered our questions.", « …
// conduit le mouvement. Entretien. »: a paragraph ending on this announces the questions that
// follow; it keeps its own claims.
const ANSWERED = /(?:a|ont|avait) (?:accepté de )?répondu (?:à nos questions|aux questions d['’e]\s?[^.]{1,40})|(?:answered|agreed to answer) (?:our|the|some) questions[^.]{0,40}|spoke to [^.]{1,40}:\s*$|(?:^|[.!?]\s+)(?:He|She|\p{Lu}[\p{L}’'-]+) spoke to (?:the|our) [^.]{1,60}\.\s*$|(?:^|[.!?]\s+)(?:Entretien|Interview|Q&A)\s*[.:]?\s*$/iu;

const NOTE_AT_END = /(?<=[.!?])\s+(?:This|The) (?:interview|conversation|Q&A) (?:has been|was) (?:lightly )?(?:edited|condensed)[^.!?]{0,60}\.\s*$/u;
// The editor's note before an interview's questions, a line of its own that the cleaner removes.
const EDITED = /^(?:This|The) (?:interview|conversation|Q&A) (?:has been|was) (?:lightly )?(?:edited|condensed)(?: and condensed)? for (?:length|clarity|brevity)(?: and (?:clarity|length))?\.$|^(?:Cet entretien|Cette interview|Les propos) (?:a|ont) été (?:édités?|condensée?s?|raccourcie?s?|resserrée?s?)(?: et (?:édités?|condensée?s?|raccourcie?s?))?(?: pour (?:plus de )?(?:clarté|lisibilité|des raisons de longueur))?\.$/mu;
// (Unless its answers carry the guest's name as a label: the labelled interview reads them.)
const ANY_LABEL = /^\p{Lu}[\p{L}’'-]+(?:[ \u00A0]\p{Lu}[\p{L}’'-]+){0,3}[\s\u00A0]?:[\s\u00A0]/u;
const labelledNext = (text: string, paragraphs: Map<number, [number, number]>, indices: number[], k: number) =>
  indices.slice(k, k + 3).some((i) => ANY_LABEL.test(text.slice(...paragraphs.get(i)!)));
const editedNoteBetween = (text: string, from: number, to: number) => to - from > 20 && to - from < 400 && EDITED.test(text.slice(from, to).trim());

// (The shared NAME is global, for matchAll: its exec would leave a lastIndex behind, and the next
// matchAll over another text would start there.)
const ONE_NAME = new RegExp(NAME.source, "u");

function findAnnouncedInterviews(text: string, paragraphs: Map<number, [number, number]>, indices: number[], out: Map<number, InterviewLine>) {
  for (let k = 0; k < indices.length; k++) {
    const [s, e] = paragraphs.get(indices[k]!)!;
    const intro = ANNOUNCED.exec(text.slice(s, e));
    let interviewee: InterviewLine["interviewee"] = null;
    // (The questions start after the announcing paragraph, or at this one after an editor's note.)
    let first = k + 1;
    if (intro) {
      const name = ONE_NAME.exec(text.slice(s + intro[0].length, e));
      interviewee = name ? { span: [s + intro[0].length + name.index, s + intro[0].length + name.index + name[0].length] as [number, number], text: name[0] } : null;
      // (The announcing line is all marker: no claim of its own.)
      out.set(indices[k]!, { kind: "question", marker: [s, e], interviewee });
    } else if (k > 0 && editedNoteBetween(text, paragraphs.get(indices[k - 1]!)![1], s) && !labelledNext(text, paragraphs, indices, k)) {
      // ("This interview has been edited for length and clarity.", furniture standing just before
      // the first question: the guest is whom the page opened on, named first below its title.)
      // (Not the byline's writer: "Fenella Markov-Adeyinka, Education Reporter".)
      interviewee = firstNameBetween(text, paragraphs.get(indices[0]!)![1], s, (name) => namedAsReporter(text, name));
      if (!interviewee) continue;
      first = k;
    } else {
      // (Past an editor's note ending the paragraph: "She spoke to the Standard on Wednesday. The
      // conversation has been edited for length and clarity.")
      const para = text.slice(s, e).replace(NOTE_AT_END, "");
      const answered = ANSWERED.exec(para);
      if (!answered || !/[.:]\s*$/u.test(para)) continue;
      // (The paragraph may name the guest by surname alone: "Fraser, 52, has led the team for 11
      // years. He spoke to the Sentinel…" takes up "Callum Fraser".)
      interviewee = bySurname(text, s) ?? lastNameBefore(text, s + answered.index);
      if (!interviewee) continue;
    }
    let asked = false;
    for (let j = first; j < indices.length; j++) {
      const [ps, pe] = paragraphs.get(indices[j]!)!;
      const line = text.slice(ps, pe);
      // (Or a statement put to them: the line after it answers.)
      const put = !asked && j > first ? putToGuest(line, j + 1 < indices.length ? text.slice(...paragraphs.get(indices[j + 1]!)!) : undefined) : null;
      if (put === "reported") {
        asked = true;
        continue;
      }
      // After an answer, a line trailing off (« Le ministère affirme que… ») is a question too:
      // the interviewer puts a statement to the interviewee.
      if (/\?\s*$/u.test(line) || (!asked && j > first && j + 1 < indices.length && PROMPT.test(line)) || put === "addressed") {
        out.set(indices[j]!, { kind: "question", marker: [ps, ps], interviewee });
        asked = true;
      } else if (asked) {
        out.set(indices[j]!, { kind: "answer", marker: [ps, ps], interviewee });
        asked = false;
      } else break;
    }
  }
}

// A reader's letter or a reply in the first person, signed on a line of its own under it
// ("Tobias Whitlock-Nwosu, Merriwick", « Josiane Le Dréau, 71 ans, Estrévaux »): the
// paragraphs above the signature, up to a heading or a paragraph not in the first person, are
// the signer's words.
// (The signer's name, then an age and one or two places or roles, each after a comma.)
// (Or a role in lower case: « Catherine Vaudrimont-Sall, présidente de l’université de Bellorgue ».)
const SIGNER = String.raw`(\p{Lu}[\p{L}’'.-]+(?:[ \u00A0]\p{Lu}[\p{L}’'-]+){1,3})(?:,[ \u00A0]\d{1,3}(?:[ \u00A0]ans)?)?(?:(?:,[ \u00A0]\p{Lu}[^,.;!?«»“”]{1,40}){1,2}|,[ \u00A0]\p{Ll}[^,.;!?«»“”]{2,70})$`;
const SIGNATURE = new RegExp(`^${SIGNER}`, "u");
// The first person singular; « j’ai »: the elided pronoun has a letter right after it.
const FIRST_PERSON = String.raw`I|I['’](?:m|ve|d|ll)|my|me|je|mon|ma|mes|moi`;
const LETTER_PERSON = new RegExp(String.raw`(?<![\p{L}])(?:(?:${FIRST_PERSON})(?![\p{L}])|j['’](?=\p{L}))`, "u");
// (Or a quoted letter with the signature after its closing mark, on the same line: « « Depuis
// qu’on m’a changé mon compteur… Que puis-je faire ? » Josiane Le Dréau, 71 ans, Estrévaux ».)
const SIGNED_AFTER_QUOTE = new RegExp(String.raw`[»”][\s\u00A0]+${SIGNER}`, "u");
function findSignedLetters(text: string, paragraphs: Map<number, [number, number]>, indices: number[], out: Map<number, InterviewLine>) {
  for (const i of indices) {
    const [ps, pe] = paragraphs.get(i)!;
    const line = text.slice(ps, pe).trimEnd();
    const signed = /^[«“]/u.test(line) && LETTER_PERSON.test(line) ? SIGNED_AFTER_QUOTE.exec(line) : null;
    if (!signed || out.has(i)) continue;
    const at = ps + signed.index + signed[0].indexOf(signed[1]!);
    out.set(i, { kind: "answer", marker: [ps, ps], interviewee: { span: [at, at + signed[1]!.length], text: signed[1]! } });
  }
  for (let k = 1; k < indices.length; k++) {
    const [ss, se] = paragraphs.get(indices[k]!)!;
    const signature = SIGNATURE.exec(text.slice(ss, se).trim());
    if (!signature || out.has(indices[k]!)) continue;
    const who = { span: [ss, ss + signature[1]!.length] as [number, number], text: signature[1]! };
    const letter: number[] = [];
    // (A reply to the paper speaks to it as much as of itself: « Votre article affirme… », « Ce
    // rapport, dont vous citez des extraits… » are the signer's too, up to the heading above; and
    // one paragraph with neither may sit among them.)
    const surname = signature[1]!.split(/[ \u00A0]/u).at(-1)!;
    let neither = 0;
    for (let j = k - 1; j >= 0 && !out.has(indices[j]!); j--) {
      const [ps, pe] = paragraphs.get(indices[j]!)!;
      const line = text.slice(ps, pe);
      if (!/[.!?…»”"]\s*$/u.test(line) || line.includes(surname)) break;
      if (!LETTER_PERSON.test(line) && !ADDRESSES.test(line) && (++neither > 1 || letter.length > 0)) break;
      letter.push(indices[j]!);
    }
    if (!letter.some((i) => LETTER_PERSON.test(text.slice(...paragraphs.get(i)!)))) continue;
    for (const i of letter) out.set(i, { kind: "answer", marker: [paragraphs.get(i)![0], paragraphs.get(i)![0]], interviewee: who });
  }
  // (Or a quoted letter in the first person under the line that introduces its writer with a
  // colon: « Cette semaine, celle de Nathalie B., mère de deux enfants…, à Lescoulane : » /
  // « « Depuis la rentrée, mon fils… » », "This week's letter is from Dev P., a nurse in Holt:".)
  for (let k = 1; k < indices.length; k++) {
    const [ps, pe] = paragraphs.get(indices[k]!)!;
    const line = text.slice(ps, pe).trim();
    if (out.has(indices[k]!) || !/^[«“]/u.test(line) || !/[»”]$/u.test(line) || !LETTER_PERSON.test(line)) continue;
    const [is, ie] = paragraphs.get(indices[k - 1]!)!;
    const intro = INTRODUCED_WRITER.exec(text.slice(is, ie).trimEnd());
    if (!intro) continue;
    const at = is + intro.index + intro[0].indexOf(intro[1]!);
    out.set(indices[k]!, { kind: "answer", marker: [ps, ps], interviewee: { span: [at, at + intro[1]!.length], text: intro[1]! } });
  }
}
// A writer named with a first name and a surname or its initial, then what they are, and a colon
// ending the line.
const INTRODUCED_WRITER = /(?<![\p{L}])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \u00A0](?:\p{Lu}\.|\p{Lu}[\p{L}’'-]+))(?:,[^:«»“”]{0,160})?[\s\u00A0]?:$/u;

// "Terres & Rivières : Que s'est-il passé ?" / "Nadia Berthelin : Nos analyses…": a question,
// then an answer under the interviewee's name as a label. Later questions often drop the labels:
// each line ending with "?" is a question and the lines after it, up to the next question, are
// the answer (page furniture between them is cleaned away on its own). The interview ends at the
// last answer's first paragraph when no question follows it.
const NAME_LABEL = /^(\p{Lu}[\p{L}’'-]+(?:[ \u00A0](?:de |van |von |le |la )?\p{Lu}[\p{L}’'-]+){1,3})[\s\u00A0]?:[\s\u00A0]+/u;
const ASKS = /\?[\s\u00A0»”"]*$/u;
const ADDRESSES = /(?<![\p{L}])(?:vous|votre|vos|you|your)(?![\p{L}])/iu;
const ADDRESSES_ALL = new RegExp(ADDRESSES.source, "giu");
/** A statement put to the interviewee, trailing off for an answer. */
const PROMPT = /(?:…|\.\.\.)[\s\u00A0»”"]*$/u;

function findLabelledInterviews(text: string, paragraphs: Map<number, [number, number]>, indices: number[], out: Map<number, InterviewLine>) {
  for (let k = 0; k + 1 < indices.length; k++) {
    const [qs, qe] = paragraphs.get(indices[k]!)!;
    const [as, ae] = paragraphs.get(indices[k + 1]!)!;
    // (Not the page's title: "Transcript: Why are patients waiting…?" asks no one.)
    if (k === 0 || out.has(indices[k]!) || !ASKS.test(text.slice(qs, qe))) continue;
    const label = NAME_LABEL.exec(text.slice(as, ae)) ?? surnameLabel(text, as, ae);
    // (Readers' questions answered under the name of the outlet's own journalist are a live chat,
    // no interview: the answers are the outlet's text.)
    if (!label || namedAsReporter(text, label[1]!)) continue;
    let interviewee = { span: [as, as + label[1]!.length] as [number, number], text: label[1]! };
    let speaking = label;
    out.set(indices[k]!, { kind: "question", marker: [qs, qs + questionLabelLength(text.slice(qs, qe))], interviewee });
    out.set(indices[k + 1]!, { kind: "answer", marker: [as, as + label[0].trimEnd().length], interviewee });
    let j = k + 2;
    // (Another speaker's label in a transcript, a presenter's "NADIA QUIST-HARLOW: Verrick Highways
    // told us…", opens a turn of theirs, which the paragraphs after it with no label go on with:
    // none of it answers.)
    let otherTurn = false;
    for (; j < indices.length && !out.has(indices[j]!); j++) {
      const [ps, pe] = paragraphs.get(indices[j]!)!;
      const again = NAME_LABEL.exec(text.slice(ps, pe)) ?? surnameLabel(text, ps, pe);
      // (A transcript's speakers, in capitals; not a paper's label for its questions, « Le
      // Guetteur : La fondation affirme que… », which the next paragraph answers.)
      if (again) otherTurn = again[1] !== speaking[1] && !/\p{Ll}/u.test(again[1]!);
      // (A second guest under a name of their own, « Nadège Roussel-Amara : Parce que… » after the
      // reporter's answer on the spot, answers from then on.)
      if (again && again[1] !== speaking[1] && !otherTurn && out.get(indices[j - 1]!)?.kind === "question") {
        speaking = again;
        interviewee = { span: [ps, ps + again[1]!.length], text: again[1]! };
      }
      const prompt = out.get(indices[j - 1]!)?.kind === "answer" && j + 1 < indices.length && PROMPT.test(text.slice(ps, pe));
      if (ASKS.test(text.slice(ps, pe)) || prompt || otherTurn) {
        out.set(indices[j]!, { kind: "question", marker: [ps, ps + questionLabelLength(text.slice(ps, pe))], interviewee });
        // (A question hands the turn back: « Le Guetteur : Pourquoi… ? » is answered next.)
        if (ASKS.test(text.slice(ps, pe)) || prompt) otherTurn = false;
        continue;
      }
      const questionAhead = indices.slice(j + 1, j + 4).some((i) => {
        const [s, e] = paragraphs.get(i)!;
        return ASKS.test(text.slice(s, e));
      });
      const afterQuestion = out.get(indices[j - 1]!)?.kind === "question";
      if (!afterQuestion && !questionAhead) break;
      // (Every answer may carry the label: « Inès Kerbrat-Mensah : Les surfaces… ».)
      out.set(indices[j]!, { kind: "answer", marker: [ps, ps + (again && again[1] === speaking[1] ? again[0].trimEnd().length : 0)], interviewee });
    }
    k = j - 1;
  }
}

// "Carver-Nkemelu: We lost drivers…" after "The Bulletin spoke with Denise Carver-Nkemelu": a
// surname alone, as a label, of a person the page named in full before.
const SURNAME_LABEL = /^(\p{Lu}[\p{Ll}’'-]*-?\p{Lu}?[\p{L}’'-]+)[\s\u00A0]?:[\s\u00A0]+/u;
function surnameLabel(text: string, start: number, end: number): RegExpExecArray | null {
  const m = SURNAME_LABEL.exec(text.slice(start, end));
  if (!m) return null;
  // (Named in full a few paragraphs before at most: a plain search for the surname first, then
  // the capitalised word before it.)
  const from = Math.max(0, start - 4000);
  for (let at = text.indexOf(m[1]!, from); at >= 0 && at < start; at = text.indexOf(m[1]!, at + 1)) {
    if (/\p{Lu}[\p{Ll}’'-]+[ \u00A0]$/u.test(text.slice(Math.max(0, at - 30), at)) && !/\p{L}/u.test(text[at + m[1]!.length] ?? "")) return m;
  }
  return null;
}

/** The length of the outlet's label before a question (« Le Vaucrieur : Qui coupe ? »), or 0. */
function questionLabelLength(line: string): number {
  return /^[^:?]{2,40}[\s\u00A0]?:[\s\u00A0]+/u.exec(line)?.[0].trimEnd().length ?? 0;
}

// "How did the contamination happen?" / "“Our inspectors found…”", « Pourquoi cette grève ? » /
// « Parce qu'il manque 70 conducteurs… »: questions set as lines of their own, each answered by
// a quotation in the next paragraph. Two such pairs make an interview of the person named before
// the first question.
const OPENS_QUOTE = /^[«“"]/u;
// A person's name right before the title's first colon, after a few words describing them.
const DESCRIBED_NAME_LABEL = new RegExp(String.raw`^(?:[^:\n]{0,40}[ \u00A0])?` + NAME_LABEL.source.slice(1), "u");
/** The person the title labels, « Marion Aubertin : « Nous suspendons la ligne » », or with
 *  `described`, a person after a few words describing them: "Kelsholt mayor Moira
 *  Castellane-Hood: I will not step aside…". */
function titledPerson(text: string, described = false): InterviewLine["interviewee"] {
  const m = (described ? DESCRIBED_NAME_LABEL : NAME_LABEL).exec(text.slice(0, text.search(/\n|$/u)));
  if (!m || (described && !looksLikePerson(m[1]!))) return null;
  const start = m[0].lastIndexOf(m[1]!);
  return { span: [start, start + m[1]!.length], text: m[1]! };
}
function findQuotedAnswers(text: string, paragraphs: Map<number, [number, number]>, indices: number[], out: Map<number, InterviewLine>) {
  const pairs: number[] = [];
  for (let k = 0; k + 1 < indices.length; k++) {
    if (out.has(indices[k]!) || out.has(indices[k + 1]!)) continue;
    const [qs, qe] = paragraphs.get(indices[k]!)!;
    const [as, ae] = paragraphs.get(indices[k + 1]!)!;
    const question = text.slice(qs, qe);
    if (ASKS.test(question) && !OPENS_QUOTE.test(question) && question.split(/\s+/u).length <= 25 && OPENS_QUOTE.test(text.slice(as, ae))) pairs.push(k);
  }
  if (pairs.length < 2) return;
  // (The person the title quotes, "Kelsholt mayor Moira Castellane-Hood: I will not step aside…",
  // rather than the last name before the questions, which may be someone the page is about.)
  const interviewee = titledPerson(text, true) ?? lastNameBefore(text, paragraphs.get(indices[pairs[0]!]!)![0]);
  if (!interviewee) return;
  for (const k of pairs) {
    const [qs] = paragraphs.get(indices[k]!)!;
    const [as] = paragraphs.get(indices[k + 1]!)!;
    out.set(indices[k]!, { kind: "question", marker: [qs, qs], interviewee });
    out.set(indices[k + 1]!, { kind: "answer", marker: [as, as], interviewee });
  }
}

// A page that marks itself an interview (a line « Entretien » or "Interview", « Propos recueillis
// par… ») and sets its questions as lines of their own, answered in plain paragraphs: each line
// ending with "?" (or trailing off after an answer) is a question, the lines after it, up to the
// next question, its answer. The interviewee is the name labelling the title (« Marion Aubertin :
// « Nous suspendons la ligne » »), else the person the standfirst introduces with a description,
// else the person named last before the first question. An editor's note in square brackets is no
// answer.
// (Or a kicker naming the series, "THE DISPATCH INTERVIEW", a title opening on "Q&A:" or
// « Entretien : », an editor's note "This interview has been edited for length and clarity".)
const INTERVIEW_MARK = /^(?:entretien|interview|q ?& ?a|questions?-réponses|propos recueillis par\s.*|interview (?:by|conducted by)\s.*|(?:the |l['’])?[\p{L}’' -]{1,30}[ \u00A0](?:interview|entretien)|(?:q ?& ?a|entretien|interview)[ \u00A0]?:[ \u00A0].*|(?:this|cet) (?:interview|entretien) (?:has been|was|a été) .*)$/imu;
// (Or « Propos recueillis par… » glued after the standfirst's last sentence.)
const GLUED_INTERVIEW_MARK = /[.!?»”][ \u00A0]+(?:Propos recueillis par|Interview by|Interviewed by)[ \u00A0]+\p{Lu}[^.!?\n]{1,60}$/mu;
function findMarkedInterviews(text: string, paragraphs: Map<number, [number, number]>, indices: number[], out: Map<number, InterviewLine>) {
  if (!INTERVIEW_MARK.test(text) && !GLUED_INTERVIEW_MARK.test(text)) return;
  const line = (k: number) => {
    const [s, e] = paragraphs.get(indices[k]!)!;
    return text.slice(s, e);
  };
  const first = indices.findIndex((i, k) => !out.has(i) && k > 0 && ASKS.test(line(k)) && k + 1 < indices.length && !ASKS.test(line(k + 1)));
  if (first < 0) return;
  const before = paragraphs.get(indices[first]!)![0];
  // (Not a title's label that names no one: « Crèches de Vernouzac : « Les bébés attendent… » ».)
  const titled = titledPerson(text);
  const interviewee = (titled && !/[\s\u00A0](?:de|du|des|of|the|la|le|les|et|and)[\s\u00A0]/u.test(titled.text) ? titled : null) ?? introducedBefore(text, before) ?? satDownWithUs(text, before) ?? namedInTitle(text, before) ?? openingSubject(text, before) ?? lastNameBefore(text, before);
  if (!interviewee) return;
  const found = new Map<number, InterviewLine>();
  let questions = 0;
  let last: InterviewLine["kind"] | null = null;
  let answersQuestion = false;
  for (let k = first; k < indices.length && !out.has(indices[k]!); k++) {
    const [ps] = paragraphs.get(indices[k]!)!;
    const l = line(k);
    // (Or a statement put to them after an answer, speaking to them with no "I": « Le chef de file
    // de l’opposition… a écrit… que vos frais avaient « triplé ». Il demande votre démission. »)
    const put = last === "answer" ? putToGuest(l, k + 1 < indices.length ? line(k + 1) : undefined) : null;
    if (ASKS.test(l) || (last === "answer" && k + 1 < indices.length && PROMPT.test(l)) || put === "addressed") {
      found.set(indices[k]!, { kind: "question", marker: [ps, ps], interviewee });
      questions++;
      last = "question";
      continue;
    }
    if (l.startsWith("[")) continue;
    // (Or another's words put to them as a sentence of its own, « Trottimiam affirme pourtant que
    // le revenu horaire… a augmenté », which the next paragraph answers: it keeps its source.)
    if (put === "reported") {
      last = "question";
      continue;
    }
    const questionAhead = indices.slice(k + 1, k + 4).some((_, j) => ASKS.test(line(k + 1 + j)));
    if (last !== "question" && !questionAhead) break;
    // (A paragraph after an answer that speaks of no "I" or "we" and gives others' words is the
    // outlet's, set between the answers: "Park managers see it differently. In a statement to the
    // Dispatch, the park authority said…".)
    // (Only after an answer to a question: not after a statement put to them with no question
    // mark, « Vous affirmez que… », which this one answers.)
    if (last === "answer" && answersQuestion && !SPEAKER_PERSON.test(l) && REPORTS_OTHERS.test(l)) continue;
    found.set(indices[k]!, { kind: "answer", marker: [ps, ps], interviewee });
    answersQuestion = last === "question";
    last = "answer";
  }
  if (questions >= 2) for (const [i, v] of found) out.set(i, v);
}

// (And the plural: a speaker's "we".)
const SPEAKER_PERSON = new RegExp(String.raw`(?<![\p{L}])(?:(?:${FIRST_PERSON}|we|our|us|nous|notre|nos)(?![\p{L}])|j['’](?=\p{L}))`, "iu");
/** How a line after an answer puts a statement to the guest for the next line to answer: speaking
 *  to them ("addressed": « Vous affirmez que… », "Students say you kept offering places…"), which
 *  asserts nothing, or setting another's words before them in a sentence of its own ("reported":
 *  « Trottimiam affirme pourtant que… »), which keeps its own source; null when it does neither or
 *  a question follows. */
function putToGuest(line: string, next: string | undefined): "addressed" | "reported" | null {
  if (next === undefined || ASKS.test(next)) return null;
  if (ADDRESSES.test(line) && !SPEAKER_PERSON.test(line.replace(ADDRESSES_ALL, ""))) return "addressed";
  return PUT_TO_GUEST.test(line) && !SPEAKER_PERSON.test(line) && !/[.!?…][\s\u00A0]+\p{Lu}/u.test(line.trimEnd()) ? "reported" : null;
}
// (A third party's words in the present, put to the guest: « Trottimiam affirme pourtant… ».)
const PUT_TO_GUEST = /(?<![\p{L}])(?:affirme|affirment|assure|assurent|répète|soutient|maintient|estime|disent|says|say|insists|argues|maintains|claims)(?![\p{L}])/u;
const REPORTS_OTHERS = /(?<![\p{L}])(?:said|says|told|reported|according to|selon|d['’]après|a (?:déclaré|indiqué|affirmé|précisé|expliqué|assuré|rapporté)|ont (?:déclaré|indiqué|affirmé|précisé|expliqué|assuré))(?![\p{L}])/u;

/** The first person the text introduces with a description before `end` (« l'hydrologue Claire
 *  Vasseur-Ombret, directrice de recherche… »): an interview's standfirst names its guest so,
 *  and may name others after. */
function introducedBefore(text: string, end: number): InterviewLine["interviewee"] {
  const from = Math.max(0, end - 1500);
  for (const m of text.slice(from, end).matchAll(NAME)) {
    const at = from + m.index;
    const after = text.slice(at + m[0].length, at + m[0].length + 120);
    if (/^,[\s\u00A0]+\p{Ll}/u.test(after) && looksLikePerson(m[0]) && appositionKind(m[0] + after.replace(/^(,[^,.;:]*).*$/su, "$1")) === "person") return { span: [at, at + m[0].length], text: m[0] };
  }
  return null;
}

// "Afterwards, Dr Helvi Ansel-Okoro, who leads the Quayle & Marrin team, sat down with us in the
// empty stalls.": the person the outlet says it sat down or spoke with.
const SAT_DOWN_WITH_US = /(\p{Lu}\p{Ll}+(?:[ \u00A0]\p{Lu}[\p{L}’'-]+){1,2})(?:,[^.,]{1,80},)?[ \u00A0]+(?:sat down with us|spoke to us|spoke with us|talked to us|talked with us|met us|nous a reçus|nous a reçu|nous a reçue|nous a accordé un entretien|a répondu à nos questions)(?![\p{L}])/gu;
function satDownWithUs(text: string, end: number): InterviewLine["interviewee"] {
  let found: InterviewLine["interviewee"] = null;
  for (const m of text.slice(Math.max(0, end - 2000), end).matchAll(SAT_DOWN_WITH_US)) {
    if (!looksLikePerson(m[1]!)) continue;
    const s = Math.max(0, end - 2000) + m.index;
    found = { span: [s, s + m[1]!.length], text: m[1]! };
  }
  return found;
}

/** The one person the title names ("‘Nobody told the jury’: Oriel Fanshawe-Adu on why she
 *  quit…"), as the standfirst names them again before `end`, where the interview's subject is. */
function namedInTitle(text: string, end: number): InterviewLine["interviewee"] {
  const titleEnd = text.search(/\n|$/u);
  // (A first name and a surname, not a place after its article: « Éoliennes de la Serre-Morlanche ».)
  const people = [...text.slice(0, titleEnd).matchAll(NAME)].filter((m) => /[ \u00A0]/u.test(m[0]) && !/(?:^|[^\p{L}])(?:la|le|les|l['’]|de|du|des|the|of|in|at)[ \u00A0]*$/iu.test(text.slice(Math.max(0, m.index - 8), m.index)) && looksLikePerson(m[0]));
  if (people.length !== 1) return null;
  const at = text.indexOf(people[0]![0], titleEnd);
  return at >= 0 && at < end ? { span: [at, at + people[0]![0].length], text: people[0]![0] } : null;
}

/** The person whose full name opens the page's first paragraph as its subject, and comes back
 *  before `end` ("Harriet Okwuosa-Pym has run the Ravensholt Museum… since 2021.", then a caption
 *  or a later paragraph naming her again): whom a standfirst introduces, before others in passing. */
function openingSubject(text: string, end: number): InterviewLine["interviewee"] {
  const at = text.indexOf("\n");
  if (at < 0) return null;
  const m = /\n[ \t]*\n(\p{Lu}\p{Ll}+(?:[ \u00A0]\p{Lu}[\p{L}’'-]+){1,2})[ \u00A0](?=\p{Ll})/u.exec(text.slice(at, end));
  if (!m || !looksLikePerson(m[1]!)) return null;
  const s = at + m.index + m[0].length - m[1]!.length - 1;
  const surname = m[1]!.split(/[ \u00A0]/u).at(-1)!;
  return text.indexOf(surname, s + m[1]!.length) >= 0 && text.indexOf(surname, s + m[1]!.length) < end ? { span: [s, s + m[1]!.length], text: m[1]! } : null;
}

/** The full name, met before `at`, whose last word opens the paragraph at `at` ("Fraser, 52, has
 *  led…" → "Callum Fraser"). */
function bySurname(text: string, at: number): InterviewLine["interviewee"] {
  const surname = /^(\p{Lu}[\p{Ll}’'-]+)(?=[,\s])/u.exec(text.slice(at, at + 40))?.[1];
  if (!surname) return null;
  let found: InterviewLine["interviewee"] = null;
  for (const m of text.slice(0, at).matchAll(NAME)) if (m[0].endsWith(" " + surname) && looksLikePerson(m[0])) found = { span: [m.index, m.index + m[0].length], text: m[0] };
  return found;
}
