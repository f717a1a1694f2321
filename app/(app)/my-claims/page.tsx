import type { Metadata } from "next";
import Link from "next/link";
import { requireUserForPage } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { myClaims } from "@/lib/claims/claim-queues";
import { statusLabel } from "../articles/status-badges";

export const metadata: Metadata = { title: "My claims" };

export default async function MyClaimsPage() {
  const user = await requireUserForPage();
  const claims = await myClaims(db, user.id);
  return (
    <>
      <h1 className="text-2xl font-semibold">My claims</h1>
      <p className="mb-4 text-sm text-slate-600">Your drafts, claims sent back to you, and claims assigned to you.</p>
      {claims.length === 0 ? <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">Nothing waiting for you.</p> : null}
      <ul aria-label="My claims" className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {claims.map((claim) => (
          <li key={claim.id} className="p-3 text-sm">
            <Link href={`/articles/${claim.article.id}#claim-${claim.id}`} className="font-medium text-brand-700 hover:underline">{claim.summary ?? claim.quote}</Link>
            <p className="mt-1 text-slate-600">
              {statusLabel[claim.status]} · {claim.article.title}
              {claim.assignee ? ` · assigned to ${claim.assignee.name}` : ""}
            </p>
            {claim.reviewerComment?.comment ? (
              <blockquote className="mt-1 border-l-4 border-orange-300 pl-2 text-slate-800">
                {claim.reviewerComment.by ? <span className="font-medium">{claim.reviewerComment.by}: </span> : null}
                <span className="whitespace-pre-wrap">{claim.reviewerComment.comment}</span>
              </blockquote>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
