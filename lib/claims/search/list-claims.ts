// GET /api/v1/claims and the search page: filtered, full-text searched, sorted, paged claims.
import type { DbTx } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { toClaimDto, type ClaimDto } from "../claim-dto";
import type { ListClaimsQuery } from "./claim-list-query";
import { claimCountSql, claimPageSql, effectiveSort, highlightSql } from "./claim-search-sql";

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

/** `{items, total}` with items in the api.md Claim shape. */
export async function listClaims(db: Db, query: ListClaimsQuery): Promise<{ items: ClaimDto[]; total: number }> {
  const { rows, total } = await matchingClaims(db, query);
  return { items: rows.map(toClaimDto), total };
}

async function matchingClaims(db: Db, query: ListClaimsQuery) {
  const sort = effectiveSort(query, query.sort);
  // The total is the slow part on a large result: it runs while the page is read and loaded.
  const counting = db.$queryRaw<{ total: number }[]>(claimCountSql(query));
  const loading = db.$queryRaw<{ id: string }[]>(claimPageSql(query, sort, query.page, query.pageSize)).then((ids) =>
    claimsInOrder(db, ids.map((row) => row.id)),
  );
  const [rows, counted] = await Promise.all([loading, counting]);
  return { rows, total: counted[0]?.total ?? 0, sort };
}

export type Highlight = { summary: string; quote: string; claimant: string };

/** For the search page: the claims with their article, the effective sort, and, when there is a
 * text query, each claim's summary, quote and claimant with the matches marked. */
export async function searchClaims(db: Db, query: ListClaimsQuery) {
  const { rows, total, sort } = await matchingClaims(db, query);
  const highlights = new Map<string, Highlight>();
  if (query.q && rows.length > 0) {
    const marked = await db.$queryRaw<({ id: string } & Highlight)[]>(highlightSql(rows.map((row) => row.id), query.q));
    for (const row of marked) highlights.set(row.id, row);
  }
  return {
    total,
    sort,
    items: rows.map((row) => ({ claim: toClaimDto(row), article: row.article, highlight: highlights.get(row.id) ?? null })),
  };
}
