import { describe, expect, it } from "vitest";
import { claimReviewFor, shorten, type ClaimReviewInput } from "./claim-review";
import { verdictRating } from "./verdict-rating";

const options = { organisationName: "Desk Vérif", publicBaseUrl: "https://checks.example.org/" };

function approved(overrides: Partial<ClaimReviewInput> = {}): ClaimReviewInput {
  return {
    id: "0193a000-0000-7000-8000-000000000001",
    summary: "Iranian drones delivered in August",
    quote: "l’armée russe avait pris livraison de drones de fabrication iranienne en août",
    verdict: "mostly_true",
    approvedAt: new Date("2026-11-20T10:00:00Z"),
    claimantName: "l’administration Biden",
    claimantKind: "institution",
    attributionLevel: "official_statement",
    article: { url: "https://news.example.org/a/1", title: "La Russie achète des obus", outlet: "Le Quotidien", publishedAt: new Date("2026-11-01T08:00:00Z") },
    ...overrides,
  };
}

describe("ClaimReview of an approved claim", () => {
  it("carries the review, its rating on the 1-5 scale, the organisation, and the claim with its author and appearance", () => {
    expect(claimReviewFor(approved(), options)).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "https://checks.example.org/fact-checks/0193a000-0000-7000-8000-000000000001#claim-0193a000-0000-7000-8000-000000000001",
      claimReviewed: "Iranian drones delivered in August",
      datePublished: "2026-11-20",
      author: { "@type": "Organization", name: "Desk Vérif", url: "https://checks.example.org" },
      reviewRating: { "@type": "Rating", alternateName: "Mostly true", ratingValue: 4, bestRating: 5, worstRating: 1 },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Organization", name: "l’administration Biden" },
        datePublished: "2026-11-01",
        appearance: {
          "@type": "CreativeWork",
          headline: "La Russie achète des obus",
          url: "https://news.example.org/a/1",
          publisher: { "@type": "Organization", name: "Le Quotidien" },
          datePublished: "2026-11-01",
        },
      },
    });
  });

  it("maps every verdict per workflow.md: true..false to 5..1, misleading and unverifiable by name only", () => {
    const values = (["true", "mostly_true", "mixed", "mostly_false", "false"] as const).map((v) => verdictRating(v).ratingValue);
    expect(values).toEqual([5, 4, 3, 2, 1]);
    expect(verdictRating("misleading")).toEqual({ "@type": "Rating", alternateName: "Misleading" });
    expect(verdictRating("unverifiable")).toEqual({ "@type": "Rating", alternateName: "Unverifiable" });
  });

  it("names a person as a Person, and the outlet when the article asserts the claim itself", () => {
    const person = claimReviewFor(approved({ claimantName: "Yuriy Ignat", claimantKind: "person" }), options);
    expect((person.itemReviewed as { author: unknown }).author).toEqual({ "@type": "Person", name: "Yuriy Ignat" });
    const unlinked = claimReviewFor(approved({ claimantName: "Jane Doe", claimantKind: null, attributionLevel: "named_on_record" }), options);
    expect((unlinked.itemReviewed as { author: { "@type": string } }).author["@type"]).toBe("Person");
    const own = claimReviewFor(approved({ claimantName: null, claimantKind: null, attributionLevel: "author_assertion" }), options);
    expect((own.itemReviewed as { author: unknown }).author).toEqual({ "@type": "Organization", name: "Le Quotidien" });
  });

  it("keeps claimReviewed under 75 characters, cut at a word, falling back to the quote without a summary", () => {
    const long = claimReviewFor(approved({ summary: "Russia has bought millions of artillery shells and rockets from North Korea for its war in Ukraine" }), options);
    const reviewed = long.claimReviewed as string;
    expect([...reviewed].length).toBeLessThan(75);
    expect(reviewed).toBe("Russia has bought millions of artillery shells and rockets from North…");
    const noSummary = claimReviewFor(approved({ summary: null }), options).claimReviewed as string;
    expect(noSummary.startsWith("l’armée russe avait pris livraison")).toBe(true);
    expect([...noSummary].length).toBeLessThan(75);
  });

  it("leaves out what the article does not have rather than inventing it", () => {
    const pasted = claimReviewFor(approved({ article: { url: null, title: "Pasted", outlet: null, publishedAt: null }, claimantName: null }), options);
    expect(pasted.itemReviewed).toEqual({ "@type": "Claim", appearance: { "@type": "CreativeWork", headline: "Pasted" } });
  });

  it("shortens by code points, never splitting an emoji", () => {
    expect(shorten("🎉".repeat(100), 10)).toBe(`${"🎉".repeat(9)}…`);
    expect(shorten("  short   text ")).toBe("short text");
  });
});
