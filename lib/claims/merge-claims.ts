// Merging two claims of one article (workflow.md: editors merge claims), see
// docs/decisions/035-split-and-merge.md. The claim merged into keeps its annotations and takes the
// union of both spans (from the earlier start to the later end); the other claim is dismissed,
// not deleted: it keeps its words, fields and history, says which claim it went into, and can be
// restored. Both claims must be editable and on the versions the editor saw; one transaction
// writes both and a `claim_merged` row in each history.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/http/app-error";
import { recordEvent } from "@/lib/history/record-event";
import type { ClaimDto } from "./claim-dto";
import type { MergeClaimsInput } from "./claim-input";
import { anchorColumns } from "./claim-span";
import { assertAnchored, loadEditableClaim, spanOf, writeClaimVersion } from "./editable-claim";
import { getClaim } from "./get-claim";

/** Response of `POST /api/v1/claims/:id/merge` (200): the claim with the union span, and the other
 * claim, now dismissed. */
export type MergeClaimsResult = { claim: ClaimDto; mergedClaim: ClaimDto };

export async function mergeClaims(db: PrismaClient, id: string, input: MergeClaimsInput, user: SessionUser): Promise<MergeClaimsResult> {
  const current = await getClaim(db, id); // 404 for unknown ids
  if (input.otherId === current.id) throw AppError.validation({ otherId: ["Choose another claim to merge with this one."] });
  await db.$transaction(async (tx) => {
    const claim = await loadEditableClaim(tx, current.id, input.version);
    const other = await loadEditableClaim(tx, input.otherId, input.otherVersion, "otherId");
    if (other.articleId !== claim.articleId) throw AppError.validation({ otherId: ["Only claims of the same article can be merged."] });
    assertAnchored(claim, "version");
    assertAnchored(other, "otherId");
    const start = Math.min(claim.anchorStart, other.anchorStart);
    const end = Math.max(claim.anchorEnd, other.anchorEnd);
    const anchor = anchorColumns(claim.article, start, end);

    // Rows are written in id order so that two merges of the same pair, either way round, cannot
    // deadlock: the second waits for the first, then fails its version check (409).
    const writes = [
      { row: claim, write: () => writeClaimVersion(tx, claim, user.id, anchor) },
      { row: other, write: () => writeClaimVersion(tx, other, user.id, { status: "dismissed" }) },
    ].sort((a, b) => (a.row.id < b.row.id ? -1 : 1));
    for (const { write } of writes) await write();

    await recordEvent(tx, {
      type: "claim_merged",
      actorId: user.id,
      articleId: claim.articleId,
      claimId: claim.id,
      before: { version: claim.version, ...spanOf(claim) },
      after: { version: claim.version + 1, start, end, quote: anchor.quote, mergedFrom: other.id },
    });
    await recordEvent(tx, {
      type: "claim_merged",
      actorId: user.id,
      articleId: claim.articleId,
      claimId: other.id,
      before: { version: other.version, status: other.status },
      after: { version: other.version + 1, status: "dismissed", mergedInto: claim.id },
    });
  });
  return { claim: await getClaim(db, current.id), mergedClaim: await getClaim(db, input.otherId) };
}
