import type { ClaimDto } from "@/lib/claims/claim-dto";
import { statusLabel } from "../status-badges";
import { attributionLabel } from "./attribution-labels";

export function ClaimList({ claims }: { claims: ClaimDto[] }) {
  return (
    <section aria-labelledby="claims-heading">
      <h2 id="claims-heading" className="mb-2 text-lg font-semibold">
        Claims ({claims.length})
      </h2>
      {claims.length === 0 ? <p className="text-sm text-slate-600">No claims yet.</p> : null}
      <ol className="space-y-2">
        {claims.map((claim) => (
          <li key={claim.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
            <p className="font-medium">{claim.summary ?? claim.quote}</p>
            <p className="mt-1 text-slate-600">
              {claim.claimant?.name ?? "No claimant"}
              {claim.cue ? <> · “{claim.cue}”</> : null}
            </p>
            <p className="mt-1 flex flex-wrap gap-1.5 text-xs">
              <span className="rounded bg-brand-50 px-1.5 py-0.5 text-brand-900">{attributionLabel[claim.attributionLevel]}</span>
              <span className="rounded bg-slate-100 px-1.5 py-0.5">{statusLabel[claim.status]}</span>
              {claim.hedged ? <span className="rounded bg-purple-100 px-1.5 py-0.5 text-purple-900">Hedged</span> : null}
              {claim.anchor.state === "fuzzy" ? <span className="rounded bg-amber-100 px-1.5 py-0.5 text-amber-900">Words changed: check</span> : null}
              {claim.anchor.state === "orphaned" ? <span className="rounded bg-red-100 px-1.5 py-0.5 text-red-900">Words not found</span> : null}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
