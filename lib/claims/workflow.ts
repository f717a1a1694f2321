// The claim workflow of shared/docs/workflow.md as one pure function, so the UI, the server actions
// and POST /api/v1/claims/:id/transitions cannot disagree about who may do what. No database, no
// framework: callers load the claim, call decideTransition, then apply `effects` in their own
// transaction (after the optimistic `version` check, which stays the only source of 409).
//
// Readings of workflow.md where it is ambiguous:
// - submit needs a verdict and a non-blank rationale, not evidence: the diagram says "verdict +
//   rationale required" and the evidence sentence is scoped "for `approved`". Evidence is checked
//   at approve; a reviewer who finds none sends the claim back asking for it.
// - approve re-checks verdict and rationale too, so an approved claim always carries all three
//   whatever happened to the row since it was submitted.
// - dismiss is allowed from draft and changes_requested (both editable, both with the editor), not
//   from in_review (frozen for the reviewer: dismissing would skip review) nor approved (read-only:
//   an admin reopens it first).
// - A round ends when the claim comes back to the editor: request_changes and reopen bump it.
//   restore does not, so whoever touched a claim before it was dismissed still counts.
// - "Created in its current round" holds only in round 1: a creator who did not touch the claim
//   again after it came back may review it.
// - reopen is admin-only but not under four eyes: it approves nothing, and the claim must go
//   through submit and a four-eyes approval again.
// - An action not possible from the current state is 422 validation_failed on field `action`:
//   409 is kept for a stale version (with `error.current`, which would send the UI into its
//   "compare versions" view), and 403 means role or four eyes, as api.md says.
// - Checks run role, then state, then four eyes, then required fields, so the first refusal is
//   the one the user can least fix by retyping.
import { hasRole, type Role } from "@/lib/auth/roles";
import type { ClaimStatus, Verdict } from "@/lib/generated/prisma/enums";

export type { ClaimStatus, Verdict };

export const claimStatuses = [
  "draft",
  "in_review",
  "changes_requested",
  "approved",
  "dismissed",
] as const satisfies readonly ClaimStatus[];

export const claimActions = ["submit", "approve", "request_changes", "dismiss", "restore", "reopen"] as const;
export type ClaimAction = (typeof claimActions)[number];

// Fails to compile if the Prisma enum gains a status this list (and so the machine) does not know.
const _everyStatusListed: [ClaimStatus] extends [(typeof claimStatuses)[number]] ? true : never = true;
void _everyStatusListed;

export function isClaimAction(value: unknown): value is ClaimAction {
  return typeof value === "string" && (claimActions as readonly string[]).includes(value);
}

export type WorkflowUser = { id: string; role: Role };

export type EvidenceLink = { url: string; note?: string };

export type WorkflowClaim = {
  status: ClaimStatus;
  verdict: Verdict | null;
  rationale: string | null;
  evidence: readonly EvidenceLink[];
  createdById: string;
  reviewRound: number;
  /** Ids of the users who created, edited or submitted the claim in the current round. */
  editorsThisRound: readonly string[];
  /** Only meaningful in in_review, where it is always this round's submitter. */
  submittedById?: string | null;
};

export type TransitionEffects = {
  /** reviewRound + 1: the four-eyes rule forgets who touched the claim before it came back. */
  bumpRound: boolean;
  /** Store as submittedById (with submittedAt = now); the submitter now counts for four eyes. */
  setSubmittedBy: string | null;
  setApprovedAt: boolean;
  /** The claim is no longer approved; history keeps the old timestamp. */
  clearApprovedAt: boolean;
  /** The trimmed comment to record with the transition, or null when none was given. */
  comment: string | null;
};

export type TransitionRefusal = {
  ok: false;
  status: 403 | 422;
  code: "forbidden" | "validation_failed";
  message: string;
  fields?: Record<string, string[]>;
};

export type TransitionDecision = { ok: true; to: ClaimStatus; effects: TransitionEffects } | TransitionRefusal;

export type TransitionRequest = {
  user: WorkflowUser;
  claim: WorkflowClaim;
  action: ClaimAction;
  comment?: string | null;
};

type Rule = {
  from: readonly ClaimStatus[];
  to: ClaimStatus;
  minRole: Role;
  roleMessage?: string;
  /** Why the current state is wrong for this action, and what to do instead. */
  fromMessage: string;
  fourEyes: boolean;
  commentMessage?: string;
};

const rules: Record<ClaimAction, Rule> = {
  submit: {
    from: ["draft", "changes_requested"],
    to: "in_review",
    minRole: "editor",
    fromMessage: "Only a draft or a claim sent back for changes can be submitted for review.",
    fourEyes: false,
  },
  approve: {
    from: ["in_review"],
    to: "approved",
    minRole: "reviewer",
    roleMessage: "Only a reviewer or an admin can approve a verdict; ask a reviewer to look at it.",
    fromMessage: "Only a claim in review can be approved.",
    fourEyes: true,
  },
  request_changes: {
    from: ["in_review"],
    to: "changes_requested",
    minRole: "reviewer",
    roleMessage: "Only a reviewer or an admin can send a claim back; ask a reviewer to look at it.",
    fromMessage: "Only a claim in review can be sent back for changes.",
    fourEyes: true,
    commentMessage: "Sending a claim back needs a comment telling the editor what to change.",
  },
  dismiss: {
    from: ["draft", "changes_requested"],
    to: "dismissed",
    minRole: "editor",
    fromMessage:
      "Only a draft or a claim sent back for changes can be dismissed: a claim in review must be sent back first, an approved one reopened by an admin.",
    fourEyes: false,
  },
  restore: {
    from: ["dismissed"],
    to: "draft",
    minRole: "editor",
    fromMessage: "Only a dismissed claim can be restored.",
    fourEyes: false,
  },
  reopen: {
    from: ["approved"],
    to: "changes_requested",
    minRole: "admin",
    roleMessage: "Only an admin can reopen an approved claim; ask an admin.",
    fromMessage: "Only an approved claim can be reopened.",
    fourEyes: false,
    commentMessage: "Reopening an approved claim needs a comment giving the reason.",
  },
};

