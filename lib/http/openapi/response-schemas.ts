// What the API answers, as zod schemas for the OpenAPI document. They are strict, and
// response-schemas.integration.test.ts parses real answers with them, so the document cannot
// drift from what the routes send.
import { z } from "zod";
import { attributionLevels, quoteTypes, verdicts } from "@/lib/claims/claim-input";
import { errorStatus } from "@/lib/http/app-error";

const isoTime = z.iso.datetime().meta({ description: "ISO 8601, UTC" });
const claimStatuses = ["draft", "in_review", "changes_requested", "approved", "dismissed"] as const;
const anchorStates = ["exact", "moved", "fuzzy", "orphaned"] as const;

export const errorSchema = z
  .strictObject({
    error: z.strictObject({
      code: z.enum(Object.keys(errorStatus) as [keyof typeof errorStatus, ...(keyof typeof errorStatus)[]]),
      message: z.string(),
      fields: z.record(z.string(), z.array(z.string())).optional().meta({ description: "For validation_failed: the messages by field" }),
      current: z.unknown().optional().meta({ description: "For conflict: the resource as it is now" }),
    }),
  })
  .meta({ id: "Error" });

export const claimSchema = z
  .strictObject({
    id: z.uuid(),
    articleId: z.uuid(),
    version: z.int().min(1),
    status: z.enum(claimStatuses),
    quote: z.string().meta({ description: "The claim's words, kept even when its anchor is orphaned" }),
    anchor: z.strictObject({
      start: z.int().nullable().meta({ description: "Code points into the article text; null when orphaned" }),
      end: z.int().nullable().meta({ description: "Exclusive" }),
      prefix: z.string(),
      suffix: z.string(),
      state: z.enum(anchorStates),
    }),
    summary: z.string().nullable(),
    claimant: z.strictObject({ name: z.string().nullable(), sourceId: z.uuid().nullable() }).nullable(),
    cue: z.string().nullable(),
    attributionLevel: z.enum(attributionLevels),
    quoteType: z.enum(quoteTypes),
    hedged: z.boolean(),
    checkworthiness: z.number().min(0).max(1),
    verdict: z.enum(verdicts).nullable(),
    rationale: z.string().nullable(),
    evidence: z.array(z.object({ url: z.string(), note: z.string().optional() })),
    notes: z.string().nullable(),
    acceptedAt: isoTime.nullable().meta({ description: "When an editor accepted the suggestion; null while it is only the extractor's" }),
    assigneeId: z.string().nullable(),
    sameAsId: z.uuid().nullable().meta({ description: "The claim this one is linked to as the same claim (from another article)" }),
    createdBy: z.string(),
    updatedBy: z.string(),
    createdAt: isoTime,
    updatedAt: isoTime,
  })
  .meta({ id: "Claim" });

const claimCounts = z.strictObject(Object.fromEntries(claimStatuses.map((s) => [s, z.int().min(0)])) as Record<(typeof claimStatuses)[number], z.ZodInt>);

const articleSummaryShape = {
  id: z.uuid(),
  title: z.string(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  language: z.enum(["fr", "en"]),
  publishedAt: isoTime.nullable(),
  version: z.int().min(1),
  addedBy: z.string(),
  createdAt: isoTime,
  updatedAt: isoTime,
  claimCounts,
};

export const articleSummarySchema = z.strictObject(articleSummaryShape).meta({ id: "ArticleSummary" });

export const articleSchema = z
  .strictObject({
    ...articleSummaryShape,
    text: z.string().meta({ description: "Exactly as ingested or last corrected; every offset refers to it" }),
    textHash: z.string(),
    removed: z.array(z.strictObject({ start: z.int(), end: z.int(), text: z.string(), reason: z.string() })),
    format: z.enum(["text", "html", "markdown", "url"]),
  })
  .meta({ id: "Article" });

export const articleWithClaimsSchema = z.strictObject({ article: articleSchema, claims: z.array(claimSchema) }).meta({ id: "ArticleWithClaims" });

const actor = z.strictObject({ id: z.string(), name: z.string() });

export const historyEventSchema = z
  .strictObject({
    id: z.string(),
    type: z.string().meta({ description: "claim_created, claim_updated, claim_transitioned, comment_added, …" }),
    at: isoTime,
    actor: actor.nullable(),
    before: z.unknown(),
    after: z.unknown(),
    comment: z.string().nullable(),
  })
  .meta({ id: "HistoryEvent" });

export const commentSchema = z.strictObject({ id: z.string(), body: z.string(), createdAt: isoTime, author: actor }).meta({ id: "Comment" });

export const apiTokenSchema = z
  .strictObject({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string().meta({ description: "The token's first characters, to tell tokens apart" }),
    user: z.strictObject({ id: z.string(), email: z.string(), name: z.string(), role: z.string() }),
    createdBy: z.strictObject({ id: z.string(), email: z.string() }),
    createdAt: isoTime,
    lastUsedAt: isoTime.nullable(),
    expiresAt: isoTime.nullable(),
    revokedAt: isoTime.nullable(),
    state: z.enum(["active", "expired", "revoked"]),
  })
  .meta({ id: "ApiToken" });

export const issuedApiTokenSchema = z
  .strictObject({ token: z.string().meta({ description: "Shown once; only its hash is stored" }), apiToken: apiTokenSchema })
  .meta({ id: "IssuedApiToken" });

export const claimReviewSchema = z
  .looseObject({
    "@context": z.literal("https://schema.org"),
    "@type": z.literal("ClaimReview"),
    url: z.string(),
    claimReviewed: z.string().max(74),
    datePublished: z.string(),
    author: z.object({ "@type": z.literal("Organization"), name: z.string(), url: z.string() }),
    reviewRating: z.object({
      "@type": z.literal("Rating"),
      alternateName: z.string(),
      ratingValue: z.int().min(1).max(5).optional(),
      bestRating: z.literal(5).optional(),
      worstRating: z.literal(1).optional(),
    }),
    itemReviewed: z.looseObject({ "@type": z.literal("Claim") }),
  })
  .meta({ id: "ClaimReview", description: "schema.org ClaimReview (JSON-LD)" });

export const splitResultSchema = z
  .strictObject({ claim: claimSchema.meta({ description: "The original, keeping the first part" }), newClaim: claimSchema })
  .meta({ id: "SplitResult" });

export const mergeResultSchema = z
  .strictObject({ claim: claimSchema.meta({ description: "The claim that took both spans" }), mergedClaim: claimSchema })
  .meta({ id: "MergeResult" });

export const similarClaimSchema = z
  .strictObject({
    score: z.number().min(0).max(1),
    linked: z.boolean().meta({ description: "Whether the two are already linked as the same claim" }),
    claim: claimSchema,
    article: z.strictObject({ id: z.uuid(), title: z.string(), outlet: z.string().nullable() }),
  })
  .meta({ id: "SimilarClaim" });

/** `{items, total}`, the shape of every list (api.md). */
export function listOf<T extends z.ZodType>(item: T, id: string) {
  return z.strictObject({ items: z.array(item), total: z.int().min(0) }).meta({ id });
}

/** The claims list: `{items, total}` plus whether `total` was counted or estimated. */
export const claimListSchema = z
  .strictObject({
    items: z.array(claimSchema),
    total: z.int().min(0).meta({
      description: "How many claims match: counted exactly up to 1,000 matches; above that, PostgreSQL's estimate (see totalExact)",
    }),
    totalExact: z.boolean().meta({ description: "False when total is an estimate because more than 1,000 claims match" }),
  })
  .meta({ id: "ClaimList" });
