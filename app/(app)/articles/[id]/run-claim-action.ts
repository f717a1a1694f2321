import "server-only";
import { revalidatePath } from "next/cache";
import type { ClaimDto } from "@/lib/claims/claim-dto";
import { toAppError } from "@/lib/http/error-response";

export type ActionFailure = { ok: false; code: string; message: string; fields?: Record<string, string[]>; current?: ClaimDto };
export type ClaimActionResult = { ok: true; claim: ClaimDto } | ActionFailure;

/** Runs one change for a server action: its result, or the error as data (a thrown error would lose
 * its code and fields on the way to the client). The article's page is revalidated on success. */
export async function attemptClaimAction<T extends object>(articleId: string, work: () => Promise<T>): Promise<({ ok: true } & T) | ActionFailure> {
  try {
    const result = await work();
    revalidatePath(`/articles/${articleId}`);
    return { ok: true, ...result };
  } catch (error) {
    const e = toAppError(error);
    return { ok: false, code: e.code, message: e.message, fields: e.fields, current: e.current as ClaimDto | undefined };
  }
}

/** A change of one claim: the claim after it, or the error as data. */
export function runClaimAction(articleId: string, work: () => Promise<ClaimDto>): Promise<ClaimActionResult> {
  return attemptClaimAction(articleId, async () => ({ claim: await work() }));
}
