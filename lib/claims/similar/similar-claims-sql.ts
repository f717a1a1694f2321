// Similar claims by trigram similarity of the folded quotes (pg_trgm). Trigrams do not care about
// word order and tolerate reworded or inflected words, which is what "the same claim in another
// article" looks like; matching across languages is not attempted (issue 6).
import { Prisma } from "@/lib/generated/prisma/client";

/** Below this, two claims share too few trigrams to be worth showing (checked on the reworded and
 * reordered pairs of similar-claims.integration.test.ts, where unrelated claims score < 0.2). */
export const SIMILARITY_THRESHOLD = 0.3;

/**
 * Claims of other articles whose folded quote is similar to this one's, best first. `%` is the
 * operator the GIN trigram index answers; its threshold is the transaction-local
 * pg_trgm.similarity_threshold set just before (see findSimilarClaims).
 */
export function similarClaimsSql(claimId: string, limit: number): Prisma.Sql {
  return Prisma.sql`SELECT o."id", similarity(o."matchText", me."matchText")::float8 AS "score"
    FROM "claim" me
    JOIN "claim" o ON o."matchText" % me."matchText" AND o."articleId" <> me."articleId"
    WHERE me."id" = ${claimId}::uuid AND o."status" <> 'dismissed'::"ClaimStatus"
    ORDER BY "score" DESC, o."id"
    LIMIT ${limit}`;
}

export function similarityThresholdSql(threshold: number): Prisma.Sql {
  return Prisma.sql`SELECT set_config('pg_trgm.similarity_threshold', ${String(threshold)}, true)`;
}