const stateLabels: Record<ClaimStatus, string> = {
  draft: "a draft",
  in_review: "in review",
  changes_requested: "back with its editor for changes",
  approved: "approved",
  dismissed: "dismissed",
};

/** Whether an action needs a comment, so the UI can ask for one before sending it. */
export function commentRequired(action: ClaimAction): boolean {
  return rules[action].commentMessage !== undefined;
}

export function decideTransition({ user, claim, action, comment }: TransitionRequest): TransitionDecision {
  if (!isClaimAction(action)) {
    return invalid({ action: [`Unknown action; expected one of ${claimActions.join(", ")}.`] }, "Unknown action.");
  }
  const rule = rules[action];

  if (!hasRole(user.role, rule.minRole)) return forbidden(rule.roleMessage ?? "You may not do this.");

  if (!rule.from.includes(claim.status)) {
    const message = `This claim is ${stateLabels[claim.status]}. ${rule.fromMessage}`;
    return invalid({ action: [message] }, message);
  }

  if (rule.fourEyes) {
    const touch = ownTouch(user.id, claim);
    if (touch) return forbidden(`You ${touch} this claim in this round, so someone else must review it (four-eyes rule).`);
  }

  const trimmed = comment?.trim() ?? "";
  if (rule.commentMessage && isBlank(trimmed)) return invalid({ comment: ["Required"] }, rule.commentMessage);

  if (action === "submit") {
    const missing = missingVerdictFields(claim);
    if (missing.length > 0) {
      return invalid(required(missing), `Submitting needs a verdict and a rationale: missing ${listed(missing)}.`);
    }
  }

  if (action === "approve") {
    const missing = [...missingVerdictFields(claim), ...(hasEvidence(claim) ? [] : ["evidence" as const])];
    if (missing.length > 0) {
      return invalid(
        required(missing),
        `Approving needs a verdict, a rationale and at least one evidence link: missing ${listed(missing)}. Send the claim back asking for ${missing.length === 1 ? "it" : "them"}.`,
      );
    }
  }

  return {
    ok: true,
    to: rule.to,
    effects: {
      bumpRound: action === "request_changes" || action === "reopen",
      setSubmittedBy: action === "submit" ? user.id : null,
      setApprovedAt: action === "approve",
      clearApprovedAt: action === "reopen",
      comment: isBlank(trimmed) ? null : trimmed,
    },
  };
}

/**
 * The actions `user` may take on `claim` now, by the very rules of decideTransition. Actions that
 * need a comment are listed when everything else allows them: the UI asks for the comment then.
 */
export function availableActions(user: WorkflowUser, claim: WorkflowClaim): ClaimAction[] {
  return claimActions.filter(
    (action) => decideTransition({ user, claim, action, comment: commentRequired(action) ? "-" : null }).ok,
  );
}

export function canEdit(status: ClaimStatus): boolean {
  return status === "draft" || status === "changes_requested";
}

/** Why the claim's fields cannot be edited now, or null when they can. */
export function whyNotEditable(status: ClaimStatus): string | null {
  switch (status) {
    case "draft":
    case "changes_requested":
      return null;
    case "in_review":
      return "This claim is in review: a reviewer must approve it or send it back before it can be edited.";
    case "approved":
      return "This claim is approved and read-only: an admin must reopen it before it can be edited.";
    case "dismissed":
      return "This claim is dismissed: restore it before it can be edited.";
  }
}

// Names the most specific way the user touched the claim this round, for the refusal message.
function ownTouch(userId: string, claim: WorkflowClaim): "submitted" | "created" | "edited" | null {
  if (claim.submittedById === userId) return "submitted";
  if (claim.reviewRound <= 1 && claim.createdById === userId) return "created";
  if (claim.editorsThisRound.includes(userId)) return "edited";
  return null;
}

function missingVerdictFields(claim: WorkflowClaim): ("verdict" | "rationale")[] {
  return [...(claim.verdict ? [] : ["verdict" as const]), ...(isBlank(claim.rationale ?? "") ? ["rationale" as const] : [])];
}

function hasEvidence(claim: WorkflowClaim): boolean {
  return claim.evidence.some((link) => typeof link?.url === "string" && !isBlank(link.url));
}

// trim() keeps zero-width characters, which would let an invisible comment through.
function isBlank(text: string): boolean {
  return text.replace(/[\s\u200B-\u200D\u2060\uFEFF]/gu, "") === "";
}

function listed(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

function required(fields: readonly string[]): Record<string, string[]> {
  return Object.fromEntries(fields.map((field) => [field, ["Required"]]));
}

function forbidden(message: string): TransitionRefusal {
  return { ok: false, status: 403, code: "forbidden", message };
}

function invalid(fields: Record<string, string[]>, message: string): TransitionRefusal {
  return { ok: false, status: 422, code: "validation_failed", message, fields };
}
