import { db } from "@/lib/db/client";
import { exportClaimsQuery } from "@/lib/claims/search/claim-list-query";
import { exportClaims } from "@/lib/exports/export-claims";
import { apiRoute } from "@/lib/http/api-route";
import { queryObject } from "@/lib/http/read-json";
import { parseOrThrow } from "@/lib/http/zod-errors";
import { requestOrigin } from "@/lib/http/request-origin";
import { publishingOptions } from "@/lib/publishing/get-claim-review";

export const GET = apiRoute(async ({ request }) => {
  const query = parseOrThrow(exportClaimsQuery, queryObject(request.url));
  const origin = requestOrigin(request.headers, request.url) ?? new URL(request.url).origin;
  const { stream, contentType, filename } = exportClaims(db, query, await publishingOptions(db, origin));
  return new Response(stream, {
    headers: { "content-type": contentType, "content-disposition": `attachment; filename="${filename}"`, "cache-control": "no-store" },
  });
});
