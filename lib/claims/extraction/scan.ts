// Every match of a global pattern over a whole article.
//
// `text.matchAll(re)` copies the pattern before it scans, and V8 runs a copy of a pattern that
// has not run for a while in its regexp interpreter, not as compiled code: on the patterns the
// engine runs once per article over the whole text (names, acronyms, outlets) that made the
// second and later articles of a batch scan up to 14 times slower (`npm run bench:extract`).
// Running the pattern itself keeps its compiled code.

/** The matches of `re` (which must have the g flag) in `text`, in order, as `matchAll` gives them. */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // (An empty match moves on by one character, as matchAll does: a whole surrogate pair under u.)
    if (m[0] === "") re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  re.lastIndex = 0;
  return out;
}
