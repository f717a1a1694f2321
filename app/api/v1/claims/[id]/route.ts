import { db } from "@/lib/db/client";
import { updateClaimInput } from "@/lib/claims/claim-input";
import { getClaim } from "@/lib/claims/get-claim";
import { updateClaim } from "@/lib/claims/update-claim";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";

export const GET = apiRoute<{ id: string }>(async ({ params }) => getClaim(db, params.id));

export const PATCH = apiRoute<{ id: string }>(async ({ request, params, user }) =>
  updateClaim(db, params.id, await readJson(request, updateClaimInput), user),
);
