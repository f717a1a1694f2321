"use client";

import { useState } from "react";
import { hasRole, type Role } from "@/lib/auth/roles";
import type { WorkspaceClaim } from "@/lib/claims/claim-dto";
import type { ClaimAction } from "@/lib/claims/workflow";
import { attributionLevels, quoteTypes, verdicts } from "@/lib/claims/claim-enums";
import type { UndoEntry } from "@/lib/claims/undo-plan";
import { inputClass } from "@/app/_components/form-parts";
import { attributionLabel } from "./attribution-labels";
import { ClaimTimeline } from "./claim-timeline";
import { publicClaimPath } from "@/lib/publishing/claim-review";
import { SimilarClaims } from "./similar-claims";
import { saveClaimAction, transitionClaimAction, type ClaimActionResult } from "./claim-actions";
import { ClaimantPicker, type ClaimantDraft } from "./claimant-picker";

type Draft = {
  summary: string;
  claimant: ClaimantDraft;
  cue: string;
  attributionLevel: WorkspaceClaim["attributionLevel"];
  quoteType: WorkspaceClaim["quoteType"];
  hedged: boolean;
  verdict: string;
  rationale: string;
  evidence: string;
  notes: string;
  assigneeId: string;
};

export function draftOf(claim: WorkspaceClaim): Draft {
  return {
    summary: claim.summary ?? "",
    claimant: { name: claim.claimant?.name ?? "", sourceId: claim.claimant?.sourceId ?? null, sourceKind: null, kind: "" },
    cue: claim.cue ?? "",
    attributionLevel: claim.attributionLevel,
    quoteType: claim.quoteType,
    hedged: claim.hedged,
    verdict: claim.verdict ?? "",
    rationale: claim.rationale ?? "",
    evidence: claim.evidence.map((e) => (e.note ? `${e.url} ${e.note}` : e.url)).join("\n"),
    notes: claim.notes ?? "",
    assigneeId: claim.assigneeId ?? "",
  };
}

/** The fields as the API takes them; evidence is one link per line, a note after the address. */
function payload(draft: Draft, version: number, claim: WorkspaceClaim) {
  const { claimant } = draft;
  const claimantChanged =
    claimant.name.trim() !== (claim.claimant?.name ?? "") || claimant.sourceId !== (claim.claimant?.sourceId ?? null) || claimant.kind !== "";
  return {
    version,
    summary: draft.summary,
    cue: draft.cue,
    attributionLevel: draft.attributionLevel,
    quoteType: draft.quoteType,
    hedged: draft.hedged,
    verdict: draft.verdict === "" ? null : draft.verdict,
    rationale: draft.rationale,
    evidence: draft.evidence
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => {
        const [url = "", ...note] = line.split(/\s+/);
        return note.length ? { url, note: note.join(" ") } : { url };
      }),
    ...(claimantChanged
      ? {
          claimant:
            claimant.name.trim() === ""
              ? null
              : { name: claimant.name, ...(claimant.sourceId ? { sourceId: claimant.sourceId } : claimant.kind ? { kind: claimant.kind } : {}) },
        }
      : {}),
    notes: draft.notes,
    assigneeId: draft.assigneeId === "" ? null : draft.assigneeId,
  };
}

const label = "block text-sm font-medium";

