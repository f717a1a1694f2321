"use server";

import { revalidatePath } from "next/cache";
import { requireUserForAction } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { correctArticle, correctArticleInput } from "@/lib/articles/correct-article";
import { toAppError } from "@/lib/http/error-response";
import { fieldErrorsFromZod } from "@/lib/http/zod-errors";

export type CorrectionState = {
  ok?: string;
  error?: string;
  fields?: Record<string, string[]>;
  /** The text as the editor typed it, kept when the correction is refused. */
  values?: { title: string; text: string };
  attempt?: number;
};

export async function correctArticleAction(previous: CorrectionState, form: FormData): Promise<CorrectionState> {
  const id = String(form.get("articleId") ?? "");
  const values = { title: String(form.get("title") ?? ""), text: String(form.get("text") ?? "") };
  const attempt = (previous.attempt ?? 0) + 1;
  try {
    const user = await requireUserForAction("editor");
    const parsed = correctArticleInput.safeParse({ version: Number(form.get("version")), ...values });
    if (!parsed.success) return { error: "Check the highlighted fields.", fields: fieldErrorsFromZod(parsed.error), values, attempt };
    const result = await correctArticle(db, id, parsed.data, user);
    revalidatePath(`/articles/${id}`);
    const lost = result.claims.filter((c) => c.anchor.state === "orphaned").length;
    const fuzzy = result.claims.filter((c) => c.anchor.state === "fuzzy").length;
    return { ok: `Saved as version ${result.article.version}. ${fuzzy} claim(s) to check, ${lost} claim(s) whose words were not found.`, attempt };
  } catch (error) {
    const appError = toAppError(error);
    const message = appError.code === "conflict" ? `${appError.message} Your text is kept below; reload to see the other version.` : appError.message;
    return { error: message, fields: appError.fields, values, attempt };
  }
}
