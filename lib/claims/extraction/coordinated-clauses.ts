// "The company said the firm owed creditors about £9.2m, and that a sale was unlikely", « La société
// a indiqué que l'entreprise devait 9 millions d'euros, et qu'une vente n'était pas possible »: two
// content clauses joined under one verb of saying are two claims from the same source, each to be
// checked on its own. (In the development sets, annotators log such clauses apart 262 times and
// together 38 times.)
import { trimContent } from "./content-span";

const AND_THAT = /,?[\s\u00A0]+(?:and[\s\u00A0]+that[\s\u00A0]+|et[\s\u00A0]+que[\s\u00A0]+|et[\s\u00A0]+qu['’])/gu;
// ("…, and that was before the strike": "that" a pronoun, its verb right after it.)
const THAT_PRONOUN = /^(?:is|was|were|'s|’s|has|had|have|will|would|could|can|may|might|must|should|means|meant|did|does|remains|seems|seemed)(?![\p{L}])/u;

/** Whether a clause of [s, e) has words enough to be a claim of its own. */
const isClause = (text: string, s: number, e: number) => text.slice(s, e).trim().split(/\s+/u).length >= 3;

/** The claim [s, e) cut into its coordinated content clauses, or whole; `quoted(i)` tells a
 *  position inside a quotation, where the words are the speaker's own and are never cut. */
export function coordinatedClauses(text: string, s: number, e: number, quoted: (i: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  let from = s;
  AND_THAT.lastIndex = 0;
  const span = text.slice(s, e);
  for (let m = AND_THAT.exec(span); m; m = AND_THAT.exec(span)) {
    const cut = s + m.index;
    const next = cut + m[0].length;
    if (quoted(cut) || THAT_PRONOUN.test(text.slice(next, next + 12)) || !isClause(text, from, cut) || !isClause(text, next, e)) continue;
    out.push(trimContent(text, from, cut));
    from = next;
  }
  if (!out.length) return [[s, e]];
  out.push(trimContent(text, from, e));
  return out;
}
