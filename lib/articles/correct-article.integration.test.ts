import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { createClaim } from "@/lib/claims/create-claim";
import { createPrismaClient } from "@/lib/db/prisma";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { testDatabaseUrl } from "@/lib/testing/scratch-database";
import { correctArticle } from "./correct-article";
import { ingestArticle } from "./ingest-article";

const db = createPrismaClient(testDatabaseUrl());
let editor: SessionUser;
beforeAll(async () => {
  const u = await db.user.findUniqueOrThrow({ where: { email: "editor@example.org" } });
  editor = { id: u.id, name: u.name, email: u.email, role: u.role };
});
afterAll(() => db.$disconnect());

const original = [
  "The harbour closed on Monday after a fuel spill near the northern pier.",
  "Officials estimated that 12,000 litres of diesel had leaked into the water.",
  "Fishing was suspended for the whole bay until further notice.",
].join("\n\n");

const spanOf = (text: string, words: string) => {
  const start = Array.from(text.slice(0, text.indexOf(words))).length;
  return { start, end: start + Array.from(words).length };
};

describe("correcting an article's text", () => {
  it("re-anchors every claim: moved, fuzzy or orphaned, never onto the wrong words", async () => {
    const { article } = await ingestArticle(db, { text: original, language: "en" }, editor);
    const sentences = original.split("\n\n");
    const ids: Record<string, string> = {};
    for (const [name, sentence] of [["closed", sentences[0]!], ["litres", sentences[1]!], ["fishing", sentences[2]!]] as const) {
      ids[name] = (await createClaim(db, { articleId: article.id, ...spanOf(original, sentence) }, editor)).id;
    }
    const corrected = [
      "UPDATED: The harbour closed on Monday after a fuel spill near the northern pier.",
      "Officials estimated that 14,000 litres of diesel had leaked into the water.",
    ].join("\n\n");

    const result = await correctArticle(db, article.id, { version: article.version, text: corrected }, editor);
    expect(result.article.text).toBe(corrected);
    expect(result.article.version).toBe(article.version + 1);
    const byId = new Map(result.claims.map((c) => [c.id, c]));
    const points = Array.from(corrected);
    const closed = byId.get(ids.closed!)!;
    expect(closed.anchor.state).toBe("moved");
    expect(points.slice(closed.anchor.start!, closed.anchor.end!).join("")).toBe(closed.quote);
    const litres = byId.get(ids.litres!)!;
    expect(litres.anchor.state).toBe("fuzzy");
    expect(litres.quote).toContain("14,000");
    const fishing = byId.get(ids.fishing!)!;
    expect(fishing.anchor.state).toBe("orphaned");
    expect(fishing.anchor.start).toBeNull();
    expect(fishing.quote).toBe(sentences[2]);

    const events = await db.historyEvent.findMany({ where: { articleId: article.id, type: { in: ["article_updated", "claim_reanchored"] } } });
    expect(events.filter((e) => e.type === "article_updated")).toHaveLength(1);
    // The extractor's suggestions on these sentences re-anchor too; every claim whose anchor changed has its event.
    expect(events.filter((e) => e.type === "claim_reanchored").map((e) => e.claimId)).toEqual(expect.arrayContaining([ids.closed, ids.litres, ids.fishing]));
  });

  it("answers 409 with the article as it is now when the correction was made on an older version", async () => {
    const { article } = await ingestArticle(db, { text: original, language: "en" }, editor);
    await correctArticle(db, article.id, { version: article.version, title: "Spill in the harbour" }, editor);
    const error = await expectAppError(correctArticle(db, article.id, { version: article.version, title: "Another title" }, editor));
    expect(error.code).toBe("conflict");
    expect((error.current as { article: { title: string } }).article.title).toBe("Spill in the harbour");
  });
});
