import { memo, startTransition, useEffect, useState } from "react";
import type { WorkspaceClaim } from "@/lib/claims/claim-dto";
import { statusLabel } from "../status-badges";
import { attributionLabel } from "./attribution-labels";

/** How many claims the server renders and the page hydrates before it answers the keyboard. */
const FIRST_ITEMS = 40;

/** The article's claims in text order; selecting one here selects it in the text too. The first
 * items come with the page; the rest are rendered right after it is interactive, as a transition
 * that yields to the keyboard, so an article with hundreds of claims opens as fast as a short one
 * (docs/decisions/042-workspace-payload.md). */
export function ClaimList({ claims, selectedId, onSelect }: { claims: WorkspaceClaim[]; selectedId?: string | null; onSelect?: (id: string) => void }) {
  const [complete, setComplete] = useState(claims.length <= FIRST_ITEMS);
  useEffect(() => {
    if (!complete) startTransition(() => setComplete(true));
  }, [complete]);
  // A claim selected before its item existed (from the address, or by keys pressed meanwhile).
  useEffect(() => {
    if (complete && selectedId) document.getElementById(`claim-${selectedId}`)?.scrollIntoView({ block: "nearest" });
    // Only once the whole list is there: afterwards, selecting scrolls by itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [complete]);
  const shown = complete ? claims : claims.slice(0, FIRST_ITEMS);
  return (
    <section aria-labelledby="claims-heading">
      <h2 id="claims-heading" className="mb-2 text-lg font-semibold">
        Claims ({claims.length})
      </h2>
      {claims.length === 0 ? <p className="text-sm text-slate-600">No claims yet.</p> : null}
      <ol className="space-y-2">
        {shown.map((claim) => (
          <ClaimItem key={claim.id} claim={claim} selected={claim.id === selectedId} onSelect={onSelect} />
        ))}
      </ol>
    </section>
  );
}

/** One claim of the list. Memoised: moving the selection with j and k re-renders the two items
 * whose selection changed, not all of an article's hundreds. */
const ClaimItem = memo(function ClaimItem({ claim, selected, onSelect }: { claim: WorkspaceClaim; selected: boolean; onSelect?: (id: string) => void }) {
  return (
    <li id={`claim-${claim.id}`} className="claim-item">
      <button
        type="button"
        onClick={onSelect ? () => onSelect(claim.id) : undefined}
        aria-current={selected ? "true" : undefined}
        className="claim-card"
      >
        <span className="block font-medium">{claim.summary ?? claim.quote}</span>
        <span className="claim-card-meta">
          {claim.claimant?.name ?? "No claimant"}
          {claim.cue ? <> · “{claim.cue}”</> : null}
        </span>
        <span className="claim-card-chips">
          <span className="chip bg-brand-50 text-brand-900">{attributionLabel[claim.attributionLevel]}</span>
          <span className="chip bg-slate-100">{statusLabel[claim.status]}</span>
          {claim.acceptedAt === null ? <span className="chip border border-dashed border-slate-400 text-slate-700">Suggested</span> : null}
          {claim.hedged ? <span className="chip bg-purple-100 text-purple-900">Hedged</span> : null}
          {claim.anchor.state === "fuzzy" ? <span className="chip bg-amber-100 text-amber-900">Words changed: check</span> : null}
          {claim.anchor.state === "orphaned" ? <span className="chip bg-red-100 text-red-900">Words not found</span> : null}
        </span>
      </button>
    </li>
  );
});
