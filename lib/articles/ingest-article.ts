// Brings an article in: from pasted text, Markdown, HTML or a URL to cleaned text and suggested
// claims, stored in one transaction (the article, its claims in `draft`, their history). Nothing is
// stored when any step fails.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { anchorsIn, textHash } from "@/lib/claims/anchor";
import { suggestedClaimRow } from "@/lib/claims/suggested-claim-row";
import { extractArticle } from "@/lib/claims/extraction";
import type { ArticleExtractionResult } from "@/lib/claims/extraction/types";
import { AppError } from "@/lib/http/app-error";
import { recordEvent } from "@/lib/history/record-event";
import { getSetting } from "@/lib/settings/settings";
import { findKnownSources } from "@/lib/sources/find-known-sources";
import { sourceNameKey } from "@/lib/sources/source-key";
import type { SessionUser } from "@/lib/auth/roles";
import { getArticle } from "./get-article";
import { fetchArticleUrl } from "./fetch-article-url";
import { MAX_ARTICLE_BYTES } from "./fetch-limits";
import { htmlMetadata, type HtmlMetadata } from "./html-metadata";
import { markdownToHtml } from "./markdown-to-html";
import { sourceKindOf, type NewArticleInput } from "./new-article-input";
import { textProblem } from "./text-problems";

type Prepared = {
  extraction: ArticleExtractionResult;
  text: string;
  url: string | null;
  metadata: HtmlMetadata | null;
};

async function prepare(db: PrismaClient, input: NewArticleInput): Promise<Prepared> {
  const kind = sourceKindOf(input);
  const raw = input.text ?? input.html ?? input.markdown ?? "";
  if (kind !== "url" && Buffer.byteLength(raw, "utf8") > MAX_ARTICLE_BYTES) {
    throw new AppError("payload_too_large", "The article is larger than 2 MB.");
  }
  const language = input.language;
  if (kind === "text") {
    const problem = textProblem(raw);
    if (problem) throw AppError.validation({ text: [problem] });
    return { extraction: extractArticle({ text: raw }, { language }), text: raw, url: null, metadata: null };
  }
  let html: string;
  let url: string | null = null;
  if (kind === "url") {
    const page = await fetchArticleUrl(input.url!, { allowPrivate: await getSetting(db, "allowPrivateUrls") });
    ({ html, url } = page);
  } else {
    html = kind === "markdown" ? markdownToHtml(raw) : raw;
  }
  const problem = textProblem(html);
  if (problem) throw AppError.validation({ [kind]: [problem] });
  const metadata = kind === "markdown" ? null : htmlMetadata(html);
  const extraction = extractArticle({ html }, { language: language ?? metadata?.language ?? undefined });
  const text = extraction.text ?? "";
  if (text.trim() === "") throw AppError.validation({ [kind]: ["No article text was found in it."] });
  return { extraction, text, url, metadata };
}

export async function ingestArticle(db: PrismaClient, input: NewArticleInput, user: SessionUser) {
  const { extraction, text, url, metadata } = await prepare(db, input);
  const title =
    input.title || extraction.title || Array.from(text.trim().split("\n", 1)[0] ?? "").slice(0, 200).join("") || "Untitled article";
  const hash = textHash(text);
  const anchorOf = anchorsIn(text);
  const sources = await findKnownSources(db, extraction.claims.flatMap((c) => (c.claimant ? [c.claimant] : [])));

  const articleId = await db.$transaction(
    async (tx) => {
      const article = await tx.article.create({
        data: {
          title,
          outlet: input.outlet || metadata?.outlet || null,
          url: url ?? null,
          language: extraction.language,
          publishedAt: input.publishedAt ? new Date(input.publishedAt) : (metadata?.publishedAt ?? null),
          text,
          textHash: hash,
          removed: extraction.removed.map(({ start, end, text: removedText, reason }) => ({ start, end, text: removedText, reason })),
          format: sourceKindOf(input),
          addedById: user.id,
          updatedById: user.id,
        },
      });
      await recordEvent(tx, {
        type: "article_created",
        actorId: user.id,
        articleId: article.id,
        after: { title, language: extraction.language, format: article.format, url: article.url, claims: extraction.claims.length },
      });
      const claims = await tx.claim.createManyAndReturn({
        data: extraction.claims.map((claim) =>
          suggestedClaimRow({
            articleId: article.id,
            textHash: hash,
            anchor: anchorOf(claim.start, claim.end),
            suggestion: claim,
            sourceId: (claim.claimant && sources.get(sourceNameKey(claim.claimant))?.id) || null,
            origin: "extractor",
            actorId: user.id,
          }),
        ),
        select: { id: true, quote: true, attributionLevel: true, status: true },
      });
      await tx.historyEvent.createMany({
        data: claims.map((claim) => ({
          type: "claim_created" as const,
          actorId: user.id,
          articleId: article.id,
          claimId: claim.id,
          after: { quote: claim.quote, attributionLevel: claim.attributionLevel, status: claim.status, origin: "extractor" },
        })),
      });
      return article.id;
    },
    { timeout: 30_000 },
  );
  return getArticle(db, articleId);
}
