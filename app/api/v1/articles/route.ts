import { db } from "@/lib/db/client";
import { listArticles, listArticlesQuery } from "@/lib/articles/list-articles";
import { apiRoute } from "@/lib/http/api-route";
import { queryObject } from "@/lib/http/read-json";
import { parseOrThrow } from "@/lib/http/zod-errors";

export const GET = apiRoute(async ({ request }) => listArticles(db, parseOrThrow(listArticlesQuery, queryObject(request.url))));
