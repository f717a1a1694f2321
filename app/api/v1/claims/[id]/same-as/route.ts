import { db } from "@/lib/db/client";
import { linkSameClaim, unlinkSameClaim } from "@/lib/claims/similar/link-same-claim";
import { linkSameClaimInput, unlinkSameClaimInput } from "@/lib/claims/similar/same-claim-input";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";

/** Link the claim to `targetId` as the same claim; answers the claim after it. */
export const POST = apiRoute<{ id: string }>(async ({ request, params, user }) =>
  linkSameClaim(db, params.id, await readJson(request, linkSameClaimInput), user),
);

/** Undo the link; body `{version}`. */
export const DELETE = apiRoute<{ id: string }>(async ({ request, params, user }) =>
  unlinkSameClaim(db, params.id, await readJson(request, unlinkSameClaimInput), user),
);
