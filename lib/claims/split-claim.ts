// Splitting a claim in two (workflow.md: editors split claims). The claim keeps the words before
// the cut; a new claim takes the words after it, with a copy of every annotation (summary,
// claimant, cue, level, quote type, hedging, check-worthiness, verdict, rationale, evidence,
// notes, assignee) for the editor to adjust. One transaction: both claims and a `claim_split` row
// in each claim's history, or nothing.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/roles";
import { recordEvent } from "@/lib/history/record-event";
import type { ClaimDto } from "./claim-dto";
import type { SplitClaimInput } from "./claim-input";
import { anchorColumns } from "./claim-span";
import { assertAnchored, loadEditableClaim, spanOf, writeClaimVersion } from "./editable-claim";
import { getClaim } from "./get-claim";
import { splitSpan } from "./split-span";

/** Response of `POST /api/v1/claims/:id/split` (201): the claim with the first part, and the new
 * claim with the second. */
export type SplitClaimResult = { claim: ClaimDto; newClaim: ClaimDto };

export async function splitClaim(db: PrismaClient, id: string, input: SplitClaimInput, user: SessionUser): Promise<SplitClaimResult> {
  const current = await getClaim(db, id); // 404 for unknown ids
  const newId = await db.$transaction(async (tx) => {
    const claim = await loadEditableClaim(tx, current.id, input.version);
    assertAnchored(claim, "at");
    const [first, second] = splitSpan(claim.article.text, { start: claim.anchorStart, end: claim.anchorEnd }, input.at);
    const firstAnchor = anchorColumns(claim.article, first.start, first.end);
    await writeClaimVersion(tx, claim, user.id, firstAnchor);

    const created = await tx.claim.create({
      data: {
        articleId: claim.articleId,
        ...anchorColumns(claim.article, second.start, second.end),
        summary: claim.summary,
        claimantName: claim.claimantName,
        claimantSourceId: claim.claimantSourceId,
        cue: claim.cue,
        attributionLevel: claim.attributionLevel,
        chain: claim.chain ?? undefined,
        quoteType: claim.quoteType,
        hedged: claim.hedged,
        checkworthiness: claim.checkworthiness,
        verdict: claim.verdict,
        rationale: claim.rationale,
        evidence: claim.evidence ?? [],
        notes: claim.notes,
        assigneeId: claim.assigneeId,
        origin: "manual",
        acceptedAt: new Date(),
        createdById: user.id,
        updatedById: user.id,
        roundEditorIds: [user.id],
      },
    });
    await recordEvent(tx, {
      type: "claim_split",
      actorId: user.id,
      articleId: claim.articleId,
      claimId: claim.id,
      before: { version: claim.version, ...spanOf(claim) },
      after: { version: claim.version + 1, start: first.start, end: first.end, quote: firstAnchor.quote, splitInto: created.id },
    });
    await recordEvent(tx, {
      type: "claim_split",
      actorId: user.id,
      articleId: claim.articleId,
      claimId: created.id,
      after: { version: 1, ...spanOf(created), splitFrom: claim.id } as Prisma.InputJsonObject,
    });
    return created.id;
  });
  return { claim: await getClaim(db, current.id), newClaim: await getClaim(db, newId) };
}
