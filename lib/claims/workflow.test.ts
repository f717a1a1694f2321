import { describe, expect, it } from "vitest";
import { roles, type Role } from "@/lib/auth/roles";
import {
  availableActions,
  canEdit,
  claimActions,
  claimStatuses,
  commentRequired,
  decideTransition,
  whyNotEditable,
  type ClaimAction,
  type ClaimStatus,
  type WorkflowClaim,
  type WorkflowUser,
} from "@/lib/claims/workflow";

// Written by hand from shared/docs/workflow.md, not derived from the implementation. A status is
// "allowed, lands there"; 403 is a role refusal; 422 is "not possible from this state". The claim is
// complete (verdict, rationale, evidence), created, edited and submitted by someone else, and every
// request carries a comment, so only role and state decide.
type Outcome = ClaimStatus | 403 | 422;
type ByRole = readonly [editor: Outcome, reviewer: Outcome, admin: Outcome];

const expected: Record<ClaimStatus, Record<ClaimAction, ByRole>> = {
  draft: {
    submit: ["in_review", "in_review", "in_review"],
    approve: [403, 422, 422],
    request_changes: [403, 422, 422],
    dismiss: ["dismissed", "dismissed", "dismissed"],
    restore: [422, 422, 422],
    reopen: [403, 403, 422],
  },
  in_review: {
    submit: [422, 422, 422],
    approve: [403, "approved", "approved"],
    request_changes: [403, "changes_requested", "changes_requested"],
    dismiss: [422, 422, 422],
    restore: [422, 422, 422],
    reopen: [403, 403, 422],
  },
  changes_requested: {
    submit: ["in_review", "in_review", "in_review"],
    approve: [403, 422, 422],
    request_changes: [403, 422, 422],
    dismiss: ["dismissed", "dismissed", "dismissed"],
    restore: [422, 422, 422],
    reopen: [403, 403, 422],
  },
  approved: {
    submit: [422, 422, 422],
    approve: [403, 422, 422],
    request_changes: [403, 422, 422],
    dismiss: [422, 422, 422],
    restore: [422, 422, 422],
    reopen: [403, 403, "changes_requested"],
  },
  dismissed: {
    submit: [422, 422, 422],
    approve: [403, 422, 422],
    request_changes: [403, 422, 422],
    dismiss: [422, 422, 422],
    restore: ["draft", "draft", "draft"],
    reopen: [403, 403, 422],
  },
};

const roleIndex: Record<Role, 0 | 1 | 2> = { editor: 0, reviewer: 1, admin: 2 };

function user(role: Role, id = `${role}-1`): WorkflowUser {
  return { id, role };
}

function claim(status: ClaimStatus, overrides: Partial<WorkflowClaim> = {}): WorkflowClaim {
  return {
    status,
    verdict: "mostly_false",
    rationale: "The ministry's own figures show 12 deliveries, not 40.",
    evidence: [{ url: "https://example.org/report.pdf", note: "ministry report, p. 4" }],
    createdById: "someone-else",
    reviewRound: 1,
    editorsThisRound: ["someone-else"],
    submittedById: status === "in_review" ? "someone-else" : null,
    ...overrides,
  };
}

const cases = claimStatuses.flatMap((status) =>
  claimActions.flatMap((action) =>
    roles.map((role) => ({ role, status, action, outcome: expected[status][action][roleIndex[role]] })),
  ),
);

describe("decideTransition: every role × state × action", () => {
  it("covers 3 roles × 5 states × 6 actions", () => {
    expect(cases).toHaveLength(90);
  });

  it.each(cases)("$role $action from $status → $outcome", ({ role, status, action, outcome }) => {
    const decision = decideTransition({ user: user(role), claim: claim(status), action, comment: "Check the date." });
    if (typeof outcome === "string") {
      expect(decision).toMatchObject({ ok: true, to: outcome });
    } else if (outcome === 403) {
      expect(decision).toMatchObject({ ok: false, status: 403, code: "forbidden" });
    } else {
      expect(decision).toMatchObject({ ok: false, status: 422, code: "validation_failed" });
      expect(decision.ok || decision.fields?.action?.[0]).toMatch(/^This claim is /);
    }
    if (!decision.ok) expect(decision.message.length).toBeGreaterThan(10);
  });
});

