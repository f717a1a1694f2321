// Article-level entry point: plain text or HTML in, the docs/extraction.md document out. For HTML
// the main content is extracted first and the output carries that text, which the offsets use.
import { htmlToText } from "@/lib/articles/html-to-text";
import { extractClaims } from "./extract-claims";
import type { ArticleExtractionResult, Language } from "./types";

export type ArticleInput = { text: string } | { html: string };

export function extractArticle(input: ArticleInput, options: { language?: Language } = {}): ArticleExtractionResult {
  if ("html" in input) {
    const { text, title } = htmlToText(input.html);
    const result = extractClaims({ text, language: options.language });
    return { language: result.language, title: title ?? result.title, text, removed: result.removed, claims: result.claims };
  }
  return extractClaims({ text: input.text, language: options.language });
}
