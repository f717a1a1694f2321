import { z } from "zod";

/** Issuing a token: for whom, under which name, and for how long (no expiry when absent). */
export const issueApiTokenInput = z.object({
  userId: z.string().trim().min(1, "Choose the user the token acts as."),
  name: z.string().trim().min(1, "Name the token (e.g. the system that will use it).").max(100, "At most 100 characters."),
  expiresInDays: z.coerce
    .number("Enter a number of days.")
    .int("Enter a whole number of days.")
    .min(1, "At least 1 day.")
    .max(3650, "At most 3650 days (10 years).")
    .optional(),
});
export type IssueApiTokenInput = z.infer<typeof issueApiTokenInput>;
