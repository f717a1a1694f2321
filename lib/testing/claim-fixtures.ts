// Articles and claims made straight in the database, for tests that need many claims in known
// states (search, similar claims, exports) without going through the editor's workflow.
import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

export type ClaimFixture = Partial<Omit<Prisma.ClaimUncheckedCreateInput, "articleId" | "quote">> & { quote: string };

/** An article holding the given claims (its text is their quotes, one per line), added by `userId`. */
export async function seedArticleWithClaims(
  db: PrismaClient,
  options: { userId: string; language: "fr" | "en"; title?: string; outlet?: string; url?: string; claims: ClaimFixture[] },
) {
  const text = options.claims.map((claim) => claim.quote).join("\n");
  const article = await db.article.create({
    data: {
      title: options.title ?? `Article ${randomUUID().slice(0, 8)}`,
      outlet: options.outlet,
      url: options.url,
      language: options.language,
      text,
      textHash: randomUUID(),
      addedById: options.userId,
      updatedById: options.userId,
    },
  });
  let offset = 0;
  const claims = [];
  for (const { quote, ...fields } of options.claims) {
    const length = Array.from(quote).length;
    claims.push(
      await db.claim.create({
        data: {
          articleId: article.id,
          quote,
          anchorStart: offset,
          anchorEnd: offset + length,
          anchorTextHash: article.textHash,
          createdById: options.userId,
          updatedById: options.userId,
          ...fields,
        },
      }),
    );
    offset += length + 1;
  }
  return { article, claims };
}
