import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { createPrismaClient } from "@/lib/db/prisma";
import { parseOrThrow } from "@/lib/http/zod-errors";
import { seedArticleWithClaims } from "@/lib/testing/claim-fixtures";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { testDatabaseUrl } from "@/lib/testing/scratch-database";
import { findSimilarClaims } from "./find-similar-claims";
import { linkSameClaim, unlinkSameClaim } from "./link-same-claim";
import { linkSameClaimInput, unlinkSameClaimInput } from "./same-claim-input";

const db = createPrismaClient(testDatabaseUrl());
let editor: SessionUser;
// A marker word so these claims only resemble each other, whatever else the database holds.
const marker = `zorglub${Date.now().toString(36)}`;
const claim: Record<string, string | undefined> = {};

beforeAll(async () => {
  const u = await db.user.findUniqueOrThrow({ where: { email: "editor@example.org" } });
  editor = { id: u.id, name: u.name, email: u.email, role: u.role };
  const original = await seedArticleWithClaims(db, {
    userId: editor.id,
    language: "fr",
    claims: [{ quote: `Le chômage à ${marker} a baissé de 3 % en 2023 selon les chiffres officiels`, status: "approved", verdict: "mostly_false", approvedAt: new Date() }],
  });
  const later = await seedArticleWithClaims(db, {
    userId: editor.id,
    language: "fr",
    claims: [
      // Reordered.
      { quote: `En 2023, selon les chiffres officiels, le chômage à ${marker} a baissé de 3 %` },
      // Reworded.
      { quote: `Le taux de chômage de ${marker} aurait reculé de 3 % en 2023 d'après les chiffres officiels` },
      // Unrelated, same article as the two above.
      { quote: `La récolte de pommes de ${marker} a été exceptionnelle cet automne dans la vallée` },
    ],
  });
  const sameArticle = await seedArticleWithClaims(db, {
    userId: editor.id,
    language: "fr",
    claims: [{ quote: `Les agriculteurs de ${marker} ont bloqué trois autoroutes pendant le week-end` }],
  });
  claim.original = original.claims[0]!.id;
  [claim.reordered, claim.reworded, claim.unrelated] = later.claims.map((c) => c.id);
  claim.farmers = sameArticle.claims[0]!.id;
});
afterAll(() => db.$disconnect());

describe("similar claims", () => {
  it("finds reordered and reworded claims of other articles, scored above unrelated ones", async () => {
    const { items } = await findSimilarClaims(db, claim.original!);
    const scores = new Map(items.map((item) => [item.claim.id, item.score]));
    expect(scores.get(claim.reordered!)).toBeGreaterThan(0.6);
    expect(scores.get(claim.reworded!)).toBeGreaterThan(0.4);
    expect(scores.has(claim.unrelated!)).toBe(false);
    expect(scores.has(claim.farmers!)).toBe(false);
    expect(items[0]!.claim.id).toBe(claim.reordered);
    expect(items.map((item) => item.score)).toEqual([...items.map((item) => item.score)].sort((a, b) => b - a));
  });

  it("leaves out claims of the same article", async () => {
    const { items } = await findSimilarClaims(db, claim.reordered!);
    expect(items.map((item) => item.claim.id)).toContain(claim.original);
    expect(items.map((item) => item.claim.id)).not.toContain(claim.reworded);
  });

  it("shows each similar claim's status and verdict", async () => {
    const { items } = await findSimilarClaims(db, claim.reworded!);
    const original = items.find((item) => item.claim.id === claim.original)!;
    expect([original.claim.status, original.claim.verdict]).toEqual(["approved", "mostly_false"]);
  });

  it("answers 404 for an unknown claim", async () => {
    expect((await expectAppError(findSimilarClaims(db, "00000000-0000-7000-8000-000000000000"))).code).toBe("not_found");
  });
});

describe("linking the same claim", () => {
  const link = (id: string, body: unknown) => linkSameClaim(db, id, parseOrThrow(linkSameClaimInput, body), editor);
  const unlink = (id: string, body: unknown) => unlinkSameClaim(db, id, parseOrThrow(unlinkSameClaimInput, body), editor);

  it("links on the current version, records it in the history, and undoes it", async () => {
    const linked = await link(claim.reordered!, { version: 1, targetId: claim.original });
    expect([linked.sameAsId, linked.version]).toEqual([claim.original, 2]);
    const similar = await findSimilarClaims(db, claim.reordered!);
    expect(similar.items.find((item) => item.claim.id === claim.original)?.linked).toBe(true);

    const unlinked = await unlink(claim.reordered!, { version: 2 });
    expect([unlinked.sameAsId, unlinked.version]).toEqual([null, 3]);
    const events = await db.historyEvent.findMany({ where: { claimId: claim.reordered!, type: "claim_linked" }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.before, e.after, e.actorId])).toEqual([
      [{ version: 1, sameAsId: null }, { version: 2, sameAsId: claim.original }, editor.id],
      [{ version: 2, sameAsId: claim.original }, { version: 3, sameAsId: null }, editor.id],
    ]);
  });

  it("links to the original when the target is itself an occurrence", async () => {
    const reworded = await db.claim.findUniqueOrThrow({ where: { id: claim.reworded! } });
    await link(claim.reworded!, { version: reworded.version, targetId: claim.original });
    const farmers = await db.claim.findUniqueOrThrow({ where: { id: claim.farmers! } });
    const linked = await link(claim.farmers!, { version: farmers.version, targetId: claim.reworded });
    expect(linked.sameAsId).toBe(claim.original);
  });

  it("refuses a stale version (409 with the claim now), itself, or a claim that others point at (422)", async () => {
    const unrelated = await db.claim.findUniqueOrThrow({ where: { id: claim.unrelated! } });
    const stale = await expectAppError(link(claim.unrelated!, { version: unrelated.version + 5, targetId: claim.original }));
    expect(stale.code).toBe("conflict");
    expect((stale.current as { id: string }).id).toBe(claim.unrelated);
    expect((await expectAppError(link(claim.unrelated!, { version: unrelated.version, targetId: claim.unrelated }))).fields).toHaveProperty("targetId");
    const original = await db.claim.findUniqueOrThrow({ where: { id: claim.original! } });
    expect((await expectAppError(link(claim.original!, { version: original.version, targetId: claim.unrelated }))).fields).toHaveProperty("targetId");
    expect((await expectAppError(link(claim.unrelated!, { version: unrelated.version, targetId: "00000000-0000-7000-8000-000000000000" }))).fields).toHaveProperty("targetId");
    expect(await db.historyEvent.count({ where: { claimId: claim.unrelated!, type: "claim_linked" } })).toBe(0);
  });
});
