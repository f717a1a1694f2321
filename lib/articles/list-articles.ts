import { z } from "zod";
import type { DbTx } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { emptyClaimCounts, toArticleSummaryDto, type ClaimCounts } from "./article-dto";

export const listArticlesQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
  q: z.string().trim().max(200).optional(),
});
export type ListArticlesQuery = z.infer<typeof listArticlesQuery>;

/** Articles, newest first, with their claim counts by status. `q` matches title or outlet. */
export async function listArticles(db: PrismaClient | DbTx, query: ListArticlesQuery) {
  const where = query.q
    ? {
        OR: [
          { title: { contains: query.q, mode: "insensitive" as const } },
          { outlet: { contains: query.q, mode: "insensitive" as const } },
        ],
      }
    : {};
  const [articles, total] = await Promise.all([
    db.article.findMany({
      where,
      omit: { text: true, removed: true },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    db.article.count({ where }),
  ]);
  const counts = await claimCountsByArticle(db, articles.map((a) => a.id));
  return {
    items: articles.map((article) => toArticleSummaryDto(article, counts.get(article.id) ?? emptyClaimCounts())),
    total,
  };
}

export async function claimCountsByArticle(db: PrismaClient | DbTx, articleIds: string[]): Promise<Map<string, ClaimCounts>> {
  const counts = new Map<string, ClaimCounts>();
  if (articleIds.length === 0) return counts;
  const rows = await db.claim.groupBy({
    by: ["articleId", "status"],
    where: { articleId: { in: articleIds } },
    _count: { _all: true },
  });
  for (const row of rows) {
    const entry = counts.get(row.articleId) ?? emptyClaimCounts();
    entry[row.status] = row._count._all;
    counts.set(row.articleId, entry);
  }
  return counts;
}
