import { expectAppError } from "@/lib/testing/expect-app-error";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { createPrismaClient } from "@/lib/db/prisma";
import { sourceNameKey } from "@/lib/sources/source-key";
import { testDatabaseUrl } from "@/lib/testing/scratch-database";
import { ingestArticle } from "./ingest-article";

const db = createPrismaClient(testDatabaseUrl());
let editor: SessionUser;

// Fixtures written for these tests (not shared/ data).
const french = [
  "Le préfet du Morbihan a annoncé mardi la fermeture de trois plages après une pollution aux hydrocarbures.",
  "« Les analyses montrent une concentration dix fois supérieure au seuil autorisé », a déclaré la Maison-Blanche de Vannes, porte-parole de la préfecture.",
  "Lire aussi : Les plages bretonnes ont accueilli 4 millions de visiteurs",
  "Selon un rapport de l’Ifremer, la nappe mesurerait 2 kilomètres de long.",
  "Partager sur Facebook",
].join("\n\n");

beforeAll(async () => {
  const user = await db.user.findUniqueOrThrow({ where: { email: "editor@example.org" } });
  editor = { id: user.id, name: user.name, email: user.email, role: user.role };
});
afterAll(() => db.$disconnect());


describe("ingestArticle", () => {
  it("stores the text unchanged, the removed boilerplate, and draft claims anchored on their exact words", async () => {
    const { article, claims } = await ingestArticle(db, { text: french, outlet: "Ouest Test" }, editor);
    expect(article.text).toBe(french);
    expect(article.language).toBe("fr");
    expect(article.outlet).toBe("Ouest Test");
    expect(article.removed.map((r) => r.text).join(" | ")).toMatch(/Lire aussi/);
    expect(claims.length).toBeGreaterThanOrEqual(2);
    const points = Array.from(french);
    for (const claim of claims) {
      expect(claim.status).toBe("draft");
      expect(points.slice(claim.anchor.start ?? -1, claim.anchor.end ?? -1).join("")).toBe(claim.quote);
      expect(claim.quote).not.toMatch(/Lire aussi|Partager sur Facebook/);
    }
    const history = await db.historyEvent.findMany({ where: { articleId: article.id } });
    expect(history.filter((h) => h.type === "article_created")).toHaveLength(1);
    expect(history.filter((h) => h.type === "claim_created")).toHaveLength(claims.length);
  });

  it("links a claimant already known as a source, through its aliases", async () => {
    const source = await db.source.create({
      data: { name: "Préfecture du Morbihan", nameKey: sourceNameKey("Préfecture du Morbihan"), kind: "institution", aliases: ["le préfet du Morbihan", "Le préfet du Morbihan"] },
    });
    const text = "Le préfet du Morbihan a annoncé mardi que 12 plages resteraient fermées jusqu’à vendredi.";
    const { claims } = await ingestArticle(db, { text, language: "fr" }, editor);
    const linked = claims.find((c) => c.claimant?.sourceId === source.id);
    expect(linked, JSON.stringify(claims.map((c) => c.claimant))).toBeDefined();
  });

  it("takes Markdown and HTML, never keeping markup or scripts in the text", async () => {
    const md = await ingestArticle(db, { markdown: "# Harbour closed\n\nThe **harbour master** said on Monday that 40 ships were waiting.\n\n<script>alert(1)</script>" }, editor);
    expect(md.article.text).not.toMatch(/\*\*|<script|alert\(1\)/);
    expect(md.article.text).toContain("harbour master");
    const html = await ingestArticle(
      db,
      {
        html: `<html lang="en"><head><title>Harbour</title><meta property="og:site_name" content="Harbour Gazette"><meta property="article:published_time" content="2026-11-20T08:00:00Z"></head><body><article><h1>Harbour closed</h1><p>The harbour master said on Monday that 40 ships were waiting outside the port.</p><script>document.title = "owned"</script></article></body></html>`,
      },
      editor,
    );
    expect(html.article.text).not.toMatch(/owned|<script/);
    expect(html.article.outlet).toBe("Harbour Gazette");
    expect(html.article.publishedAt).toBe("2026-11-20T08:00:00.000Z");
    expect(html.article.language).toBe("en");
  });

  it("refuses empty, binary and oversized text with the field named, storing nothing", async () => {
    const before = await db.article.count();
    expect((await expectAppError(ingestArticle(db, { text: "   \n " }, editor))).fields).toHaveProperty("text");
    expect((await expectAppError(ingestArticle(db, { text: "PK\u0003\u0004\u0000\u0000binary" }, editor))).fields?.text?.[0]).toMatch(/binary/);
    expect((await expectAppError(ingestArticle(db, { text: "caf\uFFFD au lait" }, editor))).fields?.text?.[0]).toMatch(/UTF-8/);
    expect((await expectAppError(ingestArticle(db, { text: "a".repeat(2 * 1024 * 1024 + 1) }, editor))).code).toBe("payload_too_large");
    expect(await db.article.count()).toBe(before);
  });

  it("keeps code-point offsets exact with emoji, zero-width characters, right-to-left text and CRLF", async () => {
    const text = "Le maire 🇫🇷 a déclaré\u200B lundi que « le budget a baissé de 12 % ».\r\nالنص العربي هنا.\r\nThe mayor said on Monday that the budget fell by 12 percent.";
    const { article, claims } = await ingestArticle(db, { text }, editor);
    expect(article.text).toBe(text);
    const points = Array.from(text);
    for (const claim of claims) expect(points.slice(claim.anchor.start ?? -1, claim.anchor.end ?? -1).join("")).toBe(claim.quote);
  });
});
