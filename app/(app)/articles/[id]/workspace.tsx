"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Role } from "@/lib/auth/roles";
import type { ClaimDto } from "@/lib/claims/claim-dto";
import type { ClaimAction } from "@/lib/claims/workflow";
import { attributionLevels } from "@/lib/claims/claim-input";
import { ArticleText } from "./article-text";
import { createClaimAction, saveClaimAction, transitionClaimAction } from "./claim-actions";
import { ClaimEditor } from "./claim-editor";
import { ClaimList } from "./claim-list";
import { selectionOffsets } from "./selection-offsets";

type Removed = { start: number; end: number; reason: string }[];

const shortcuts: [string, string][] = [
  ["j / k", "next / previous claim"],
  ["1 – 9", "set the attribution level"],
  ["e", "edit the summary"],
  ["d", "dismiss the claim"],
  ["r", "restore a dismissed claim"],
  ["?", "show or hide this help"],
  ["Esc", "close this help"],
];

/** The editor's workspace: the text with its claims, the list, and the selected claim's editor.
 * Selecting a claim in the text or the list selects it in both. */
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
  claims: ClaimDto[];
  removed: Removed;
  canEdit: boolean;
  role: Role;
  people: { id: string; name: string }[];
  /** The transitions offered on each claim (lib/claims/offered-actions.ts). */
  actions: Record<string, ClaimAction[]>;
}) {
  const router = useRouter();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const [help, setHelp] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // Kept here, not in the claim's panel, which remounts on every new version of the claim.
  const [saved, setSaved] = useState<string | null>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const selected = claims.find((c) => c.id === selectedId) ?? null;

  const select = useCallback((id: string) => {
    setSelectedId(id);
    document.getElementById(`claim-${id}`)?.scrollIntoView({ block: "nearest" });
  }, []);

  const refreshWith = useCallback((message: string | null) => {
    setNotice(message);
    router.refresh();
  }, [router]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement;
      if (target.closest("input, textarea, select, [contenteditable]") || event.metaKey || event.ctrlKey || event.altKey) return;
      const index = claims.findIndex((c) => c.id === selectedId);
      if (event.key === "?") return setHelp((h) => !h);
      if (event.key === "Escape") return setHelp(false);
      if (event.key === "j" || event.key === "k") {
        const next = claims[Math.min(claims.length - 1, Math.max(0, index + (event.key === "j" ? 1 : -1)))];
        if (next) select(next.id);
        return;
      }
      if (!selected || !canEdit) return;
      if (/^[1-9]$/.test(event.key)) {
        const level = attributionLevels[Number(event.key) - 1]!;
        void saveClaimAction(articleId, selected.id, { version: selected.version, attributionLevel: level }).then((r) => refreshWith(r.ok ? null : r.message));
      } else if (event.key === "d" || event.key === "r") {
        void transitionClaimAction(articleId, selected.id, { version: selected.version, action: event.key === "d" ? "dismiss" : "restore" }).then((r) => refreshWith(r.ok ? null : r.message));
      } else if (event.key === "e") {
        event.preventDefault();
        document.getElementById("claim-summary")?.focus();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [articleId, canEdit, claims, refreshWith, select, selected, selectedId]);

  async function addClaimFromSelection() {
    if (!selection) return;
    const result = await createClaimAction({ articleId, ...selection });
    if (result.ok) {
      setSelection(null);
      setSelectedId(result.claim.id);
      refreshWith(null);
    } else setNotice(result.message);
  }

  return (
    <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
      <div>
        <p className="mb-2 text-sm text-slate-600">
          {canEdit ? "Select words in the text to add a claim. " : null}Press <kbd className="rounded border px-1">?</kbd> for keyboard shortcuts.
        </p>
        <p role="status" className="mb-2 min-h-5 text-sm text-emerald-700" data-testid="workspace-status">{saved}</p>
        {notice ? <p role="alert" className="mb-2 rounded border border-red-200 bg-red-50 px-2 py-1 text-sm text-red-800">{notice}</p> : null}
        {canEdit && selection ? (
          <div className="mb-2 flex items-center gap-2 text-sm">
            <span className="truncate">Selected: “{Array.from(text).slice(selection.start, selection.end).join("").slice(0, 80)}”</span>
            <button type="button" onClick={() => void addClaimFromSelection()} className="rounded bg-brand-600 px-2 py-1 text-white">
              Add claim from selection
            </button>
          </div>
        ) : null}
        <div ref={textRef} onMouseUp={() => textRef.current && setSelection(selectionOffsets(textRef.current))} onKeyUp={() => textRef.current && setSelection(selectionOffsets(textRef.current))}>
          <ArticleText text={text} claims={claims} removed={removed} selectedId={selectedId} onSelectClaim={select} />
        </div>
      </div>
      <div className="space-y-4">
        {selected ? <ClaimEditor key={`${selected.id}-${selected.version}`} articleId={articleId} claim={selected} canEdit={canEdit} role={role} people={people} actions={actions[selected.id] ?? []} onSaved={(claim) => {
              setSaved(`Saved: the claim is at version ${claim.version} (${claim.status.replace("_", " ")}).`);
              refreshWith(null);
            }} /> : null}
        <ClaimList claims={claims} selectedId={selectedId} onSelect={select} />
      </div>
      {help ? (
        <div role="dialog" aria-modal="true" aria-labelledby="help-heading" className="fixed inset-0 z-10 flex items-center justify-center bg-black/30" onClick={() => setHelp(false)}>
          <div className="w-80 rounded-lg bg-white p-5 shadow-lg" onClick={(e) => e.stopPropagation()}>
            <h2 id="help-heading" className="mb-2 text-lg font-semibold">Keyboard shortcuts</h2>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              {shortcuts.map(([keys, what]) => (
                <div key={keys} className="contents">
                  <dt><kbd className="rounded border px-1">{keys}</kbd></dt>
                  <dd>{what}</dd>
                </div>
              ))}
            </dl>
            <button type="button" autoFocus onClick={() => setHelp(false)} className="mt-4 rounded border border-slate-300 px-3 py-1 text-sm">Close</button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
