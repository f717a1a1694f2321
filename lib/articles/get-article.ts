import type { DbTx } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/http/app-error";
import { isUuid } from "@/lib/http/is-uuid";
import { toClaimDto } from "@/lib/claims/claim-dto";
import { emptyClaimCounts, toArticleDto } from "./article-dto";

/** An article with its claims in text order: `{article, claims}` (api.md). 404 when unknown. */
export async function getArticle(db: PrismaClient | DbTx, id: string) {
  // Ids are UUIDs; anything else cannot exist, and Postgres would reject it as a uuid.
  const article = isUuid(id) ? await db.article.findUnique({ where: { id } }) : null;
  if (!article) throw new AppError("not_found", `No article with id ${id}.`);
  const claims = await db.claim.findMany({
    where: { articleId: id },
    include: { claimantSource: { select: { id: true, name: true } } },
    orderBy: [{ anchorStart: "asc" }, { anchorEnd: "desc" }, { id: "asc" }],
  });
  const counts = emptyClaimCounts();
  for (const claim of claims) counts[claim.status] += 1;
  return { article: toArticleDto(article, counts), claims: claims.map(toClaimDto) };
}
