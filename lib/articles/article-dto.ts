import type { Article } from "@/lib/generated/prisma/client";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";

export type ClaimCounts = Record<ClaimStatus, number>;

export const emptyClaimCounts = (): ClaimCounts => ({
  draft: 0,
  in_review: 0,
  changes_requested: 0,
  approved: 0,
  dismissed: 0,
});

/** An article in a list: everything but its text. */
export function toArticleSummaryDto(article: Omit<Article, "text" | "removed">, claimCounts: ClaimCounts) {
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    url: article.url,
    language: article.language,
    publishedAt: article.publishedAt?.toISOString() ?? null,
    version: article.version,
    addedBy: article.addedById,
    createdAt: article.createdAt.toISOString(),
    updatedAt: article.updatedAt.toISOString(),
    claimCounts,
  };
}

/** A whole article, with its text and the spans cleaning removed. */
export function toArticleDto(article: Article, claimCounts: ClaimCounts) {
  return {
    ...toArticleSummaryDto(article, claimCounts),
    text: article.text,
    textHash: article.textHash,
    removed: article.removed as { start: number; end: number; text: string; reason: string }[],
    format: article.format,
  };
}
