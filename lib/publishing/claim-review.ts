// schema.org ClaimReview for an approved claim (https://schema.org/ClaimReview), with the rating
// scale of workflow.md: true..false map to 5..1; misleading and unverifiable carry no number and
// are written only as alternateName.
import type { SourceKind, Verdict } from "@/lib/generated/prisma/client";

export type ClaimReviewInput = {
  id: string;
  summary: string | null;
  quote: string;
  verdict: Verdict | null;
  approvedAt: Date | string | null;
  claimant: { name: string; kind: SourceKind | null } | null;
  article: { url: string | null; title: string; outlet: string | null; publishedAt: Date | string | null };
};

const ratingValue: Partial<Record<Verdict, number>> = { true: 5, mostly_true: 4, mixed: 3, mostly_false: 2, false: 1 };

const verdictName: Record<Verdict, string> = {
  true: "True",
  mostly_true: "Mostly true",
  mixed: "Mixed",
  mostly_false: "Mostly false",
  false: "False",
  misleading: "Misleading",
  unverifiable: "Unverifiable",
};

const iso = (value: Date | string | null) => (value === null ? undefined : new Date(value).toISOString());

export function claimReviewFor(claim: ClaimReviewInput, options: { organisationName: string; publicBaseUrl: string }): Record<string, unknown> {
  const rating: Record<string, unknown> = { "@type": "Rating" };
  if (claim.verdict) {
    const value = ratingValue[claim.verdict];
    if (value !== undefined) Object.assign(rating, { ratingValue: value, worstRating: 1, bestRating: 5 });
    rating.alternateName = verdictName[claim.verdict];
  }
  const author = claim.claimant
    ? { "@type": claim.claimant.kind === "person" ? "Person" : "Organization", name: claim.claimant.name }
    : claim.article.outlet
      ? { "@type": "Organization", name: claim.article.outlet }
      : undefined;
  const appearance = {
    "@type": "CreativeWork",
    ...(claim.article.url ? { url: claim.article.url } : {}),
    headline: claim.article.title,
    ...(claim.article.publishedAt ? { datePublished: iso(claim.article.publishedAt) } : {}),
    ...(claim.article.outlet ? { publisher: { "@type": "Organization", name: claim.article.outlet } } : {}),
  };
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: `${options.publicBaseUrl.replace(/\/$/, "")}/claims/${claim.id}`,
    claimReviewed: claim.summary ?? claim.quote,
    ...(claim.approvedAt ? { datePublished: iso(claim.approvedAt) } : {}),
    author: { "@type": "Organization", name: options.organisationName },
    reviewRating: rating,
    itemReviewed: {
      "@type": "Claim",
      ...(author ? { author } : {}),
      ...(claim.article.publishedAt ? { datePublished: iso(claim.article.publishedAt) } : {}),
      appearance,
    },
  };
}
