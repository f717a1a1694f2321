// Markdown → plain text for articles pasted from CMS exports or newsletters. Only the syntax
// that would otherwise pollute sentences is removed (headings, emphasis, links, images, code
// fences, list and quote markers); paragraphs stay paragraphs. Offsets then refer to this text,
// which the caller stores as the article text.

export function markdownToText(md: string): string {
  return md
    .replace(/\r\n?/g, "\n")
    .replace(/^```[^\n]*\n[\s\S]*?^```[^\n]*$/gm, "")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/^[ \t]{0,3}#{1,6}\s+/gm, "")
    .replace(/^[ \t]{0,3}>[ \t]?/gm, "")
    .replace(/^[ \t]{0,3}(?:[-*+]|\d+[.)])\s+/gm, "")
    .replace(/^[ \t]{0,3}(?:[-*_]\s*){3,}$/gm, "")
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2")
    .replace(/(?<![\w*])([*_])(?=\S)([^*_\n]*?\S)\1(?![\w*])/g, "$2")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/<[^>\n]+>/g, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
