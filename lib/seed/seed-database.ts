// Seeds an empty database with the demo accounts and demo articles, and tops up one that lacks
// some of them. Safe to run again: what exists is left alone (passwords are never reset).
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { anchorAt, codePointIndexOf, textHash } from "@/lib/claims/anchor";
import { ingestArticle } from "@/lib/articles/ingest-article";
import { recordEvent } from "@/lib/history/record-event";
import { suggestedClaimRow } from "@/lib/claims/suggested-claim-row";
import { sourceNameKey } from "@/lib/sources/source-key";
import { createUser } from "@/lib/users/create-user";
import { demoArticles, type DemoArticle } from "@/prisma/seed/demo-articles";
import { demoAccounts } from "./demo-accounts";

export type SeedOptions = {
  /** DEMO_PASSWORD; when absent a password is generated and reported once through `log`. */
  demoPassword?: string;
  /** A plain-text article to add as well (the seed article), when the file exists. */
  extraArticleFiles?: string[];
  log?: (line: string) => void;
};

export type SeedReport = { usersCreated: string[]; articlesCreated: string[]; generatedPassword?: string };

export async function seedDatabase(db: PrismaClient, options: SeedOptions = {}): Promise<SeedReport> {
  const log = options.log ?? (() => {});
  const report: SeedReport = { usersCreated: [], articlesCreated: [] };

  const missing = [];
  for (const account of demoAccounts) {
    if (!(await db.user.findUnique({ where: { email: account.email } }))) missing.push(account);
  }
  if (missing.length > 0) {
    const password = options.demoPassword || randomBytes(12).toString("base64url");
    if (!options.demoPassword) report.generatedPassword = password;
    for (const account of missing) {
      await createUser(db, { ...account, password }, null);
      report.usersCreated.push(account.email);
    }
    log(`Created demo accounts: ${report.usersCreated.join(", ")}`);
    if (report.generatedPassword) {
      log(`Demo password (shown once; set DEMO_PASSWORD to choose it): ${report.generatedPassword}`);
    }
  }

  const editor = await db.user.findUniqueOrThrow({ where: { email: "editor@example.org" } });
  for (const article of demoArticles) {
    if (await db.article.findFirst({ where: { url: article.url }, select: { id: true } })) continue;
    await createDemoArticle(db, article, editor.id);
    report.articlesCreated.push(article.title);
  }
  for (const file of options.extraArticleFiles ?? []) {
    if (!existsSync(file)) continue;
    const text = readFileSync(file, "utf8");
    if (await db.article.findFirst({ where: { textHash: textHash(text) }, select: { id: true } })) continue;
    // Through the same ingestion as a pasted article: cleaned, with its suggested claims.
    const { article } = await ingestArticle(db, { text }, { id: editor.id, name: editor.name, email: editor.email, role: editor.role });
    report.articlesCreated.push(article.title);
  }
  if (report.articlesCreated.length > 0) log(`Added ${report.articlesCreated.length} demo article(s).`);
  return report;
}

async function createDemoArticle(db: PrismaClient, demo: DemoArticle, actorId: string) {
  const hash = textHash(demo.text);
  await db.$transaction(async (tx) => {
    const article = await tx.article.create({
      data: {
        title: demo.title,
        outlet: demo.outlet,
        url: demo.url,
        language: demo.language,
        publishedAt: new Date(demo.publishedAt),
        text: demo.text,
        textHash: hash,
        addedById: actorId,
        updatedById: actorId,
      },
    });
    await recordEvent(tx, { type: "article_created", actorId, articleId: article.id, after: { title: demo.title } });

    for (const claim of demo.claims) {
      const start = codePointIndexOf(demo.text, claim.quote);
      if (start < 0) throw new Error(`Demo claim not found in "${demo.slug}": ${claim.quote}`);
      const anchor = anchorAt(demo.text, start, start + Array.from(claim.quote).length);
      const span = (part: string | null) => {
        const at = part ? codePointIndexOf(demo.text, part) : -1;
        return part && at >= 0 ? { start: at, end: at + Array.from(part).length } : null;
      };
      const source =
        claim.claimant && claim.claimantKind
          ? await tx.source.upsert({
              where: { kind_nameKey: { kind: claim.claimantKind, nameKey: sourceNameKey(claim.claimant) } },
              create: { name: claim.claimant, nameKey: sourceNameKey(claim.claimant), kind: claim.claimantKind },
              update: {},
            })
          : null;
      const created = await tx.claim.create({
        data: suggestedClaimRow({
          articleId: article.id,
          textHash: hash,
          anchor,
          suggestion: { ...claim, claimantSpan: span(claim.claimant), cueSpan: span(claim.cue) },
          sourceId: source?.id ?? null,
          origin: "manual",
          actorId,
        }),
      });
      await recordEvent(tx, {
        type: "claim_created",
        actorId,
        articleId: article.id,
        claimId: created.id,
        after: { quote: created.quote, attributionLevel: created.attributionLevel, status: created.status },
      });
    }
  });
}
