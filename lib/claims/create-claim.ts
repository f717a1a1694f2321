// A claim added by hand on an article: the editor selected its words in the text.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/http/app-error";
import { recordEvent } from "@/lib/history/record-event";
import { anchorColumns } from "./claim-span";
import type { CreateClaimInput } from "./claim-input";
import { getClaim } from "./get-claim";
import { resolveClaimant } from "./resolve-claimant";

export async function createClaim(db: PrismaClient, input: CreateClaimInput, user: SessionUser) {
  const id = await db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: input.articleId }, select: { id: true, text: true, textHash: true } });
    if (!article) throw AppError.validation({ articleId: ["No article with this id."] });
    const anchor = anchorColumns(article, input.start, input.end);
    if (input.assigneeId && !(await tx.user.findUnique({ where: { id: input.assigneeId }, select: { id: true } }))) {
      throw AppError.validation({ assigneeId: ["No user with this id."] });
    }
    const claimant = input.claimant === undefined ? { claimantName: null, claimantSourceId: null } : await resolveClaimant(tx, input.claimant);
    const data: Prisma.ClaimUncheckedCreateInput = {
      articleId: article.id,
      ...anchor,
      ...claimant,
      summary: input.summary ?? null,
      cue: input.cue ?? null,
      attributionLevel: input.attributionLevel,
      quoteType: input.quoteType,
      hedged: input.hedged,
      checkworthiness: input.checkworthiness,
      verdict: input.verdict ?? null,
      rationale: input.rationale ?? null,
      evidence: input.evidence ?? [],
      notes: input.notes ?? null,
      assigneeId: input.assigneeId ?? null,
      origin: "manual",
      acceptedAt: new Date(),
      createdById: user.id,
      updatedById: user.id,
      roundEditorIds: [user.id],
    };
    const claim = await tx.claim.create({ data });
    await recordEvent(tx, {
      type: "claim_created",
      actorId: user.id,
      articleId: article.id,
      claimId: claim.id,
      after: { quote: claim.quote, start: claim.anchorStart, end: claim.anchorEnd, attributionLevel: claim.attributionLevel, origin: "manual" },
    });
    return claim.id;
  });
  return getClaim(db, id);
}