describe("decideTransition: messages", () => {
  it("says which role a refused action needs", () => {
    const approve = decideTransition({ user: user("editor"), claim: claim("in_review"), action: "approve" });
    expect(approve).toMatchObject({ message: expect.stringMatching(/reviewer or an admin/) });
    const reopen = decideTransition({ user: user("reviewer"), claim: claim("approved"), action: "reopen", comment: "x" });
    expect(reopen).toMatchObject({ message: expect.stringMatching(/Only an admin/) });
  });

  it("says what state the claim is in and what to do instead", () => {
    const decision = decideTransition({ user: user("editor"), claim: claim("in_review"), action: "dismiss" });
    expect(decision).toMatchObject({ message: expect.stringMatching(/in review.*sent back first/) });
  });

  it("refuses an unknown action sent by a client as a validation error on `action`", () => {
    const decision = decideTransition({ user: user("admin"), claim: claim("draft"), action: "publish" as ClaimAction });
    expect(decision).toMatchObject({ ok: false, status: 422, fields: { action: [expect.any(String)] } });
  });
});

describe("decideTransition: four eyes", () => {
  const reviewing = ["approve", "request_changes"] as const;
  const reviewers = ["reviewer", "admin"] as const;
  const grid = reviewing.flatMap((action) => reviewers.map((role) => ({ action, role })));
  const comment = "Source is a blog, find the original.";

  it.each(grid)("$role who created the claim in round 1 may not $action it", ({ action, role }) => {
    const me = user(role);
    const decision = decideTransition({ user: me, claim: claim("in_review", { createdById: me.id }), action, comment });
    expect(decision).toEqual({
      ok: false,
      status: 403,
      code: "forbidden",
      message: "You created this claim in this round, so someone else must review it (four-eyes rule).",
    });
  });

  it.each(grid)("$role who edited the claim in this round may not $action it", ({ action, role }) => {
    const me = user(role);
    const c = claim("in_review", { reviewRound: 3, editorsThisRound: ["someone-else", me.id] });
    expect(decideTransition({ user: me, claim: c, action, comment })).toMatchObject({
      status: 403,
      message: "You edited this claim in this round, so someone else must review it (four-eyes rule).",
    });
  });

  it.each(grid)("$role who submitted the claim in this round may not $action it", ({ action, role }) => {
    const me = user(role);
    const c = claim("in_review", { reviewRound: 2, submittedById: me.id, editorsThisRound: [me.id] });
    expect(decideTransition({ user: me, claim: c, action, comment })).toMatchObject({
      status: 403,
      message: "You submitted this claim in this round, so someone else must review it (four-eyes rule).",
    });
  });

  it.each(grid)("$role who edited only in an earlier round may $action it", ({ action, role }) => {
    const me = user(role);
    const c = claim("in_review", { reviewRound: 2, editorsThisRound: ["someone-else"] });
    expect(decideTransition({ user: me, claim: c, action, comment })).toMatchObject({ ok: true });
  });

  it.each(grid)("$role who created the claim but did not touch it since round 1 may $action it", ({ action, role }) => {
    const me = user(role);
    const c = claim("in_review", { createdById: me.id, reviewRound: 2, editorsThisRound: ["someone-else"] });
    expect(decideTransition({ user: me, claim: c, action, comment })).toMatchObject({ ok: true });
  });

  it("is checked before missing evidence, which the reviewer could not fix anyway", () => {
    const me = user("reviewer");
    const c = claim("in_review", { evidence: [], editorsThisRound: [me.id] });
    expect(decideTransition({ user: me, claim: c, action: "approve" })).toMatchObject({ status: 403 });
  });

  it("does not bind submit, dismiss, restore or reopen", () => {
    const me = user("admin");
    const mine = { createdById: me.id, editorsThisRound: [me.id], submittedById: me.id };
    expect(decideTransition({ user: me, claim: claim("draft", mine), action: "submit" }).ok).toBe(true);
    expect(decideTransition({ user: me, claim: claim("draft", mine), action: "dismiss" }).ok).toBe(true);
    expect(decideTransition({ user: me, claim: claim("dismissed", mine), action: "restore" }).ok).toBe(true);
    expect(decideTransition({ user: me, claim: claim("approved", mine), action: "reopen", comment: "typo" }).ok).toBe(true);
  });
});

