"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import type { WorkspaceClaim } from "@/lib/claims/claim-dto";
import type { ClaimActionResult } from "./claim-actions";
import { linkSameClaimAction, similarClaimsAction, unlinkSameClaimAction, type SimilarResult } from "./similar-actions";

const words = (value: string | null) => (value ? value.replaceAll("_", " ") : "—");

/** Claims of other articles that say the same thing, scored, with a button to link one as the same
 * claim; on a linked claim, the original and its verdict. */
export function SimilarClaims({ articleId, claim, onSaved }: { articleId: string; claim: WorkspaceClaim; onSaved: (claim: WorkspaceClaim) => void }) {
  const [result, setResult] = useState<SimilarResult | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void similarClaimsAction(claim.id, claim.sameAsId).then((answer) => {
      if (live) setResult(answer);
    });
    return () => {
      live = false;
    };
  }, [claim.id, claim.sameAsId, claim.version]);

  async function change(work: () => Promise<ClaimActionResult>) {
    setBusy(true);
    const outcome = await work();
    setBusy(false);
    setMessage(outcome.ok ? null : outcome.message);
    if (outcome.ok) onSaved(outcome.claim);
  }
  const link = (targetId: string) => change(() => linkSameClaimAction(articleId, claim.id, { version: claim.version, targetId }));
  const unlink = () => change(() => unlinkSameClaimAction(articleId, claim.id, { version: claim.version }));
  const original = result?.ok ? result.original : null;

  return (
    <section aria-labelledby="similar-heading" className="mt-3 border-t border-slate-200 pt-3" data-testid="similar-claims">
      {original ? (
        <div className="mb-3 rounded border border-brand-100 bg-brand-50 p-2" data-testid="same-claim">
          <p>
            Same claim as{" "}
            <Link href={`/articles/${original.article.id}#claim-${original.id}`} className="font-medium text-brand-700 underline">
              {original.summary ?? original.quote}
            </Link>{" "}
            <span className="text-slate-600">({original.article.title})</span>
          </p>
          <p className="mt-1">
            {original.status === "approved" && original.verdict ? (
              <>
                Existing verdict: <strong data-testid="existing-verdict">{words(original.verdict)}</strong> (approved)
                {original.rationale ? <span className="block text-slate-700">{original.rationale}</span> : null}
              </>
            ) : (
              <>Not yet approved there ({words(original.status)}).</>
            )}
          </p>
          <button type="button" disabled={busy} onClick={() => void unlink()} className="mt-1 rounded border border-slate-300 px-2 py-0.5">
            Unlink
          </button>
        </div>
      ) : null}
      <h3 id="similar-heading" className="font-semibold">Similar claims in other articles</h3>
      {message ? <p role="alert" className="text-red-700">{message}</p> : null}
      {result === null ? <p className="text-slate-500">Looking…</p> : null}
      {result && !result.ok ? <p role="alert" className="text-red-700">{result.message}</p> : null}
      {result?.ok && result.items.length === 0 ? <p className="text-slate-500">None found.</p> : null}
      <ul className="mt-1 space-y-2">
        {result?.ok
          ? result.items.map((item) => (
              <li key={item.claim.id} className="rounded border border-slate-200 p-2" data-testid="similar-claim">
                <p>
                  <span className="mr-2 rounded bg-slate-100 px-1.5 text-xs tabular-nums" title="Similarity, 0 to 1">{item.score.toFixed(2)}</span>
                  <Link href={`/articles/${item.article.id}#claim-${item.claim.id}`} className="text-brand-700 hover:underline">
                    {item.claim.summary ?? item.claim.quote}
                  </Link>
                </p>
                <p className="mt-1 text-slate-600">
                  {item.article.title} · {words(item.claim.status)} · verdict {words(item.claim.verdict)}
                </p>
                {item.linked ? (
                  <p className="mt-1 text-emerald-700">Linked as the same claim</p>
                ) : claim.sameAsId === null ? (
                  <button type="button" disabled={busy} onClick={() => void link(item.claim.id)} className="mt-1 rounded border border-slate-300 px-2 py-0.5">
                    Link as the same claim
                  </button>
                ) : null}
              </li>
            ))
          : null}
      </ul>
    </section>
  );
}
