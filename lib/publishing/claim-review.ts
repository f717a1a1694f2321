// schema.org ClaimReview for an approved claim (issue 6, workflow.md). Pure: the database read is in
// get-claim-review.ts, so the mapping is tested on plain objects.
import type { AttributionLevel, SourceKind, Verdict } from "@/lib/generated/prisma/enums";
import { verdictRating } from "./verdict-rating";

export type ClaimReviewInput = {
  id: string;
  summary: string | null;
  quote: string;
  verdict: Verdict;
  approvedAt: Date;
  claimantName: string | null;
  /** The kind of the claimant's source record, when the claimant is linked to one. */
  claimantKind: SourceKind | null;
  attributionLevel: AttributionLevel;
  article: { url: string | null; title: string; outlet: string | null; publishedAt: Date | null };
};

export type ClaimReviewOptions = { organisationName: string; publicBaseUrl: string };

/** Google's guidance keeps `claimReviewed` short; the issue asks for under 75 characters. */
export const CLAIM_REVIEWED_MAX = 74;

/** The public page of an approved claim; the fragment names the claim on it. */
export function publicClaimPath(claimId: string): string {
  return `/fact-checks/${claimId}`;
}

export function publicClaimUrl(claimId: string, publicBaseUrl: string): string {
  return `${publicBaseUrl.replace(/\/+$/, "")}${publicClaimPath(claimId)}#claim-${claimId}`;
}

/** Shortens at a word boundary and marks the cut, counting code points so no emoji is split. */
export function shorten(text: string, max = CLAIM_REVIEWED_MAX): string {
  const clean = text.replace(/\s+/g, " ").trim();
  const chars = [...clean];
  if (chars.length <= max) return clean;
  const cut = chars.slice(0, max - 1).join("");
  const atWord = cut.replace(/\s+\S*$/, "");
  return `${(atWord.length >= max / 2 ? atWord : cut).replace(/[\s,;:.]+$/, "")}…`;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** A person only when a source record says so, or when the claim names someone on the record. */
function claimantType(input: ClaimReviewInput): "Person" | "Organization" {
  if (input.claimantKind) return input.claimantKind === "person" ? "Person" : "Organization";
  return input.attributionLevel === "named_on_record" || input.attributionLevel === "witnessed" ? "Person" : "Organization";
}

/** Who made the claim: its claimant, or the outlet when the article asserts it itself. */
function claimAuthor(input: ClaimReviewInput): Record<string, unknown> | undefined {
  if (input.claimantName) return { "@type": claimantType(input), name: input.claimantName };
  if (input.article.outlet) return { "@type": "Organization", name: input.article.outlet };
  return undefined;
}

export function claimReviewFor(input: ClaimReviewInput, options: ClaimReviewOptions): Record<string, unknown> {
  const base = options.publicBaseUrl.replace(/\/+$/, "");
  const author = claimAuthor(input);
  const appearance: Record<string, unknown> = { "@type": "CreativeWork", headline: input.article.title };
  if (input.article.url) appearance.url = input.article.url;
  if (input.article.outlet) appearance.publisher = { "@type": "Organization", name: input.article.outlet };
  if (input.article.publishedAt) appearance.datePublished = day(input.article.publishedAt);
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: publicClaimUrl(input.id, base),
    claimReviewed: shorten(input.summary?.trim() || input.quote),
    datePublished: day(input.approvedAt),
    author: { "@type": "Organization", name: options.organisationName, url: base },
    reviewRating: verdictRating(input.verdict),
    itemReviewed: {
      "@type": "Claim",
      ...(author ? { author } : {}),
      ...(input.article.publishedAt ? { datePublished: day(input.article.publishedAt) } : {}),
      appearance,
    },
  };
}