describe("decideTransition: required fields", () => {
  const editor = user("editor");
  const reviewer = user("reviewer");

  it.each([
    { overrides: { verdict: null }, fields: ["verdict"], says: "missing verdict." },
    { overrides: { rationale: null }, fields: ["rationale"], says: "missing rationale." },
    { overrides: { rationale: "  \n\t " }, fields: ["rationale"], says: "missing rationale." },
    { overrides: { verdict: null, rationale: "" }, fields: ["verdict", "rationale"], says: "missing verdict and rationale." },
  ] satisfies { overrides: Partial<WorkflowClaim>; fields: string[]; says: string }[])(
    "submit names what is missing: $fields",
    ({ overrides, fields, says }) => {
      for (const status of ["draft", "changes_requested"] as const) {
        const decision = decideTransition({ user: editor, claim: claim(status, overrides), action: "submit" });
        expect(decision).toMatchObject({ ok: false, status: 422, code: "validation_failed" });
        if (decision.ok) return;
        expect(decision.message).toBe(`Submitting needs a verdict and a rationale: ${says}`);
        expect(Object.keys(decision.fields ?? {})).toEqual(fields);
      }
    },
  );

  it("submit does not need evidence yet (workflow.md asks for it for `approved`)", () => {
    expect(decideTransition({ user: editor, claim: claim("draft", { evidence: [] }), action: "submit" }).ok).toBe(true);
  });

  it.each([
    { evidence: [] },
    { evidence: [{ url: "   " }] },
  ])("approve needs at least one evidence link: $evidence", ({ evidence }) => {
    const decision = decideTransition({ user: reviewer, claim: claim("in_review", { evidence }), action: "approve" });
    expect(decision).toMatchObject({ ok: false, status: 422, fields: { evidence: ["Required"] } });
    expect(decision).toMatchObject({ message: expect.stringMatching(/missing evidence\. Send the claim back/) });
  });

  it("approve re-checks verdict and rationale, naming every missing field", () => {
    const c = claim("in_review", { verdict: null, rationale: null, evidence: [] });
    const decision = decideTransition({ user: reviewer, claim: c, action: "approve" });
    expect(decision).toMatchObject({ status: 422, fields: { verdict: ["Required"], rationale: ["Required"], evidence: ["Required"] } });
    expect(decision).toMatchObject({ message: expect.stringMatching(/missing verdict, rationale and evidence\./) });
  });

  it("request_changes may send back a claim that lacks evidence", () => {
    const c = claim("in_review", { evidence: [] });
    expect(decideTransition({ user: reviewer, claim: c, action: "request_changes", comment: "Add a source." }).ok).toBe(true);
  });

  const blanks = [undefined, null, "", "   ", "\n\t ", "\u00A0\u3000", "\u200B\u200B"];
  const commented = [
    { action: "request_changes", role: "reviewer", status: "in_review" },
    { action: "reopen", role: "admin", status: "approved" },
  ] as const;

  it.each(commented.flatMap((c) => blanks.map((comment) => ({ ...c, comment }))))(
    "$action refuses comment $comment",
    ({ action, role, status, comment }) => {
      const decision = decideTransition({ user: user(role), claim: claim(status), action, comment });
      expect(decision).toMatchObject({ ok: false, status: 422, code: "validation_failed", fields: { comment: ["Required"] } });
      expect(decision).toMatchObject({ message: expect.stringMatching(/needs a comment/) });
    },
  );

  it("commentRequired lists exactly request_changes and reopen", () => {
    expect(claimActions.filter(commentRequired)).toEqual(["request_changes", "reopen"]);
  });
});

