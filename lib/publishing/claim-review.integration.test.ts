import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { createClaim } from "@/lib/claims/create-claim";
import { transitionClaim } from "@/lib/claims/transition-claim";
import { updateClaim } from "@/lib/claims/update-claim";
import { createPrismaClient } from "@/lib/db/prisma";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { testDatabaseUrl } from "@/lib/testing/scratch-database";
import { claimReviewSchema } from "@/lib/http/openapi/response-schemas";
import { getClaimReview } from "./get-claim-review";

const db = createPrismaClient(testDatabaseUrl());
const users = {} as Record<"editor" | "reviewer", SessionUser>;
let articleId: string;

beforeAll(async () => {
  for (const role of ["editor", "reviewer"] as const) {
    const u = await db.user.findUniqueOrThrow({ where: { email: `${role}@example.org` } });
    users[role] = { id: u.id, name: u.name, email: u.email, role: u.role };
  }
  const text = "Le ministre de la Santé a affirmé mardi que les urgences avaient accueilli 12 % de patients en plus.";
  const article = await db.article.create({
    data: {
      title: "Urgences : la hausse",
      outlet: "Le Quotidien",
      url: `https://news.example.org/${crypto.randomUUID()}`,
      publishedAt: new Date("2026-10-02T06:00:00Z"),
      language: "fr",
      text,
      textHash: "h",
      addedById: users.editor.id,
      updatedById: users.editor.id,
    },
  });
  articleId = article.id;
});
afterAll(() => db.$disconnect());

async function draft() {
  const claim = await createClaim(db, { articleId, start: 44, end: 100 }, users.editor);
  return updateClaim(
    db,
    claim.id,
    {
      version: claim.version,
      summary: "Urgences : 12 % de patients en plus",
      claimant: { name: "Le ministre de la Santé", sourceId: null },
      attributionLevel: "named_on_record",
      verdict: "misleading",
      rationale: "La hausse porte sur un seul mois.",
      evidence: [{ url: "https://example.org/drees" }],
    },
    users.editor,
  );
}

describe("ClaimReview from the database", () => {
  it("is published for an approved claim, with the organisation, its verdict by name, and the article it appeared in", async () => {
    const claim = await draft();
    const submitted = await transitionClaim(db, claim.id, { version: claim.version, action: "submit" }, users.editor);
    await transitionClaim(db, claim.id, { version: submitted.version, action: "approve" }, users.reviewer);

    const review = await getClaimReview(db, claim.id, "http://localhost:3000");
    const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    expect(review).toMatchObject({
      "@type": "ClaimReview",
      url: `http://localhost:3000/fact-checks/${claim.id}#claim-${claim.id}`,
      claimReviewed: "Urgences : 12 % de patients en plus",
      author: { "@type": "Organization", name: "Fact-checking desk" },
      reviewRating: { "@type": "Rating", alternateName: "Misleading" },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Person", name: "Le ministre de la Santé" },
        datePublished: "2026-10-02",
        appearance: { url: article.url, headline: "Urgences : la hausse" },
      },
    });
    expect(review.reviewRating).not.toHaveProperty("ratingValue");
    claimReviewSchema.parse(review);
    expect(review.datePublished).toBe(new Date().toISOString().slice(0, 10));
  });

  it("is not published for a claim that is not approved, or unknown", async () => {
    const claim = await draft();
    expect((await expectAppError(getClaimReview(db, claim.id, "http://x"))).status).toBe(404);
    const submitted = await transitionClaim(db, claim.id, { version: claim.version, action: "submit" }, users.editor);
    expect(submitted.status).toBe("in_review");
    expect((await expectAppError(getClaimReview(db, claim.id, "http://x"))).status).toBe(404);
    expect((await expectAppError(getClaimReview(db, "nope", "http://x"))).status).toBe(404);
  });
});
