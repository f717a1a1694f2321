// Moves a claim through the workflow (submit, approve, request changes, dismiss, restore, reopen):
// the pure state machine decides, this applies its decision on the version the user acted on, with
// the history event in the same transaction. A refused transition changes nothing and writes no
// history; of two reviewers approving at once, exactly one succeeds and the other is told who did.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/http/app-error";
import { recordEvent } from "@/lib/history/record-event";
import { getClaim } from "./get-claim";
import type { TransitionInput } from "./transition-input";
import { decideTransition, type EvidenceLink } from "./workflow";

async function staleVersion(tx: Prisma.TransactionClient, id: string, version: number): Promise<AppError> {
  const current = await getClaim(tx, id);
  const last = await tx.historyEvent.findFirst({
    where: { claimId: id },
    orderBy: { id: "desc" },
    include: { actor: { select: { name: true } } },
  });
  const who = last?.actor ? ` by ${last.actor.name}` : "";
  return new AppError("conflict", `The claim changed since version ${version}${who} (it is now ${current.status}, version ${current.version}).`, { current });
}

export async function transitionClaim(db: PrismaClient, id: string, input: TransitionInput, user: SessionUser) {
  const existing = await getClaim(db, id); // 404 for unknown ids
  await db.$transaction(async (tx) => {
    const claim = await tx.claim.findUniqueOrThrow({ where: { id: existing.id } });
    if (claim.version !== input.version) throw await staleVersion(tx, claim.id, input.version);
    const decision = decideTransition({
      user: { id: user.id, role: user.role },
      claim: {
        status: claim.status,
        verdict: claim.verdict,
        rationale: claim.rationale,
        evidence: claim.evidence as EvidenceLink[],
        createdById: claim.createdById,
        reviewRound: claim.reviewRound,
        editorsThisRound: claim.roundEditorIds,
        submittedById: claim.submittedById,
      },
      action: input.action,
      comment: input.comment,
    });
    if (!decision.ok) throw new AppError(decision.code, decision.message, { fields: decision.fields });

    const { effects } = decision;
    const now = new Date();
    const data: Prisma.ClaimUncheckedUpdateManyInput = { status: decision.to, version: { increment: 1 }, updatedById: user.id };
    if (effects.bumpRound) Object.assign(data, { reviewRound: { increment: 1 }, roundEditorIds: [] });
    if (effects.setSubmittedBy) {
      Object.assign(data, {
        submittedById: effects.setSubmittedBy,
        submittedAt: now,
        roundEditorIds: claim.roundEditorIds.includes(effects.setSubmittedBy) ? claim.roundEditorIds : [...claim.roundEditorIds, effects.setSubmittedBy],
      });
    }
    if (effects.setApprovedAt) data.approvedAt = now;
    if (effects.clearApprovedAt) data.approvedAt = null;

    // The version in the WHERE clause makes concurrent transitions on one claim serialise: the
    // first commits, the others match no row.
    const updated = await tx.claim.updateMany({ where: { id: claim.id, version: claim.version }, data });
    if (updated.count === 0) throw await staleVersion(tx, claim.id, input.version);
    await recordEvent(tx, {
      type: "claim_transitioned",
      actorId: user.id,
      articleId: claim.articleId,
      claimId: claim.id,
      before: { version: claim.version, status: claim.status, reviewRound: claim.reviewRound },
      after: {
        version: claim.version + 1,
        status: decision.to,
        action: input.action,
        reviewRound: claim.reviewRound + (effects.bumpRound ? 1 : 0),
        ...(claim.verdict ? { verdict: claim.verdict } : {}),
      },
      comment: effects.comment,
    });
  });
  return getClaim(db, existing.id);
}
