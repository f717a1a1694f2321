import type { Verdict } from "@/lib/generated/prisma/enums";

/** How each verdict reads to the public. */
export const verdictLabels: Record<Verdict, string> = {
  true: "True",
  mostly_true: "Mostly true",
  mixed: "Mixed",
  mostly_false: "Mostly false",
  false: "False",
  misleading: "Misleading",
  unverifiable: "Unverifiable",
};

// workflow.md: true..false map to 5..1 on a 1-5 scale; misleading and unverifiable are not a point
// on that scale, so they carry only their name.
const ratingValues: Partial<Record<Verdict, number>> = { true: 5, mostly_true: 4, mixed: 3, mostly_false: 2, false: 1 };

/** A schema.org Rating for a verdict. */
export function verdictRating(verdict: Verdict): Record<string, unknown> {
  const value = ratingValues[verdict];
  return {
    "@type": "Rating",
    alternateName: verdictLabels[verdict],
    ...(value === undefined ? {} : { ratingValue: value, bestRating: 5, worstRating: 1 }),
  };
}
