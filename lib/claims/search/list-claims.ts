// GET /api/v1/claims and the search page: filtered, full-text searched, sorted, paged claims.
import type { DbTx } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { toClaimDto, type ClaimDto } from "../claim-dto";
import type { ClaimListFilters, ListClaimsQuery } from "./claim-list-query";
import { claimCountSql, claimEstimateSql, claimPageSql, effectiveSort, EXACT_TOTAL_LIMIT, highlightSql, plannedRows } from "./claim-search-sql";

type Db = PrismaClient | DbTx;

export const claimWithArticle = {
  claimantSource: { select: { id: true, name: true, kind: true } },
  article: { select: { id: true, title: true, outlet: true, url: true, language: true, publishedAt: true } },
} as const;

/** Claims by id, in the order of `ids`, with their article. */
export async function claimsInOrder(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await db.claim.findMany({ where: { id: { in: ids } }, include: claimWithArticle });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** `{items, total, totalExact}` with items in the api.md Claim shape. */
export async function listClaims(db: Db, query: ListClaimsQuery): Promise<{ items: ClaimDto[]; total: number; totalExact: boolean }> {
  const { rows, total, totalExact } = await matchingClaims(db, query);
  return { items: rows.map(toClaimDto), total, totalExact };
}

/** The number of matches: exact up to EXACT_TOTAL_LIMIT, PostgreSQL's estimate above it (never
 * less than the matches known to exist). */
export async function countClaims(db: Db, filters: ClaimListFilters): Promise<{ total: number; totalExact: boolean }> {
  const [counted] = await db.$queryRaw<{ total: number }[]>(claimCountSql(filters));
  const total = counted?.total ?? 0;
  if (total <= EXACT_TOTAL_LIMIT) return { total, totalExact: true };
  const [explained] = await db.$queryRaw<{ "QUERY PLAN": unknown }[]>(claimEstimateSql(filters));
  const estimate = plannedRows(explained?.["QUERY PLAN"]) ?? 0;
  return { total: Math.max(total, Math.round(estimate)), totalExact: false };
}

async function matchingClaims(db: Db, query: ListClaimsQuery) {
  const sort = effectiveSort(query, query.sort);
  // The total runs while the page is read and loaded.
  const counting = countClaims(db, query);
  const loading = db.$queryRaw<{ id: string }[]>(claimPageSql(query, sort, query.page, query.pageSize)).then((ids) =>
    claimsInOrder(db, ids.map((row) => row.id)),
  );
  const [rows, counted] = await Promise.all([loading, counting]);
  return { rows, ...counted, sort };
}

export type Highlight = { summary: string; quote: string; claimant: string };

/** For the search page: the claims with their article, the effective sort, and, when there is a
 * text query, each claim's summary, quote and claimant with the matches marked. */
export async function searchClaims(db: Db, query: ListClaimsQuery) {
  const { rows, total, totalExact, sort } = await matchingClaims(db, query);
  const highlights = new Map<string, Highlight>();
  if (query.q && rows.length > 0) {
    const marked = await db.$queryRaw<({ id: string } & Highlight)[]>(highlightSql(rows.map((row) => row.id), query.q));
    for (const row of marked) highlights.set(row.id, row);
  }
  return {
    total,
    totalExact,
    sort,
    items: rows.map((row) => ({ claim: toClaimDto(row), article: row.article, highlight: highlights.get(row.id) ?? null })),
  };
}
