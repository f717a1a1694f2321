import type { Metadata } from "next";
import { headers } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { orNotFound } from "@/app/_components/or-not-found";
import { requestOrigin } from "@/lib/http/request-origin";
import { claimReviewFor } from "@/lib/publishing/claim-review";
import { claimReviewInput, getApprovedClaim, publishingOptions } from "@/lib/publishing/get-claim-review";
import { verdictLabels } from "@/lib/publishing/verdict-rating";

// The public, read-only page of one approved claim: no sign-in, nothing editable, and nothing that
// is not approved (drafts and claims in review answer 404 like unknown ids).

type Props = { params: Promise<{ id: string }> };

const loadClaim = cache((id: string) => orNotFound(getApprovedClaim(db, id)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const claim = await loadClaim((await params).id);
  return { title: `${verdictLabels[claim.verdict]}: ${claim.summary ?? claim.quote}`.slice(0, 120) };
}

/** JSON inside a <script> must not be able to close it: `<` is written as its escape. */
function jsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

const verdictTone: Record<string, string> = {
  true: "bg-emerald-100 text-emerald-900",
  mostly_true: "bg-emerald-50 text-emerald-900",
  mixed: "bg-amber-100 text-amber-900",
  mostly_false: "bg-orange-100 text-orange-900",
  false: "bg-red-100 text-red-900",
  misleading: "bg-red-50 text-red-900",
  unverifiable: "bg-slate-200 text-slate-900",
};

export default async function PublicClaimPage({ params }: Props) {
  const claim = await loadClaim((await params).id);
  const origin = requestOrigin(await headers()) ?? "";
  const options = await publishingOptions(db, origin);
  const review = claimReviewFor(claimReviewInput(claim), options);
  const evidence = (claim.evidence as { url: string; note?: string }[]) ?? [];
  const claimant = claim.claimantName ?? claim.claimantSource?.name;
  return (
    <main className="mx-auto max-w-3xl px-4 py-10" lang={claim.article.language}>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(review) }} />
      <p className="mb-6 text-sm text-slate-600" lang="en">
        {options.organisationName} · fact-check
      </p>
      <article id={`claim-${claim.id}`} className="rounded-lg border border-slate-200 bg-white p-6">
        <h1 className="text-2xl font-semibold">{claim.summary ?? claim.quote}</h1>
        <p className="mt-3" lang="en">
          <span className={`rounded-full px-3 py-1 text-sm font-semibold ${verdictTone[claim.verdict]}`} data-testid="public-verdict">
            {verdictLabels[claim.verdict]}
          </span>
        </p>
        <blockquote className="mt-5 border-l-4 border-slate-300 pl-4 text-slate-800">
          <p>« {claim.quote} »</p>
          <footer className="mt-2 text-sm text-slate-600">
            {claimant ? `${claimant}, ` : ""}
            {claim.article.url ? (
              <a href={claim.article.url} rel="noopener noreferrer nofollow" className="underline">
                {claim.article.title}
              </a>
            ) : (
              claim.article.title
            )}
            {claim.article.outlet ? ` (${claim.article.outlet})` : ""}
            {claim.article.publishedAt ? `, ${claim.article.publishedAt.toISOString().slice(0, 10)}` : ""}
          </footer>
        </blockquote>
        {claim.rationale ? (
          <section className="mt-6" aria-labelledby="rationale-heading">
            <h2 id="rationale-heading" className="text-lg font-semibold" lang="en">
              Why
            </h2>
            <p className="mt-1 whitespace-pre-line">{claim.rationale}</p>
          </section>
        ) : null}
        {evidence.length ? (
          <section className="mt-6" aria-labelledby="evidence-heading">
            <h2 id="evidence-heading" className="text-lg font-semibold" lang="en">
              Evidence
            </h2>
            <ul className="mt-1 list-disc pl-6">
              {evidence.map((item) => (
                <li key={item.url}>
                  <a href={item.url} rel="noopener noreferrer nofollow" className="break-all underline">
                    {item.note || item.url}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <p className="mt-6 text-sm text-slate-600" lang="en">
          Reviewed on <time dateTime={claim.approvedAt.toISOString()}>{claim.approvedAt.toISOString().slice(0, 10)}</time>.
        </p>
      </article>
    </main>
  );
}
