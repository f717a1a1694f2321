"use server";

// Server actions of the "Similar claims" section: each checks the user itself and calls the same
// use case as the API (GET /api/v1/claims/:id/similar, POST/DELETE /api/v1/claims/:id/same-as).
import { requireUserForAction } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { findSimilarClaims, type SimilarClaim } from "@/lib/claims/similar/find-similar-claims";
import { linkSameClaim, unlinkSameClaim } from "@/lib/claims/similar/link-same-claim";
import { linkSameClaimInput, unlinkSameClaimInput } from "@/lib/claims/similar/same-claim-input";
import { sameClaimOriginal } from "@/lib/claims/similar/same-claim-original";
import { toAppError } from "@/lib/http/error-response";
import { parseOrThrow } from "@/lib/http/zod-errors";
import { runClaimAction as run, type ClaimActionResult } from "./run-claim-action";

export type SimilarResult =
  | { ok: true; items: SimilarClaim[]; original: Awaited<ReturnType<typeof sameClaimOriginal>> }
  | { ok: false; message: string };

export async function similarClaimsAction(claimId: string, sameAsId: string | null): Promise<SimilarResult> {
  try {
    await requireUserForAction("editor");
    const [{ items }, original] = await Promise.all([findSimilarClaims(db, claimId), sameClaimOriginal(db, sameAsId)]);
    return { ok: true, items, original };
  } catch (error) {
    return { ok: false, message: toAppError(error).message };
  }
}

export async function linkSameClaimAction(articleId: string, claimId: string, input: unknown): Promise<ClaimActionResult> {
  return run(articleId, async () => linkSameClaim(db, claimId, parseOrThrow(linkSameClaimInput, input), await requireUserForAction("editor")));
}

export async function unlinkSameClaimAction(articleId: string, claimId: string, input: unknown): Promise<ClaimActionResult> {
  return run(articleId, async () => unlinkSameClaim(db, claimId, parseOrThrow(unlinkSameClaimInput, input), await requireUserForAction("editor")));
}
