import { describe, expect, it } from "vitest";
import { anchorAt, codePointIndexOf } from "@/lib/claims/anchor";
import { codePointLength } from "@/lib/articles/text-offsets";
import { FUZZY_MIN_SCORE, reanchor, type ClaimAnchor, type ReanchoredClaim } from "@/lib/claims/reanchor";
import { seededRandom } from "@/lib/testing/seeded-random";

const P1 = "The regional government said on Monday that 42 people had been evacuated after the flood.";
const P2 = "According to the statistics office, unemployment fell by 12 % in 2023 across the region.";
const P3 = "“We are doing everything we can,” the mayor, Jane Doe, told reporters on Tuesday evening.";
const P4 = "She added that the damage could exceed $3 million, a figure the insurers have not confirmed.";
const TEXT = [P1, P2, P3, P4].join("\n\n");

/** The anchor of the nth occurrence of `quote` in `text`, as the app stores it. */
function claim(id: string, text: string, quote: string, nth = 0): ClaimAnchor {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = codePointIndexOf(text, quote, start + 1);
  if (start < 0) throw new Error(`"${quote}" is not in the text ${nth + 1} times`);
  return { id, ...anchorAt(text, start, start + codePointLength(quote)) };
}

function one(oldText: string, newText: string, anchor: ClaimAnchor): ReanchoredClaim {
  const [r] = reanchor(oldText, newText, [anchor]);
  expectSound(newText, r!);
  return r!;
}

/** What must hold whatever the edit: anchored offsets hold the reported quote, in code points. */
function expectSound(newText: string, r: ReanchoredClaim): void {
  if (r.state === "orphaned") {
    expect(r.start).toBeNull();
    expect(r.end).toBeNull();
    return;
  }
  expect([...newText].slice(r.start!, r.end!).join("")).toBe(r.quote);
  if (r.state === "fuzzy") expect(r.score).toBeGreaterThanOrEqual(FUZZY_MIN_SCORE);
  else expect(r.score).toBe(1);
}

const QUOTE = "unemployment fell by 12 % in 2023";

describe("reanchor: the claim's own words untouched", () => {
  it("keeps every claim exact when nothing changed", () => {
    const anchors = [claim("a", TEXT, QUOTE), claim("b", TEXT, "42 people had been evacuated"), claim("c", TEXT, P4)];
    const results = reanchor(TEXT, TEXT, anchors);
    expect(results.map((r) => r.state)).toEqual(["exact", "exact", "exact"]);
    results.forEach((r, i) => expect(r).toMatchObject({ id: anchors[i]!.id, start: anchors[i]!.start, end: anchors[i]!.end, score: 1 }));
  });

  it("reports moved with shifted offsets after an edit before the claim", () => {
    const edited = TEXT.replace("42 people", "about 420 people");
    const a = claim("a", TEXT, QUOTE);
    const r = one(TEXT, edited, a);
    expect(r).toMatchObject({ state: "moved", quote: QUOTE, start: a.start + 7, end: a.end + 7 });
  });

  it("stays exact after an edit after the claim", () => {
    const r = one(TEXT, TEXT.replace("$3 million", "$4.5 million"), claim("a", TEXT, QUOTE));
    expect(r.state).toBe("exact");
  });

  it("stays exact when an edit before the claim keeps the length", () => {
    const r = one(TEXT, TEXT.replace("Monday", "Sunday"), claim("a", TEXT, QUOTE));
    expect(r.state).toBe("exact");
    expect(r.prefix).toBe(claim("a", TEXT, QUOTE).prefix);
  });

  it("recomputes prefix and suffix from the new text", () => {
    const edited = TEXT.replace("the statistics office,", "the national statistics office (INSEE),");
    const r = one(TEXT, edited, claim("a", TEXT, QUOTE));
    expect(r.state).toBe("moved");
    expect(r.prefix.endsWith("office (INSEE), ")).toBe(true);
  });

  it("treats a claim at the very start or end of the text like any other", () => {
    const first = claim("first", TEXT, P1);
    const last = claim("last", TEXT, P4);
    const edited = "Update: " + TEXT.replace("across the region", "in the region") + " (Corrected.)";
    const [f, l] = reanchor(TEXT, edited, [first, last]);
    expect(f).toMatchObject({ state: "moved", start: 8, quote: P1 });
    expect(l).toMatchObject({ state: "moved", quote: P4 });
  });

  it("keeps ids, order and overlapping claims (a sentence and a phrase inside it)", () => {
    const anchors = [claim("phrase", TEXT, "12 %"), claim("sentence", TEXT, P2), claim("before", TEXT, P1)];
    const results = reanchor(TEXT, "Editor’s note. " + TEXT, anchors);
    expect(results.map((r) => [r.id, r.state])).toEqual([["phrase", "moved"], ["sentence", "moved"], ["before", "moved"]]);
    expect(results[0]!.start! - results[1]!.start!).toBe(anchors[0]!.start - anchors[1]!.start);
  });
});

