import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { createPrismaClient } from "@/lib/db/prisma";
import { createClaimInput, mergeClaimsInput, splitClaimInput } from "@/lib/claims/claim-input";
import { parseOrThrow } from "@/lib/http/zod-errors";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { testDatabaseUrl } from "@/lib/testing/scratch-database";
import { createClaim } from "./create-claim";
import { mergeClaims } from "./merge-claims";
import { splitClaim } from "./split-claim";

const db = createPrismaClient(testDatabaseUrl());
let editor: SessionUser;
let reviewer: SessionUser;
const text = "Le port a fermé lundi. « Nous avons perdu 3 millions d’euros », a déclaré 🇫🇷 Anne Morel, directrice du port.";
const spanOf = (words: string) => {
  const start = Array.from(text.slice(0, text.indexOf(words))).length;
  return { start, end: start + Array.from(words).length };
};
const atWord = (words: string) => spanOf(words).start;

async function newArticle() {
  const article = await db.article.create({ data: { title: "Port", language: "fr", text, textHash: "h", addedById: editor.id, updatedById: editor.id } });
  return article.id;
}
const create = async (articleId: string, fields: Record<string, unknown>) => createClaim(db, parseOrThrow(createClaimInput, { articleId, ...fields }), editor);
const split = async (id: string, body: Record<string, unknown>, user = editor) => splitClaim(db, id, parseOrThrow(splitClaimInput, body), user);
const merge = async (id: string, body: Record<string, unknown>, user = editor) => mergeClaims(db, id, parseOrThrow(mergeClaimsInput, body), user);
const historyOf = (claimId: string) => db.historyEvent.findMany({ where: { claimId }, orderBy: { id: "asc" } });

beforeAll(async () => {
  const asSession = (u: { id: string; name: string; email: string; role: SessionUser["role"] }) => ({ id: u.id, name: u.name, email: u.email, role: u.role });
  editor = asSession(await db.user.findUniqueOrThrow({ where: { email: "editor@example.org" } }));
  reviewer = asSession(await db.user.findUniqueOrThrow({ where: { email: "reviewer@example.org" } }));
});
afterAll(() => db.$disconnect());

describe("splitting a claim", () => {
  it("keeps the first part, gives the second to a new claim with the same annotations, and records both", async () => {
    const articleId = await newArticle();
    const claim = await create(articleId, {
      ...spanOf("Le port a fermé lundi. « Nous avons perdu 3 millions d’euros »"),
      summary: "Port closed, lost €3m",
      claimant: { name: "Anne Morel", kind: "person" },
      attributionLevel: "named_on_record",
      hedged: true,
      notes: "Call the port authority",
    });
    const { claim: first, newClaim: second } = await split(claim.id, { version: 1, at: atWord("« Nous") });
    expect(first.quote).toBe("Le port a fermé lundi.");
    expect(first.version).toBe(2);
    expect(second.quote).toBe("« Nous avons perdu 3 millions d’euros »");
    expect(second).toMatchObject({ status: "draft", version: 1, summary: "Port closed, lost €3m", attributionLevel: "named_on_record", hedged: true, notes: "Call the port authority" });
    expect(second.claimant).toEqual(first.claimant);

    const [firstEvents, secondEvents] = [await historyOf(first.id), await historyOf(second.id)];
    expect(firstEvents.at(-1)).toMatchObject({ type: "claim_split", before: { version: 1, quote: claim.quote }, after: { version: 2, quote: first.quote, splitInto: second.id } });
    expect(secondEvents).toHaveLength(1);
    expect(secondEvents[0]).toMatchObject({ type: "claim_split", after: { quote: second.quote, splitFrom: first.id } });
  });

  it("refuses a cut outside the claim, a stale version and a frozen claim, changing nothing", async () => {
    const articleId = await newArticle();
    const claim = await create(articleId, spanOf("Nous avons perdu 3 millions d’euros"));
    const outside = await expectAppError(split(claim.id, { version: 1, at: atWord("Anne") }));
    expect(outside.status).toBe(422);
    expect(Object.keys(outside.fields ?? {})).toEqual(["at"]);
    expect((await expectAppError(split(claim.id, { version: 1, at: -1 }))).fields).toHaveProperty("at");

    const stale = await expectAppError(split(claim.id, { version: 7, at: atWord("perdu") }));
    expect(stale.code).toBe("conflict");
    expect((stale.current as { version: number }).version).toBe(1);

    await db.claim.update({ where: { id: claim.id }, data: { status: "in_review" } });
    const frozen = await expectAppError(split(claim.id, { version: 1, at: atWord("perdu") }));
    expect(frozen.code).toBe("forbidden");
    expect(frozen.message).toMatch(/in review/);

    expect(await db.claim.count({ where: { articleId } })).toBe(1);
    expect((await historyOf(claim.id)).map((e) => e.type)).toEqual(["claim_created"]);
  });

  it("refuses to split a claim whose words were lost in a correction", async () => {
    const articleId = await newArticle();
    const claim = await create(articleId, spanOf("Anne Morel, directrice"));
    await db.claim.update({ where: { id: claim.id }, data: { anchorState: "orphaned" } });
    const error = await expectAppError(split(claim.id, { version: 1, at: atWord("directrice") }));
    expect(error.fields?.at?.[0]).toMatch(/not found/);
  });
});

