import { db } from "@/lib/db/client";
import { ingestArticle } from "@/lib/articles/ingest-article";
import { listArticles, listArticlesQuery } from "@/lib/articles/list-articles";
import { MAX_ARTICLE_BYTES } from "@/lib/articles/fetch-limits";
import { newArticleInput } from "@/lib/articles/new-article-input";
import { apiRoute } from "@/lib/http/api-route";
import { queryObject, readJson } from "@/lib/http/read-json";
import { parseOrThrow } from "@/lib/http/zod-errors";

export const GET = apiRoute(async ({ request }) => listArticles(db, parseOrThrow(listArticlesQuery, queryObject(request.url))));

// The body may be up to half as large again as the article, for JSON escaping; the article itself
// is held to MAX_ARTICLE_BYTES.
export const POST = apiRoute(
  async ({ request, user }) => ingestArticle(db, await readJson(request, newArticleInput, MAX_ARTICLE_BYTES * 1.5), user),
  { status: 201 },
);
