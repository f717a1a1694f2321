/** Folds a source's name for matching: case, accents, apostrophes and punctuation do not matter,
 * so "la Maison-Blanche" and "La Maison Blanche" are the same source. */
export function sourceNameKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
