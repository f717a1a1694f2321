import { db } from "@/lib/db/client";
import { getArticle } from "@/lib/articles/get-article";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute<{ id: string }>(async ({ params }) => getArticle(db, params.id));
