import { db } from "@/lib/db/client";
import { createClaim } from "@/lib/claims/create-claim";
import { createClaimInput } from "@/lib/claims/claim-input";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";

export const POST = apiRoute(async ({ request, user }) => createClaim(db, await readJson(request, createClaimInput), user), { status: 201 });
