// Similar claims: trigram similarity (pg_trgm) of the quotes' lexemes (claim.matchText: stemmed,
// unaccented, no stop words). Neither word order nor inflection matters and reworded claims keep
// most of their content words, which is what "the same claim in another article" looks like;
// matching across languages is not attempted (issue 6).
//
// Scoring every claim is too slow at a million claims, and a trigram index does not help much:
// the trigrams of common words sit in most rows, so its scan reads most of the index. Candidates
// come instead from the claim's rarest words (numbers, names, uncommon terms — what a reworded
// claim keeps), found through the full-text GIN index; their rarity comes from the statistics
// ANALYZE keeps on claim.searchVector (pg_stats.most_common_elems), so it costs no extra table.
// See docs/decisions/040-claim-search-in-postgres.md.
import { Prisma } from "@/lib/generated/prisma/client";

/** Below this, two claims share too few trigrams to be worth showing (on the pairs of
 * similar-claims.integration.test.ts: reordered 1.0, reworded ≈ 0.6, unrelated < 0.2). */
export const SIMILARITY_THRESHOLD = 0.3;

/** At most this many rare words make up the candidate query… */
export const MAX_CANDIDATE_WORDS = 4;
/** …and, beyond the rarest one, only while their summed frequency (share of claims) stays under this. */
export const CANDIDATE_BUDGET = 0.004;

export function similarClaimsSql(claimId: string, limit: number): Prisma.Sql {
  return Prisma.sql`WITH me AS (
      SELECT c."id", c."articleId", c."matchText" FROM "claim" c WHERE c."id" = ${claimId}::uuid
    ), stats AS (
      SELECT s.most_common_elems::text::text[] AS elems, s.most_common_elem_freqs AS freqs
        FROM pg_stats s
       WHERE s.schemaname = current_schema() AND s.tablename = 'claim' AND s.attname = 'searchVector'
    ), words AS (
      SELECT DISTINCT w FROM me, unnest(string_to_array(me."matchText", ' ')) AS w WHERE w ~ '^[^''\\\\ ]+$'
    ), ranked AS (
      SELECT w, COALESCE((SELECT st.freqs[array_position(st.elems, w)] FROM stats st), 0) AS f FROM words
    ), chosen AS (
      SELECT w FROM (
        SELECT w, sum(f) OVER (ORDER BY f, length(w) DESC, w ROWS UNBOUNDED PRECEDING) AS running,
               row_number() OVER (ORDER BY f, length(w) DESC, w) AS rank
          FROM ranked) r
       WHERE rank <= ${MAX_CANDIDATE_WORDS} AND (rank = 1 OR running <= ${CANDIDATE_BUDGET})
    )
    SELECT o."id", similarity(o."matchText", me."matchText")::float8 AS "score"
      FROM me, "claim" o
     WHERE o."searchVector" @@ (SELECT string_agg(quote_literal(w), ' | ')::tsquery FROM chosen)
       AND o."articleId" <> me."articleId"
       AND o."status" <> 'dismissed'::"ClaimStatus"
       AND similarity(o."matchText", me."matchText") >= ${SIMILARITY_THRESHOLD}
     ORDER BY "score" DESC, o."id"
     LIMIT ${limit}`;
}
