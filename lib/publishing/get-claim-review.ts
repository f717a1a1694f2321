import type { DbTx } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/http/app-error";
import { isUuid } from "@/lib/http/is-uuid";
import { getSetting } from "@/lib/settings/settings";
import { claimReviewFor, type ClaimReviewInput, type ClaimReviewOptions } from "./claim-review";

type Db = PrismaClient | DbTx;

const approvedClaimInclude = {
  article: { select: { id: true, url: true, title: true, outlet: true, publishedAt: true, language: true } },
  claimantSource: { select: { name: true, kind: true } },
} as const;

/** An approved claim with what its public page and its ClaimReview show. Anything else (unknown,
 * or not approved: drafts and claims in review are not public) is "not found". */
export async function getApprovedClaim(db: Db, id: string) {
  const claim = isUuid(id) ? await db.claim.findUnique({ where: { id }, include: approvedClaimInclude }) : null;
  if (!claim || claim.status !== "approved" || !claim.verdict || !claim.approvedAt) {
    throw new AppError("not_found", `No approved claim with id ${id}: ClaimReview is published for approved claims only.`);
  }
  return { ...claim, verdict: claim.verdict, approvedAt: claim.approvedAt };
}

export type ApprovedClaim = Awaited<ReturnType<typeof getApprovedClaim>>;

export function claimReviewInput(claim: ApprovedClaim): ClaimReviewInput {
  return {
    id: claim.id,
    summary: claim.summary,
    quote: claim.quote,
    verdict: claim.verdict,
    approvedAt: claim.approvedAt,
    claimantName: claim.claimantName ?? claim.claimantSource?.name ?? null,
    claimantKind: claim.claimantSource?.kind ?? null,
    attributionLevel: claim.attributionLevel,
    article: claim.article,
  };
}

/** The organisation and public address from the settings; the address falls back to the one the
 * request came in on, so links work before an admin sets it. */
export async function publishingOptions(db: Db, requestOrigin: string): Promise<ClaimReviewOptions> {
  const [organisationName, publicBaseUrl] = await Promise.all([getSetting(db, "organisationName"), getSetting(db, "publicBaseUrl")]);
  return { organisationName, publicBaseUrl: publicBaseUrl || requestOrigin };
}

export async function getClaimReview(db: Db, id: string, requestOrigin: string): Promise<Record<string, unknown>> {
  const claim = await getApprovedClaim(db, id);
  return claimReviewFor(claimReviewInput(claim), await publishingOptions(db, requestOrigin));
}
