// Inputs of POST / DELETE /api/v1/claims/:id/same-as, shared by the API, the claim panel's server
// actions and the OpenAPI document.
import { z } from "zod";

const version = z.number("Give the version the change was made on.").int().min(1, "Give the version the change was made on.");

/** Link a claim to an earlier occurrence of the same claim in another article. */
export const linkSameClaimInput = z.object({
  version,
  targetId: z.uuid("Not a claim id."),
});
export type LinkSameClaimInput = z.infer<typeof linkSameClaimInput>;

/** Undo the link. */
export const unlinkSameClaimInput = z.object({ version });
export type UnlinkSameClaimInput = z.infer<typeof unlinkSameClaimInput>;
