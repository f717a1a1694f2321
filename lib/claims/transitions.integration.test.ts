import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { createPrismaClient } from "@/lib/db/prisma";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { testDatabaseUrl } from "@/lib/testing/scratch-database";
import { createClaim } from "./create-claim";
import { transitionClaim } from "./transition-claim";
import { updateClaim } from "./update-claim";

const db = createPrismaClient(testDatabaseUrl());
const users: Record<"editor" | "reviewer" | "admin", SessionUser> = {} as never;
let articleId: string;

beforeAll(async () => {
  for (const role of ["editor", "reviewer", "admin"] as const) {
    const u = await db.user.findUniqueOrThrow({ where: { email: `${role}@example.org` } });
    users[role] = { id: u.id, name: u.name, email: u.email, role: u.role };
  }
  const text = "The council said on Tuesday that lead levels had doubled since 2024.";
  articleId = (await db.article.create({ data: { title: "Lead", language: "en", text, textHash: "h", addedById: users.editor.id, updatedById: users.editor.id } })).id;
});
afterAll(() => db.$disconnect());

/** A draft claim by the editor, with a verdict, a rationale and evidence. */
async function readyClaim() {
  const claim = await createClaim(db, { articleId, start: 0, end: 20 }, users.editor);
  return updateClaim(db, claim.id, { version: 1, verdict: "mostly_true", rationale: "Water board data.", evidence: [{ url: "https://example.org/data" }] }, users.editor);
}

describe("claim transitions", () => {
  it("refuses to submit without a verdict and rationale, naming them, and writes no history", async () => {
    const claim = await createClaim(db, { articleId, start: 0, end: 10 }, users.editor);
    const error = await expectAppError(transitionClaim(db, claim.id, { version: 1, action: "submit" }, users.editor));
    expect(error.status).toBe(422);
    expect(error.message).toMatch(/verdict/);
    expect(await db.historyEvent.count({ where: { claimId: claim.id, type: "claim_transitioned" } })).toBe(0);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).version).toBe(1);
  });

  it("goes draft → in review → approved, with four eyes, recording each step", async () => {
    const claim = await readyClaim();
    const submitted = await transitionClaim(db, claim.id, { version: claim.version, action: "submit" }, users.editor);
    expect(submitted.status).toBe("in_review");
    const ownApproval = await expectAppError(transitionClaim(db, claim.id, { version: submitted.version, action: "approve" }, users.editor));
    expect(ownApproval.status).toBe(403);
    const approved = await transitionClaim(db, claim.id, { version: submitted.version, action: "approve" }, users.reviewer);
    expect(approved.status).toBe("approved");
    const steps = await db.historyEvent.findMany({ where: { claimId: claim.id, type: "claim_transitioned" }, orderBy: { id: "asc" } });
    expect(steps.map((s) => (s.after as { status: string }).status)).toEqual(["in_review", "approved"]);
  });

  it("refuses approval to a reviewer who edited the claim in this round, admins included", async () => {
    const claim = await readyClaim();
    const touched = await updateClaim(db, claim.id, { version: claim.version, summary: "Lead doubled" }, users.admin);
    const submitted = await transitionClaim(db, claim.id, { version: touched.version, action: "submit" }, users.editor);
    const error = await expectAppError(transitionClaim(db, claim.id, { version: submitted.version, action: "approve" }, users.admin));
    expect(error.status).toBe(403);
    expect(error.message).toMatch(/four-eyes|someone else/i);
  });

  it("sends a claim back only with a comment, and the editor may fix it then", async () => {
    const claim = await readyClaim();
    const submitted = await transitionClaim(db, claim.id, { version: claim.version, action: "submit" }, users.editor);
    const noComment = await expectAppError(transitionClaim(db, claim.id, { version: submitted.version, action: "request_changes", comment: "  " }, users.reviewer));
    expect(noComment.status).toBe(422);
    const back = await transitionClaim(db, claim.id, { version: submitted.version, action: "request_changes", comment: "Cite the 2024 baseline." }, users.reviewer);
    expect(back.status).toBe("changes_requested");
    const event = await db.historyEvent.findFirstOrThrow({ where: { claimId: claim.id, type: "claim_transitioned" }, orderBy: { id: "desc" } });
    expect(event.comment).toBe("Cite the 2024 baseline.");
    const fixed = await updateClaim(db, claim.id, { version: back.version, rationale: "Water board data, 2024 baseline." }, users.editor);
    expect(fixed.version).toBe(back.version + 1);
  });

  it("applies exactly one of 20 simultaneous transitions on one claim, with one history row", async () => {
    const claim = await readyClaim();
    const submitted = await transitionClaim(db, claim.id, { version: claim.version, action: "submit" }, users.editor);
    const attempts = await Promise.allSettled(
      Array.from({ length: 20 }, () => transitionClaim(db, claim.id, { version: submitted.version, action: "approve" }, users.reviewer)),
    );
    expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(1);
    const losers = attempts.filter((a): a is PromiseRejectedResult => a.status === "rejected");
    expect(losers.every((l) => (l.reason as { code?: string }).code === "conflict")).toBe(true);
    expect((losers[0]!.reason as Error).message).toContain(users.reviewer.name);
    expect(await db.historyEvent.count({ where: { claimId: claim.id, type: "claim_transitioned", after: { path: ["status"], equals: "approved" } } })).toBe(1);
  });
});
