import { z } from "zod";
import { claimActions } from "./workflow";

/** Body of `POST /api/v1/claims/:id/transitions`. */
export const transitionInput = z.object({
  version: z.number().int().min(1, "Give the version the action was taken on."),
  action: z.enum(claimActions, `Use one of ${claimActions.join(", ")}.`),
  comment: z.string().max(20_000, "A comment is at most 20,000 characters.").optional(),
});
export type TransitionInput = z.infer<typeof transitionInput>;
