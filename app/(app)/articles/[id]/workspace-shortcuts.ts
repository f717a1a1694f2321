/** The workspace's keyboard shortcuts, as the help overlay and the README list them. */
export const shortcuts: [string, string][] = [
  ["j / k", "next / previous claim"],
  ["a", "accept the extractor's suggestion and go to the next claim"],
  ["1 – 9", "set the attribution level (strongest first)"],
  ["e", "edit the summary"],
  ["[ / ]", "move the claim's start one word earlier / later"],
  ["{ / }", "move the claim's end one word earlier / later"],
  ["s", "save the adjusted span"],
  ["n / N", "pick the next / previous sentence for a new claim; [ ] { } then trim it, Enter adds it, Esc drops it"],
  ["d", "dismiss the claim"],
  ["r", "restore a dismissed claim"],
  ["u or z", "undo your last change"],
  ["?", "show or hide this help"],
  ["Esc", "close this help, or cancel the span being adjusted"],
];
