"use server";

import { redirect } from "next/navigation";
import { requireUserForAction } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { ingestArticle } from "@/lib/articles/ingest-article";
import { newArticleInput, type NewArticleInput } from "@/lib/articles/new-article-input";
import { toAppError } from "@/lib/http/error-response";
import { fieldErrorsFromZod } from "@/lib/http/zod-errors";

export type AddArticleState = {
  error?: string;
  fields?: Record<string, string[]>;
  /** Everything typed, given back so a refused form loses nothing. */
  values?: Record<string, string>;
  /** Changes with every refusal, so the form shows the values given back. */
  attempt?: number;
};

const TEXT_FIELDS = ["title", "outlet", "language", "source", "format", "content", "url", "publishedAt"] as const;

/** Reads an uploaded file as UTF-8, refusing other encodings rather than garbling them. */
async function readUpload(file: File): Promise<{ content: string; format: "text" | "markdown" | "html" } | string> {
  let content: string;
  try {
    content = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return "The file is not UTF-8 text.";
  }
  const name = file.name.toLowerCase();
  const format = /\.html?$/.test(name) || file.type === "text/html" ? "html" : /\.(md|markdown)$/.test(name) ? "markdown" : "text";
  return { content, format };
}

export async function addArticle(previous: AddArticleState, form: FormData): Promise<AddArticleState> {
  const refused = (state: Omit<AddArticleState, "attempt">): AddArticleState => ({ ...state, attempt: (previous.attempt ?? 0) + 1 });
  const values = Object.fromEntries(TEXT_FIELDS.map((name) => [name, String(form.get(name) ?? "")]));
  let articleId: string;
  try {
    const user = await requireUserForAction("editor");
    let content = values.content ?? "";
    let format = values.format || "text";
    const upload = form.get("file");
    if (values.source === "file") {
      if (!(upload instanceof File) || upload.size === 0) return refused({ error: "Choose a file.", fields: { file: ["Choose a file."] }, values });
      const read = await readUpload(upload);
      if (typeof read === "string") return refused({ error: read, fields: { file: [read] }, values });
      ({ content, format } = read);
    }
    const input: Record<string, string | undefined> = {
      title: values.title || undefined,
      outlet: values.outlet || undefined,
      language: values.language || undefined,
      publishedAt: values.publishedAt ? new Date(values.publishedAt).toISOString() : undefined,
    };
    if (values.source === "url") input.url = values.url;
    else input[format === "html" ? "html" : format === "markdown" ? "markdown" : "text"] = content;
    const parsed = newArticleInput.safeParse(input);
    if (!parsed.success) {
      const fields = formFields(fieldErrorsFromZod(parsed.error));
      return refused({ error: firstMessage({ message: "Check the highlighted fields.", fields }), fields, values });
    }
    const created = await ingestArticle(db, parsed.data as NewArticleInput, user);
    articleId = created.article.id;
  } catch (error) {
    const appError = toAppError(error);
    return refused({ error: firstMessage(appError), fields: formFields(appError.fields), values });
  }
  redirect(`/articles/${articleId}`);
}

/** API field names → the form's: the article body is one field, whatever its format. */
function formFields(fields: Record<string, string[]> | undefined): Record<string, string[]> | undefined {
  if (!fields) return undefined;
  const out: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(fields)) {
    const name = ["text", "html", "markdown"].includes(key) ? "content" : key;
    out[name] = [...(out[name] ?? []), ...messages];
  }
  return out;
}

function firstMessage(error: { message: string; fields?: Record<string, string[]> }): string {
  const first = error.fields ? Object.values(error.fields)[0]?.[0] : undefined;
  return first ?? error.message;
}
