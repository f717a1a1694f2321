import { z } from "zod";

/** Body of `POST /api/v1/articles` and of the "Add article" form: exactly one of text, html,
 * markdown or url, plus optional metadata (detected from the page or the text when absent). */
export const newArticleInput = z
  .object({
    title: z.string().trim().max(500, "At most 500 characters.").optional(),
    text: z.string().optional(),
    html: z.string().optional(),
    markdown: z.string().optional(),
    url: z.string().trim().max(2000, "At most 2,000 characters.").optional(),
    language: z.enum(["fr", "en"], "Use fr or en.").optional(),
    outlet: z.string().trim().max(200, "At most 200 characters.").optional(),
    publishedAt: z.iso.datetime({ offset: true, error: "Use an ISO 8601 date and time, e.g. 2026-11-25T08:00:00Z." }).optional(),
  })
  .superRefine((input, ctx) => {
    const given = (["text", "html", "markdown", "url"] as const).filter((key) => input[key] !== undefined && input[key] !== "");
    if (given.length !== 1) {
      const message = given.length === 0 ? "Give the article as text, html, markdown or url." : `Give only one of ${given.join(", ")}.`;
      for (const key of given.length ? given : (["text"] as const)) ctx.addIssue({ code: "custom", path: [key], message });
    }
  });

export type NewArticleInput = z.infer<typeof newArticleInput>;
export type ArticleSourceKind = "text" | "html" | "markdown" | "url";

export function sourceKindOf(input: NewArticleInput): ArticleSourceKind {
  if (input.url) return "url";
  if (input.html) return "html";
  if (input.markdown) return "markdown";
  return "text";
}
