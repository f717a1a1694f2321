// GET /api/v1/claims/export: the claims matching the list's filters as CSV, JSON or ClaimReview,
// streamed in keyset batches so memory stays flat however many claims there are.
import type { Language, PrismaClient, SourceKind } from "@/lib/generated/prisma/client";
import { toClaimDto, type ClaimDtoSource } from "@/lib/claims/claim-dto";
import type { ExportClaimsQuery, ExportFormat } from "@/lib/claims/search/claim-list-query";
import { exportBatchSql, type ExportCursor } from "@/lib/claims/search/claim-search-sql";
import { claimReviewFor, type ClaimReviewOptions } from "@/lib/publishing/claim-review";
import { CSV_BOM, csvRow } from "./csv";

/** One row of exportBatchSql: the claim, its article and its source, flat. */
export type ExportedClaim = Omit<ClaimDtoSource, "claimantSource"> & {
  approvedAt: Date | null;
  articleTitle: string;
  articleUrl: string | null;
  articleOutlet: string | null;
  articleLanguage: Language;
  articlePublishedAt: Date | null;
  sourceName: string | null;
  sourceKind: SourceKind | null;
};

export const EXPORT_BATCH_SIZE = 2500;

export const csvColumns = [
  "id", "status", "verdict", "summary", "quote", "claimant", "claimantSourceId", "cue", "attributionLevel", "quoteType",
  "hedged", "checkworthiness", "rationale", "evidence", "articleId", "articleTitle", "articleUrl", "outlet", "language",
  "publishedAt", "assigneeId", "sameAsId", "createdAt", "updatedAt", "approvedAt",
] as const;

const isoOrNull = (date: Date | null) => date?.toISOString() ?? null;

export function csvRecord(claim: ExportedClaim): string {
  const evidence = (claim.evidence as { url: string }[]).map((link) => link.url).join(" ");
  return csvRow([
    claim.id, claim.status, claim.verdict, claim.summary, claim.quote, claim.claimantName ?? claim.sourceName, claim.claimantSourceId,
    claim.cue, claim.attributionLevel, claim.quoteType, claim.hedged, claim.checkworthiness, claim.rationale, evidence, claim.articleId,
    claim.articleTitle, claim.articleUrl, claim.articleOutlet, claim.articleLanguage, isoOrNull(claim.articlePublishedAt), claim.assigneeId,
    claim.sameAsId, claim.createdAt.toISOString(), claim.updatedAt.toISOString(), isoOrNull(claim.approvedAt),
  ]);
}

export type ExportOptions = ClaimReviewOptions & { batchSize?: number };

type Format = { contentType: string; extension: string; start: string; item: (claim: ExportedClaim, first: boolean) => string; end: string };

function formatOf(format: ExportFormat, options: ExportOptions): Format {
  const jsonItem = (value: unknown, first: boolean) => `${first ? "" : ","}\n${JSON.stringify(value)}`;
  switch (format) {
    case "csv":
      return { contentType: "text/csv; charset=utf-8", extension: "csv", start: CSV_BOM + csvRow(csvColumns), item: csvRecord, end: "" };
    case "json":
      return {
        contentType: "application/json; charset=utf-8",
        extension: "json",
        start: "[",
        item: (c, first) => jsonItem(toClaimDto({ ...c, claimantSource: c.claimantSourceId && c.sourceName ? { id: c.claimantSourceId, name: c.sourceName } : null }), first),
        end: "\n]\n",
      };
    case "claimreview":
      return {
        contentType: "application/ld+json; charset=utf-8",
        extension: "jsonld",
        start: "[",
        item: (c, first) =>
          jsonItem(
            claimReviewFor(
              {
                id: c.id,
                summary: c.summary,
                quote: c.quote,
                // The claimreview export selects approved claims only, which always have both.
                verdict: c.verdict!,
                approvedAt: c.approvedAt!,
                claimantName: c.claimantName ?? c.sourceName,
                claimantKind: c.sourceKind,
                attributionLevel: c.attributionLevel,
                article: { url: c.articleUrl, title: c.articleTitle, outlet: c.articleOutlet, publishedAt: c.articlePublishedAt },
              },
              options,
            ),
            first,
          ),
        end: "\n]\n",
      };
  }
}

/** The export as a stream of bytes, with its content type and a file name. Each pull reads one
 * batch after the last row sent, so only one batch is ever in memory. */
export function exportClaims(db: PrismaClient, query: ExportClaimsQuery, options: ExportOptions) {
  const format = formatOf(query.format, options);
  const batchSize = options.batchSize ?? EXPORT_BATCH_SIZE;
  const encoder = new TextEncoder();
  let cursor: ExportCursor | null = null;
  let first = true;
  let done = false;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(format.start));
    },
    async pull(controller) {
      if (done) return;
      const page = await db.$queryRaw<ExportedClaim[]>(exportBatchSql(query, cursor, batchSize, query.format === "claimreview"));
      let chunk = "";
      for (const claim of page) {
        chunk += format.item(claim, first);
        first = false;
      }
      const last = page.at(-1);
      if (last) cursor = { createdAt: last.createdAt, id: last.id };
      if (page.length < batchSize) {
        done = true;
        chunk += format.end;
      }
      if (chunk) controller.enqueue(encoder.encode(chunk));
      if (done) controller.close();
    },
  }, { highWaterMark: 1 });
  const stamp = new Date().toISOString().slice(0, 10);
  return { stream, contentType: format.contentType, filename: `claims-${stamp}.${format.extension}` };
}
