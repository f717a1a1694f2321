"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Role } from "@/lib/auth/roles";
import type { WorkspaceClaim } from "@/lib/claims/claim-dto";
import { attributionLevels } from "@/lib/claims/claim-enums";
import { describeUndo, undoSteps, type UndoEntry, type UndoStep } from "@/lib/claims/undo-plan";
import type { ClaimAction } from "@/lib/claims/workflow";
import { sentenceAfter, sentenceBefore, sentenceSpans } from "@/lib/claims/sentence-picks";
import { snapToWord, stepSpan, type SpanEnd } from "@/lib/claims/word-steps";
import { ArticleText } from "./article-text";
import { createClaimAction, mergeClaimsAction, saveClaimAction, transitionClaimAction, type ActionFailure } from "./claim-actions";
import { ClaimEditor } from "./claim-editor";
import { ClaimList } from "./claim-list";
import { ClaimTools, type Span, type ToolOutcome } from "./claim-tools";
import { caretOffset, offsetAtPoint, selectionOffsets } from "./selection-offsets";
import { shortcuts } from "./workspace-shortcuts";

type Removed = { start: number; end: number; reason: string }[];

/** The keys that move an end of a span one word: of the selected claim, or of the words picked for
 * a new claim. */
const spanKeys: Record<string, [SpanEnd, -1 | 1]> = { "[": ["start", -1], "]": ["start", 1], "{": ["end", -1], "}": ["end", 1] };

const editable = (claim: WorkspaceClaim) => claim.status === "draft" || claim.status === "changes_requested";

function runStep(articleId: string, step: UndoStep): Promise<{ ok: true } | ActionFailure> {
  switch (step.op) {
    case "update":
      return saveClaimAction(articleId, step.claimId, step.input);
    case "transition":
      return transitionClaimAction(articleId, step.claimId, step.input);
    case "merge":
      return mergeClaimsAction(articleId, step.claimId, step.input);
  }
}

/** The editor's workspace: the text with its claims, the list, and the selected claim's tools and
 * editor. Selecting a claim in the text or the list selects it in both. */