describe("reanchor: the claim's own words edited", () => {
  it("is fuzzy, with the corrected figure, when a number inside it changes", () => {
    const r = one(TEXT, TEXT.replace("12 %", "13 %"), claim("a", TEXT, QUOTE));
    expect(r).toMatchObject({ state: "fuzzy", quote: "unemployment fell by 13 % in 2023" });
    expect(r.score).toBeCloseTo(1 - 1 / QUOTE.length, 5);
  });

  it("is fuzzy after a typo fix and after a word is inserted", () => {
    const typo = TEXT.replace("evacuated", "evacuatted");
    const a = claim("a", typo, "42 people had been evacuatted after the flood");
    expect(one(typo, TEXT, a)).toMatchObject({ state: "fuzzy", quote: "42 people had been evacuated after the flood" });
    const inserted = TEXT.replace("fell by", "fell sharply by");
    expect(one(TEXT, inserted, claim("b", TEXT, QUOTE))).toMatchObject({ state: "fuzzy", quote: "unemployment fell sharply by 12 % in 2023" });
  });

  it("includes a replacement of the last word in the new quote", () => {
    const r = one(TEXT, TEXT.replace("in 2023", "in 2024"), claim("a", TEXT, QUOTE));
    expect(r.quote).toBe("unemployment fell by 12 % in 2024");
  });

  it("orphans a claim whose sentence was deleted, keeping its quote", () => {
    const a = claim("a", TEXT, QUOTE);
    const r = one(TEXT, [P1, P3, P4].join("\n\n"), a);
    expect(r).toMatchObject({ state: "orphaned", start: null, end: null, quote: QUOTE, prefix: a.prefix, suffix: a.suffix });
  });

  it("orphans a claim whose sentence was rewritten into something else", () => {
    const edited = TEXT.replace(P2, "The statistics office will publish its figures for the region next month.");
    expect(one(TEXT, edited, claim("a", TEXT, QUOTE)).state).toBe("orphaned");
  });

  it("orphans a claim when most of its words were cut", () => {
    const edited = TEXT.replace("unemployment fell by 12 %", "");
    expect(one(TEXT, edited, claim("a", TEXT, QUOTE)).state).toBe("orphaned");
  });

  it("never fuzzy-matches a similar sentence that was already elsewhere in the text", () => {
    const old = `${P2}\n\n${P1}\n\nAccording to the statistics office, unemployment fell by 13 % in 2022 across the region.`;
    const r = one(old, old.replace(`${P2}\n\n`, ""), claim("a", old, P2));
    expect(r.state).toBe("orphaned");
  });

  it("respects a stricter threshold given as an option", () => {
    const [r] = reanchor(TEXT, TEXT.replace("fell by", "fell sharply by"), [claim("a", TEXT, QUOTE)], { fuzzyMinScore: 0.95 });
    expect(r!.state).toBe("orphaned");
  });
});

