// Claimant names. The claimant is kept as written in the article; for French articles we append an
// English gloss of the source description ("La Maison Blanche (White House)") so that one
// source record can collect the same claimant's claims across French and English coverage.
import { COUNTRIES } from "./gazetteer";

const PHRASES: Array<[RegExp, string]> = [
  [/maison[- ]blanche/iu, "White House"],
  [/département d['’]état/iu, "State Department"],
  [/nations unies|\bONU\b/u, "United Nations"],
  [/union européenne/iu, "European Union"],
  [/armée de l['’]air/iu, "air force"],
  [/ministère (?:russe )?de la défense/iu, "Defence Ministry"],
  [/ministère des affaires étrangères/iu, "Foreign Ministry"],
  [/sous couvert d['’]anonymat|requis l['’]anonymat|anonymat/iu, "speaking on condition of anonymity"],
  [/services? de renseignement/iu, "intelligence services"],
  [/premier ministre/iu, "prime minister"],
  [/nord-coréen\p{L}*/iu, "North Korean"],
  [/sud-coréen\p{L}*/iu, "South Korean"],
];

const WORDS: Record<string, string> = {
  responsable: "official", responsables: "officials", renseignement: "intelligence", américain: "US", américaine: "US",
  américains: "US", américaines: "US", russe: "Russian", russes: "Russian", ukrainien: "Ukrainian", ukrainienne: "Ukrainian",
  ukrainiens: "Ukrainian", français: "French", française: "French", britannique: "British", chinois: "Chinese",
  iranien: "Iranian", iranienne: "Iranian", israélien: "Israeli", israélienne: "Israeli", allemand: "German",
  "porte-parole": "spokesperson", armée: "army", ministère: "ministry", ministre: "minister", gouvernement: "government",
  administration: "administration", président: "president", présidente: "president", découverte: "finding",
  déclassifiée: "declassified", déclassifié: "declassified", récemment: "recently", rapport: "report", étude: "study",
  sondage: "poll", source: "source", sources: "sources", diplomate: "diplomat", diplomates: "diplomats", expert: "expert",
  experts: "experts", police: "police", régime: "regime", journal: "newspaper", quotidien: "newspaper", agence: "agency",
  enquête: "investigation", tribunal: "court", procureur: "prosecutor", parquet: "prosecutors", chercheurs: "researchers",
  militaire: "military", militaires: "military officials", officiel: "official", officiels: "officials", haut: "senior",
  dirigeant: "leader", dirigeants: "leaders", chef: "chief", conseiller: "adviser", conseillers: "advisers",
  autorités: "authorities", préfecture: "prefecture", maire: "mayor", députés: "lawmakers", député: "lawmaker",
  sénateur: "senator", données: "data", chiffres: "figures", analystes: "analysts", témoins: "witnesses", habitants: "residents",
  fonctionnaire: "official", fonctionnaires: "officials", entreprise: "company", société: "company", groupe: "group",
  parti: "party", ambassade: "embassy", commission: "commission", comité: "committee",
};

/** English gloss of a French source description, or null when nothing is translatable. */
export function glossFrench(source: string): string | null {
  const parts: string[] = [];
  let rest = source;
  for (const [re, en] of PHRASES) {
    if (re.test(rest)) {
      parts.push(en);
      rest = rest.replace(re, " ");
    }
  }
  const lower = rest.toLowerCase();
  for (const [fr, en] of Object.entries(COUNTRIES)) {
    if (fr.includes(" ") && lower.includes(fr)) {
      parts.push(en);
      rest = rest.replace(new RegExp(fr, "iu"), " ");
    }
  }
  for (const w of rest.split(/[\s,’']+/u)) {
    const l = w.toLowerCase();
    // Capitalised words are names ("Bruno Le Maire" is not a mayor), except countries.
    const en = (/^\p{Lu}/u.test(w) ? undefined : WORDS[l]) ?? COUNTRIES[l];
    if (en) parts.push(en);
  }
  const uniq = [...new Set(parts)];
  if (uniq.length === 0) return null;
  return uniq.join(", ");
}

export function displayClaimant(asWritten: string, lang: "fr" | "en", antecedentHint?: string | null): string {
  const base = asWritten.trim();
  if (lang !== "fr") return antecedentHint ? `${base} (${antecedentHint})` : base;
  const gloss = [glossFrench(base), antecedentHint].filter(Boolean).join(", ");
  return gloss ? `${base} (${gloss})` : base;
}
