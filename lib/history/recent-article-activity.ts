import type { PrismaClient } from "@/lib/generated/prisma/client";
import { describeEvent } from "./describe-event";

/** The latest changes to an article and its claims, newest first, for the article page. */
export async function recentArticleActivity(db: PrismaClient, articleId: string, limit = 15) {
  const events = await db.historyEvent.findMany({
    where: { articleId },
    orderBy: { id: "desc" },
    take: limit,
    include: { actor: { select: { name: true } }, claim: { select: { id: true, summary: true, quote: true } } },
  });
  return events.map((event) => ({
    id: event.id.toString(),
    at: event.createdAt.toISOString(),
    actor: event.actor?.name ?? "System",
    what: event.type === "article_created" ? "Added the article" : event.type === "article_updated" ? "Corrected the article" : describeEvent(event),
    claim: event.claim ? (event.claim.summary ?? event.claim.quote) : null,
    comment: event.comment,
  }));
}