describe("decideTransition: effects", () => {
  it("submit records the submitter", () => {
    const decision = decideTransition({ user: user("editor", "e1"), claim: claim("changes_requested"), action: "submit" });
    expect(decision).toEqual({
      ok: true,
      to: "in_review",
      effects: { bumpRound: false, setSubmittedBy: "e1", setApprovedAt: false, clearApprovedAt: false, comment: null },
    });
  });

  it("approve stamps approvedAt and keeps the round", () => {
    const decision = decideTransition({ user: user("reviewer"), claim: claim("in_review"), action: "approve" });
    expect(decision).toMatchObject({ effects: { bumpRound: false, setApprovedAt: true, setSubmittedBy: null } });
  });

  it("request_changes and reopen start a new round and carry the trimmed comment", () => {
    const back = decideTransition({ user: user("reviewer"), claim: claim("in_review"), action: "request_changes", comment: "  Date?  " });
    expect(back).toMatchObject({ effects: { bumpRound: true, comment: "Date?" } });
    const reopened = decideTransition({ user: user("admin"), claim: claim("approved"), action: "reopen", comment: "Correction" });
    expect(reopened).toMatchObject({ effects: { bumpRound: true, clearApprovedAt: true, comment: "Correction" } });
  });

  it("dismiss and restore keep the round and pass an optional comment through", () => {
    const dismissed = decideTransition({ user: user("editor"), claim: claim("draft"), action: "dismiss", comment: "Opinion" });
    expect(dismissed).toMatchObject({ effects: { bumpRound: false, comment: "Opinion" } });
    const restored = decideTransition({ user: user("editor"), claim: claim("dismissed"), action: "restore", comment: " " });
    expect(restored).toMatchObject({ effects: { bumpRound: false, comment: null } });
  });
});

describe("availableActions", () => {
  const variants: Record<string, (role: Role, status: ClaimStatus) => WorkflowClaim> = {
    complete: (_role, status) => claim(status),
    "no verdict": (_role, status) => claim(status, { verdict: null }),
    "blank rationale": (_role, status) => claim(status, { rationale: " " }),
    "no evidence": (_role, status) => claim(status, { evidence: [] }),
    "created by the user, round 1": (role, status) => claim(status, { createdById: user(role).id }),
    "edited by the user this round": (role, status) => claim(status, { reviewRound: 2, editorsThisRound: [user(role).id] }),
    "submitted by the user": (role, status) => claim(status, { submittedById: user(role).id }),
    "edited by the user in an earlier round": (_role, status) => claim(status, { reviewRound: 2 }),
  };

  const grid = Object.entries(variants).flatMap(([variant, make]) =>
    roles.flatMap((role) => claimStatuses.map((status) => ({ variant, role, status, c: make(role, status) }))),
  );

  it.each(grid)("agrees with decideTransition: $role, $status, $variant", ({ role, status, c }) => {
    const offered = availableActions(user(role), c);
    for (const action of claimActions) {
      const decision = decideTransition({ user: user(role), claim: c, action, comment: "A reason." });
      expect({ action, offered: offered.includes(action) }).toEqual({ action, offered: decision.ok });
    }
    expect(c.status).toBe(status);
  });

  it("matches the hand-written table for the complete claim", () => {
    for (const { role, status, action, outcome } of cases) {
      expect(availableActions(user(role), claim(status)).includes(action), `${role} ${action} ${status}`).toBe(
        typeof outcome === "string",
      );
    }
  });

  it("offers what each role expects on a typical claim", () => {
    expect(availableActions(user("editor"), claim("draft"))).toEqual(["submit", "dismiss"]);
    expect(availableActions(user("editor"), claim("in_review"))).toEqual([]);
    expect(availableActions(user("reviewer"), claim("in_review"))).toEqual(["approve", "request_changes"]);
    expect(availableActions(user("reviewer"), claim("in_review", { evidence: [] }))).toEqual(["request_changes"]);
    expect(availableActions(user("admin"), claim("approved"))).toEqual(["reopen"]);
    expect(availableActions(user("reviewer"), claim("approved"))).toEqual([]);
    expect(availableActions(user("editor"), claim("dismissed"))).toEqual(["restore"]);
  });
});

describe("canEdit and whyNotEditable", () => {
  it.each([
    ["draft", true],
    ["in_review", false],
    ["changes_requested", true],
    ["approved", false],
    ["dismissed", false],
  ] as const)("%s editable: %s", (status, editable) => {
    expect(canEdit(status)).toBe(editable);
    expect(whyNotEditable(status) === null).toBe(editable);
  });

  it("explains each frozen state and what unfreezes it", () => {
    expect(whyNotEditable("in_review")).toBe(
      "This claim is in review: a reviewer must approve it or send it back before it can be edited.",
    );
    expect(whyNotEditable("approved")).toMatch(/admin must reopen/);
    expect(whyNotEditable("dismissed")).toMatch(/restore/);
  });
});
