"use server";

import { revalidatePath } from "next/cache";
import { issueApiTokenInput } from "@/lib/api-tokens/api-token-input";
import { issueApiToken } from "@/lib/api-tokens/issue-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { requireUserForAction } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { formFailure, formValues, type FormState } from "@/lib/http/form-state";
import { fieldErrorsFromZod } from "@/lib/http/zod-errors";

/** The issued token travels back once, in this state, and is never readable again. */
export type IssueTokenState = FormState & { token?: string };

export async function issueTokenAction(_previous: IssueTokenState, form: FormData): Promise<IssueTokenState> {
  const values = formValues(form, ["userId", "name", "expiresInDays"]);
  try {
    const admin = await requireUserForAction("admin");
    const parsed = issueApiTokenInput.safeParse({ ...values, expiresInDays: values.expiresInDays.trim() || undefined });
    if (!parsed.success) return { error: "Check the highlighted fields.", fields: fieldErrorsFromZod(parsed.error), values };
    const { token, apiToken } = await issueApiToken(db, parsed.data, admin.id);
    revalidatePath("/admin/tokens");
    return { ok: `Issued "${apiToken.name}" for ${apiToken.user.email}. Copy it now: it will not be shown again.`, token };
  } catch (error) {
    return formFailure(error, values);
  }
}

export async function revokeTokenAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form, ["tokenId"]);
  try {
    const admin = await requireUserForAction("admin");
    const token = await revokeApiToken(db, values.tokenId, admin.id);
    revalidatePath("/admin/tokens");
    return { ok: `Revoked "${token.name}".` };
  } catch (error) {
    return formFailure(error, values);
  }
}
