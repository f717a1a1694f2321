// A fact the article states in passing inside a source's description: "Greyline, which runs 41 of
// the city's 52 routes, said…", « l'association, qui verse au club une subvention annuelle de
// 24 000 euros, assure… ». The clause is the outlet's own assertion, and a claim of its own.
import type { Language } from "./types";

// ", which runs…", « , qui verse… », « , dont la société a été liquidée… », up to the next comma or
// the end of the source.
// (A comma inside a figure, "58,000", does not end it.)
const RELATIVE_IN_SOURCE = /(?:^|,)\s*(?:which|who|where|qui|dont|où)\s+(?:[^,;:«»“”"]|(?<=\d),(?=\d))+/giu;
// A person's own story ("who has lived on Mill Lane for 51 years", « qui livre pour Livrago depuis
// 2021 »): who they are, not a fact the article stakes.
const BIOGRAPHY = /(?<![\p{L}])(?:for \d+ years|since \d{4}|depuis(?: \d{4}| \d+ ans)?|pendant \d+ ans)(?![\p{L}])/iu;
// Asides about the source's own speaking or anonymity, verbs of saying, and the name it gives
// itself (« qui se présente comme le « … » »): not facts to check.
const ASIDE = /(?<![\p{L}])(?:ask(?:ed|s)?|declin(?:ed|es)|spoke|speak(?:s|ing)?|request(?:ed|s)?|authori[sz]ed|anonym\w*|named|identified|said|says|told|wrote|tweeted|posted|a requis|requiert|souhait\w+|demand\w+|préf[èé]r\w+|s['’]exprim\w+|parl\w+|a déclaré|a dit|dit|affirm\w+|a confié|a expliqué|témoign\w+|cité\w*|se\s+présent\w*\s+comme|se\s+fai\w+\s+appeler|call(?:s|ed|ing)?\s+(?:itself|themselves|himself|herself))(?![\p{L}])/iu;

// Who a person is or where they were ("who chairs the cooperative", "who was driving two cars
// behind", « qui s’est rendu sur place »): the description of a source, not a claim.
const PERSON_ROLE = /^(?:who|qui)\s+(?:(?:has\s+)?(?:chairs?|leads?|heads?|directs?|manages?|owns?|farms?|runs?|was|is|has made|has delivered|has driven|started|spent)|(?:a|est)\s+(?:obtenu|trouvé|dirigé|présidé)|s['’]est)(?![\p{L}])/iu;
// How the outlet came by a text: « dont La Gazette a pu consulter une copie », "which the Herald has seen".
const OUTLET_ACCESS = /(?<![\p{L}])(?:consult\w*|obtenu|obtained|seen by|ha(?:s|ve) seen|a pu|avons pu|copie|copy)(?![\p{L}])/iu;

/** The spans of relative clauses stating facts inside the source [start, end) of `text`: clauses
 *  of four words or more, with a figure or a verb of their own, that are no aside about who spoke. */
export function sourceRelatives(text: string, start: number, end: number, lang: Language): Array<[number, number]> {
  const source = text.slice(start, end);
  const out: Array<[number, number]> = [];
  for (const m of source.matchAll(RELATIVE_IN_SOURCE)) {
    const lead = /^,?\s*/u.exec(m[0])![0].length;
    const clause = m[0].slice(lead).trimEnd();
    // (A body's history is a fact: "Cobaltwing Airways, which has flown between Quillmont and
    // Ferrisport since 2022, told…".)
    if (clause.split(/\s+/u).length < 4 || ASIDE.test(clause) || (BIOGRAPHY.test(clause) && !/^which\s/iu.test(clause)) || PERSON_ROLE.test(clause) || OUTLET_ACCESS.test(clause)) continue;
    // (French « qui » also opens « à qui », « pour qui » clauses whose subject follows: kept too.)
    if (lang === "en" && /^(?:who|which)\s+(?:is|are|was|were)\s+(?:a|an|the)\s/iu.test(clause) && !/\d/u.test(clause)) continue;
    const s = start + m.index + lead;
    out.push([s, s + clause.length]);
  }
  return out;
}
