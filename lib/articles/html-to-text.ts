// HTML → plain text. Mozilla's Readability (the Firefox Reader View engine) finds the main
// content and drops navigation, ads and widgets; linkedom gives it a DOM without a browser and
// never executes scripts. We then serialise block elements as paragraphs so the sentence splitter
// sees the same structure as in pasted text. See docs/decisions/010-html-main-content-extractor.md.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

const BLOCK = new Set([
  "p", "div", "section", "article", "header", "footer", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
  "blockquote", "pre", "figure", "figcaption", "table", "tr", "td", "th", "dl", "dt", "dd", "main", "nav", "hr", "address",
]);
const SKIP = new Set(["script", "style", "noscript", "template", "iframe", "svg", "button", "form", "select", "textarea"]);

export interface HtmlText {
  title: string | null;
  text: string;
}

interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
}

function serialise(root: NodeLike): string {
  const parts: string[] = [];
  const walk = (node: NodeLike) => {
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? "").replace(/[ \t\r\n\f]+/g, " "));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toLowerCase();
    if (SKIP.has(name)) return;
    if (name === "br") {
      parts.push("\n");
      return;
    }
    const block = BLOCK.has(name);
    if (block) parts.push("\n\n");
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) parts.push("\n\n");
  };
  walk(root);
  return parts
    .join("")
    .split("\n")
    .map((l) => l.replace(/ +/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Main content of an HTML page as plain text, title first (on its own line) when known. */
export function htmlToText(input: string): HtmlText {
  // A fragment ("<p>…</p>") has no <body> for the DOM to hang it on: wrap it in a document.
  const html = /<body[\s>]/i.test(input) ? input : `<!doctype html><html><head></head><body>${input}</body></html>`;
  const { document } = parseHTML(html);
  const pageTitle = (document.querySelector("title")?.textContent ?? "").trim() || null;
  // The article's own headline beats a <title> that carries the site name ("… | Example News").
  const h1 = (document.querySelector("h1")?.textContent ?? "").replace(/\s+/g, " ").trim();
  let title: string | null = pageTitle;
  let body = "";
  try {
    const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
    if (article?.content) {
      title = (article.title ?? "").trim() || pageTitle;
      const { document: inner } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
      body = serialise(inner.body as unknown as NodeLike);
    }
  } catch {
    body = "";
  }
  if (!body) {
    // Readability gives up on very short pages: fall back to the whole body.
    const { document: fresh } = parseHTML(html);
    body = fresh.body ? serialise(fresh.body as unknown as NodeLike) : "";
  }
  let headline = title?.replace(/\s+/g, " ").trim() ?? null;
  if (h1 && (!headline || headline.includes(h1))) headline = h1;
  const text = headline && !body.startsWith(headline) ? `${headline}\n\n${body}` : body;
  return { title: headline, text };
}
