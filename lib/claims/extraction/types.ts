// Shapes of the extractor's output (docs/extraction.md). Offsets are Unicode code points into the
// text as given, end exclusive.
import type { Language } from "@/lib/articles/detect-language";
import type { Span } from "@/lib/articles/text-offsets";

export type { Language, Span };

export const ATTRIBUTION_LEVELS = [
  "witnessed",
  "named_on_record",
  "official_statement",
  "document",
  "anonymous_described",
  "anonymous_bare",
  "secondary_report",
  "hedged_unsourced",
  "author_assertion",
] as const;
export type AttributionLevel = (typeof ATTRIBUTION_LEVELS)[number];

export type QuoteType = "direct" | "indirect" | "mixed";

export interface ExtractedClaim {
  quote: string;
  start: number;
  end: number;
  summary: string | null;
  claimant: string | null;
  claimantSpan: Span | null;
  cue: string | null;
  cueSpan: Span | null;
  attributionLevel: AttributionLevel;
  quoteType: QuoteType;
  hedged: boolean;
  checkworthiness: number;
}

export interface RemovedSpan {
  start: number;
  end: number;
  text: string;
  reason: string;
}

export interface ExtractionResult {
  language: Language;
  title: string | null;
  removed: RemovedSpan[];
  claims: ExtractedClaim[];
}

export interface ArticleExtractionResult extends ExtractionResult {
  /** Present for HTML input: the plain text that the offsets refer to. */
  text?: string;
}
