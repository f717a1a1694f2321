"use client";

import { useState } from "react";
import type { WorkspaceClaim } from "@/lib/claims/claim-dto";
import type { UndoEntry } from "@/lib/claims/undo-plan";
import { wordStarts, type SpanEnd } from "@/lib/claims/word-steps";
import { inputClass } from "@/app/_components/form-parts";
import { mergeClaimsAction, saveClaimAction, splitClaimAction, type ActionFailure } from "./claim-actions";

export type Span = { start: number; end: number };

/** What a tool did, for the workspace: the undo entry, the claim to select, a status line. */
export type ToolOutcome = { entry?: UndoEntry; selectId?: string; message: string };

const button = "rounded border border-slate-300 px-2 py-1 disabled:opacity-50";
const excerpt = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The words of the selected claim: accept the extractor's suggestion, adjust the span a word at a
 * time (with the quote previewed as it changes) or to the text selection, split the claim in two,
 * merge another claim into it. Each goes through the same server rules as the API.
 */
export function ClaimTools({
  articleId,
  claim,
  claims,
  points,
  pending,
  onPending,
  onStep,
  selection,
  caret,
  onDone,
}: {
  articleId: string;
  claim: WorkspaceClaim;
  claims: WorkspaceClaim[];
  /** The article's text as code points. */
  points: string[];
  /** The span being adjusted, or null when it is the saved one. */
  pending: Span | null;
  onPending: (span: Span | null) => void;
  onStep: (which: SpanEnd, direction: -1 | 1) => void;
  /** The words selected in the text, if any. */
  selection: Span | null;
  /** Where the caret or selection starts in the text, if anywhere. */
  caret: number | null;
  onDone: (outcome: ToolOutcome) => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const saved = claim.anchor.start !== null && claim.anchor.end !== null ? { start: claim.anchor.start, end: claim.anchor.end } : null;
  const span = pending ?? saved;
  const starts = saved ? wordStarts(points, saved) : [];
  const caretInside = caret !== null && saved !== null && caret > saved.start && caret < saved.end;
  const [splitAt, setSplitAt] = useState<number | null>(null);
  const cut = splitAt ?? (caretInside ? (starts.find((s) => s >= caret) ?? starts.at(-1)) : starts[Math.floor(starts.length / 2)]) ?? null;
  const mergeable = claims
    .filter((c) => c.id !== claim.id && (c.status === "draft" || c.status === "changes_requested") && c.anchor.start !== null)
    .sort((a, b) => Math.abs((a.anchor.start ?? 0) - (saved?.start ?? 0)) - Math.abs((b.anchor.start ?? 0) - (saved?.start ?? 0)));
  const [otherId, setOtherId] = useState("");
  const other = mergeable.find((c) => c.id === otherId) ?? mergeable[0];

  async function run<T extends { ok: true }>(work: () => Promise<T | ActionFailure>, then: (result: T) => ToolOutcome) {
    setBusy(true);
    setError(null);
    const result = await work();
    setBusy(false);
    if (result.ok) onDone(then(result as T));
    else setError(result.fields ? `${result.message} ${Object.values(result.fields).flat().join(" ")}` : result.message);
  }
  const saveSpan = () =>
    span &&
    run(
      () => saveClaimAction(articleId, claim.id, { version: claim.version, start: span.start, end: span.end }),
      (r) => {
        onPending(null);
        return { entry: { kind: "edit", before: claim, after: r.claim }, message: `Span saved: “${excerpt(r.claim.quote)}”.` };
      },
    );

  return (
    <section aria-labelledby="tools-heading" className="rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid="claim-tools">
      <h2 id="tools-heading" className="text-base font-semibold">Words of the claim</h2>
      {error ? <p role="alert" className="mt-2 rounded border border-red-200 bg-red-50 px-2 py-1 text-red-800">{error}</p> : null}
      {claim.acceptedAt === null ? (
        <p className="mt-2 flex items-center gap-2">
          <span>Suggested by the extractor.</span>
          <button type="button" disabled={busy} className={button} aria-keyshortcuts="a"
            onClick={() => run(() => saveClaimAction(articleId, claim.id, { version: claim.version, accepted: true }), (r) => ({ entry: { kind: "edit", before: claim, after: r.claim }, message: "Accepted." }))}>
            Accept
          </button>
        </p>
      ) : null}

      {/* An orphaned claim has no span to step, but can take the words selected in the text. */}
      <fieldset className="mt-3" disabled={busy}>
        <legend className="font-medium">Span</legend>
        <p className="mt-1 rounded bg-amber-50 px-2 py-1" aria-live="polite" data-testid="span-preview">
          {span ? `“${points.slice(span.start, span.end).join("")}”` : "The claim's words were not found in the text: select them and use the selection."}
        </p>
        <div className="mt-2 grid grid-cols-[auto_1fr_1fr] items-center gap-1">
          <span>Start</span>
          <button type="button" className={button} aria-keyshortcuts="[" aria-label="Move the start one word earlier" disabled={span === null} onClick={() => onStep("start", -1)}>◀ one word earlier</button>
          <button type="button" className={button} aria-keyshortcuts="]" aria-label="Move the start one word later" disabled={span === null} onClick={() => onStep("start", 1)}>one word later ▶</button>
          <span>End</span>
          <button type="button" className={button} aria-keyshortcuts="{" aria-label="Move the end one word earlier" disabled={span === null} onClick={() => onStep("end", -1)}>◀ one word earlier</button>
          <button type="button" className={button} aria-keyshortcuts="}" aria-label="Move the end one word later" disabled={span === null} onClick={() => onStep("end", 1)}>one word later ▶</button>
        </div>
        <div className="mt-2 flex flex-wrap gap-2">
          <button type="button" className={button} disabled={!selection} onClick={() => selection && onPending(selection)}>Use the text selection</button>
          <button id="save-span" type="button" className="rounded bg-brand-600 px-2 py-1 text-white disabled:opacity-50" aria-keyshortcuts="s" disabled={!pending} onClick={() => void saveSpan()}>Save span</button>
          <button type="button" className={button} disabled={!pending} onClick={() => onPending(null)}>Cancel</button>
        </div>
      </fieldset>

      {starts.length > 0 ? (
        <div className="mt-3 flex flex-wrap items-end gap-2 border-t border-slate-200 pt-3">
          <div className="min-w-0 flex-1">
            <label htmlFor="split-at" className="block font-medium">Split before</label>
            <select id="split-at" className={inputClass} value={cut ?? ""} onChange={(e) => setSplitAt(Number(e.target.value))} disabled={busy}>
              {starts.map((at) => <option key={at} value={at}>{excerpt(points.slice(at, Math.min(at + 40, saved!.end)).join(""), 40)}</option>)}
            </select>
          </div>
          <button type="button" className={button} disabled={busy || cut === null || pending !== null}
            onClick={() => cut !== null && run(() => splitClaimAction(articleId, claim.id, { version: claim.version, at: cut }), (r) => ({
              entry: { kind: "split", first: r.claim, second: r.newClaim },
              selectId: r.newClaim.id,
              message: `Split: “${excerpt(r.claim.quote)}” and “${excerpt(r.newClaim.quote)}”.`,
            }))}>
            Split
          </button>
        </div>
      ) : null}

      {mergeable.length > 0 && other ? (
        <div className="mt-3 flex flex-wrap items-end gap-2 border-t border-slate-200 pt-3">
          <div className="min-w-0 flex-1">
            <label htmlFor="merge-with" className="block font-medium">Merge into this claim</label>
            <select id="merge-with" className={inputClass} value={other.id} onChange={(e) => setOtherId(e.target.value)} disabled={busy}>
              {mergeable.map((c) => <option key={c.id} value={c.id}>{excerpt(c.summary ?? c.quote, 50)}</option>)}
            </select>
          </div>
          <button type="button" className={button} disabled={busy || pending !== null}
            onClick={() => run(() => mergeClaimsAction(articleId, claim.id, { version: claim.version, otherId: other.id, otherVersion: other.version }), (r) => ({
              entry: { kind: "merge", before: claim, after: r.claim, other: r.mergedClaim },
              message: `Merged: the claim now reads “${excerpt(r.claim.quote)}”; the other one is dismissed.`,
            }))}>
            Merge
          </button>
        </div>
      ) : null}
    </section>
  );
}
