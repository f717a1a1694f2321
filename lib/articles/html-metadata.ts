// Article metadata from a page's <head>: the outlet (Open Graph site name), the publication date
// (article:published_time, JSON-LD datePublished, or the first <time datetime>) and the language.
import { parseHTML } from "linkedom";

export type HtmlMetadata = { outlet: string | null; publishedAt: Date | null; language: "fr" | "en" | null };

function validDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function htmlMetadata(html: string): HtmlMetadata {
  const { document } = parseHTML(html);
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute("content")?.trim() || null;
  const outlet = meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]');
  let published =
    validDate(meta('meta[property="article:published_time"]')) ??
    validDate(meta('meta[name="date"]')) ??
    validDate(meta('meta[itemprop="datePublished"]'));
  if (!published) {
    for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
      const found = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? "");
      published = validDate(found?.[1]);
      if (published) break;
    }
  }
  published ??= validDate(document.querySelector("time[datetime]")?.getAttribute("datetime"));
  const lang = (document.documentElement?.getAttribute("lang") ?? "").toLowerCase().slice(0, 2);
  return { outlet, publishedAt: published, language: lang === "fr" || lang === "en" ? lang : null };
}