describe("reanchor: the same words in several places", () => {
  const S = "the minister said the deficit would fall below 3 % next year";
  const twice = `In Paris, ${S}. Economists doubt it.\n\nIn Lyon, ${S}. Unions were not convinced.`;

  it("keeps each claim on its own copy after an edit before both", () => {
    const a = claim("a", twice, S, 0);
    const b = claim("b", twice, S, 1);
    const edited = "Correction appended. " + twice;
    const [ra, rb] = reanchor(twice, edited, [a, b]);
    expect(ra).toMatchObject({ state: "moved", start: a.start + 21 });
    expect(rb).toMatchObject({ state: "moved", start: b.start + 21 });
  });

  it("orphans the claim on a deleted copy instead of jumping to the other one", () => {
    const a = claim("a", twice, S, 0);
    const b = claim("b", twice, S, 1);
    const edited = `In Lyon, ${S}. Unions were not convinced.`;
    const [ra, rb] = reanchor(twice, edited, [a, b]);
    expect(ra!.state).toBe("orphaned");
    expect(rb).toMatchObject({ state: "moved", start: 9 });
  });

  it("orphans the claim on a deleted copy even when no claim sits on the other one", () => {
    const a = claim("a", twice, S, 1);
    const edited = `In Paris, ${S}. Economists doubt it.`;
    expect(one(twice, edited, a).state).toBe("orphaned");
  });

  it("chooses, among new copies, the one whose context agrees", () => {
    const old = `Opening remarks.\n\nIn Lyon, ${S}. Unions were not convinced.\n\nClosing remarks.`;
    const a = claim("a", old, S);
    const edited = `Opening remarks.\n\nA reader wrote that ${S}, which is wrong.\n\nClosing remarks.\n\nIn Lyon, ${S}. Unions were not convinced.`;
    const r = one(old, edited, a);
    expect(r.state).toBe("moved");
    expect(r.prefix.endsWith("In Lyon, ")).toBe(true);
  });

  it("does not guess between two equally good places", () => {
    // The claim's paragraph was cut and pasted twice further down: same words, same context,
    // about the same distance. Either copy could be "the claim"; neither is chosen.
    const x = `In Lyon, where the unions met on Monday, ${S}. Unions were not convinced by the plan at all.`;
    const old = `Opening remarks.\n\n${x}\n\n${TEXT}`;
    const edited = `Opening remarks.\n\n${TEXT}\n\n${x}\n\n${x}`;
    const r = one(old, edited, claim("a", old, S));
    expect(r.state).toBe("orphaned");
    expect(r.quote).toBe(S);
    // Pasted once, the same paragraph is found.
    expect(one(old, `Opening remarks.\n\n${TEXT}\n\n${x}`, claim("a", old, S)).state).toBe("moved");
  });

  it("does not take a short quote's only occurrence when its context disagrees", () => {
    const old = "Inflation reached 12 % last year, the bank said.";
    const edited = "The bank no longer publishes that figure. Its share price fell 12 % on Friday.";
    expect(one(old, edited, claim("a", old, "12 %")).state).toBe("orphaned");
  });
});

describe("reanchor: code points, typography and whitespace", () => {
  const FR =
    "Le ministère de l’Intérieur a indiqué lundi que 42 personnes avaient été évacuées.\u00a0» " +
    "« Nous faisons tout notre possible\u202f», a déclaré la maire 🙂.\n\n" +
    "Selon l’Insee, le chômage a baissé de 12\u00a0% en 2023 dans la région 🇫🇷.";
  const FR_QUOTE = "le chômage a baissé de 12\u00a0% en 2023";

  it("keeps code-point offsets exact around emoji, flags and French punctuation", () => {
    const a = claim("a", FR, FR_QUOTE);
    const edited = FR.replace("lundi", "lundi 👍 (mis à jour)");
    const r = one(FR, edited, a);
    expect(r).toMatchObject({ state: "moved", quote: FR_QUOTE, start: a.start + 15, end: a.end + 15 });
    expect(codePointIndexOf(edited, FR_QUOTE)).toBe(r.start);
  });

  it("re-anchors a quote with guillemets and a narrow no-break space after an emoji edit", () => {
    const q = "« Nous faisons tout notre possible\u202f»";
    const r = one(FR, FR.replace("🙂", "😀😀"), claim("a", FR, q));
    expect(r.state).toBe("exact");
    const r2 = one(FR, "🙂" + FR, claim("b", FR, q));
    expect(r2).toMatchObject({ state: "moved", start: claim("b", FR, q).start + 1 });
  });

  it("is fuzzy with the right code points when an emoji inside the quote changes", () => {
    const q = "a déclaré la maire 🙂";
    const r = one(FR, FR.replace("🙂", "😀"), claim("a", FR, q));
    expect(r).toMatchObject({ state: "fuzzy", quote: "a déclaré la maire 😀" });
  });

  it("survives a CRLF conversion: offsets count \\r as a code point", () => {
    const a = claim("a", FR, FR_QUOTE);
    const crlf = FR.replace(/\n/g, "\r\n");
    const r = one(FR, crlf, a);
    expect(r).toMatchObject({ state: "moved", quote: FR_QUOTE, start: a.start + 2 });
  });

  it("counts whitespace-only changes inside a quote as the same words", () => {
    const a = claim("a", FR, FR_QUOTE);
    const r = one(FR, FR.replace("12\u00a0%", "12\u202f%"), a);
    expect(r).toMatchObject({ state: "exact", start: a.start, end: a.end, quote: "le chômage a baissé de 12\u202f% en 2023" });
    const doubled = one(FR, FR.replace("a baissé", "a  baissé"), a);
    expect(doubled).toMatchObject({ state: "exact", start: a.start, end: a.end + 1 });
  });

  it("counts a quote spanning a line break rewritten as CRLF as the same words", () => {
    const old = "First line of the claim\nsecond line of the claim. Tail.";
    const q = "First line of the claim\nsecond line";
    const r = one(old, old.replace("\n", "\r\n"), claim("a", old, q));
    expect(r).toMatchObject({ state: "exact", quote: "First line of the claim\r\nsecond line", score: 1 });
  });

  it("moves claims after whitespace is normalised before them", () => {
    const spaced = TEXT.replace(/ /g, "  ");
    const a = claim("a", spaced, "unemployment  fell  by  12  %");
    const r = one(spaced, TEXT, a);
    expect(r).toMatchObject({ state: "moved", quote: "unemployment fell by 12 %" });
  });
});

