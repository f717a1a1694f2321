import type { Metadata } from "next";
import Link from "next/link";
import { requireUserForPage } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { reviewQueue, reviewQueueFilters } from "@/lib/claims/claim-queues";
import { attributionLevels, verdicts } from "@/lib/claims/claim-input";
import { attributionLabel } from "../articles/[id]/attribution-labels";
import { formatDate } from "../articles/format-date";

export const metadata: Metadata = { title: "Review queue" };

export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  await requireUserForPage("reviewer");
  const filters = reviewQueueFilters.parse(await searchParams);
  const claims = await reviewQueue(db, filters);
  return (
    <>
      <h1 className="text-2xl font-semibold">Review queue</h1>
      <p className="mb-4 text-sm text-slate-600">Claims waiting for a reviewer, oldest first. You cannot review claims you created, edited or submitted in this round.</p>
      <form className="mb-4 flex flex-wrap gap-2 text-sm" aria-label="Filters">
        <label className="sr-only" htmlFor="f-level">Attribution level</label>
        <select id="f-level" name="attributionLevel" defaultValue={filters.attributionLevel ?? ""} className="rounded border border-slate-300 px-2 py-1">
          <option value="">Any level</option>
          {attributionLevels.map((l) => <option key={l} value={l}>{attributionLabel[l]}</option>)}
        </select>
        <label className="sr-only" htmlFor="f-verdict">Verdict</label>
        <select id="f-verdict" name="verdict" defaultValue={filters.verdict ?? ""} className="rounded border border-slate-300 px-2 py-1">
          <option value="">Any verdict</option>
          {verdicts.map((v) => <option key={v} value={v}>{v.replace("_", " ")}</option>)}
        </select>
        {filters.articleId ? <input type="hidden" name="articleId" value={filters.articleId} /> : null}
        {filters.editorId ? <input type="hidden" name="editorId" value={filters.editorId} /> : null}
        <button type="submit" className="rounded border border-slate-300 bg-white px-3 py-1">Filter</button>
      </form>
      {claims.length === 0 ? <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">Nothing to review.</p> : null}
      <ul aria-label="Claims to review" className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {claims.map((claim) => (
          <li key={claim.id} className="p-3 text-sm">
            <Link href={`/articles/${claim.article.id}#claim-${claim.id}`} className="font-medium text-brand-700 hover:underline">{claim.summary ?? claim.quote}</Link>
            <p className="mt-1 text-slate-600">
              {claim.article.title} · verdict {claim.verdict?.replace("_", " ") ?? "—"} · {attributionLabel[claim.attributionLevel]} · submitted by{" "}
              <Link href={{ query: { ...filters, editorId: claim.submittedBy?.id } }} className="underline">{claim.submittedBy?.name ?? "—"}</Link>{" "}
              {claim.submittedAt ? formatDate(claim.submittedAt.toISOString()) : ""}
              {claim.assignee ? ` · assigned to ${claim.assignee.name}` : ""}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
