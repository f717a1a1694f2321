// `tsx bench/run-compiled.ts bench/FILE.ts [args…]`: runs a benchmark on the code as the app ships
// it, compiled once into one plain JavaScript file, rather than under tsx. tsx compiles each module
// with esbuild's keepNames, which wraps every closure in a `__name(…)` call each time it is
// created; the engine creates closures per sentence, and under tsx that helper alone took about 4 %
// of the extractor's time (decision 057) and tsx in all some 15 % (decision 060). The Next.js build
// that serves the UI and the API adds no such helper.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { build } from "esbuild";

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error("usage: tsx bench/run-compiled.ts bench/FILE.ts [args…]");
  process.exit(2);
}
const source = resolve(entry);
// (Packages are bundled too; the file goes where build tools keep their caches.)
const outDir = resolve("node_modules", ".cache", "bench");
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, basename(source).replace(/\.ts$/u, ".mjs"));

await build({
  entryPoints: [source],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  // (esbuild rewrites a regular expression with \p{…} as `new RegExp(…)`, built again at each
  // evaluation, for any engine it cannot vouch for the Unicode tables of, Node's own version
  // included; "esnext" keeps the literals as written, as V8 runs them.)
  target: "esnext",
  // (The benchmark finds its texts from where its source lies, not where the bundle is written.)
  define: { "import.meta.dirname": JSON.stringify(dirname(source)), "import.meta.filename": JSON.stringify(source) },
  logLevel: "warning",
});
const run = spawnSync(process.execPath, [outfile, ...args], { stdio: "inherit" });
process.exit(run.status ?? 1);
