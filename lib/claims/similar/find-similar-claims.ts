// GET /api/v1/claims/:id/similar and the "Similar claims" section of the claim panel.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { toClaimDto } from "../claim-dto";
import { getClaim } from "../get-claim";
import { claimsInOrder } from "../search/list-claims";
import { similarClaimsSql } from "./similar-claims-sql";

export type SimilarClaim = {
  score: number;
  /** Whether this claim and the one asked about are linked as the same claim (either way). */
  linked: boolean;
  claim: ReturnType<typeof toClaimDto>;
  article: { id: string; title: string; outlet: string | null };
};

/** `{items, total}`: up to `limit` claims of other articles, scored 0..1, best first; 404 for an
 * unknown claim. */
export async function findSimilarClaims(db: PrismaClient, id: string, limit = 10): Promise<{ items: SimilarClaim[]; total: number }> {
  const me = await getClaim(db, id);
  const scored = await db.$queryRaw<{ id: string; score: number }[]>(similarClaimsSql(me.id, limit));
  const rows = await claimsInOrder(db, scored.map((row) => row.id));
  const scores = new Map(scored.map((row) => [row.id, row.score]));
  const items = rows.map((row) => ({
    score: Math.round((scores.get(row.id) ?? 0) * 1000) / 1000,
    linked: row.sameAsId === me.id || (me.sameAsId !== null && (row.id === me.sameAsId || row.sameAsId === me.sameAsId)),
    claim: toClaimDto(row),
    article: { id: row.article.id, title: row.article.title, outlet: row.article.outlet },
  }));
  return { items, total: items.length };
}
