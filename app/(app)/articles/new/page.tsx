import type { Metadata } from "next";
import { requireUserForPage } from "@/lib/auth/current-user";
import { AddArticleForm } from "./add-article-form";

export const metadata: Metadata = { title: "Add an article" };

export default async function NewArticlePage() {
  await requireUserForPage("editor");
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-semibold">Add an article</h1>
      <p className="mb-6 mt-1 text-sm text-slate-600">
        Paste it, upload it or link to it. The app drops what is not the article (related headlines, widgets, share
        buttons), then suggests its claims with their claimant, cue and attribution level, as drafts for you to check.
      </p>
      <AddArticleForm />
    </div>
  );
}
