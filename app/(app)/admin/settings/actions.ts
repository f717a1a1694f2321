"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUserForAction } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { formFailure, formValues, type FormState } from "@/lib/http/form-state";
import { fieldErrorsFromZod } from "@/lib/http/zod-errors";
import { setSetting, settingSchemas } from "@/lib/settings/settings";

export type { FormState as SettingsState };

const settingsForm = z.object({
  allowPrivateUrls: z.stringbool().default(false),
  organisationName: settingSchemas.organisationName,
  publicBaseUrl: z.string().trim().pipe(settingSchemas.publicBaseUrl.unwrap()),
});

export async function saveSettings(_previous: FormState, form: FormData): Promise<FormState> {
  const values = { ...formValues(form, ["organisationName", "publicBaseUrl"]), allowPrivateUrls: String(form.get("allowPrivateUrls") ?? "false") };
  try {
    const admin = await requireUserForAction("admin");
    const parsed = settingsForm.safeParse(values);
    if (!parsed.success) return { error: "Check the highlighted fields.", fields: fieldErrorsFromZod(parsed.error), values };
    await setSetting(db, "allowPrivateUrls", parsed.data.allowPrivateUrls, admin.id);
    await setSetting(db, "organisationName", parsed.data.organisationName, admin.id);
    await setSetting(db, "publicBaseUrl", parsed.data.publicBaseUrl, admin.id);
    revalidatePath("/admin/settings");
    return { ok: "Settings saved." };
  } catch (error) {
    return formFailure(error, values);
  }
}
