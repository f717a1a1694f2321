// Every route of /api/v1, described from the zod schemas the routes themselves parse with.
// openapi-coverage.test.ts fails when a route handler in app/api/v1 is missing here.
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { correctArticleInput } from "@/lib/articles/correct-article";
import { listArticlesQuery } from "@/lib/articles/list-articles";
import { newArticleInput } from "@/lib/articles/new-article-input";
import { issueApiTokenInput } from "@/lib/api-tokens/api-token-input";
import { createClaimInput, updateClaimInput } from "@/lib/claims/claim-input";
import { newCommentInput } from "@/lib/claims/comments";
import { transitionInput } from "@/lib/claims/transition-input";
import { idParam, operation } from "./operation";
import {
  apiTokenSchema,
  articleSummarySchema,
  articleWithClaimsSchema,
  claimReviewSchema,
  claimSchema,
  commentSchema,
  historyEventSchema,
  issuedApiTokenSchema,
  listOf,
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
