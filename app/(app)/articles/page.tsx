import type { Metadata } from "next";
import Link from "next/link";
import { requireUserForPage } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { listArticles, listArticlesQuery } from "@/lib/articles/list-articles";
import { formatDate } from "./format-date";
import { StatusBadges } from "./status-badges";

export const metadata: Metadata = { title: "Articles" };

const languageName = { fr: "French", en: "English" } as const;

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  await requireUserForPage();
  const params = await searchParams;
  const parsed = listArticlesQuery.safeParse(params);
  const query = parsed.success ? parsed.data : listArticlesQuery.parse({});
  const { items, total } = await listArticles(db, query);
  const pages = Math.max(1, Math.ceil(total / query.pageSize));
  return (
    <>
      {params.forbidden ? (
        <p role="alert" className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          That page needs another role. Ask an admin if you need access.
        </p>
      ) : null}
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Articles</h1>
          <p className="text-sm text-slate-600">{total} article{total === 1 ? "" : "s"}</p>
        </div>
        <div className="flex flex-wrap items-center gap-3">
        <Link href="/articles/new" className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700">
          Add article
        </Link>
        <form role="search" className="flex gap-2">
          <label htmlFor="q" className="sr-only">
            Search titles and outlets
          </label>
          <input
            id="q"
            name="q"
            defaultValue={query.q ?? ""}
            placeholder="Search titles and outlets"
            className="w-64 rounded-md border border-slate-300 px-3 py-1.5 text-sm"
          />
          <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100">
            Search
          </button>
        </form>
        </div>
      </div>
      {items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">No articles match.</p>
      ) : (
        <ul className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white" aria-label="Articles">
          {items.map((article) => (
            <li key={article.id} className="grid gap-2 px-4 py-3 md:grid-cols-[1fr_auto] md:items-center">
              <div className="min-w-0">
                <Link href={`/articles/${article.id}`} className="font-medium text-brand-700 hover:underline">
                  {article.title}
                </Link>
                <p className="mt-0.5 text-sm text-slate-600">
                  {article.outlet ?? "Unknown outlet"} · <span lang={article.language}>{languageName[article.language]}</span> ·{" "}
                  <time dateTime={article.publishedAt ?? article.createdAt}>{formatDate(article.publishedAt ?? article.createdAt)}</time>
                </p>
              </div>
              <StatusBadges counts={article.claimCounts} />
            </li>
          ))}
        </ul>
      )}
      {pages > 1 ? (
        <nav aria-label="Pages" className="mt-4 flex items-center gap-3 text-sm">
          {query.page > 1 ? <Link href={{ query: { ...query, page: query.page - 1 } }}>← Newer</Link> : null}
          <span>
            Page {query.page} of {pages}
          </span>
          {query.page < pages ? <Link href={{ query: { ...query, page: query.page + 1 } }}>Older →</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
