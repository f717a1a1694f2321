"use server";

import { revalidatePath } from "next/cache";
import { requireUserForAction } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { formFailure as failure, formValues, type FormState } from "@/lib/http/form-state";
import { fieldErrorsFromZod } from "@/lib/http/zod-errors";
import { changeRole } from "@/lib/users/change-role";
import { createUser } from "@/lib/users/create-user";
import { changeRoleInput, newUserInput } from "@/lib/users/user-input";

export type { FormState };

export async function createUserAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form, ["name", "email", "role"]);
  try {
    const admin = await requireUserForAction("admin");
    const parsed = newUserInput.safeParse({ ...values, password: form.get("password") ?? "" });
    if (!parsed.success) return { error: "Check the highlighted fields.", fields: fieldErrorsFromZod(parsed.error), values };
    const user = await createUser(db, parsed.data, admin.id);
    revalidatePath("/admin/users");
    return { ok: `Created ${user.email} (${user.role}).` };
  } catch (error) {
    return failure(error, values);
  }
}

export async function changeRoleAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form, ["userId", "role"]);
  try {
    const admin = await requireUserForAction("admin");
    const parsed = changeRoleInput.safeParse(values);
    if (!parsed.success) return { error: "Choose a role.", fields: fieldErrorsFromZod(parsed.error), values };
    const user = await changeRole(db, parsed.data, admin.id);
    revalidatePath("/admin/users");
    return { ok: `${user.email} is now ${user.role}.` };
  } catch (error) {
    return failure(error, values);
  }
}
