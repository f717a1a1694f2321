import { db } from "@/lib/db/client";
import { correctArticle, correctArticleInput } from "@/lib/articles/correct-article";
import { MAX_ARTICLE_BYTES } from "@/lib/articles/fetch-limits";
import { getArticle } from "@/lib/articles/get-article";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";

export const GET = apiRoute<{ id: string }>(async ({ params }) => getArticle(db, params.id));

/** A correction: `version`, `title?`, `text?`. Claims re-anchor; each reports `anchor.state`. */
export const PATCH = apiRoute<{ id: string }>(async ({ request, params, user }) =>
  correctArticle(db, params.id, await readJson(request, correctArticleInput, MAX_ARTICLE_BYTES * 1.5), user),
);