export function ClaimEditor({
  articleId,
  claim,
  canEdit,
  role,
  people,
  actions,
  onSaved,
}: {
  articleId: string;
  claim: WorkspaceClaim;
  canEdit: boolean;
  role: Role;
  /** Who a claim can be assigned to. */
  people: { id: string; name: string }[];
  /** The transitions the workflow offers this user on this claim. */
  actions: ClaimAction[];
  /** Called after a save or a transition, with what undo needs to take it back. */
  onSaved: (claim: WorkspaceClaim, entry?: UndoEntry) => void;
}) {
  const [comment, setComment] = useState("");
  const [draft, setDraft] = useState<Draft>(() => draftOf(claim));
  const [result, setResult] = useState<ClaimActionResult | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const error = (field: string) => (result && !result.ok ? result.fields?.[field]?.[0] : undefined);
  const editable = canEdit && (claim.status === "draft" || claim.status === "changes_requested");

  async function act(work: () => Promise<ClaimActionResult>, undo?: (after: WorkspaceClaim) => UndoEntry) {
    setBusy(true);
    const outcome = await work();
    setBusy(false);
    setResult(outcome);
    if (outcome.ok) onSaved(outcome.claim, undo?.(outcome.claim));
  }
  // Saving over someone else's version undoes back to theirs, not to what this page first showed.
  const save = (version: number, base: WorkspaceClaim = claim) =>
    act(() => saveClaimAction(articleId, claim.id, payload(draft, version, base)), (after) => ({ kind: "edit", before: base, after }));
  const transition = (action: string) =>
    act(
      () => transitionClaimAction(articleId, claim.id, { version: claim.version, action, ...(comment.trim() ? { comment } : {}) }),
      action === "dismiss" || action === "restore" ? (after) => ({ kind: "transition", action, after }) : undefined,
    );
  const offers = (action: ClaimAction) => actions.includes(action);
  const reviews = offers("approve") || offers("request_changes");
  const reopens = offers("reopen");
  // A reviewer who touched the claim in this round sees why they are not offered the review.
  const fourEyes = claim.status === "in_review" && hasRole(role, "reviewer") && !reviews;
  const conflict = result && !result.ok && result.code === "conflict" ? result.current : undefined;

  return (
    <section aria-labelledby="editor-heading" className="rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid="claim-editor" data-claim-id={claim.id}>
      <h2 id="editor-heading" className="text-base font-semibold">
        Claim <span className="font-normal text-slate-500">v{claim.version} · {claim.status.replace("_", " ")}</span>
      </h2>
      <blockquote className="mt-2 border-l-4 border-amber-300 pl-3 text-slate-700">{claim.quote}</blockquote>
      {claim.status === "approved" ? (
        <p className="mt-2">
          Published: <a href={publicClaimPath(claim.id)} className="underline" data-testid="public-page-link">public fact-check page</a> ·{" "}
          <a href={`/api/v1/claims/${claim.id}/claimreview`} className="underline">ClaimReview JSON-LD</a>
        </p>
      ) : null}
      {!editable && canEdit ? (
        <p className="mt-2 rounded bg-slate-100 px-2 py-1 text-slate-700">
          {claim.status === "dismissed" ? "Dismissed: restore it to edit it." : "This claim is frozen while in review or approved: a reviewer must send it back first."}
        </p>
      ) : null}
      {conflict ? (
        <div role="alert" className="mt-3 rounded border border-orange-300 bg-orange-50 p-3">
          <p className="font-medium">Someone saved this claim since you opened it (now version {conflict.version}).</p>
          <dl className="mt-2 grid grid-cols-[auto_1fr_1fr] gap-x-3 gap-y-1">
            <dt />
            <dd className="font-medium">Theirs</dd>
            <dd className="font-medium">Yours (kept below)</dd>
            <dt>Summary</dt>
            <dd data-testid="theirs-summary">{conflict.summary ?? "—"}</dd>
            <dd>{draft.summary || "—"}</dd>
            <dt>Level</dt>
            <dd>{attributionLabel[conflict.attributionLevel]}</dd>
            <dd>{attributionLabel[draft.attributionLevel]}</dd>
          </dl>
          <div className="mt-2 flex gap-2">
            <button type="button" className="rounded bg-brand-600 px-2 py-1 text-white" onClick={() => save(conflict.version, conflict)}>
              Save mine over theirs
            </button>
            <button type="button" className="rounded border border-slate-300 px-2 py-1" onClick={() => { setDraft(draftOf(conflict)); setResult(null); onSaved(conflict); }}>
              Take theirs
            </button>
          </div>
        </div>
      ) : result && !result.ok ? (
        <p role="alert" className="mt-3 rounded border border-red-200 bg-red-50 px-2 py-1 text-red-800">{result.message}</p>
      ) : result?.ok ? (
        <p role="status" className="mt-3 text-emerald-700">Saved (version {result.claim.version}).</p>
      ) : null}

      <form className="mt-3 space-y-3" onSubmit={(e) => { e.preventDefault(); void save(claim.version); }}>
        <fieldset disabled={!editable || busy} className="space-y-3">
          <div>
            <label htmlFor="claim-summary" className={label}>Summary</label>
            <input id="claim-summary" value={draft.summary} onChange={(e) => set("summary", e.target.value)} className={inputClass} aria-invalid={error("summary") ? true : undefined} />
            {error("summary") ? <p className="text-red-700">{error("summary")}</p> : null}
          </div>
          <ClaimantPicker value={draft.claimant} onChange={(value) => set("claimant", value)} error={error("claimant.name") ?? error("claimant.sourceId")} />
          <div className="grid grid-cols-2 gap-2">
            <div>
              <label htmlFor="claim-cue" className={label}>Cue</label>
              <input id="claim-cue" value={draft.cue} onChange={(e) => set("cue", e.target.value)} className={inputClass} />
            </div>
            <div>
              <label htmlFor="claim-quote-type" className={label}>Quote type</label>
              <select id="claim-quote-type" value={draft.quoteType} onChange={(e) => set("quoteType", e.target.value as Draft["quoteType"])} className={inputClass}>
                {quoteTypes.map((q) => <option key={q} value={q}>{q}</option>)}
              </select>
            </div>
          </div>
          <div>
            <label htmlFor="claim-level" className={label}>Attribution level <span className="font-normal text-slate-500">(keys 1–9)</span></label>
            <select id="claim-level" value={draft.attributionLevel} onChange={(e) => set("attributionLevel", e.target.value as Draft["attributionLevel"])} className={inputClass}>
              {attributionLevels.map((l, i) => <option key={l} value={l}>{i + 1}. {attributionLabel[l]}</option>)}
            </select>
          </div>
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={draft.hedged} onChange={(e) => set("hedged", e.target.checked)} /> Hedged (conditional, modal, “reportedly”)
          </label>
          <div>
            <label htmlFor="claim-verdict" className={label}>Verdict</label>
            <select id="claim-verdict" value={draft.verdict} onChange={(e) => set("verdict", e.target.value)} className={inputClass}>
              <option value="">None yet</option>
              {verdicts.map((v) => <option key={v} value={v}>{v.replace("_", " ")}</option>)}
            </select>
          </div>
          <div>
            <label htmlFor="claim-rationale" className={label}>Rationale</label>
            <textarea id="claim-rationale" rows={3} value={draft.rationale} onChange={(e) => set("rationale", e.target.value)} className={inputClass} />
          </div>
          <div>
            <label htmlFor="claim-evidence" className={label}>Evidence <span className="font-normal text-slate-500">(one link per line, a note after it)</span></label>
            <textarea id="claim-evidence" rows={2} value={draft.evidence} onChange={(e) => set("evidence", e.target.value)} className={inputClass} />
            {Object.entries(result && !result.ok ? (result.fields ?? {}) : {}).filter(([k]) => k.startsWith("evidence")).map(([k, v]) => <p key={k} className="text-red-700">{v[0]}</p>)}
          </div>
          <div>
            <label htmlFor="claim-notes" className={label}>Notes <span className="font-normal text-slate-500">(for the desk, not published)</span></label>
            <textarea id="claim-notes" rows={2} value={draft.notes} onChange={(e) => set("notes", e.target.value)} className={inputClass} />
            {error("notes") ? <p className="text-red-700">{error("notes")}</p> : null}
          </div>
          <div>
            <label htmlFor="claim-assignee" className={label}>Assigned to</label>
            <select id="claim-assignee" value={draft.assigneeId} onChange={(e) => set("assigneeId", e.target.value)} className={inputClass}>
              <option value="">Nobody</option>
              {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
          </div>
          <div className="flex flex-wrap gap-2">
            <button type="submit" className="rounded bg-brand-600 px-3 py-1.5 text-white disabled:opacity-60">Save</button>
          </div>
        </fieldset>
      </form>
      {offers("submit") || offers("dismiss") || offers("restore") ? (
        <div className="mt-3 flex flex-wrap gap-2 border-t border-slate-200 pt-3">
          {offers("restore") ? <button type="button" disabled={busy} onClick={() => transition("restore")} className="rounded border border-slate-300 px-3 py-1.5">Restore</button> : null}
          {offers("submit") ? <button type="button" disabled={busy} onClick={() => transition("submit")} className="rounded border border-slate-300 px-3 py-1.5">Submit for review</button> : null}
          {offers("dismiss") ? <button type="button" disabled={busy} onClick={() => transition("dismiss")} className="rounded border border-slate-300 px-3 py-1.5">Dismiss</button> : null}
        </div>
      ) : null}
      {fourEyes ? (
        <p className="mt-3 rounded bg-slate-100 px-2 py-1 text-slate-700" data-testid="four-eyes">
          You created, edited or submitted this claim in this review round, so someone else must review it (four-eyes rule).
        </p>
      ) : null}
      {reviews || reopens ? (
        <div className="mt-3 space-y-2 border-t border-slate-200 pt-3">
          <label htmlFor="review-comment" className={label}>
            {reviews ? "Comment for the editor (required to request changes)" : "Reason for reopening (required)"}
          </label>
          <textarea id="review-comment" rows={2} value={comment} onChange={(e) => setComment(e.target.value)} className={inputClass} />
          <div className="flex flex-wrap gap-2">
            {reviews ? (
              <>
                {offers("approve") ? <button type="button" disabled={busy} onClick={() => transition("approve")} className="rounded bg-emerald-700 px-3 py-1.5 text-white">Approve</button> : null}
                {offers("request_changes") ? <button type="button" disabled={busy} onClick={() => transition("request_changes")} className="rounded border border-slate-300 px-3 py-1.5">Request changes</button> : null}
              </>
            ) : (
              <button type="button" disabled={busy} onClick={() => transition("reopen")} className="rounded border border-slate-300 px-3 py-1.5">Reopen</button>
            )}
          </div>
        </div>
      ) : null}
      <SimilarClaims articleId={articleId} claim={claim} onSaved={onSaved} />
      <ClaimTimeline articleId={articleId} claimId={claim.id} refreshKey={claim.version} />
    </section>
  );
}
