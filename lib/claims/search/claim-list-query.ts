// The filters of GET /api/v1/claims, the export and the search page: one zod schema for the three,
// read from URL query parameters (strings), so a search is a link that can be shared.
import { z } from "zod";
import { attributionLevels, verdicts } from "../claim-input";

export const claimStatuses = ["draft", "in_review", "changes_requested", "approved", "dismissed"] as const;
export const claimSorts = ["relevance", "newest", "oldest", "updated", "checkworthiness"] as const;
export type ClaimSort = (typeof claimSorts)[number];

/** Longest search text kept: longer input is cut rather than refused, so a pasted paragraph still
 * searches (api.md: bad search strings answer a list, never an error). */
export const MAX_QUERY_LENGTH = 500;

/** Control characters (a NUL cannot even be stored in Postgres text) become spaces; the rest is
 * handed to websearch_to_tsquery, which accepts any text without a syntax error. Text past the
 * limit is cut at a space, so the last word searched is a whole one. */
export function cleanQuery(value: string): string {
  const text = value.replace(/[\u0000-\u001f\u007f]/g, " ").trim();
  if (text.length <= MAX_QUERY_LENGTH) return text;
  const cut = text.slice(0, MAX_QUERY_LENGTH + 1);
  const lastSpace = cut.lastIndexOf(" ");
  return (lastSpace > 0 ? cut.slice(0, lastSpace) : cut.slice(0, MAX_QUERY_LENGTH)).trim();
}

// An empty form field ("status=") means "any", as a GET form sends every field.
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date as YYYY-MM-DD.")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "Not a calendar date.");

export const claimListFilters = z.object({
  q: optional(z.string().transform(cleanQuery)),
  status: optional(z.enum(claimStatuses, "Use draft, in_review, changes_requested, approved or dismissed.")),
  verdict: optional(z.enum(verdicts, "Not a verdict.")),
  attributionLevel: optional(z.enum(attributionLevels, "Not an attribution level.")),
  /** A source id, or a name matched against sources and the names written in claims. */
  claimant: optional(z.string().trim().max(300, "At most 300 characters.")),
  articleId: optional(z.uuid("Not an article id.")),
  /** A user id. */
  assignee: optional(z.string().trim().min(1).max(100)),
  /** Claims added on or after this day (UTC). */
  from: optional(day),
  /** Claims added on or before this day (UTC). */
  to: optional(day),
});
export type ClaimListFilters = z.infer<typeof claimListFilters>;

export const listClaimsQuery = claimListFilters.extend({
  /** Relevance when there is a text query, newest first otherwise. */
  sort: optional(z.enum(claimSorts, "Use relevance, newest, oldest, updated or checkworthiness.")),
  page: optional(z.coerce.number("Give a page number.").int("Give a whole page number.").min(1, "Pages start at 1.").max(10_000, "At most page 10,000.")).transform((v) => v ?? 1),
  pageSize: optional(z.coerce.number("Give a page size.").int("Give a whole page size.").min(1, "At least 1.").max(100, "At most 100.")).transform((v) => v ?? 25),
});
export type ListClaimsQuery = z.infer<typeof listClaimsQuery>;

export const exportFormats = ["csv", "json", "claimreview"] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const exportClaimsQuery = claimListFilters.extend({
  format: z.enum(exportFormats, "Use csv, json or claimreview."),
});
export type ExportClaimsQuery = z.infer<typeof exportClaimsQuery>;

/** The filters as query parameters, leaving out what is not set: for links that keep a search. */
export function filtersToParams(filters: Partial<Record<string, string | number | undefined>>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  return params;
}
