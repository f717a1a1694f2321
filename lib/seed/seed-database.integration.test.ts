import { verifyPassword } from "better-auth/crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/prisma";
import { migrate } from "@/lib/db/migrate";
import { seedWithLock } from "@/lib/runtime/prepare-database";
import { createScratchDatabase, query, testDatabaseUrl } from "@/lib/testing/scratch-database";
import { demoArticles } from "@/prisma/seed/demo-articles";
import { seedDatabase } from "./seed-database";

// The test runner seeded this database already (scripts/with-test-database.ts, DEMO_PASSWORD).
const db = createPrismaClient(testDatabaseUrl());
afterAll(() => db.$disconnect());

describe("seed", () => {
  it("created one demo account per role, whose password is DEMO_PASSWORD", async () => {
    const users = await db.user.findMany({ where: { email: { endsWith: "@example.org" } }, include: { accounts: true } });
    expect(Object.fromEntries(users.map((u) => [u.email, u.role]))).toMatchObject({
      "editor@example.org": "editor",
      "reviewer@example.org": "reviewer",
      "admin@example.org": "admin",
    });
    const editor = users.find((u) => u.email === "editor@example.org")!;
    const hash = editor.accounts.find((a) => a.providerId === "credential")?.password ?? "";
    expect(await verifyPassword({ hash, password: process.env.DEMO_PASSWORD ?? "" })).toBe(true);
    expect(hash).not.toContain(process.env.DEMO_PASSWORD ?? "-");
  });

  it("added the demo articles, in French and English, with claims at every attribution level", async () => {
    const articles = await db.article.findMany({ where: { url: { in: demoArticles.map((a) => a.url) } } });
    expect(articles).toHaveLength(demoArticles.length);
    expect(new Set(articles.map((a) => a.language))).toEqual(new Set(["fr", "en"]));
    const levels = await db.claim.groupBy({ by: ["attributionLevel"], where: { articleId: { in: articles.map((a) => a.id) } } });
    expect(levels.map((l) => l.attributionLevel).sort()).toEqual(
      ["anonymous_bare", "anonymous_described", "author_assertion", "document", "hedged_unsourced", "named_on_record", "official_statement", "secondary_report", "witnessed"],
    );
  });

  it("anchors every demo claim on its exact words (code-point offsets)", async () => {
    // Only the demo articles' claims: other test files add articles of their own, in any order.
    const claims = await db.claim.findMany({ where: { article: { url: { in: demoArticles.map((a) => a.url) } } }, include: { article: true } });
    expect(claims.length).toBeGreaterThan(30);
    for (const claim of claims) {
      expect(Array.from(claim.article.text).slice(claim.anchorStart, claim.anchorEnd).join("")).toBe(claim.quote);
    }
  });

  it("is idempotent: running it again adds nothing and prints no new password", async () => {
    const before = { users: await db.user.count(), articles: await db.article.count(), claims: await db.claim.count() };
    const report = await seedDatabase(db, { extraArticleFiles: [] });
    expect(report).toEqual({ usersCreated: [], articlesCreated: [] });
    expect({ users: await db.user.count(), articles: await db.article.count(), claims: await db.claim.count() }).toEqual(before);
  });
});

describe("seeding from two processes at once", () => {
  it("creates each demo account and article exactly once", async () => {
    const scratch = await createScratchDatabase();
    try {
      await migrate(scratch.url);
      const options = { demoPassword: "same-password", extraArticleFiles: [], log: () => {} };
      const reports = await Promise.all([seedWithLock(scratch.url, options), seedWithLock(scratch.url, options)]);
      expect(reports.flatMap((r) => r.usersCreated).sort()).toEqual(["admin@example.org", "editor@example.org", "reviewer@example.org"]);
      const counts = await query<{ users: string; articles: string }>(
        scratch.url,
        `SELECT (SELECT count(*) FROM "user") AS users, (SELECT count(*) FROM "article") AS articles`,
      );
      expect(counts[0]).toEqual({ users: "3", articles: String(demoArticles.length) });
    } finally {
      await scratch.drop();
    }
  });
});
