// The editable fields of a claim, one zod schema shared by the API (POST/PATCH /api/v1/claims),
// the editor's forms and the OpenAPI document. Limits are what a newsroom needs, not what fits.
import { z } from "zod";
import { attributionLevels, quoteTypes, sourceKinds, verdicts } from "./claim-enums";

export { attributionLevels, quoteTypes, sourceKinds, verdicts };

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} is at most ${max.toLocaleString("en")} characters.`)
    .transform((value) => (value === "" ? null : value))
    .nullable();

const offset = z.number({ error: "Give a whole number of code points." }).int("Give a whole number of code points.").min(0, "Offsets start at 0.");

export const evidenceLink = z.object({
  url: z.url({ protocol: /^https?$/, error: "Give a web address starting with http:// or https://." }).max(2000),
  note: z.string().trim().max(1000, "A note is at most 1,000 characters.").optional(),
});

/** Who makes the claim: a known source (`sourceId`), or a name, optionally creating a source of
 * `kind` for it; null clears it. */
export const claimantInput = z
  .object({
    name: z.string().trim().min(1, "The claimant's name cannot be blank.").max(300, "At most 300 characters."),
    sourceId: z.uuid("Not a source id.").nullable().optional(),
    kind: z.enum(sourceKinds, "Use person, institution, outlet or document.").optional(),
  })
  .nullable();

export const editableClaimFields = z.object({
  summary: optionalText(200, "A summary"),
  claimant: claimantInput,
  cue: optionalText(200, "A cue"),
  attributionLevel: z.enum(attributionLevels, "Not an attribution level."),
  quoteType: z.enum(quoteTypes, "Use direct, indirect or mixed."),
  hedged: z.boolean("Use true or false."),
  checkworthiness: z.number().min(0, "Between 0 and 1.").max(1, "Between 0 and 1."),
  verdict: z.enum(verdicts, "Not a verdict.").nullable(),
  rationale: optionalText(20_000, "A rationale"),
  evidence: z.array(evidenceLink).max(50, "At most 50 evidence links."),
  notes: optionalText(20_000, "Notes"),
  assigneeId: z.string().min(1).nullable(),
});

export const createClaimInput = editableClaimFields.partial().extend({
  articleId: z.uuid("Not an article id."),
  start: offset,
  end: offset,
});
export type CreateClaimInput = z.infer<typeof createClaimInput>;

export const updateClaimInput = editableClaimFields.partial().extend({
  version: z.number().int().min(1, "Give the version the edit was made on."),
  /** true accepts the extractor's suggestion as a claim to work on; false makes it a suggestion again. */
  accepted: z.boolean("Use true or false.").optional(),
  start: offset.optional(),
  end: offset.optional(),
});
export type UpdateClaimInput = z.infer<typeof updateClaimInput>;

/** Body of `POST /api/v1/claims/:id/split`: cut the claim at code point `at` (inside its span). */
export const splitClaimInput = z.object({
  version: z.number().int().min(1, "Give the version the split was made on."),
  at: offset,
});
export type SplitClaimInput = z.infer<typeof splitClaimInput>;

/** Body of `POST /api/v1/claims/:id/merge`: fold claim `otherId` of the same article into this one. */
export const mergeClaimsInput = z.object({
  version: z.number().int().min(1, "Give the version the merge was made on."),
  otherId: z.uuid("Not a claim id."),
  otherVersion: z.number().int().min(1, "Give the version of the other claim."),
});
export type MergeClaimsInput = z.infer<typeof mergeClaimsInput>;
