// Sources recur through an article ("Trump", "the ministry") and the classifier asks the same
// questions of the same phrase many times per claim: the answers are kept, a bounded number of them.

/** `judge` with its answers kept, for a judgement that depends on the phrase alone. */
export function remembered(judge: (phrase: string) => boolean, limit = 5000): (phrase: string) => boolean {
  const known = new Map<string, boolean>();
  return (phrase) => {
    let answer = known.get(phrase);
    if (answer === undefined) {
      if (known.size > limit) known.clear();
      known.set(phrase, (answer = judge(phrase)));
    }
    return answer;
  };
}
