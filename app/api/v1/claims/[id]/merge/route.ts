import { db } from "@/lib/db/client";
import { mergeClaimsInput } from "@/lib/claims/claim-input";
import { mergeClaims } from "@/lib/claims/merge-claims";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";

/** `{version, otherId, otherVersion}` → 200 `{claim, mergedClaim}` (lib/claims/merge-claims.ts). */
export const POST = apiRoute<{ id: string }>(async ({ request, params, user }) =>
  mergeClaims(db, params.id, await readJson(request, mergeClaimsInput), user),
);
