import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/prisma";
import { parseOrThrow } from "@/lib/http/zod-errors";
import { seedArticleWithClaims } from "@/lib/testing/claim-fixtures";
import { testDatabaseUrl } from "@/lib/testing/scratch-database";
import { listClaimsQuery } from "./claim-list-query";
import { EXACT_TOTAL_LIMIT, HIGHLIGHT_END, HIGHLIGHT_START } from "./claim-search-sql";
import { listClaims, searchClaims } from "./list-claims";

const db = createPrismaClient(testDatabaseUrl());
let editorId: string;
let frArticle: string;
let enArticle: string;
const ids: Record<string, string | undefined> = {};

beforeAll(async () => {
  editorId = (await db.user.findUniqueOrThrow({ where: { email: "editor@example.org" } })).id;
  const reviewerId = (await db.user.findUniqueOrThrow({ where: { email: "reviewer@example.org" } })).id;
  const fr = await seedArticleWithClaims(db, {
    userId: editorId,
    language: "fr",
    claims: [
      { quote: "La sécurité des écoles a été renforcée cette année", summary: "Sécurité renforcée dans les écoles", claimantName: "Élisabeth Borne", status: "approved", verdict: "mostly_true" },
      { quote: "Les agriculteurs ont manifesté devant la préfecture", claimantName: "la FNSEA", assigneeId: reviewerId },
      { quote: "Le chômage a baissé de 3 % en 2023", summary: "Baisse du chômage", claimantName: "Insee", attributionLevel: "document" },
    ],
  });
  const en = await seedArticleWithClaims(db, {
    userId: editorId,
    language: "en",
    claims: [
      { quote: "The company was running a deficit for three years", claimantName: "Jane Doe", status: "in_review", verdict: "false" },
      { quote: "Prices rose by 4 percent last month", claimantName: "the Office for National Statistics" },
    ],
  });
  frArticle = fr.article.id;
  enArticle = en.article.id;
  [ids.securite, ids.agriculteurs, ids.chomage] = fr.claims.map((c) => c.id);
  [ids.deficit, ids.prices] = en.claims.map((c) => c.id);
});
afterAll(() => db.$disconnect());

const list = (params: Record<string, string>) => listClaims(db, parseOrThrow(listClaimsQuery, params));
const idsOf = async (params: Record<string, string>) => (await list(params)).items.map((c) => c.id);
const within = (articleId: string, params: Record<string, string>) => idsOf({ articleId, ...params });

describe("full-text search over summary, quote and claimant", () => {
  it("ignores accents both ways: 'securite' finds 'sécurité', 'écoles' finds 'ecoles'", async () => {
    expect(await within(frArticle, { q: "securite" })).toEqual([ids.securite]);
    expect(await within(frArticle, { q: "ECOLE" })).toEqual([ids.securite]);
    expect(await within(frArticle, { q: "elisabeth borne" })).toEqual([ids.securite]);
  });

  it("stems in the article's language", async () => {
    // French: "manifesté" and "manifestation" share the stem manifest.
    expect(await within(frArticle, { q: "manifestation" })).toEqual([ids.agriculteurs]);
    // English: "runs" and "running", "deficits" and "deficit".
    expect(await within(enArticle, { q: "runs deficits" })).toEqual([ids.deficit]);
    expect(await within(enArticle, { q: "price months" })).toEqual([ids.prices]);
  });

  it("understands quoted phrases, or and minus without raising errors", async () => {
    expect(await within(enArticle, { q: '"three years"' })).toEqual([ids.deficit]);
    expect((await within(enArticle, { q: "deficit or prices" })).sort()).toEqual([ids.deficit, ids.prices].sort());
    expect(await within(enArticle, { q: "company -prices" })).toEqual([ids.deficit]);
  });

  it("answers a list (maybe empty) for hostile or odd search strings, never an error", async () => {
    const odd = [
      "'; DROP TABLE claim; --", "\"unclosed", "!!! ??? ...", "&|!():*<->", "a".repeat(10_000), "sécurité ".repeat(2000),
      "\u0000nul", "🇫🇷🙂", "OR OR AND -", "'\\", "%_%",
    ];
    for (const q of odd) {
      const result = await list({ articleId: frArticle, q });
      expect(Array.isArray(result.items), q.slice(0, 20)).toBe(true);
      expect(result.total).toBe(result.items.length);
    }
    expect((await list({ articleId: frArticle, q: "!!! ??? ..." })).items).toEqual([]);
    expect(await within(frArticle, { q: "sécurité ".repeat(2000) })).toEqual([ids.securite]);
  });

  it("marks the matched words in summary, quote and claimant", async () => {
    const { items } = await searchClaims(db, parseOrThrow(listClaimsQuery, { articleId: frArticle, q: "securite" }));
    expect(items).toHaveLength(1);
    expect(items[0]!.highlight!.quote).toContain(`${HIGHLIGHT_START}sécurité${HIGHLIGHT_END}`);
    expect(items[0]!.highlight!.summary).toContain(`${HIGHLIGHT_START}Sécurité${HIGHLIGHT_END}`);
    expect(items[0]!.article.id).toBe(frArticle);
  });
});

