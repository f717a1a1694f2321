// The value lists of a claim's fields, without zod: the workspace's client code imports these, and
// importing claim-input.ts there would ship and run zod in the browser for four arrays.
import { ATTRIBUTION_LEVELS } from "./extraction/types";

/** The nine levels, strongest first (attribution-levels.md); one list for the extractor and the UI. */
export const attributionLevels = ATTRIBUTION_LEVELS;
export const verdicts = ["true", "mostly_true", "mixed", "mostly_false", "false", "misleading", "unverifiable"] as const;
export const quoteTypes = ["direct", "indirect", "mixed"] as const;
export const sourceKinds = ["person", "institution", "outlet", "document"] as const;
