import type { ClaimDto } from "@/lib/claims/claim-dto";
import { statusLabel } from "../status-badges";
import { attributionLabel } from "./attribution-labels";

/** The article's claims in text order; selecting one here selects it in the text too. */
export function ClaimList({ claims, selectedId, onSelect }: { claims: ClaimDto[]; selectedId?: string | null; onSelect?: (id: string) => void }) {
  return (
    <section aria-labelledby="claims-heading">
      <h2 id="claims-heading" className="mb-2 text-lg font-semibold">
        Claims ({claims.length})
      </h2>
      {claims.length === 0 ? <p className="text-sm text-slate-600">No claims yet.</p> : null}
      <ol className="space-y-2">
        {claims.map((claim) => (
          // content-visibility: the browser lays out only the items on screen, so a list of hundreds
          // of claims does not hold up the page's first paint.
          <li key={claim.id} id={`claim-${claim.id}`} className="[content-visibility:auto] [contain-intrinsic-size:auto_6rem]">
            <button
              type="button"
              onClick={onSelect ? () => onSelect(claim.id) : undefined}
              aria-current={claim.id === selectedId ? "true" : undefined}
              className={`w-full rounded-lg border bg-white p-3 text-left text-sm ${claim.id === selectedId ? "border-brand-600 ring-2 ring-brand-600" : "border-slate-200"}`}
            >
              <span className="block font-medium">{claim.summary ?? claim.quote}</span>
              <span className="mt-1 block text-slate-600">
                {claim.claimant?.name ?? "No claimant"}
                {claim.cue ? <> · “{claim.cue}”</> : null}
              </span>
              <span className="mt-1 flex flex-wrap gap-1.5 text-xs">
                <span className="rounded bg-brand-50 px-1.5 py-0.5 text-brand-900">{attributionLabel[claim.attributionLevel]}</span>
                <span className="rounded bg-slate-100 px-1.5 py-0.5">{statusLabel[claim.status]}</span>
                {claim.acceptedAt === null ? <span className="rounded border border-dashed border-slate-400 px-1.5 py-0.5 text-slate-700">Suggested</span> : null}
                {claim.hedged ? <span className="rounded bg-purple-100 px-1.5 py-0.5 text-purple-900">Hedged</span> : null}
                {claim.anchor.state === "fuzzy" ? <span className="rounded bg-amber-100 px-1.5 py-0.5 text-amber-900">Words changed: check</span> : null}
                {claim.anchor.state === "orphaned" ? <span className="rounded bg-red-100 px-1.5 py-0.5 text-red-900">Words not found</span> : null}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