describe("filters, sorting and pagination", () => {
  it("filters by status, verdict, attribution level, assignee and claimant (id or name)", async () => {
    expect(await within(frArticle, { status: "approved" })).toEqual([ids.securite]);
    expect(await within(enArticle, { verdict: "false" })).toEqual([ids.deficit]);
    expect(await within(frArticle, { attributionLevel: "document" })).toEqual([ids.chomage]);
    const reviewer = await db.user.findUniqueOrThrow({ where: { email: "reviewer@example.org" } });
    expect(await within(frArticle, { assignee: reviewer.id })).toEqual([ids.agriculteurs]);
    expect(await within(frArticle, { claimant: "fnsea" })).toEqual([ids.agriculteurs]);
    expect(await within(enArticle, { claimant: "national statistics" })).toEqual([ids.prices]);
  });

  it("combines a text query with filters", async () => {
    expect(await idsOf({ q: "securite", status: "approved", articleId: frArticle })).toEqual([ids.securite]);
    expect(await idsOf({ q: "securite", status: "draft", articleId: frArticle })).toEqual([]);
  });

  it("filters by the day a claim was added", async () => {
    const today = new Date().toISOString().slice(0, 10);
    expect((await within(frArticle, { from: today, to: today })).length).toBe(3);
    expect(await within(frArticle, { to: "2000-01-01" })).toEqual([]);
  });

  it("pages through a sorted list without overlap, with the total of all matches", async () => {
    const all = await list({ articleId: frArticle, sort: "oldest", pageSize: "100" });
    expect(all.items.map((c) => c.id)).toEqual([ids.securite, ids.agriculteurs, ids.chomage]);
    const first = await list({ articleId: frArticle, sort: "oldest", pageSize: "2", page: "1" });
    const second = await list({ articleId: frArticle, sort: "oldest", pageSize: "2", page: "2" });
    expect(first.total).toBe(3);
    expect([...first.items, ...second.items].map((c) => c.id)).toEqual([ids.securite, ids.agriculteurs, ids.chomage]);
    expect((await list({ articleId: frArticle, sort: "newest" })).items.map((c) => c.id)).toEqual([ids.chomage, ids.agriculteurs, ids.securite]);
  });

  it("answers items in the api.md Claim shape", async () => {
    const [claim] = (await list({ articleId: frArticle, status: "approved" })).items;
    expect(claim).toMatchObject({ id: ids.securite, articleId: frArticle, status: "approved", verdict: "mostly_true", claimant: { name: "Élisabeth Borne" } });
    expect(claim).not.toHaveProperty("searchVector");
  });
});

describe("totals of large results", () => {
  let articleId: string;
  beforeAll(async () => {
    const { article } = await seedArticleWithClaims(db, { userId: editorId, language: "en", claims: [{ quote: "Harbour traffic doubled in a year" }] });
    articleId = article.id;
    // One past the exact limit plus a few, three of which carry a word the others do not.
    const count = EXACT_TOTAL_LIMIT + 20;
    await db.claim.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        articleId,
        quote: i < 3 ? `Ferries carried ${i} thousand passengers` : `Harbour traffic doubled in year ${i}`,
        anchorStart: 0,
        anchorEnd: 10,
        anchorTextHash: article.textHash,
        createdById: editorId,
        updatedById: editorId,
      })),
    });
  });
  afterAll(async () => {
    await db.claim.deleteMany({ where: { articleId } });
    await db.article.delete({ where: { id: articleId } });
  });

  it("counts exactly up to the limit and says so", async () => {
    const result = await list({ articleId, q: "ferries" });
    expect(result).toMatchObject({ total: 3, totalExact: true });
    expect(result.items).toHaveLength(3);
  });

  it("above the limit, answers an estimate no lower than the matches known to exist, flagged as such", async () => {
    const result = await list({ articleId, pageSize: "25" });
    expect(result.totalExact).toBe(false);
    expect(result.total).toBeGreaterThan(EXACT_TOTAL_LIMIT);
    expect(result.items).toHaveLength(25);
    // Paging still reaches every claim: the last page of the real result is complete.
    const last = await list({ articleId, pageSize: "100", page: String(Math.ceil((EXACT_TOTAL_LIMIT + 21) / 100)) });
    expect(last.items).toHaveLength((EXACT_TOTAL_LIMIT + 21) % 100);
  });
});
