import { z } from "zod";
import { roles } from "@/lib/auth/roles";

export const newUserInput = z.object({
  name: z.string().trim().min(1, "Enter a name.").max(120, "At most 120 characters."),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email("Enter a valid email address.")),
  role: z.enum(roles, "Choose editor, reviewer or admin."),
  password: z.string().min(8, "At least 8 characters.").max(128, "At most 128 characters."),
});
export type NewUserInput = z.infer<typeof newUserInput>;

export const changeRoleInput = z.object({
  userId: z.string().min(1, "Choose a user."),
  role: z.enum(roles, "Choose editor, reviewer or admin."),
});
export type ChangeRoleInput = z.infer<typeof changeRoleInput>;
