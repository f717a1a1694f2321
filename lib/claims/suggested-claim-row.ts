import type { Anchor } from "./anchor";
import type { ExtractedClaim } from "./extraction/types";

/** The columns of a new claim made from a suggestion (the extractor's, or a hand annotation of
 * the same shape), anchored on `anchor` in the text whose hash is `textHash`. */
export function suggestedClaimRow(input: {
  articleId: string;
  textHash: string;
  anchor: Anchor;
  suggestion: Omit<ExtractedClaim, "quote" | "start" | "end">;
  sourceId: string | null;
  origin: "extractor" | "manual";
  actorId: string;
}) {
  const { anchor, suggestion } = input;
  return {
    articleId: input.articleId,
    quote: anchor.quote,
    anchorStart: anchor.start,
    anchorEnd: anchor.end,
    anchorPrefix: anchor.prefix,
    anchorSuffix: anchor.suffix,
    anchorTextHash: input.textHash,
    summary: suggestion.summary,
    claimantName: suggestion.claimant,
    claimantSourceId: input.sourceId,
    claimantStart: suggestion.claimantSpan?.start ?? null,
    claimantEnd: suggestion.claimantSpan?.end ?? null,
    cue: suggestion.cue,
    cueStart: suggestion.cueSpan?.start ?? null,
    cueEnd: suggestion.cueSpan?.end ?? null,
    attributionLevel: suggestion.attributionLevel,
    quoteType: suggestion.quoteType,
    hedged: suggestion.hedged,
    checkworthiness: Math.min(1, Math.max(0, suggestion.checkworthiness)),
    origin: input.origin,
    createdById: input.actorId,
    updatedById: input.actorId,
    roundEditorIds: [input.actorId],
  };
}
