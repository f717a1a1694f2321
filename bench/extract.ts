// npm run bench:extract — throughput of the extraction engine on a large concatenated text and
// the time for one article after warm-up, as medians over several runs. Texts are read at run
// time from ../shared (never copied into the project); without them, built-in paragraphs are used.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractClaims } from "@/lib/claims/extraction/extract-claims";

const SHARED = join(import.meta.dirname, "..", "..", "shared");
const SEED = join(SHARED, "fixtures", "seed-article.fr.txt");
const POLNEAR = join(SHARED, "eval", "polnear-dev", "text");

const FALLBACK_EN =
  "Officials said on Monday that 42 people had been evacuated after the flood, according to the regional government. " +
  "“We are doing everything we can,” the mayor, Jane Doe, told reporters. She added that the damage could exceed $3 million.\n\n";
const FALLBACK_FR =
  "Le ministère de l’Intérieur a indiqué lundi que 42 personnes avaient été évacuées. « Nous faisons tout notre possible », a déclaré la maire. " +
  "Selon un rapport de la préfecture, les dégâts pourraient dépasser 3 millions d’euros.\n\n";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function corpus(): string[] {
  const texts: string[] = [];
  if (existsSync(POLNEAR)) for (const f of readdirSync(POLNEAR).sort()) texts.push(readFileSync(join(POLNEAR, f), "utf8"));
  if (existsSync(SEED)) texts.push(readFileSync(SEED, "utf8"));
  if (texts.length === 0) texts.push(FALLBACK_EN.repeat(20), FALLBACK_FR.repeat(20));
  return texts;
}

const texts = corpus();
const TARGET_BYTES = 4 * 1024 * 1024;
const parts: string[] = [];
let bytes = 0;
while (bytes < TARGET_BYTES) {
  for (const t of texts) {
    parts.push(t);
    bytes += Buffer.byteLength(t, "utf8") + 2;
    if (bytes >= TARGET_BYTES) break;
  }
}
const big = parts.join("\n\n");
const bigBytes = Buffer.byteLength(big, "utf8");

// Warm-up: let V8 optimise the hot paths.
for (let i = 0; i < 3; i++) for (const t of texts.slice(0, 20)) extractClaims({ text: t });

const runs = 5;
const mbps: number[] = [];
let claims = 0;
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  claims = extractClaims({ text: big, language: "en" }).claims.length;
  const ms = performance.now() - t0;
  mbps.push(bigBytes / 1024 / 1024 / (ms / 1000));
}

const seed = existsSync(SEED) ? readFileSync(SEED, "utf8") : FALLBACK_FR.repeat(6);
for (let i = 0; i < 50; i++) extractClaims({ text: seed });
const seedMs: number[] = [];
for (let i = 0; i < 200; i++) {
  const t0 = performance.now();
  extractClaims({ text: seed });
  seedMs.push(performance.now() - t0);
}

console.log(`large text: ${(bigBytes / 1024 / 1024).toFixed(2)} MB, ${claims} claims`);
console.log(`throughput: median ${median(mbps).toFixed(2)} MB/s over ${runs} runs (min ${Math.min(...mbps).toFixed(2)}, max ${Math.max(...mbps).toFixed(2)})`);
console.log(`seed article (${[...seed].length} code points): median ${median(seedMs).toFixed(2)} ms over ${seedMs.length} runs after warm-up (p95 ${[...seedMs].sort((a, b) => a - b)[Math.floor(seedMs.length * 0.95)]!.toFixed(2)} ms)`);
