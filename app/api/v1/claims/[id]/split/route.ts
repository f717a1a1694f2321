import { db } from "@/lib/db/client";
import { splitClaimInput } from "@/lib/claims/claim-input";
import { splitClaim } from "@/lib/claims/split-claim";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";

/** `{version, at}` → 201 `{claim, newClaim}` (lib/claims/split-claim.ts). */
export const POST = apiRoute<{ id: string }>(
  async ({ request, params, user }) => splitClaim(db, params.id, await readJson(request, splitClaimInput), user),
  { status: 201 },
);
