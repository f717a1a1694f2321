import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims";

const claimsOf = (text: string, language: "fr" | "en") => extractClaims({ text, language }).claims;

describe("posts embedded in the page", () => {
  it("gives a post's words to the account that signed it, and makes no claim of its links and signature", () => {
    const text = [
      "Title",
      "The council confirmed the closure on Tuesday.",
      "Route 9 buses will not run on Saturday. Drivers said the depot was flooded.https://t.co/hbaWqfjJcp pic.twitter.com/P2qpm3h3Pm— Harwick Transit (@HarwickTransit) March 3, 2025",
      "The mayor said the depot would reopen in May.",
    ].join("\n\n");
    const claims = claimsOf(text, "en");
    const post = claims.filter((c) => c.claimant === "Harwick Transit (@HarwickTransit)");
    // The cues inside the post are the author's to report: both sentences are the account's.
    expect(post.map((c) => c.quote)).toEqual(["Route 9 buses will not run on Saturday", "Drivers said the depot was flooded"]);
    expect(post.every((c) => c.cue === "—" && c.quoteType === "direct")).toBe(true);
    expect(claims.some((c) => /t\.co|pic\.twitter|March 3, 2025/u.test(c.quote))).toBe(false);
    expect(claims.find((c) => c.quote === "the depot would reopen in May")?.claimant).toBe("The mayor");
  });

  it("reads a signature on a line of its own, in French, and an institution's post as a report at second hand (decision 050)", () => {
    const text = [
      "Titre",
      "Le trafic est interrompu entre Brest et Quimper jusqu’à 18 heures à cause d’un arbre tombé sur la voie.",
      "— Préfecture du Finistère (@Prefet29) 3 mars 2025",
      "La SNCF a annoncé des cars de substitution.",
    ].join("\n\n");
    const claims = claimsOf(text, "fr");
    const post = claims.find((c) => c.quote.startsWith("Le trafic est interrompu"))!;
    expect(post.claimant).toBe("Préfecture du Finistère (@Prefet29)");
    expect(post.attributionLevel).toBe("secondary_report");
    expect(claims.some((c) => c.quote.includes("3 mars 2025"))).toBe(false);
  });

  it("reads a post shared on a photo network, its caption's credit as the cue", () => {
    const text = [
      "Title",
      "View this post on Instagram",
      "We closed the cafe for good today after 31 years on Mill Row.",
      "A post shared by Lina Ortiz (@lina.ortiz) on Mar 3, 2025 at 9:12am PST",
    ].join("\n\n");
    const claims = claimsOf(text, "en");
    expect(claims.map((c) => [c.quote, c.claimant, c.cue, c.attributionLevel])).toEqual([
      ["We closed the cafe for good today after 31 years on Mill Row", "Lina Ortiz (@lina.ortiz)", "A post shared by", "secondary_report"],
    ]);
  });

  it("leaves a dash and a handle in ordinary prose alone", () => {
    const claims = claimsOf("Title\n\nThe club — which has 4,000 followers on X (@ClubHarwick) — closed its bar on Monday.", "en");
    expect(claims.map((c) => [c.claimant, c.attributionLevel])).toEqual([[null, "author_assertion"]]);
  });
});
