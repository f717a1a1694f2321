// Language detection for the two languages the product handles. Stop words are frequent and
// nearly disjoint between French and English, so counting them over the first few thousand
// characters is reliable for news text and costs microseconds.

export type Language = "fr" | "en";

const FR = new Set(
  "le la les des du de un une et est que qui dans pour pas sur au aux avec par ce cette ces son sa ses il elle ils elles nous vous mais ou où été être avait sont ont a selon d l qu n s c j leur leurs plus très aussi comme après".split(" "),
);
const EN = new Set(
  "the of and to in is that for on with as was were be by at it this from are have has had not but or an which who their they he she said will would been its also than more after".split(" "),
);

export function detectLanguage(text: string, fallback: Language = "en"): Language {
  const sample = text.slice(0, 5000).toLowerCase();
  let fr = 0;
  let en = 0;
  for (const m of sample.matchAll(/[a-zàâäçéèêëîïôöùûüÿœæ]+/g)) {
    const w = m[0];
    if (FR.has(w)) fr++;
    if (EN.has(w)) en++;
  }
  // Accented letters are a strong French signal when stop words are scarce (headlines).
  fr += (sample.match(/[éèêàçù]/g)?.length ?? 0) * 0.2;
  if (fr === 0 && en === 0) return fallback;
  return fr > en ? "fr" : "en";
}
