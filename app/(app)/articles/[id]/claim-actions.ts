"use server";

// Server actions of the article workspace. Each checks the user itself (a server action is
// reachable by a direct POST), validates with the same zod schema as the API, and calls the same
// use case, so the UI and the API follow one set of rules.
import { revalidatePath } from "next/cache";
import { requireUserForAction } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { mergeClaimsInput, splitClaimInput, createClaimInput, updateClaimInput } from "@/lib/claims/claim-input";
import { mergeClaims, type MergeClaimsResult } from "@/lib/claims/merge-claims";
import { splitClaim, type SplitClaimResult } from "@/lib/claims/split-claim";
import { searchSources, type SourceOption } from "@/lib/sources/search-sources";
import { claimHistory } from "@/lib/claims/claim-history";
import { addComment, newCommentInput } from "@/lib/claims/comments";
import { createClaim } from "@/lib/claims/create-claim";
import { describeEvent } from "@/lib/history/describe-event";
import { transitionClaim } from "@/lib/claims/transition-claim";
import { transitionInput } from "@/lib/claims/transition-input";
import { updateClaim } from "@/lib/claims/update-claim";
import { toAppError } from "@/lib/http/error-response";
import { parseOrThrow } from "@/lib/http/zod-errors";
import { attemptClaimAction as attempt, runClaimAction as run, type ActionFailure, type ClaimActionResult } from "./run-claim-action";

export type { ActionFailure, ClaimActionResult };

export async function createClaimAction(input: unknown): Promise<ClaimActionResult> {
  const articleId = String((input as { articleId?: unknown } | null)?.articleId ?? "");
  return run(articleId, async () => createClaim(db, parseOrThrow(createClaimInput, input), await requireUserForAction("editor")));
}

export async function saveClaimAction(articleId: string, claimId: string, input: unknown): Promise<ClaimActionResult> {
  return run(articleId, async () => updateClaim(db, claimId, parseOrThrow(updateClaimInput, input), await requireUserForAction("editor")));
}

export async function transitionClaimAction(articleId: string, claimId: string, input: unknown): Promise<ClaimActionResult> {
  return run(articleId, async () => transitionClaim(db, claimId, parseOrThrow(transitionInput, input), await requireUserForAction("editor")));
}

export async function splitClaimAction(articleId: string, claimId: string, input: unknown): Promise<({ ok: true } & SplitClaimResult) | ActionFailure> {
  return attempt(articleId, async () => splitClaim(db, claimId, parseOrThrow(splitClaimInput, input), await requireUserForAction("editor")));
}

export async function mergeClaimsAction(articleId: string, claimId: string, input: unknown): Promise<({ ok: true } & MergeClaimsResult) | ActionFailure> {
  return attempt(articleId, async () => mergeClaims(db, claimId, parseOrThrow(mergeClaimsInput, input), await requireUserForAction("editor")));
}

/** Known sources matching what the editor typed in the claimant picker. */
export async function searchSourcesAction(query: string): Promise<SourceOption[]> {
  await requireUserForAction("editor");
  return searchSources(db, String(query).slice(0, 300));
}

export type TimelineEntry = { id: string; type: string; at: string; actor: string | null; summary: string; comment: string | null };
export type TimelineResult = { ok: true; entries: TimelineEntry[] } | { ok: false; message: string };

/** What happened to a claim, oldest first, in words an editor reads. */
export async function claimTimelineAction(claimId: string): Promise<TimelineResult> {
  try {
    await requireUserForAction("editor");
    const { items } = await claimHistory(db, claimId);
    return { ok: true, entries: items.map((e) => ({ id: e.id, type: e.type, at: e.at, actor: e.actor?.name ?? null, summary: describeEvent(e), comment: e.comment })) };
  } catch (error) {
    return { ok: false, message: toAppError(error).message };
  }
}

export async function addCommentAction(articleId: string, claimId: string, body: string): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    const user = await requireUserForAction("editor");
    await addComment(db, claimId, parseOrThrow(newCommentInput, { body }), user);
    revalidatePath(`/articles/${articleId}`);
    return { ok: true };
  } catch (error) {
    const e = toAppError(error);
    return { ok: false, message: e.fields?.body?.[0] ?? e.message };
  }
}
