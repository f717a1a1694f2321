import type { Claim } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/roles";
import { availableActions, type ClaimAction, type EvidenceLink } from "./workflow";

/**
 * The transitions the UI offers `user` on `claim`: those the workflow allows by role, state and
 * the four-eyes rule. Missing verdict, rationale or evidence do not hide an action: the server
 * then refuses it naming what is missing, which tells the editor more than a hidden button.
 */
export function offeredActions(
  user: SessionUser,
  claim: Pick<Claim, "status" | "verdict" | "rationale" | "evidence" | "createdById" | "reviewRound" | "roundEditorIds" | "submittedById">,
): ClaimAction[] {
  const evidence = claim.evidence as EvidenceLink[];
  return availableActions(
    { id: user.id, role: user.role },
    {
      status: claim.status,
      verdict: claim.verdict ?? "unverifiable",
      rationale: claim.rationale?.trim() ? claim.rationale : "(to be written)",
      evidence: evidence.length ? evidence : [{ url: "https://example.org/placeholder" }],
      createdById: claim.createdById,
      reviewRound: claim.reviewRound,
      editorsThisRound: claim.roundEditorIds,
      submittedById: claim.submittedById,
    },
  );
}
