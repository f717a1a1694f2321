// The SQL of the claims list, search and export, built from parsed filters as parameterised
// fragments (user text only ever travels as a bind parameter). Pure: it runs nothing, so the
// shape of each query is unit-tested and the query plans are shown by bench/scale-search.ts.
import { Prisma } from "@/lib/generated/prisma/client";
import { sourceNameKey } from "@/lib/sources/source-key";
import type { ClaimListFilters, ClaimSort } from "./claim-list-query";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The text query, parsed by both languages' configurations and OR-ed: a query has no language of
 * its own, and each claim's tsvector was stemmed in its article's language (migration
 * 20261126010000_claim_search). websearch_to_tsquery never raises on odd input (quotes, operators,
 * punctuation); input with no words gives an empty query, which matches nothing.
 */
export function tsQuery(q: string): Prisma.Sql {
  return Prisma.sql`(websearch_to_tsquery('claims_fr', ${q}) || websearch_to_tsquery('claims_en', ${q}))`;
}

/** Escapes LIKE wildcards so a name is matched as typed. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The WHERE clause (without the word) over `claim c`, for the given filters. */
export function claimWhere(filters: ClaimListFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (filters.q) conditions.push(Prisma.sql`c."searchVector" @@ ${tsQuery(filters.q)}`);
  if (filters.status) conditions.push(Prisma.sql`c."status" = ${filters.status}::"ClaimStatus"`);
  if (filters.verdict) conditions.push(Prisma.sql`c."verdict" = ${filters.verdict}::"Verdict"`);
  if (filters.attributionLevel) conditions.push(Prisma.sql`c."attributionLevel" = ${filters.attributionLevel}::"AttributionLevel"`);
  if (filters.articleId) conditions.push(Prisma.sql`c."articleId" = ${filters.articleId}::uuid`);
  if (filters.assignee) conditions.push(Prisma.sql`c."assigneeId" = ${filters.assignee}`);
  if (filters.from) conditions.push(Prisma.sql`c."createdAt" >= ${filters.from}::date`);
  if (filters.to) conditions.push(Prisma.sql`c."createdAt" < ${filters.to}::date + 1`);
  if (filters.claimant) conditions.push(claimantCondition(filters.claimant));
  return conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
}

/** By source id; or by name: sources whose folded name or alias contains it, and names written
 * in claims (a claim's claimant need not be a known source). */
function claimantCondition(claimant: string): Prisma.Sql {
  if (UUID.test(claimant)) return Prisma.sql`c."claimantSourceId" = ${claimant}::uuid`;
  const key = sourceNameKey(claimant);
  // = ANY(ARRAY(…)), not IN (…): the sources are looked up once, so the planner can OR the
  // claimantSourceId index with the trigram index on the name instead of scanning the table.
  return Prisma.sql`(c."claimantSourceId" = ANY(ARRAY(SELECT s."id" FROM "source" s WHERE s."nameKey" LIKE ${likeContains(key)}))
    OR c."claimantName" ILIKE ${likeContains(claimant)})`;
}

/** The effective order: relevance needs a text query, so without one the default is newest. */
export function effectiveSort(filters: ClaimListFilters, sort: ClaimSort | undefined): ClaimSort {
  if (!filters.q) return !sort || sort === "relevance" ? "newest" : sort;
  return sort ?? "relevance";
}

/** ORDER BY for a sort; every order ends on the id, so pages never overlap or skip. */
export function claimOrder(sort: ClaimSort, q: string | undefined): Prisma.Sql {
  switch (sort) {
    case "relevance":
      return q
        ? Prisma.sql`ts_rank(c."searchVector", ${tsQuery(q)}) DESC, c."createdAt" DESC, c."id" DESC`
        : Prisma.sql`c."createdAt" DESC, c."id" DESC`;
    case "newest":
      return Prisma.sql`c."createdAt" DESC, c."id" DESC`;
    case "oldest":
      return Prisma.sql`c."createdAt" ASC, c."id" ASC`;
    case "updated":
      return Prisma.sql`c."updatedAt" DESC, c."id" DESC`;
    case "checkworthiness":
      return Prisma.sql`c."checkworthiness" DESC, c."createdAt" DESC, c."id" DESC`;
  }
}

/** One page of matching claim ids, in order. */
export function claimPageSql(filters: ClaimListFilters, sort: ClaimSort, page: number, pageSize: number): Prisma.Sql {
  return Prisma.sql`SELECT c."id" FROM "claim" c WHERE ${claimWhere(filters)}
    ORDER BY ${claimOrder(sort, filters.q)} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
}

/**
 * Totals are counted exactly up to this many matches. Counting every match of a broad filter or a
 * common word means visiting tens of thousands of rows (about 0.4 to 0.7 s at a million claims);
 * counting to just past this limit stops early, and above it PostgreSQL's own estimate stands in
 * (docs/decisions/041-capped-totals.md).
 */
export const EXACT_TOTAL_LIMIT = 1000;

/** How many claims match, counting no further than one past `limit`. */
export function claimCountSql(filters: ClaimListFilters, limit = EXACT_TOTAL_LIMIT): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS "total" FROM (SELECT 1 FROM "claim" c WHERE ${claimWhere(filters)} LIMIT ${limit + 1}) m`;
}

