// An edit of a claim's fields or span, made on a known version: refused when the claim changed
// since (409 with the claim as it is now), when the claim is frozen (in review, approved,
// dismissed), or when a field is wrong (422 naming it). The change and its history are one
// transaction, and the update itself re-checks the version, so two saves can never both win.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/http/app-error";
import { recordEvent } from "@/lib/history/record-event";
import { changedFields } from "./changed-fields";
import { anchorColumns } from "./claim-span";
import type { UpdateClaimInput } from "./claim-input";
import { loadEditableClaim, writeClaimVersion } from "./editable-claim";
import { getClaim } from "./get-claim";
import { resolveClaimant } from "./resolve-claimant";

export async function updateClaim(db: PrismaClient, id: string, input: UpdateClaimInput, user: SessionUser) {
  const current = await getClaim(db, id); // 404 for unknown ids
  await db.$transaction(async (tx) => {
    const claim = await loadEditableClaim(tx, current.id, input.version);

    const data: Prisma.ClaimUncheckedUpdateInput = {};
    const { version: _version, start, end, claimant, accepted, ...fields } = input;
    Object.assign(data, Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)));
    // Accepting twice keeps the first acceptance: the edit records nothing then.
    if (accepted !== undefined) data.acceptedAt = accepted ? (claim.acceptedAt ?? new Date()) : null;
    if (fields.assigneeId && !(await tx.user.findUnique({ where: { id: fields.assigneeId }, select: { id: true } }))) {
      throw AppError.validation({ assigneeId: ["No user with this id."] });
    }
    if (claimant !== undefined) Object.assign(data, await resolveClaimant(tx, claimant));
    if (start !== undefined || end !== undefined) {
      Object.assign(data, anchorColumns(claim.article, start ?? claim.anchorStart, end ?? claim.anchorEnd));
    }
    const { before, after, changed } = changedFields(claim as unknown as Record<string, unknown>, data as Record<string, unknown>);
    if (changed.length === 0) return; // nothing to record; the version stays

    await writeClaimVersion(tx, claim, user.id, data as Prisma.ClaimUncheckedUpdateManyInput);
    await recordEvent(tx, {
      type: "claim_updated",
      actorId: user.id,
      articleId: claim.articleId,
      claimId: claim.id,
      before: { version: claim.version, ...before } as Prisma.InputJsonObject,
      after: { version: claim.version + 1, ...after } as Prisma.InputJsonObject,
    });
  });
  return getClaim(db, current.id);
}
