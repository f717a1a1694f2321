// An edit of a claim's fields or span, made on a known version: refused when the claim changed
// since (409 with the claim as it is now), when the claim is frozen (in review, approved,
// dismissed), or when a field is wrong (422 naming it). The change and its history are one
// transaction, and the update itself re-checks the version, so two saves can never both win.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/http/app-error";
import { recordEvent } from "@/lib/history/record-event";
import { anchorAt } from "./anchor";
import { changedFields } from "./changed-fields";
import { assertSpan } from "./claim-span";
import type { UpdateClaimInput } from "./claim-input";
import { getClaim } from "./get-claim";
import { resolveClaimant } from "./resolve-claimant";
import { whyNotEditable } from "./workflow";

export async function updateClaim(db: PrismaClient, id: string, input: UpdateClaimInput, user: SessionUser) {
  const current = await getClaim(db, id); // 404 for unknown ids
  await db.$transaction(async (tx) => {
    const claim = await tx.claim.findUniqueOrThrow({ where: { id: current.id }, include: { article: { select: { text: true, textHash: true } } } });
    if (claim.version !== input.version) {
      throw new AppError("conflict", `The claim changed since version ${input.version} (it is at version ${claim.version}); review its current state.`, {
        current: await getClaim(tx, claim.id),
      });
    }
    const frozen = whyNotEditable(claim.status);
    if (frozen) throw new AppError("forbidden", frozen);

    const data: Prisma.ClaimUncheckedUpdateInput = {};
    const { version: _version, start, end, claimant, ...fields } = input;
    Object.assign(data, Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)));
    if (fields.assigneeId && !(await tx.user.findUnique({ where: { id: fields.assigneeId }, select: { id: true } }))) {
      throw AppError.validation({ assigneeId: ["No user with this id."] });
    }
    if (claimant !== undefined) Object.assign(data, await resolveClaimant(tx, claimant));
    if (start !== undefined || end !== undefined) {
      const spanStart = start ?? claim.anchorStart;
      const spanEnd = end ?? claim.anchorEnd;
      assertSpan(spanStart, spanEnd, Array.from(claim.article.text).length);
      const anchor = anchorAt(claim.article.text, spanStart, spanEnd);
      Object.assign(data, {
        quote: anchor.quote,
        anchorStart: anchor.start,
        anchorEnd: anchor.end,
        anchorPrefix: anchor.prefix,
        anchorSuffix: anchor.suffix,
        anchorState: "exact",
        anchorTextHash: claim.article.textHash,
      });
    }
    const { before, after, changed } = changedFields(claim as unknown as Record<string, unknown>, data as Record<string, unknown>);
    if (changed.length === 0) return; // nothing to record; the version stays

    const updated = await tx.claim.updateMany({
      where: { id: claim.id, version: claim.version },
      data: {
        ...data,
        version: { increment: 1 },
        updatedById: user.id,
        roundEditorIds: claim.roundEditorIds.includes(user.id) ? claim.roundEditorIds : [...claim.roundEditorIds, user.id],
      },
    });
    if (updated.count === 0) {
      throw new AppError("conflict", "The claim changed while you were saving; review its current state.", { current: await getClaim(tx, claim.id) });
    }
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