export function Workspace({
  articleId,
  text,
  claims,
  removed,
  canEdit,
  role,
  people,
  actions,
}: {
  articleId: string;
  text: string;
  claims: WorkspaceClaim[];
  removed: Removed;
  canEdit: boolean;
  role: Role;
  people: { id: string; name: string }[];
  /** The transitions offered on each claim (lib/claims/offered-actions.ts). */
  actions: Record<string, ClaimAction[]>;
}) {
  const router = useRouter();
  const points = useMemo(() => Array.from(text), [text]);
  const sentences = useMemo(() => sentenceSpans(text, removed), [text, removed]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // Words chosen for a new claim: selected with the mouse (or caret browsing), or picked by keys
  // (`n`, then `[ ] { }`), which the text then highlights since there is no browser selection.
  const [selection, setSelection] = useState<(Span & { byKeys?: boolean }) | null>(null);
  const [caret, setCaret] = useState<number | null>(null);
  // The selected claim's span while the editor adjusts it, before it is saved.
  const [pending, setPending] = useState<Span | null>(null);
  const [help, setHelp] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // Kept here, not in the claim's panel, which remounts on every new version of the claim.
  const [saved, setSaved] = useState<string | null>(null);
  // This session's own changes, newest last (docs/decisions/036-undo.md).
  const [undoStack, setUndoStack] = useState<UndoEntry[]>([]);
  const textRef = useRef<HTMLDivElement>(null);
  // Where focus was when the help opened, so closing it puts the keyboard user back there.
  const beforeHelp = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (!help) beforeHelp.current?.focus();
  }, [help]);
  const selected = claims.find((c) => c.id === selectedId) ?? null;
  const [savedStart, savedEnd] = [selected?.anchor.start ?? null, selected?.anchor.end ?? null];
  const savedSpan = useMemo(() => (savedStart !== null && savedEnd !== null ? { start: savedStart, end: savedEnd } : null), [savedStart, savedEnd]);

  const select = useCallback((id: string) => {
    setSelectedId(id);
    setPending(null);
    document.getElementById(`claim-${id}`)?.scrollIntoView({ block: "nearest" });
  }, []);

  // A link to one claim (from search results, "#claim-<id>") opens the article with it selected.
  useEffect(() => {
    const id = /^#claim-([0-9a-f-]{36})$/i.exec(window.location.hash)?.[1];
    // The address is only known in the browser, after hydration: hence a state change here.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (id && claims.some((c) => c.id === id)) select(id);
    // Only on arrival: later changes to the claims do not re-read the address.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const refreshWith = useCallback((message: string | null) => {
    setNotice(message);
    router.refresh();
  }, [router]);

  const done = useCallback((outcome: ToolOutcome) => {
    if (outcome.entry) setUndoStack((stack) => [...stack, outcome.entry!]);
    if (outcome.selectId) setSelectedId(outcome.selectId);
    setSaved(outcome.message);
    refreshWith(null);
  }, [refreshWith]);

  const step = useCallback((which: SpanEnd, direction: -1 | 1) => {
    const base = pending ?? savedSpan;
    if (base) setPending(stepSpan(points, base, which, direction));
  }, [pending, points, savedSpan]);

  const drag = useCallback((which: SpanEnd, x: number, y: number) => {
    const base = pending ?? savedSpan;
    const at = textRef.current ? offsetAtPoint(textRef.current, x, y) : null;
    if (!base || at === null) return;
    const snapped = snapToWord(points, at, which);
    const next = which === "start" ? { start: snapped, end: base.end } : { start: base.start, end: snapped };
    if (next.end > next.start && (next.start !== base.start || next.end !== base.end)) setPending(next);
  }, [pending, points, savedSpan]);

  const undo = useCallback(async () => {
    const entry = undoStack.at(-1);
    if (!entry) return setNotice("Nothing to undo in this session.");
    setUndoStack((stack) => stack.slice(0, -1));
    for (const s of undoSteps(entry)) {
      const result = await runStep(articleId, s);
      if (!result.ok) return refreshWith(`Could not undo the ${describeUndo(entry)}: ${result.message}`);
    }
    setSaved(`Undid the ${describeUndo(entry)}.`);
    refreshWith(null);
  }, [articleId, refreshWith, undoStack]);

  const addClaimFromSelection = useCallback(async () => {
    if (!selection) return;
    const result = await createClaimAction({ articleId, start: selection.start, end: selection.end });
    if (result.ok) {
      setSelection(null);
      setSelectedId(result.claim.id);
      refreshWith(null);
    } else setNotice(result.message);
  }, [articleId, refreshWith, selection]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement;
      if (target.closest("input, textarea, select, [contenteditable]") || event.metaKey || event.ctrlKey || event.altKey) return;
      const index = claims.findIndex((c) => c.id === selectedId);
      const next = (by: number) => claims[Math.min(claims.length - 1, Math.max(0, index + by))];
      if (event.key === "?") {
        if (!help) beforeHelp.current = document.activeElement as HTMLElement | null;
        return setHelp(!help);
      }
      if (event.key === "Escape") {
        if (help) return setHelp(false);
        return selection?.byKeys ? setSelection(null) : setPending(null);
      }
      if (event.key === "j" || event.key === "k") {
        const claim = next(event.key === "j" ? 1 : -1);
        if (claim) select(claim.id);
        return;
      }
      if (canEdit && (event.key === "u" || event.key === "z")) return void undo();
      if (canEdit && (event.key === "n" || event.key === "N")) {
        // The next (or previous) sentence after the words picked so far, or the selected claim.
        const from = selection ?? (selected?.anchor.start != null && selected.anchor.end != null ? { start: selected.anchor.start, end: selected.anchor.end } : null);
        const sentence = event.key === "n" ? sentenceAfter(sentences, from?.end ?? 0) : sentenceBefore(sentences, from?.start ?? points.length);
        if (sentence) {
          setSelection({ ...sentence, byKeys: true });
          setCaret(sentence.start);
        }
        return;
      }
      const move = spanKeys[event.key];
      if (canEdit && selection?.byKeys) {
        if (move) return setSelection({ ...stepSpan(points, selection, ...move), byKeys: true });
        if (event.key === "Enter" && !target.closest("button, a")) {
          event.preventDefault();
          return void addClaimFromSelection();
        }
      }
      if (!selected || !canEdit || !editable(selected)) return;
      const keep = (result: { ok: true; claim: WorkspaceClaim } | ActionFailure, entry: (after: WorkspaceClaim) => UndoEntry, message: string) => {
        if (result.ok) done({ entry: entry(result.claim), message });
        else refreshWith(result.message);
      };
      if (/^[1-9]$/.test(event.key)) {
        const level = attributionLevels[Number(event.key) - 1]!;
        void saveClaimAction(articleId, selected.id, { version: selected.version, attributionLevel: level }).then((r) =>
          keep(r, (after) => ({ kind: "edit", before: selected, after }), `Attribution level set (version ${r.ok ? r.claim.version : ""}).`),
        );
      } else if (event.key === "a") {
        const following = next(1);
        void saveClaimAction(articleId, selected.id, { version: selected.version, accepted: true }).then((r) => {
          keep(r, (after) => ({ kind: "edit", before: selected, after }), "Accepted.");
          if (r.ok && following && following.id !== selected.id) select(following.id);
        });
      } else if (event.key === "d" || event.key === "r") {
        const action = event.key === "d" ? "dismiss" : "restore";
        void transitionClaimAction(articleId, selected.id, { version: selected.version, action }).then((r) =>
          keep(r, (after) => ({ kind: "transition", action, after }), action === "dismiss" ? "Dismissed." : "Restored."),
        );
      } else if (move) {
        step(...move);
      } else if (event.key === "s") {
        document.getElementById("save-span")?.click(); // the same path as the button
      } else if (event.key === "e") {
        event.preventDefault();
        document.getElementById("claim-summary")?.focus();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [addClaimFromSelection, articleId, canEdit, claims, done, help, points, refreshWith, select, selected, selectedId, selection, sentences, step, undo]);

  const readSelection = () => {
    if (!textRef.current) return;
    const selected = selectionOffsets(textRef.current);
    // A key released in the text (on a span handle, say) leaves words picked by keys alone.
    if (selected || !selection?.byKeys) setSelection(selected);
    setCaret(caretOffset(textRef.current));
  };
  const adjusting = canEdit && selected !== null && editable(selected);
  const lastChange = undoStack.at(-1);

  return (
    <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
      <div>
        <p className="mb-2 text-sm text-slate-600">
          {canEdit ? <>Select words in the text, or press <kbd className="rounded border px-1">n</kbd>, to add a claim. </> : null}Press <kbd className="rounded border px-1">?</kbd> for keyboard shortcuts.
        </p>
        <div className="mb-2 flex min-h-7 items-center gap-3">
          <p role="status" className="text-sm text-emerald-700" data-testid="workspace-status">{saved}</p>
          {canEdit ? (
            <button type="button" onClick={() => void undo()} disabled={!lastChange} aria-keyshortcuts="u z" className="ml-auto rounded border border-slate-300 px-2 py-1 text-sm disabled:opacity-50">
              {lastChange ? `Undo ${describeUndo(lastChange)}` : "Undo"}
            </button>
          ) : null}
        </div>
        {notice ? <p role="alert" className="mb-2 rounded border border-red-200 bg-red-50 px-2 py-1 text-sm text-red-800">{notice}</p> : null}
        {canEdit && selection ? (
          <div className="mb-2 flex items-center gap-2 text-sm">
            <span className="truncate" data-testid="new-claim-words">
              {selection.byKeys ? "New claim (Enter adds it)" : "Selected"}: “{points.slice(selection.start, selection.end).join("").slice(0, 80)}”
            </span>
            <button type="button" onClick={() => void addClaimFromSelection()} className="rounded bg-brand-600 px-2 py-1 text-white">
              Add claim from selection
            </button>
          </div>
        ) : null}
        <div ref={textRef} onMouseUp={readSelection} onKeyUp={readSelection}>
          <ArticleText
            text={text}
            claims={claims}
            removed={removed}
            draft={selection?.byKeys ? selection : undefined}
            selectedId={selectedId}
            onSelectClaim={select}
            span={adjusting && (pending ?? savedSpan) ? { ...(pending ?? savedSpan)!, onDrag: drag, onStep: step } : undefined}
          />
        </div>
      </div>
      <div className="space-y-4">
        {selected && adjusting ? (
          <ClaimTools
            key={`tools-${selected.id}-${selected.version}`}
            articleId={articleId}
            claim={selected}
            claims={claims}
            points={points}
            pending={pending}
            onPending={setPending}
            onStep={step}
            selection={selection}
            caret={caret}
            onDone={done}
          />
        ) : null}
        {selected ? <ClaimEditor key={`editor-${selected.id}-${selected.version}`} articleId={articleId} claim={selected} canEdit={canEdit} role={role} people={people} actions={actions[selected.id] ?? []} onSaved={(claim, entry) =>
              done({ entry, message: `Saved: the claim is at version ${claim.version} (${claim.status.replace("_", " ")}).` })
            } /> : null}
        <ClaimList claims={claims} selectedId={selectedId} onSelect={select} />
      </div>
      {help ? (
        <div role="dialog" aria-modal="true" aria-labelledby="help-heading" className="fixed inset-0 z-30 flex items-center justify-center bg-black/30" onClick={() => setHelp(false)}>
          <div className="w-[28rem] max-w-[95vw] rounded-lg bg-white p-5 shadow-lg" onClick={(e) => e.stopPropagation()}>
            <h2 id="help-heading" className="mb-2 text-lg font-semibold">Keyboard shortcuts</h2>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              {shortcuts.map(([keys, what]) => (
                <div key={keys} className="contents">
                  <dt><kbd className="rounded border px-1">{keys}</kbd></dt>
                  <dd>{what}</dd>
                </div>
              ))}
            </dl>
            <p className="mt-2 text-sm text-slate-600">The ends of the selected claim in the text can also be dragged, or focused with Tab and moved with the arrow keys.</p>
            <button type="button" autoFocus onClick={() => setHelp(false)} className="mt-4 rounded border border-slate-300 px-3 py-1 text-sm">Close</button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
