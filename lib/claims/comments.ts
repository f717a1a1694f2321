// The discussion thread of a claim. Comments are plain text (shown with links made clickable, never
// as HTML) and each one is also a history event, written in the same transaction.
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/roles";
import { recordEvent } from "@/lib/history/record-event";
import { getClaim } from "./get-claim";

export const MAX_COMMENT_LENGTH = 10_000;

export const newCommentInput = z.object({
  body: z
    .string("Write a comment.")
    .trim()
    .min(1, "A comment cannot be empty.")
    .max(MAX_COMMENT_LENGTH, `A comment is at most ${MAX_COMMENT_LENGTH.toLocaleString("en")} characters.`),
});

type CommentRow = { id: string; body: string; createdAt: Date; author: { id: string; name: string } };
const toCommentDto = (c: CommentRow) => ({ id: c.id, body: c.body, createdAt: c.createdAt.toISOString(), author: c.author });

export async function listComments(db: PrismaClient, claimId: string) {
  const claim = await getClaim(db, claimId);
  const comments = await db.comment.findMany({
    where: { claimId: claim.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { author: { select: { id: true, name: true } } },
  });
  return { items: comments.map(toCommentDto), total: comments.length };
}

export async function addComment(db: PrismaClient, claimId: string, input: z.infer<typeof newCommentInput>, user: SessionUser) {
  const claim = await getClaim(db, claimId);
  const comment = await db.$transaction(async (tx) => {
    const created = await tx.comment.create({
      data: { claimId: claim.id, authorId: user.id, body: input.body },
      include: { author: { select: { id: true, name: true } } },
    });
    await recordEvent(tx, { type: "comment_added", actorId: user.id, articleId: claim.articleId, claimId: claim.id, after: { commentId: created.id }, comment: input.body });
    return created;
  });
  return toCommentDto(comment);
}
