import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { createPrismaClient } from "@/lib/db/prisma";
import { createClaimInput, updateClaimInput } from "@/lib/claims/claim-input";
import { parseOrThrow } from "@/lib/http/zod-errors";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { testDatabaseUrl } from "@/lib/testing/scratch-database";
import { createClaim } from "./create-claim";
import { updateClaim } from "./update-claim";

const db = createPrismaClient(testDatabaseUrl());
let editor: SessionUser;
let reviewer: SessionUser;
let articleId: string;
const text = "Le port a fermé lundi. « Nous avons perdu 3 millions d’euros », a déclaré 🇫🇷 Anne Morel, directrice du port.";
const points = Array.from(text);
const spanOf = (words: string) => {
  const start = points.join("").indexOf(words) === -1 ? -1 : Array.from(text.slice(0, text.indexOf(words))).length;
  return { start, end: start + Array.from(words).length };
};

beforeAll(async () => {
  const asSession = (u: { id: string; name: string; email: string; role: SessionUser["role"] }) => ({ id: u.id, name: u.name, email: u.email, role: u.role });
  editor = asSession(await db.user.findUniqueOrThrow({ where: { email: "editor@example.org" } }));
  reviewer = asSession(await db.user.findUniqueOrThrow({ where: { email: "reviewer@example.org" } }));
  const article = await db.article.create({
    data: { title: "Port", language: "fr", text, textHash: "h", addedById: editor.id, updatedById: editor.id },
  });
  articleId = article.id;
});
afterAll(() => db.$disconnect());

const create = async (fields: Record<string, unknown>) => createClaim(db, parseOrThrow(createClaimInput, { articleId, ...fields }), editor);
const update = async (id: string, fields: Record<string, unknown>, user = editor) => updateClaim(db, id, parseOrThrow(updateClaimInput, fields), user);

describe("claims added and edited by hand", () => {
  it("creates a claim on the selected words, with its anchor and history", async () => {
    const claim = await create({ ...spanOf("Nous avons perdu 3 millions d’euros"), summary: "Port lost €3m", attributionLevel: "named_on_record" });
    expect(claim.quote).toBe("Nous avons perdu 3 millions d’euros");
    expect(claim.anchor.prefix.endsWith("« ")).toBe(true);
    expect(claim.status).toBe("draft");
    expect(claim.version).toBe(1);
    expect(await db.historyEvent.count({ where: { claimId: claim.id, type: "claim_created" } })).toBe(1);
  });

  it("edits fields on the current version, bumps the version and records before and after", async () => {
    const claim = await create({ ...spanOf("Le port a fermé lundi") });
    const edited = await update(claim.id, { version: 1, summary: "Port closed on Monday", claimant: { name: "Anne Morel", kind: "person" }, hedged: true });
    expect(edited.version).toBe(2);
    expect(edited.summary).toBe("Port closed on Monday");
    expect(edited.claimant?.sourceId).toBeTruthy();
    const event = await db.historyEvent.findFirstOrThrow({ where: { claimId: claim.id, type: "claim_updated" } });
    expect(event.before).toMatchObject({ version: 1, summary: null, hedged: false });
    expect(event.after).toMatchObject({ version: 2, summary: "Port closed on Monday", hedged: true, claimantName: "Anne Morel" });
  });

  it("moves the span and re-anchors on the new words", async () => {
    const claim = await create({ ...spanOf("Le port a fermé") });
    const moved = await update(claim.id, { version: 1, ...spanOf("Le port a fermé lundi") });
    expect(moved.quote).toBe("Le port a fermé lundi");
    expect(moved.anchor.state).toBe("exact");
  });

  it("answers 409 with the current claim when the edit was made on an older version", async () => {
    const claim = await create({ ...spanOf("Anne Morel") });
    await update(claim.id, { version: 1, summary: "first" });
    const error = await expectAppError(update(claim.id, { version: 1, summary: "second" }, reviewer));
    expect(error.code).toBe("conflict");
    expect((error.current as { summary: string; version: number }).summary).toBe("first");
    expect((error.current as { version: number }).version).toBe(2);
  });

  it("lets exactly one of two simultaneous saves on the same version win", async () => {
    const claim = await create({ ...spanOf("directrice du port") });
    const results = await Promise.allSettled([update(claim.id, { version: 1, summary: "A" }), update(claim.id, { version: 1, summary: "B" }, reviewer)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.historyEvent.count({ where: { claimId: claim.id, type: "claim_updated" } })).toBe(1);
  });

  it("refuses bad input naming the field, and stores nothing", async () => {
    const claim = await create({ ...spanOf("lundi") });
    const before = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    const cases: [Record<string, unknown>, string][] = [
      [{ version: 1, start: 0, end: points.length + 5 }, "end"],
      [{ version: 1, start: 10, end: 10 }, "end"],
      [{ version: 1, start: 12, end: 4 }, "end"],
      [{ version: 1, attributionLevel: "gossip" }, "attributionLevel"],
      [{ version: 1, summary: "x".repeat(5000) }, "summary"],
      [{ version: 1, claimant: { name: "   " } }, "claimant.name"],
      [{ version: 1, evidence: [{ url: "javascript:alert(1)" }] }, "evidence.0.url"],
    ];
    for (const [fields, field] of cases) {
      const error = await expectAppError(update(claim.id, fields));
      expect(error.status, JSON.stringify(fields)).toBe(422);
      expect(Object.keys(error.fields ?? {}), JSON.stringify(fields)).toContain(field);
    }
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toEqual(before);
  });

  it("refuses to edit a claim in review, saying why", async () => {
    const claim = await create({ ...spanOf("3 millions d’euros") });
    await db.claim.update({ where: { id: claim.id }, data: { status: "in_review" } });
    const error = await expectAppError(update(claim.id, { version: 1, summary: "sneaky" }));
    expect(error.code).toBe("forbidden");
    expect(error.message).toMatch(/in review/);
  });

  it("accepts the extractor's suggestion once, recording who and when; a hand-made claim is accepted already", async () => {
    expect((await create({ ...spanOf("directrice") })).acceptedAt).not.toBeNull();
    const suggested = await db.claim.create({
      data: { articleId, quote: "Le port", anchorStart: 0, anchorEnd: 7, anchorTextHash: "h", createdById: editor.id, updatedById: editor.id, origin: "extractor" },
    });
    const accepted = await update(suggested.id, { version: 1, accepted: true });
    expect(accepted.acceptedAt).not.toBeNull();
    expect(accepted.version).toBe(2);
    expect((await update(suggested.id, { version: 2, accepted: true })).version).toBe(2); // accepting again changes nothing
    const event = await db.historyEvent.findFirstOrThrow({ where: { claimId: suggested.id, type: "claim_updated" } });
    expect(event).toMatchObject({ actorId: editor.id, before: { acceptedAt: null }, after: { acceptedAt: accepted.acceptedAt } });
  });
});
