// Every route of /api/v1, described from the zod schemas the routes themselves parse with.
// openapi-coverage.test.ts fails when a route handler in app/api/v1 is missing here.
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { correctArticleInput } from "@/lib/articles/correct-article";
import { listArticlesQuery } from "@/lib/articles/list-articles";
import { newArticleInput } from "@/lib/articles/new-article-input";
import { issueApiTokenInput } from "@/lib/api-tokens/api-token-input";
import { createClaimInput, mergeClaimsInput, splitClaimInput, updateClaimInput } from "@/lib/claims/claim-input";
import { exportClaimsQuery, listClaimsQuery } from "@/lib/claims/search/claim-list-query";
import { linkSameClaimInput, unlinkSameClaimInput } from "@/lib/claims/similar/same-claim-input";
import { newCommentInput } from "@/lib/claims/comments";
import { transitionInput } from "@/lib/claims/transition-input";
import { idParam, operation } from "./operation";
import {
  apiTokenSchema,
  articleSummarySchema,
  articleWithClaimsSchema,
  claimListSchema,
  claimReviewSchema,
  claimSchema,
  commentSchema,
  historyEventSchema,
  issuedApiTokenSchema,
  listOf,
  mergeResultSchema,
  similarClaimSchema,
  splitResultSchema,
} from "./response-schemas";

