// CLI: npm run --silent extract -- FILE [--lang fr|en]
// Prints the JSON document of docs/extraction.md for one article (HTML when FILE ends in .html).
import { readFileSync, statSync } from "node:fs";
import { extractArticle } from "@/lib/claims/extraction/extract-article";
import type { Language } from "@/lib/claims/extraction/types";

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(1);
}

function main(argv: string[]) {
  let file: string | null = null;
  let language: Language | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--lang") {
      const v = argv[++i];
      if (v !== "fr" && v !== "en") fail(`--lang must be "fr" or "en", got ${JSON.stringify(v ?? "")}`);
      language = v;
    } else if (a.startsWith("--lang=")) {
      const v = a.slice(7);
      if (v !== "fr" && v !== "en") fail(`--lang must be "fr" or "en", got ${JSON.stringify(v)}`);
      language = v;
    } else if (a === "-h" || a === "--help") {
      process.stdout.write("usage: npm run --silent extract -- FILE [--lang fr|en]\n");
      return;
    } else if (a.startsWith("--")) {
      fail(`unknown option ${a}`);
    } else if (file === null) {
      file = a;
    } else {
      fail(`unexpected argument ${a}`);
    }
  }
  if (!file) fail("missing FILE (usage: npm run --silent extract -- FILE [--lang fr|en])");
  let stat;
  try {
    stat = statSync(file);
  } catch {
    fail(`cannot read ${file}: no such file`);
  }
  if (!stat.isFile()) fail(`${file} is not a regular file`);
  const bytes = readFileSync(file);
  // Binary input (images, PDFs, archives): NUL bytes or invalid UTF-8 in the first kilobytes.
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) fail(`${file} looks like a binary file, expected UTF-8 text or HTML`);
  let content = "";
  try {
    content = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    fail(`${file} is not valid UTF-8 text`);
  }
  // Offsets refer to the text exactly as read (docs/extraction.md): a byte-order mark, if any,
  // stays and counts as one code point; the engine treats it as whitespace.
  if (!content.replace(/\uFEFF/g, "").trim()) fail(`${file} is empty`);
  const isHtml = /\.html?$/i.test(file);
  const result = isHtml ? extractArticle({ html: content }, { language }) : extractArticle({ text: content }, { language });
  if (isHtml && !result.text?.trim()) fail(`${file}: no article text found in the HTML`);
  const out = isHtml
    ? { language: result.language, title: result.title, text: result.text, removed: result.removed, claims: result.claims }
    : { language: result.language, title: result.title, removed: result.removed, claims: result.claims };
  process.stdout.write(JSON.stringify(out, null, 2) + "\n");
}

main(process.argv.slice(2));