/** The planner's estimate of how many claims match, from the table's statistics: no row is read. */
export function claimEstimateSql(filters: ClaimListFilters): Prisma.Sql {
  return Prisma.sql`EXPLAIN (FORMAT JSON) SELECT 1 FROM "claim" c WHERE ${claimWhere(filters)}`;
}

/** The row estimate at the top of an `EXPLAIN (FORMAT JSON)` answer, or null if it has none. */
export function plannedRows(explained: unknown): number | null {
  const plan = typeof explained === "string" ? (JSON.parse(explained) as unknown) : explained;
  const rows = Array.isArray(plan) ? (plan[0] as { Plan?: { "Plan Rows"?: unknown } } | undefined)?.Plan?.["Plan Rows"] : undefined;
  return typeof rows === "number" && Number.isFinite(rows) ? rows : null;
}

/** A position in the export's order (newest first): the last row of the previous batch. */
export type ExportCursor = { createdAt: Date; id: string };

/** The next batch of the export after `cursor`, with each claim's article and source, by keyset on
 * (createdAt, id) so every batch is an index range scan however deep the export is (OFFSET would
 * rescan what came before). One query per batch: the rows go straight to the writer. */
export function exportBatchSql(filters: ClaimListFilters, cursor: ExportCursor | null, batchSize: number, approvedOnly: boolean): Prisma.Sql {
  const after = cursor ? Prisma.sql`AND (c."createdAt", c."id") < (${cursor.createdAt}::timestamptz, ${cursor.id}::uuid)` : Prisma.empty;
  const approved = approvedOnly ? Prisma.sql`AND c."status" = 'approved'::"ClaimStatus"` : Prisma.empty;
  return Prisma.sql`SELECT c."id", c."articleId", c."version", c."status"::text AS "status", c."quote", c."anchorState"::text AS "anchorState",
      c."anchorStart", c."anchorEnd", c."anchorPrefix", c."anchorSuffix", c."summary", c."claimantName", c."claimantSourceId", c."cue",
      c."attributionLevel"::text AS "attributionLevel", c."quoteType"::text AS "quoteType", c."hedged", c."checkworthiness",
      c."verdict"::text AS "verdict", c."rationale", c."evidence", c."notes", c."acceptedAt", c."assigneeId", c."sameAsId",
      c."createdById", c."updatedById", c."createdAt", c."updatedAt", c."approvedAt",
      a."title" AS "articleTitle", a."url" AS "articleUrl", a."outlet" AS "articleOutlet", a."language"::text AS "articleLanguage",
      a."publishedAt" AS "articlePublishedAt", s."name" AS "sourceName", s."kind"::text AS "sourceKind"
    FROM "claim" c
    JOIN "article" a ON a."id" = c."articleId"
    LEFT JOIN "source" s ON s."id" = c."claimantSourceId"
    WHERE ${claimWhere(filters)} ${approved} ${after}
    ORDER BY c."createdAt" DESC, c."id" DESC LIMIT ${batchSize}`;
}

// Marks around highlighted words: private-use characters that article text does not contain, so
// the page can split on them and render plain text (never HTML from the database).
export const HIGHLIGHT_START = "\uE000";
export const HIGHLIGHT_END = "\uE001";

/** Summary and quote of the given claims with the query's matches marked, each in its article's
 * language (ts_headline re-parses only these few rows). */
export function highlightSql(ids: string[], q: string): Prisma.Sql {
  const options = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}`;
  const config = Prisma.sql`(CASE a."language" WHEN 'fr' THEN 'claims_fr' ELSE 'claims_en' END)::regconfig`;
  return Prisma.sql`SELECT c."id",
      ts_headline(${config}, coalesce(c."summary", ''), ${tsQuery(q)}, ${`${options}, HighlightAll=true`}) AS "summary",
      ts_headline(${config}, c."quote", ${tsQuery(q)}, ${`${options}, MaxWords=40, MinWords=20, MaxFragments=2, FragmentDelimiter=" … "`}) AS "quote",
      ts_headline(${config}, coalesce(c."claimantName", ''), ${tsQuery(q)}, ${`${options}, HighlightAll=true`}) AS "claimant"
    FROM "claim" c JOIN "article" a ON a."id" = c."articleId"
    WHERE c."id" = ANY(${ids}::uuid[])`;
}