describe("reanchor: structural edits", () => {
  it("follows a paragraph moved to another place", () => {
    const anchors = [claim("a", TEXT, QUOTE), claim("b", TEXT, "told reporters on Tuesday"), claim("c", TEXT, "exceed $3 million")];
    const moved = [P1, P3, P4, P2].join("\n\n");
    const results = reanchor(TEXT, moved, anchors);
    results.forEach((r) => expectSound(moved, r));
    expect(results.map((r) => r.state)).toEqual(["moved", "moved", "moved"]);
    expect(results[0]!.start).toBe(codePointIndexOf(moved, QUOTE));
  });

  it("finds a paragraph that was both moved and corrected, as fuzzy", () => {
    const moved = [P1, P3, P4, P2.replace("12 %", "13.5 %")].join("\n\n");
    const r = one(TEXT, moved, claim("a", TEXT, QUOTE));
    expect(r).toMatchObject({ state: "fuzzy", quote: "unemployment fell by 13.5 % in 2023" });
  });

  it("orphans every claim of a fully rewritten text", () => {
    const anchors = [claim("a", TEXT, QUOTE), claim("b", TEXT, P1), claim("c", TEXT, "told reporters"), claim("d", TEXT, P4)];
    const rewritten =
      "Heavy rain hit the valley this weekend. Rescue teams worked through the night, " +
      "and schools will stay closed until Thursday while engineers inspect the bridges.";
    const results = reanchor(TEXT, rewritten, anchors);
    expect(results.map((r) => r.state)).toEqual(["orphaned", "orphaned", "orphaned", "orphaned"]);
    results.forEach((r, i) => expect(r.quote).toBe(anchors[i]!.quote));
  });

  it("re-anchors against an empty new text as orphaned and from an empty old text by search", () => {
    expect(one(TEXT, "", claim("a", TEXT, QUOTE)).state).toBe("orphaned");
    const stale = { ...claim("b", TEXT, QUOTE) };
    expect(one("", TEXT, stale).state).toBe("exact");
  });

  it("finds an earlier orphan again when an editor restores its words, and only then", () => {
    // An orphan is stored with its old quote and offsets that no longer hold it.
    const orphan = { ...claim("a", TEXT, QUOTE), start: 3, end: 3 + codePointLength(QUOTE) };
    const without = TEXT.replace(P2, "The statistics office has withdrawn its figures.");
    expect(one(without, without.replace("Jane Doe", "Jane Dupont"), orphan).state).toBe("orphaned");
    const restored = one(without, TEXT, orphan);
    expect(restored).toMatchObject({ state: "moved", start: claim("a", TEXT, QUOTE).start, quote: QUOTE });
    // Words that already stood in the old text belong to whatever was there, not to the orphan.
    expect(one(TEXT, TEXT + " Correction.", orphan).state).toBe("orphaned");
  });
});

// ---- property-style test over many random edits (seeded, so failures reproduce) ----


const VOCAB = (
  "le la les un une des chômage taux région ministre préfet déclaré selon l’Insee « » 12\u00a0% 2023 millions d’euros " +
  "the a of government said report rose fell by percent year people evacuated mayor council budget deficit 😀 🇫🇷 école été " +
  "inflation prices energy wages growth forecast data survey police court judge vote election campaign crisis water"
).split(" ");
// Inserted words come from another alphabet so an insertion can never recreate a deleted quote.
const INSERTED = "ALPHA BRAVO CHARLIE DELTA ECHO FOXTROT GOLF HOTEL".split(" ");