export const apiPaths: ZodOpenApiPathsObject = {
  "/api/v1/articles": {
    get: operation({
      tag: "Articles",
      summary: "List articles",
      description: "Newest first, with their claim counts by status; `q` matches the title or the outlet.",
      role: "editor",
      query: listArticlesQuery,
      ok: { description: "A page of articles", schema: listOf(articleSummarySchema, "ArticleList") },
      errors: ["validation_failed"],
    }),
    post: operation({
      tag: "Articles",
      summary: "Add an article",
      description:
        "Exactly one of `text`, `html`, `markdown` or `url` (fetched by the server: 10 s, 2 MB, 5 redirects, web pages only, no private addresses unless an admin allows them). The text is cleaned and split into suggested claims, stored as drafts.",
      role: "editor",
      body: newArticleInput,
      ok: { status: 201, description: "The article and its suggested claims", schema: articleWithClaimsSchema },
      errors: ["bad_request", "validation_failed", "payload_too_large"],
    }),
  },
  "/api/v1/articles/{id}": {
    get: operation({
      tag: "Articles",
      summary: "An article with its claims",
      role: "editor",
      path: idParam,
      ok: { description: "The article and its claims in text order", schema: articleWithClaimsSchema },
      errors: ["not_found"],
    }),
    patch: operation({
      tag: "Articles",
      summary: "Correct an article",
      description: "A new title or text. Every claim re-anchors; each reports `anchor.state` (exact, moved, fuzzy or orphaned).",
      role: "editor",
      path: idParam,
      body: correctArticleInput,
      ok: { description: "The corrected article and its re-anchored claims", schema: articleWithClaimsSchema },
      errors: ["bad_request", "validation_failed", "not_found", "conflict", "payload_too_large"],
    }),
  },
  "/api/v1/claims": {
    get: operation({
      tag: "Claims",
      summary: "Find claims",
      description:
        "Full-text search (`q`) over summary, quote and claimant, accents ignored, stemmed in each article's language (French or English), combined with the filters; any text is accepted and at worst finds nothing. Sorted by relevance when there is a `q`, newest first otherwise.",
      role: "editor",
      query: listClaimsQuery,
      ok: { description: "A page of claims", schema: claimListSchema },
      errors: ["validation_failed"],
    }),
    post: operation({
      tag: "Claims",
      summary: "Add a claim by hand",
      description: "`start` and `end` are code points into the article text, `end` exclusive.",
      role: "editor",
      body: createClaimInput,
      ok: { status: 201, description: "The new claim", schema: claimSchema },
      errors: ["bad_request", "validation_failed", "not_found"],
    }),
  },
  "/api/v1/claims/{id}": {
    get: operation({ tag: "Claims", summary: "A claim", role: "editor", path: idParam, ok: { description: "The claim", schema: claimSchema }, errors: ["not_found"] }),
    patch: operation({
      tag: "Claims",
      summary: "Edit a claim",
      description: "Names the `version` it was made on. Claims in review or approved are read-only (403 says why).",
      role: "editor",
      path: idParam,
      body: updateClaimInput,
      ok: { description: "The claim after the edit", schema: claimSchema },
      errors: ["bad_request", "validation_failed", "not_found", "conflict"],
    }),
  },
  "/api/v1/claims/export": {
    get: operation({
      tag: "Publishing",
      summary: "Export claims",
      description:
        "The filters of `GET /api/v1/claims` plus `format`: `csv` (UTF-8 with BOM, every field quoted, CRLF: opens in a spreadsheet), `json` (an array of Claim) or `claimreview` (an array of ClaimReview, approved claims only). Streamed, as a download.",
      role: "editor",
      query: exportClaimsQuery,
      ok: { description: "The file (text/csv, application/json or application/ld+json)" },
      errors: ["validation_failed"],
    }),
  },
  "/api/v1/claims/{id}/split": {
    post: operation({
      tag: "Claims",
      summary: "Split a claim in two",
      description: "Cuts at code point `at`, inside the claim: the claim keeps the first part, a new draft takes the second with a copy of the annotations.",
      role: "editor",
      path: idParam,
      body: splitClaimInput,
      ok: { status: 201, description: "Both claims", schema: splitResultSchema },
      errors: ["bad_request", "validation_failed", "not_found", "conflict"],
    }),
  },
  "/api/v1/claims/{id}/merge": {
    post: operation({
      tag: "Claims",
      summary: "Merge another claim into this one",
      description: "Both of the same article. This claim takes the union of the two spans and keeps its fields; the other is dismissed (restorable), its history naming this one.",
      role: "editor",
      path: idParam,
      body: mergeClaimsInput,
      ok: { description: "Both claims after the merge", schema: mergeResultSchema },
      errors: ["bad_request", "validation_failed", "not_found", "conflict"],
    }),
  },
  "/api/v1/claims/{id}/similar": {
    get: operation({
      tag: "Claims",
      summary: "Similar claims in other articles",
      description: "Claims that say the same thing, scored 0 to 1, best first, with their status and verdict.",
      role: "editor",
      path: idParam,
      ok: { description: "The similar claims", schema: listOf(similarClaimSchema, "SimilarClaimList") },
      errors: ["not_found"],
    }),
  },
  "/api/v1/claims/{id}/same-as": {
    post: operation({
      tag: "Claims",
      summary: "Link as the same claim",
      description: "Links this claim to `targetId` (a claim of another article) as the same claim; a new occurrence then shows the existing verdict.",
      role: "editor",
      path: idParam,
      body: linkSameClaimInput,
      ok: { description: "The claim after the link", schema: claimSchema },
      errors: ["bad_request", "validation_failed", "not_found", "conflict"],
    }),
    delete: operation({
      tag: "Claims",
      summary: "Undo a same-claim link",
      role: "editor",
      path: idParam,
      body: unlinkSameClaimInput,
      ok: { description: "The claim after the unlink", schema: claimSchema },
      errors: ["bad_request", "validation_failed", "not_found", "conflict"],
    }),
  },
  "/api/v1/claims/{id}/transitions": {
    post: operation({
      tag: "Review",
      summary: "Move a claim through the workflow",
      description: "submit, approve, request_changes (comment required), dismiss, restore, reopen (admin, reason required); four eyes for approve and request_changes.",
      role: "editor",
      path: idParam,
      body: transitionInput,
      ok: { description: "The claim after the transition", schema: claimSchema },
      errors: ["bad_request", "validation_failed", "not_found", "conflict"],
    }),
  },
  "/api/v1/claims/{id}/history": {
    get: operation({
      tag: "Review",
      summary: "A claim's history",
      description: "Append-only, oldest first: who, when, before and after.",
      role: "editor",
      path: idParam,
      ok: { description: "The events", schema: listOf(historyEventSchema, "HistoryEventList") },
      errors: ["not_found"],
    }),
  },
  "/api/v1/claims/{id}/comments": {
    get: operation({
      tag: "Review",
      summary: "A claim's discussion",
      role: "editor",
      path: idParam,
      ok: { description: "The comments, oldest first", schema: listOf(commentSchema, "CommentList") },
      errors: ["not_found"],
    }),
    post: operation({
      tag: "Review",
      summary: "Comment on a claim",
      description: "Plain text, up to 10,000 characters.",
      role: "editor",
      path: idParam,
      body: newCommentInput,
      ok: { status: 201, description: "The comment", schema: commentSchema },
      errors: ["bad_request", "validation_failed", "not_found"],
    }),
  },
  "/api/v1/claims/{id}/claimreview": {
    get: operation({
      tag: "Publishing",
      summary: "ClaimReview of an approved claim",
      description: "schema.org ClaimReview as JSON-LD; `url` is the claim's public page. Approved claims only.",
      role: "editor",
      path: idParam,
      ok: { description: "The ClaimReview", schema: claimReviewSchema, contentType: "application/ld+json" },
      errors: ["not_found"],
    }),
  },
  "/api/v1/tokens": {
    get: operation({
      tag: "Administration",
      summary: "List API tokens",
      description: "Every token, revoked ones included; never the token or its hash.",
      role: "admin",
      ok: { description: "The tokens, newest first", schema: listOf(apiTokenSchema, "ApiTokenList") },
    }),
    post: operation({
      tag: "Administration",
      summary: "Issue an API token",
      description: "The token acts as `userId`, with that user's role. It is in this answer only: store it now.",
      role: "admin",
      body: issueApiTokenInput,
      ok: { status: 201, description: "The token, shown once, and its record", schema: issuedApiTokenSchema },
      errors: ["bad_request", "validation_failed"],
    }),
  },
  "/api/v1/tokens/{id}": {
    delete: operation({
      tag: "Administration",
      summary: "Revoke an API token",
      description: "The next request with it gets 401. The record stays, as revoked.",
      role: "admin",
      path: idParam,
      ok: { description: "The revoked token's record", schema: apiTokenSchema },
      errors: ["not_found"],
    }),
  },
  "/api/v1/openapi.json": {
    get: operation({ tag: "Reference", summary: "This document", role: null, ok: { description: "OpenAPI 3.1" } }),
  },
};
