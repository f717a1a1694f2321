// The two work lists of the desk: the review queue (claims waiting for a reviewer, oldest first)
// and an editor's own claims (drafts, claims sent back with the reviewer's comment, claims
// assigned to them).
import { z } from "zod";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { attributionLevels, verdicts } from "./claim-input";

export const reviewQueueFilters = z.object({
  articleId: z.uuid().optional().catch(undefined),
  attributionLevel: z.enum(attributionLevels).optional().catch(undefined),
  verdict: z.enum(verdicts).optional().catch(undefined),
  editorId: z.string().min(1).optional().catch(undefined),
});
export type ReviewQueueFilters = z.infer<typeof reviewQueueFilters>;

const queueInclude = {
  article: { select: { id: true, title: true } },
  submittedBy: { select: { id: true, name: true } },
  assignee: { select: { id: true, name: true } },
} satisfies Prisma.ClaimInclude;

export async function reviewQueue(db: PrismaClient, filters: ReviewQueueFilters) {
  return db.claim.findMany({
    where: {
      status: "in_review",
      articleId: filters.articleId,
      attributionLevel: filters.attributionLevel,
      verdict: filters.verdict,
      submittedById: filters.editorId,
    },
    include: queueInclude,
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take: 200,
  });
}

/** An editor's claims that need them, with the reviewer's last comment on those sent back. */
export async function myClaims(db: PrismaClient, userId: string) {
  const claims = await db.claim.findMany({
    where: {
      OR: [
        { createdById: userId, status: { in: ["draft", "changes_requested"] }, origin: "manual" },
        { submittedById: userId, status: "changes_requested" },
        { assigneeId: userId, status: { notIn: ["approved", "dismissed"] } },
      ],
    },
    include: queueInclude,
    orderBy: [{ status: "asc" }, { updatedAt: "desc" }],
    take: 200,
  });
  const sentBack = claims.filter((c) => c.status === "changes_requested").map((c) => c.id);
  const comments = sentBack.length
    ? await db.historyEvent.findMany({
        where: { claimId: { in: sentBack }, type: "claim_transitioned", after: { path: ["status"], equals: "changes_requested" } },
        orderBy: { id: "desc" },
        include: { actor: { select: { name: true } } },
      })
    : [];
  const lastComment = new Map<string, { comment: string | null; by: string | null }>();
  for (const event of comments) {
    if (event.claimId && !lastComment.has(event.claimId)) lastComment.set(event.claimId, { comment: event.comment, by: event.actor?.name ?? null });
  }
  return claims.map((claim) => ({ ...claim, reviewerComment: lastComment.get(claim.id) ?? null }));
}
