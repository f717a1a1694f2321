import { marked } from "marked";

/** Markdown → an HTML document, so Markdown articles go through the same text extraction as web
 * pages. Raw HTML inside the Markdown (scripts, widgets) is dropped, never passed through. */
export function markdownToHtml(markdown: string): string {
  const renderer = new marked.Renderer();
  renderer.html = () => "";
  const body = marked.parse(markdown, { async: false, gfm: true, renderer });
  return `<!doctype html><html><head><meta charset="utf-8"></head><body><article>${body}</article></body></html>`;
}
