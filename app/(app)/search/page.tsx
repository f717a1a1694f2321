import type { Metadata } from "next";
import Link from "next/link";
import { requireUserForPage } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { attributionLevels, verdicts } from "@/lib/claims/claim-input";
import { claimSorts, claimStatuses, filtersToParams, listClaimsQuery, type ListClaimsQuery } from "@/lib/claims/search/claim-list-query";
import { searchClaims } from "@/lib/claims/search/list-claims";
import { EXACT_TOTAL_LIMIT } from "@/lib/claims/search/claim-search-sql";
import { fieldErrorsFromZod } from "@/lib/http/zod-errors";
import { inputClass } from "@/app/_components/form-parts";
import { attributionLabel } from "../articles/[id]/attribution-labels";
import { statusLabel } from "../articles/status-badges";
import { formatDate } from "../articles/format-date";
import { HighlightedText } from "./highlighted-text";

export const metadata: Metadata = { title: "Search claims" };

const words = (value: string) => value.replaceAll("_", " ");

/** A labelled filter menu whose empty choice means "any". */
function Choice({ name, label, any, value, options }: { name: string; label: string; any: string; value: string; options: [string, string][] }) {
  return (
    <div>
      <label htmlFor={`s-${name}`} className="font-medium">{label}</label>
      <select id={`s-${name}`} name={name} defaultValue={value} className="mt-1 block rounded-md border border-slate-300 px-2 py-1.5">
        <option value="">{any}</option>
        {options.map(([optionValue, optionLabel]) => <option key={optionValue} value={optionValue}>{optionLabel}</option>)}
      </select>
    </div>
  );
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  await requireUserForPage();
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value.at(-1) : value]));
  const parsed = listClaimsQuery.safeParse(raw);
  const query: ListClaimsQuery = parsed.success ? parsed.data : { page: 1, pageSize: 25 };
  const errors = parsed.success ? {} : fieldErrorsFromZod(parsed.error);
  const [people, result] = await Promise.all([
    db.user.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    parsed.success ? searchClaims(db, query) : null,
  ]);
  const shown = (key: string) => (typeof raw[key] === "string" ? raw[key] : "");
  const { page: _page, pageSize: _pageSize, sort: _sort, ...filters } = query;
  const exportLink = (format: string) => `/api/v1/claims/export?${filtersToParams({ ...filters, format })}`;
  const pageLink = (page: number) => `/search?${filtersToParams({ ...filters, sort: query.sort, pageSize: query.pageSize === 25 ? undefined : query.pageSize, page })}`;
  const pages = result ? Math.max(1, Math.ceil(result.total / query.pageSize)) : 1;

  return (
    <>
      <h1 className="text-2xl font-semibold">Search claims</h1>
      <p className="mb-4 text-sm text-slate-600">
        Words are matched in summaries, quotes and claimants, in French and English, accents or not. Use &quot;quotes&quot; for a phrase,
        <code> or </code> for either word and <code>-word</code> to leave a word out. The address of this page keeps the search: share it as a link.
      </p>
      <form method="get" action="/search" role="search" aria-label="Search claims" className="mb-4 grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm md:grid-cols-4">
        <div className="col-span-2">
          <label htmlFor="s-q" className="font-medium">Words</label>
          <input id="s-q" type="search" name="q" defaultValue={shown("q")} className={inputClass} />
        </div>
        <div>
          <label htmlFor="s-claimant" className="font-medium">Claimant</label>
          <input id="s-claimant" name="claimant" defaultValue={shown("claimant")} className={inputClass} aria-invalid={errors.claimant ? true : undefined} />
        </div>
        <Choice name="status" label="Status" any="Any status" value={shown("status")} options={claimStatuses.map((s) => [s, statusLabel[s]])} />
        <Choice name="verdict" label="Verdict" any="Any verdict" value={shown("verdict")} options={verdicts.map((v) => [v, words(v)])} />
        <Choice name="attributionLevel" label="Attribution level" any="Any level" value={shown("attributionLevel")} options={attributionLevels.map((l) => [l, attributionLabel[l]])} />
        <Choice name="assignee" label="Assigned to" any="Anyone" value={shown("assignee")} options={people.map((p) => [p.id, p.name])} />
        <Choice name="sort" label="Order" any="Best match / newest" value={shown("sort")} options={claimSorts.map((s) => [s, words(s)])} />
        <div>
          <label htmlFor="s-from" className="font-medium">Added from</label>
          <input id="s-from" type="date" name="from" defaultValue={shown("from")} className={inputClass} aria-invalid={errors.from ? true : undefined} />
        </div>
        <div>
          <label htmlFor="s-to" className="font-medium">Added until</label>
          <input id="s-to" type="date" name="to" defaultValue={shown("to")} className={inputClass} aria-invalid={errors.to ? true : undefined} />
        </div>
        {shown("articleId") ? <input type="hidden" name="articleId" value={shown("articleId")} /> : null}
        <div className="col-span-2 flex items-end gap-2 md:col-span-4">
          <button type="submit" className="rounded bg-brand-600 px-4 py-1.5 text-white">Search</button>
          <Link href="/search" className="rounded border border-slate-300 px-3 py-1.5">Clear</Link>
          {result ? (
            <span className="ml-auto flex gap-2">
              <a href={exportLink("csv")} className="rounded border border-slate-300 px-3 py-1.5" download>Download CSV</a>
              <a href={exportLink("json")} className="rounded border border-slate-300 px-3 py-1.5" download>Download JSON</a>
            </span>
          ) : null}
        </div>
      </form>

      {!parsed.success ? (
        <div role="alert" className="mb-4 rounded border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          <p className="font-medium">This search cannot run as it is:</p>
          <ul className="list-disc pl-5">
            {Object.entries(errors).map(([field, messages]) => <li key={field}>{field}: {messages[0]}</li>)}
          </ul>
        </div>
      ) : null}

      {result ? (
        <>
          <p className="mb-2 text-sm text-slate-600" data-testid="search-total">
            {result.totalExact ? "" : "About "}
            {result.total.toLocaleString("en")} {result.total === 1 ? "claim" : "claims"}
            {result.total > 0 ? ` · page ${query.page} of ${result.totalExact ? "" : "about "}${pages.toLocaleString("en")}` : ""}
            {result.totalExact ? "" : ` (more than ${EXACT_TOTAL_LIMIT.toLocaleString("en")} match: the total is PostgreSQL's estimate)`}
          </p>
          {result.items.length === 0 ? (
            <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">No claim matches this search.</p>
          ) : (
            <ol aria-label="Search results" className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
              {result.items.map(({ claim, article, highlight }) => (
                <li key={claim.id} className="p-3 text-sm" data-testid="search-result">
                  <Link href={`/articles/${article.id}#claim-${claim.id}`} className="font-medium text-brand-700 hover:underline">
                    {highlight && claim.summary ? <HighlightedText text={highlight.summary} /> : (claim.summary ?? "Claim without a summary")}
                  </Link>
                  <blockquote lang={article.language} className="mt-1 border-l-4 border-amber-300 pl-2 text-slate-700">
                    {highlight ? <HighlightedText text={highlight.quote} /> : claim.quote}
                  </blockquote>
                  <p className="mt-1 text-slate-600">
                    {claim.claimant?.name ? <>{highlight ? <HighlightedText text={highlight.claimant} /> : claim.claimant.name} · </> : null}
                    {statusLabel[claim.status]} · verdict {claim.verdict ? words(claim.verdict) : "—"} · {attributionLabel[claim.attributionLevel]} ·{" "}
                    <Link href={`/articles/${article.id}`} className="underline">{article.title}</Link>
                    {article.outlet ? ` (${article.outlet})` : ""} · added {formatDate(claim.createdAt)}
                  </p>
                </li>
              ))}
            </ol>
          )}
          {pages > 1 ? (
            <nav aria-label="Pages" className="mt-3 flex gap-2 text-sm">
              {query.page > 1 ? <Link href={pageLink(query.page - 1)} className="rounded border border-slate-300 px-3 py-1">Previous</Link> : null}
              {query.page < pages && result.items.length === query.pageSize ? <Link href={pageLink(query.page + 1)} className="rounded border border-slate-300 px-3 py-1">Next</Link> : null}
            </nav>
          ) : null}
        </>
      ) : null}
    </>
  );
}
