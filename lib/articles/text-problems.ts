/** Why a text cannot be an article, or null. Catches binary files and text decoded with the wrong
 * encoding (NUL bytes, control characters, U+FFFD replacement characters). */
export function textProblem(text: string): string | null {
  if (text.trim() === "") return "The article is empty.";
  if (text.includes("\u0000")) return "This looks like a binary file, not text.";
  const controls = text.match(/[\u0001-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0;
  if (controls > 0 && controls / text.length > 0.001) return "This looks like a binary file, not text.";
  const replaced = text.match(/\uFFFD/g)?.length ?? 0;
  if (replaced > 0) return "The text contains characters that were not decoded (it is not valid UTF-8).";
  return null;
}
