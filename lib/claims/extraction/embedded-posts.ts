// Posts embedded in a page, as their fallback text reads once scraped: the post's words, any
// links, then a dash, the author with the handle and the date ("Coming September 30th.
// pic.twitter.com/P2qp — Apple Music (@AppleMusic) September 27, 2016") or "A post shared by …",
// the signature sometimes on a line of its own. The words are the author's, whatever cues they
// hold, as an interview's answers are the interviewee's; the links and the signature are no claim.

export interface EmbeddedPost {
  /** The post's words (UTF-16), links after them left out. */
  body: [number, number];
  /** The author as signed, handle included: "Apple Music (@AppleMusic)". */
  author: [number, number];
  /** What signs the post: a dash, as in "“…” — Jane Smith", or "A post shared by". */
  mark: [number, number];
  /** From the first link after the words (or the dash) to the signature's end: no claim. */
  signature: [number, number];
}

const MONTH_DATE = String.raw`(?:(?:on|le)\s)?(?:\p{L}{3,9}\.?\s\d{1,2},?\s\d{4}|\d{1,2}(?:er)?\s\p{L}{3,9}\.?\s\d{4})(?:\s(?:at|à)\s\d{1,2}[:h]\d{2}\s?(?:[ap]\.?m\.?)?(?:\s\p{Lu}{2,4})?)?`;
// "— Apple Music (@AppleMusic) September 27, 2016", "— Ville de Brest (@VilledeBrest) 3 mars 2025",
// "A post shared by Lina Ortiz (@lina.ortiz) on Mar 3, 2025 at 9:12am PST".
const SIGNATURE = new RegExp(String.raw`(?:^|(?<=\S)|\s)([—–―]|--?(?=[\s\u00A0])|[Aa] post shared by|[Uu]ne publication partagée par)[\s\u00A0]*(\p{Lu}[^()\n—–―]{0,60}?[\s\u00A0]*\(@[\p{L}\p{N}_.]{1,40}\))[\s\u00A0]*(?:${MONTH_DATE})?[\s\u00A0]*\.?$`, "u");
// Links a post ends on: "https://t.co/hbaW", "pic.twitter.com/P2qp".
const TRAILING_LINKS = /(?:[\s\u00A0]*(?:https?:\/\/\S+?|(?:pic\.twitter\.com|t\.co|bit\.ly|youtu\.be|x\.com|instagram\.com)\/\S+?)(?=[\s\u00A0]|$|[—–―]))+[\s\u00A0]*$/u;

/** Embedded posts by the paragraph that holds their words. `paragraphs` maps each paragraph's
 *  number to its span. */
export function findEmbeddedPosts(text: string, paragraphs: Map<number, [number, number]>): Map<number, EmbeddedPost> {
  const out = new Map<number, EmbeddedPost>();
  // (Cheap test first: no handle in brackets, no post.)
  if (!text.includes("(@")) return out;
  let previous: [number, [number, number]] | null = null;
  for (const [n, [ps, pe]] of paragraphs) {
    const line = text.slice(ps, pe);
    const m = line.includes("(@") ? SIGNATURE.exec(line) : null;
    if (m) {
      const markAt = ps + m.index + m[0].indexOf(m[1]!);
      const authorAt = ps + m.index + m[0].indexOf(m[2]!);
      const words = text.slice(ps, markAt);
      const links = TRAILING_LINKS.exec(words);
      const bodyEnd = ps + (links ? links.index : words.length);
      const own = /\p{L}/u.test(text.slice(ps, bodyEnd));
      // (A signature alone on its line signs the paragraph before it.)
      const host = own ? ([n, [ps, bodyEnd]] as const) : previous ? ([previous[0], previous[1]] as const) : null;
      if (host) {
        out.set(host[0], {
          body: [host[1][0], host[1][1]],
          author: [authorAt, authorAt + m[2]!.length],
          mark: [markAt, markAt + m[1]!.length],
          signature: [own ? bodyEnd : ps, pe],
        });
        if (!own) out.set(n, out.get(host[0])!);
      }
    }
    previous = [n, [ps, pe]];
  }
  return out;
}
