import { db } from "@/lib/db/client";
import { exportClaimsQuery } from "@/lib/claims/search/claim-list-query";
import { exportClaims } from "@/lib/exports/export-claims";
import { apiRoute } from "@/lib/http/api-route";
import { queryObject } from "@/lib/http/read-json";
import { parseOrThrow } from "@/lib/http/zod-errors";
import { getSetting } from "@/lib/settings/settings";

export const GET = apiRoute(async ({ request }) => {
  const query = parseOrThrow(exportClaimsQuery, queryObject(request.url));
  const { stream, contentType, filename } = exportClaims(db, query, {
    organisationName: await getSetting(db, "organisationName"),
    publicBaseUrl: process.env.PUBLIC_BASE_URL ?? new URL(request.url).origin,
  });
  return new Response(stream, {
    headers: { "content-type": contentType, "content-disposition": `attachment; filename="${filename}"`, "cache-control": "no-store" },
  });
});
