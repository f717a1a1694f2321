import { afterAll, describe, expect, it } from "vitest";
import { issueApiToken } from "@/lib/api-tokens/issue-api-token";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";
import { getArticle } from "@/lib/articles/get-article";
import { listArticles } from "@/lib/articles/list-articles";
import { claimHistory } from "@/lib/claims/claim-history";
import { addComment, listComments } from "@/lib/claims/comments";
import { createClaim } from "@/lib/claims/create-claim";
import { mergeClaims } from "@/lib/claims/merge-claims";
import { listClaimsQuery } from "@/lib/claims/search/claim-list-query";
import { listClaims } from "@/lib/claims/search/list-claims";
import { findSimilarClaims } from "@/lib/claims/similar/find-similar-claims";
import { splitClaim } from "@/lib/claims/split-claim";
import { createPrismaClient } from "@/lib/db/prisma";
import { testDatabaseUrl } from "@/lib/testing/scratch-database";
import {
  apiTokenSchema,
  articleSummarySchema,
  articleWithClaimsSchema,
  claimListSchema,
  claimSchema,
  commentSchema,
  historyEventSchema,
  issuedApiTokenSchema,
  listOf,
  mergeResultSchema,
  similarClaimSchema,
  splitResultSchema,
} from "./response-schemas";

const db = createPrismaClient(testDatabaseUrl());
afterAll(() => db.$disconnect());

// The document's response schemas are strict: a field added to or dropped from an answer without
// the document following fails here.
describe("the OpenAPI response schemas match what the API answers", () => {
  it("for articles, claims, history and comments", async () => {
    const editor = await db.user.findUniqueOrThrow({ where: { email: "editor@example.org" } });
    const list = await listArticles(db, { page: 1, pageSize: 5 });
    expect(list.items.length).toBeGreaterThan(0);
    listOf(articleSummarySchema, "ArticleList").parse(list);

    const withClaims = await getArticle(db, list.items[0]!.id);
    articleWithClaimsSchema.parse(withClaims);
    const claim = withClaims.claims[0]!;
    claimSchema.parse(claim);

    await addComment(db, claim.id, { body: "Checked against the register." }, { id: editor.id, name: editor.name, email: editor.email, role: editor.role });
    listOf(commentSchema, "CommentList").parse(await listComments(db, claim.id));
    const history = await claimHistory(db, claim.id);
    expect(history.total).toBeGreaterThan(0);
    listOf(historyEventSchema, "HistoryEventList").parse(history);
  });

  it("for claim lists, similar claims, split and merge", async () => {
    const editor = await db.user.findUniqueOrThrow({ where: { email: "editor@example.org" } });
    const user = { id: editor.id, name: editor.name, email: editor.email, role: editor.role };
    claimListSchema.parse(await listClaims(db, listClaimsQuery.parse({ q: "the", pageSize: "5" })));

    const text = "The mayor said the bridge will close for six months and the tunnel will reopen in May.";
    const article = await db.article.create({ data: { title: "Works", language: "en", text, textHash: "h", addedById: editor.id, updatedById: editor.id } });
    const claim = await createClaim(db, { articleId: article.id, start: 15, end: 86 }, user);
    listOf(similarClaimSchema, "SimilarClaimList").parse(await findSimilarClaims(db, claim.id));
    const split = await splitClaim(db, claim.id, { version: claim.version, at: 51 }, user);
    splitResultSchema.parse(split);
    const merged = await mergeClaims(db, split.claim.id, { version: split.claim.version, otherId: split.newClaim.id, otherVersion: split.newClaim.version }, user);
    mergeResultSchema.parse(merged);
  });

  it("for API tokens", async () => {
    const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@example.org" } });
    issuedApiTokenSchema.parse(await issueApiToken(db, { userId: admin.id, name: "Schema check" }, admin.id));
    listOf(apiTokenSchema, "ApiTokenList").parse(await listApiTokens(db));
  });

  it("and the strict schemas do refuse an answer with a field they do not describe", () => {
    expect(() => commentSchema.parse({ id: "1", body: "x", createdAt: new Date().toISOString(), author: { id: "a", name: "A" }, extra: 1 })).toThrow();
  });
});