describe("merging two claims", () => {
  it("gives the first the union of both spans and dismisses the second, pointing at the first", async () => {
    const articleId = await newArticle();
    const a = await create(articleId, { ...spanOf("Nous avons perdu"), summary: "Kept summary" });
    const b = await create(articleId, { ...spanOf("3 millions d’euros"), summary: "Dropped summary" });
    const { claim, mergedClaim } = await merge(b.id, { version: 1, otherId: a.id, otherVersion: 1 });
    expect(claim.id).toBe(b.id);
    expect(claim.quote).toBe("Nous avons perdu 3 millions d’euros");
    expect(claim.summary).toBe("Dropped summary"); // the claim merged into keeps its own fields
    expect(claim.version).toBe(2);
    expect(mergedClaim).toMatchObject({ id: a.id, status: "dismissed", version: 2, quote: "Nous avons perdu" });
    expect((await historyOf(b.id)).at(-1)).toMatchObject({ type: "claim_merged", after: { quote: claim.quote, mergedFrom: a.id } });
    expect((await historyOf(a.id)).at(-1)).toMatchObject({ type: "claim_merged", before: { status: "draft" }, after: { status: "dismissed", mergedInto: b.id } });
  });

  it("refuses another article's claim, itself, a stale version of either, and a frozen claim, changing nothing", async () => {
    const articleId = await newArticle();
    const a = await create(articleId, spanOf("Le port a fermé lundi."));
    const b = await create(articleId, spanOf("Anne Morel"));
    const elsewhere = await create(await newArticle(), spanOf("Anne Morel"));
    expect((await expectAppError(merge(a.id, { version: 1, otherId: elsewhere.id, otherVersion: 1 }))).fields).toHaveProperty("otherId");
    expect((await expectAppError(merge(a.id, { version: 1, otherId: a.id, otherVersion: 1 }))).fields).toHaveProperty("otherId");
    expect((await expectAppError(merge(a.id, { version: 1, otherId: "0190a4c0-0000-7000-8000-000000000000", otherVersion: 1 }))).fields).toHaveProperty("otherId");
    const staleOther = await expectAppError(merge(a.id, { version: 1, otherId: b.id, otherVersion: 3 }));
    expect(staleOther.code).toBe("conflict");
    expect((staleOther.current as { id: string }).id).toBe(b.id);
    expect((await expectAppError(merge(a.id, { version: 2, otherId: b.id, otherVersion: 1 }))).code).toBe("conflict");
    await db.claim.update({ where: { id: b.id }, data: { status: "approved" } });
    const frozen = await expectAppError(merge(a.id, { version: 1, otherId: b.id, otherVersion: 1 }));
    expect(frozen.code).toBe("forbidden");
    expect(frozen.message).toMatch(/approved/);
    for (const claim of [a, b]) expect((await historyOf(claim.id)).map((e) => e.type)).toEqual(["claim_created"]);
    expect((await db.claim.findUniqueOrThrow({ where: { id: a.id } })).quote).toBe("Le port a fermé lundi.");
  });

  it("lets only one of two opposite merges of the same pair win", async () => {
    const articleId = await newArticle();
    const a = await create(articleId, spanOf("Le port"));
    const b = await create(articleId, spanOf("fermé lundi"));
    const results = await Promise.allSettled([
      merge(a.id, { version: 1, otherId: b.id, otherVersion: 1 }),
      merge(b.id, { version: 1, otherId: a.id, otherVersion: 1 }, reviewer),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const statuses = (await db.claim.findMany({ where: { articleId } })).map((c) => c.status).sort();
    expect(statuses).toEqual(["dismissed", "draft"]);
    expect(await db.historyEvent.count({ where: { articleId, type: "claim_merged" } })).toBe(2);
  });
});
