import "server-only";
import { revalidatePath } from "next/cache";
import type { ClaimDto } from "@/lib/claims/claim-dto";
import { toAppError } from "@/lib/http/error-response";

export type ClaimActionResult =
  | { ok: true; claim: ClaimDto }
  | { ok: false; code: string; message: string; fields?: Record<string, string[]>; current?: ClaimDto };

/** Runs one claim change for a server action: the claim after it, or the error as data (a thrown
 * error would lose its code and fields on the way to the client). */
export async function runClaimAction(articleId: string, work: () => Promise<ClaimDto>): Promise<ClaimActionResult> {
  try {
    const claim = await work();
    revalidatePath(`/articles/${articleId}`);
    return { ok: true, claim };
  } catch (error) {
    const e = toAppError(error);
    return { ok: false, code: e.code, message: e.message, fields: e.fields, current: e.current as ClaimDto | undefined };
  }
}