describe("reanchor: invariants over random edits", () => {
  it("holds on 300 random articles, claims and corrections", () => {
    const rnd = seededRandom(20261125);
    const pick = <T,>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const counts: Record<string, number> = {};
    let untouchedAnchored = 0;
    let untouchedTotal = 0;
    let deletedTotal = 0;
    for (let round = 0; round < 300; round++) {
      const words = Array.from({ length: 80 + Math.floor(rnd() * 120) }, () => pick(VOCAB));
      const seps = words.map(() => (rnd() < 0.08 ? pick([".\n\n", ".\r\n", ", ", "\u00a0"]) : " "));
      const oldText = words.map((w, i) => w + seps[i]).join("");
      const cp = [...oldText];

      // Claims: spans of 4–12 words whose quote occurs once, so "its words" is well defined.
      const wordStarts: number[] = [];
      cp.forEach((c, i) => {
        if (!/\s/.test(c) && (i === 0 || /\s/.test(cp[i - 1]!))) wordStarts.push(i);
      });
      const anchors: ClaimAnchor[] = [];
      for (let k = 0; k < 6; k++) {
        const w = Math.floor(rnd() * (wordStarts.length - 13));
        const start = wordStarts[w]!;
        const end = wordStarts[w + 4 + Math.floor(rnd() * 8)]! - 1;
        const a = anchorAt(oldText, start, end);
        if (codePointIndexOf(oldText, a.quote, start + 1) < 0 && codePointIndexOf(oldText, a.quote) === start) anchors.push({ id: `c${k}`, ...a });
      }

      // 1–3 non-overlapping edits in old code points: insert, delete or replace.
      const edits: { at: number; len: number; text: string }[] = [];
      if (anchors.length > 0 && rnd() < 0.4) {
        // Often enough, a correction cuts one claim's words outright (sometimes replacing them).
        const a = pick(anchors);
        const at = Math.max(0, a.start - Math.floor(rnd() * 10));
        const text = rnd() < 0.5 ? "" : pick(INSERTED) + " ";
        edits.push({ at, len: Math.min(cp.length, a.end + Math.floor(rnd() * 10)) - at, text });
      }
      for (let k = edits.length, n = 1 + Math.floor(rnd() * 3); k < n; k++) {
        const at = Math.floor(rnd() * cp.length);
        const kind = pick(["insert", "delete", "replace"]);
        const len = kind === "insert" ? 0 : 1 + Math.floor(rnd() * 60);
        const text = kind === "delete" ? "" : Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => pick(INSERTED)).join(" ") + " ";
        const e = { at, len: Math.min(len, cp.length - at), text };
        if (edits.every((o) => e.at + e.len < o.at || o.at + o.len < e.at)) edits.push(e);
      }
      const newPoints = [...cp];
      for (const e of [...edits].sort((x, y) => y.at - x.at)) newPoints.splice(e.at, e.len, ...e.text);
      const newText = newPoints.join("");

      const results = reanchor(oldText, newText, anchors);
      results.forEach((r, i) => {
        const a = anchors[i]!;
        counts[r.state] = (counts[r.state] ?? 0) + 1;
        expectSound(newText, r);
        const deleted = edits.some((e) => e.len > 0 && e.at <= a.start && a.end <= e.at + e.len);
        if (deleted) {
          deletedTotal++;
          expect(["exact", "moved"]).not.toContain(r.state);
        }
        const untouched = edits.every((e) => e.at + e.len <= a.start || e.at >= a.end);
        if (untouched) {
          untouchedTotal++;
          if (r.state === "exact" || r.state === "moved") untouchedAnchored++;
          const shift = edits.filter((e) => e.at + e.len <= a.start).reduce((s, e) => s + codePointLength(e.text) - e.len, 0);
          expect(r).toMatchObject({ start: a.start + shift, quote: a.quote, state: shift === 0 ? "exact" : "moved" });
        }
      });
    }
    // Every outcome was exercised, every claim no edit touched was kept, and deletions happened.
    expect(Object.keys(counts).sort()).toEqual(["exact", "fuzzy", "moved", "orphaned"]);
    expect(untouchedAnchored).toBe(untouchedTotal);
    expect(deletedTotal).toBeGreaterThan(20);
  });
});
