// The steps every change to a claim's content shares: load it with its article's text, refuse a
// stale version (409 with the claim as it is now) or a frozen claim (403 saying why), then write
// with the version in the WHERE clause so two concurrent changes can never both win.
import type { DbTx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/http/app-error";
import { getClaim } from "./get-claim";
import { whyNotEditable } from "./workflow";

/** `idField` names the input field that gave the id, for the 422 when no such claim exists. */
export async function loadEditableClaim(tx: DbTx, id: string, version: number, idField = "id") {
  const claim = await tx.claim.findUnique({ where: { id }, include: { article: { select: { text: true, textHash: true } } } });
  if (!claim) throw AppError.validation({ [idField]: ["No claim with this id."] });
  if (claim.version !== version) {
    throw new AppError("conflict", `The claim changed since version ${version} (it is at version ${claim.version}); review its current state.`, {
      current: await getClaim(tx, claim.id),
    });
  }
  const frozen = whyNotEditable(claim.status);
  if (frozen) throw new AppError("forbidden", frozen);
  return claim;
}

export type EditableClaim = Awaited<ReturnType<typeof loadEditableClaim>>;

/** Writes `data` on the version that was checked, bumping it and counting the user as one of this
 * round's editors (four-eyes rule). */
export async function writeClaimVersion(tx: DbTx, claim: EditableClaim, userId: string, data: Prisma.ClaimUncheckedUpdateManyInput) {
  const updated = await tx.claim.updateMany({
    where: { id: claim.id, version: claim.version },
    data: {
      ...data,
      version: { increment: 1 },
      updatedById: userId,
      roundEditorIds: claim.roundEditorIds.includes(userId) ? claim.roundEditorIds : [...claim.roundEditorIds, userId],
    },
  });
  if (updated.count === 0) {
    throw new AppError("conflict", "The claim changed while you were saving; review its current state.", { current: await getClaim(tx, claim.id) });
  }
}

/** The anchor of a claim as history records it. */
export function spanOf(claim: { anchorStart: number; anchorEnd: number; quote: string }) {
  return { start: claim.anchorStart, end: claim.anchorEnd, quote: claim.quote };
}

/** Refuses an orphaned claim: its words are not in the text, so there is no span to work on. */
export function assertAnchored(claim: { anchorState: string }, field: string) {
  if (claim.anchorState === "orphaned") {
    throw AppError.validation({ [field]: ["This claim's words were not found after a correction: set its span first."] });
  }
}
