import type { Metadata } from "next";
import { cache } from "react";
import Link from "next/link";
import { requireUserForPage } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { getArticle } from "@/lib/articles/get-article";
import { toWorkspaceClaim } from "@/lib/claims/claim-dto";
import { orNotFound } from "@/app/_components/or-not-found";
import { formatDate } from "../format-date";
import { StatusBadges } from "../status-badges";
import { recentArticleActivity } from "@/lib/history/recent-article-activity";
import { offeredActions } from "@/lib/claims/offered-actions";
import { RecentActivity } from "./recent-activity";
import { Workspace } from "./workspace";
import { CorrectionForm } from "./correction-form";
import { hasRole } from "@/lib/auth/roles";

type Props = { params: Promise<{ id: string }> };

// cache(): the metadata and the page share one load per request instead of reading the article and
// its claims twice.
const load = cache((id: string) => orNotFound(getArticle(db, id)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireUserForPage();
  const { article } = await load((await params).id);
  return { title: article.title };
}

export default async function ArticlePage({ params }: Props) {
  const user = await requireUserForPage();
  const { article, claims } = await load((await params).id);
  const [people, activity, rows] = await Promise.all([
    db.user.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    recentArticleActivity(db, article.id),
    db.claim.findMany({
      where: { articleId: article.id },
      select: { id: true, status: true, verdict: true, rationale: true, evidence: true, createdById: true, reviewRound: true, roundEditorIds: true, submittedById: true },
    }),
  ]);
  // What the workflow lets this user do on each claim, decided by the same module as the server.
  const actions = Object.fromEntries(rows.map((row) => [row.id, offeredActions(user, row)]));
  return (
    <article lang={article.language}>
      <p className="mb-2 text-sm">
        <Link href="/articles" className="text-brand-700 hover:underline">
          ← Articles
        </Link>
      </p>
      <h1 className="text-2xl font-semibold leading-snug">{article.title}</h1>
      <p className="mt-1 text-sm text-slate-600">
        {article.outlet ?? "Unknown outlet"} · {formatDate(article.publishedAt)}
        {article.url ? (
          <>
            {" · "}
            <a href={article.url} className="text-brand-700 hover:underline" rel="noopener noreferrer nofollow" target="_blank">
              Original
            </a>
          </>
        ) : null}
      </p>
      <div className="mt-2">
        <StatusBadges counts={article.claimCounts} />
      </div>
      <Workspace articleId={article.id} text={article.text} claims={claims.map(toWorkspaceClaim)} removed={article.removed} canEdit={hasRole(user.role, "editor")} role={user.role} people={people} actions={actions} />
      <RecentActivity items={activity} />
      {hasRole(user.role, "editor") ? <CorrectionForm articleId={article.id} version={article.version} title={article.title} text={article.text} /> : null}
    </article>
  );
}
