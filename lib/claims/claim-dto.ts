import type { Claim, Source } from "@/lib/generated/prisma/client";

/** A claim as the API answers it (shared/docs/api.md, "Claim"). */
export type ClaimDto = ReturnType<typeof toClaimDto>;

/** The claim fields the API shows: a Claim row, or an export row read with raw SQL. */
export type ClaimDtoSource = Pick<
  Claim,
  | "id" | "articleId" | "version" | "status" | "quote" | "anchorState" | "anchorStart" | "anchorEnd" | "anchorPrefix" | "anchorSuffix"
  | "summary" | "claimantName" | "claimantSourceId" | "cue" | "attributionLevel" | "quoteType" | "hedged" | "checkworthiness"
  | "verdict" | "rationale" | "evidence" | "notes" | "acceptedAt" | "assigneeId" | "sameAsId" | "createdById" | "updatedById"
  | "createdAt" | "updatedAt"
> & { claimantSource?: Pick<Source, "id" | "name"> | null };

export function toClaimDto(claim: ClaimDtoSource) {
  return {
    id: claim.id,
    articleId: claim.articleId,
    version: claim.version,
    status: claim.status,
    quote: claim.quote,
    anchor: {
      // An orphaned claim's words were not found in the corrected text: it has no position.
      start: claim.anchorState === "orphaned" ? null : claim.anchorStart,
      end: claim.anchorState === "orphaned" ? null : claim.anchorEnd,
      prefix: claim.anchorPrefix,
      suffix: claim.anchorSuffix,
      state: claim.anchorState,
    },
    summary: claim.summary,
    claimant:
      claim.claimantName || claim.claimantSourceId
        ? { name: claim.claimantName ?? claim.claimantSource?.name ?? null, sourceId: claim.claimantSourceId }
        : null,
    cue: claim.cue,
    attributionLevel: claim.attributionLevel,
    quoteType: claim.quoteType,
    hedged: claim.hedged,
    checkworthiness: claim.checkworthiness,
    verdict: claim.verdict,
    rationale: claim.rationale,
    evidence: claim.evidence as { url: string; note?: string }[],
    notes: claim.notes,
    /** Null while the claim is only the extractor's suggestion. */
    acceptedAt: claim.acceptedAt?.toISOString() ?? null,
    assigneeId: claim.assigneeId,
    /** The earlier claim this one is linked to as the same claim (similar claims), or null. */
    sameAsId: claim.sameAsId,
    createdBy: claim.createdById,
    updatedBy: claim.updatedById,
    createdAt: claim.createdAt.toISOString(),
    updatedAt: claim.updatedAt.toISOString(),
  };
}

/** A claim as the article workspace holds it: the API's claim without what the page never shows
 * (its article, who made and last changed it and when, the anchor's context). The workspace
 * receives every claim of the article at once, and these fields were 40 % of that payload. */
export type WorkspaceClaim = Omit<ClaimDto, "articleId" | "createdBy" | "updatedBy" | "createdAt" | "updatedAt" | "anchor"> & {
  anchor: Omit<ClaimDto["anchor"], "prefix" | "suffix">;
};

export function toWorkspaceClaim(claim: ClaimDto): WorkspaceClaim {
  const { articleId: _a, createdBy: _cb, updatedBy: _ub, createdAt: _ca, updatedAt: _ua, anchor, ...rest } = claim;
  return { ...rest, anchor: { start: anchor.start, end: anchor.end, state: anchor.state } };
}
