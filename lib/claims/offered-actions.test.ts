import { describe, expect, it } from "vitest";
import type { Claim } from "@/lib/generated/prisma/client";
import { offeredActions } from "./offered-actions";

const claim = (fields: Partial<Claim>): Claim =>
  ({ status: "draft", verdict: null, rationale: null, evidence: [], createdById: "ed", reviewRound: 1, roundEditorIds: ["ed"], submittedById: null, ...fields }) as Claim;
const user = (id: string, role: "editor" | "reviewer" | "admin") => ({ id, name: id, email: `${id}@x.test`, role });

describe("offeredActions", () => {
  it("offers submit on a draft without a verdict, so the server can say what is missing", () => {
    expect(offeredActions(user("ed", "editor"), claim({}))).toEqual(expect.arrayContaining(["submit", "dismiss"]));
  });
  it("never offers a review to whoever touched the claim in this round, admins included", () => {
    const inReview = claim({ status: "in_review", roundEditorIds: ["ed", "boss"], submittedById: "ed" });
    expect(offeredActions(user("boss", "admin"), inReview)).not.toContain("approve");
    expect(offeredActions(user("rev", "reviewer"), inReview)).toEqual(expect.arrayContaining(["approve", "request_changes"]));
  });
  it("offers no review to editors", () => {
    expect(offeredActions(user("other", "editor"), claim({ status: "in_review", submittedById: "ed" }))).toEqual([]);
  });
});
