import { db } from "@/lib/db/client";
import { createClaim } from "@/lib/claims/create-claim";
import { createClaimInput } from "@/lib/claims/claim-input";
import { listClaimsQuery } from "@/lib/claims/search/claim-list-query";
import { listClaims } from "@/lib/claims/search/list-claims";
import { apiRoute } from "@/lib/http/api-route";
import { queryObject, readJson } from "@/lib/http/read-json";
import { parseOrThrow } from "@/lib/http/zod-errors";

export const GET = apiRoute(async ({ request }) => listClaims(db, parseOrThrow(listClaimsQuery, queryObject(request.url))));

export const POST = apiRoute(async ({ request, user }) => createClaim(db, await readJson(request, createClaimInput), user), { status: 201 });
