// Linking a claim to another occurrence of the same claim, and undoing it. Links are kept one level
// deep: a claim points at the original (the target's own original when the target is itself
// linked), so "the existing verdict" is always one lookup away. The change is made on a known
// version and recorded in the history in the same transaction (workflow.md).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/roles";
import type { DbTx } from "@/lib/db/client";
import { AppError } from "@/lib/http/app-error";
import { recordEvent } from "@/lib/history/record-event";
import { getClaim } from "../get-claim";
import type { LinkSameClaimInput, UnlinkSameClaimInput } from "./same-claim-input";

export async function linkSameClaim(db: PrismaClient, id: string, input: LinkSameClaimInput, user: SessionUser) {
  const current = await getClaim(db, id);
  await db.$transaction(async (tx) => {
    const target = await tx.claim.findUnique({ where: { id: input.targetId }, select: { id: true, sameAsId: true } });
    if (!target) throw AppError.validation({ targetId: ["No claim with this id."] });
    const originalId = target.sameAsId ?? target.id;
    if (originalId === current.id) throw AppError.validation({ targetId: ["A claim cannot be linked to itself."] });
    const occurrences = await tx.claim.count({ where: { sameAsId: current.id } });
    if (occurrences > 0) {
      throw AppError.validation({
        targetId: [`Other claims are linked to this one (${occurrences}); link the other claim to this one instead.`],
      });
    }
    await setSameAs(tx, current.id, input.version, originalId, user);
  });
  return getClaim(db, current.id);
}

export async function unlinkSameClaim(db: PrismaClient, id: string, input: UnlinkSameClaimInput, user: SessionUser) {
  const current = await getClaim(db, id);
  await db.$transaction((tx) => setSameAs(tx, current.id, input.version, null, user));
  return getClaim(db, current.id);
}

async function setSameAs(tx: DbTx, id: string, version: number, sameAsId: string | null, user: SessionUser) {
  const claim = await tx.claim.findUniqueOrThrow({ where: { id }, select: { id: true, articleId: true, version: true, sameAsId: true } });
  if (claim.version !== version) {
    throw new AppError("conflict", `The claim changed since version ${version} (it is at version ${claim.version}); review its current state.`, {
      current: await getClaim(tx, id),
    });
  }
  if (claim.sameAsId === sameAsId) return; // already so: nothing to record
  const updated = await tx.claim.updateMany({
    where: { id, version: claim.version },
    data: { sameAsId, version: { increment: 1 }, updatedById: user.id },
  });
  if (updated.count === 0) throw new AppError("conflict", "The claim changed while you were saving; review its current state.", { current: await getClaim(tx, id) });
  await recordEvent(tx, {
    type: "claim_linked",
    actorId: user.id,
    articleId: claim.articleId,
    claimId: id,
    before: { version: claim.version, sameAsId: claim.sameAsId },
    after: { version: claim.version + 1, sameAsId },
  });
}
