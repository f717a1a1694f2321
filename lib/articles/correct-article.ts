// A correction of an article (its title or its text), made on a known version. When the text
// changes, every claim re-anchors on the new text (exact, moved, fuzzy or orphaned: never silently
// onto the wrong words), the removed boilerplate is found again, and the article, its claims and
// their history change in one transaction.
import { z } from "zod";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/roles";
import { textHash } from "@/lib/claims/anchor";
import { reanchor } from "@/lib/claims/reanchor";
import { AppError } from "@/lib/http/app-error";
import { recordEvent } from "@/lib/history/record-event";
import { cleanText } from "./clean-text";
import { MAX_ARTICLE_BYTES } from "./fetch-limits";
import { getArticle } from "./get-article";
import { textProblem } from "./text-problems";

export const correctArticleInput = z.object({
  version: z.number().int().min(1, "Give the version the correction was made on."),
  title: z.string().trim().min(1, "The title cannot be blank.").max(500, "At most 500 characters.").optional(),
  text: z.string().optional(),
});
export type CorrectArticleInput = z.infer<typeof correctArticleInput>;

export async function correctArticle(db: PrismaClient, id: string, input: CorrectArticleInput, user: SessionUser) {
  const existing = await getArticle(db, id); // 404 for unknown ids
  if (input.text !== undefined) {
    if (Buffer.byteLength(input.text, "utf8") > MAX_ARTICLE_BYTES) throw new AppError("payload_too_large", "The article is larger than 2 MB.");
    const problem = textProblem(input.text);
    if (problem) throw AppError.validation({ text: [problem] });
  }
  await db.$transaction(
    async (tx) => {
      const article = await tx.article.findUniqueOrThrow({ where: { id: existing.article.id } });
      if (article.version !== input.version) {
        throw new AppError("conflict", `The article changed since version ${input.version} (it is at version ${article.version}).`, {
          current: await getArticle(tx, article.id),
        });
      }
      const textChanged = input.text !== undefined && input.text !== article.text;
      const titleChanged = input.title !== undefined && input.title !== article.title;
      if (!textChanged && !titleChanged) return;

      const data: Prisma.ArticleUncheckedUpdateManyInput = { version: { increment: 1 }, updatedById: user.id };
      const before: Record<string, unknown> = { version: article.version };
      const after: Record<string, unknown> = { version: article.version + 1 };
      if (titleChanged) {
        Object.assign(data, { title: input.title });
        Object.assign(before, { title: article.title });
        Object.assign(after, { title: input.title });
      }
      if (textChanged) {
        const text = input.text!;
        const hash = textHash(text);
        Object.assign(data, { text, textHash: hash, removed: cleanText(text).map(({ start, end, text: t, reason }) => ({ start, end, text: t, reason })) });
        Object.assign(before, { textHash: article.textHash, text: article.text });
        Object.assign(after, { textHash: hash, text });
        await reanchorClaims(tx, article.id, article.text, text, hash, user.id);
      }
      const updated = await tx.article.updateMany({ where: { id: article.id, version: article.version }, data });
      if (updated.count === 0) throw new AppError("conflict", "The article changed while you were saving.", { current: await getArticle(tx, article.id) });
      await recordEvent(tx, {
        type: "article_updated",
        actorId: user.id,
        articleId: article.id,
        before: before as Prisma.InputJsonObject,
        after: after as Prisma.InputJsonObject,
      });
    },
    { timeout: 30_000 },
  );
  return getArticle(db, existing.article.id);
}

async function reanchorClaims(tx: Prisma.TransactionClient, articleId: string, oldText: string, newText: string, hash: string, actorId: string) {
  const claims = await tx.claim.findMany({ where: { articleId } });
  const results = reanchor(
    oldText,
    newText,
    claims.map((c) => ({ id: c.id, start: c.anchorStart, end: c.anchorEnd, quote: c.quote, prefix: c.anchorPrefix, suffix: c.anchorSuffix })),
  );
  const newLength = Array.from(newText).length;
  for (const result of results) {
    const claim = claims.find((c) => c.id === result.id)!;
    // An orphan keeps its quote; its offsets stay where they were (within the new text) but are
    // never shown as a highlight: the state says the words were not found.
    const start = result.start ?? Math.min(claim.anchorStart, newLength);
    const end = result.end ?? Math.min(claim.anchorEnd, newLength);
    await tx.claim.update({
      where: { id: claim.id },
      data: {
        quote: result.quote,
        anchorStart: start,
        anchorEnd: Math.max(start, end),
        anchorPrefix: result.prefix,
        anchorSuffix: result.suffix,
        anchorState: result.state,
        anchorTextHash: hash,
        ...(result.state === "exact" ? {} : { version: { increment: 1 } }),
      },
    });
    if (result.state !== "exact") {
      await recordEvent(tx, {
        type: "claim_reanchored",
        actorId,
        articleId,
        claimId: claim.id,
        before: { start: claim.anchorStart, end: claim.anchorEnd, quote: claim.quote, state: claim.anchorState },
        after: { start: result.start, end: result.end, quote: result.quote, state: result.state, score: result.score },
      });
    }
  }
}
