import { db } from "@/lib/db/client";
import { addComment, listComments, newCommentInput } from "@/lib/claims/comments";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";

export const GET = apiRoute<{ id: string }>(async ({ params }) => listComments(db, params.id));

export const POST = apiRoute<{ id: string }>(
  async ({ request, params, user }) => addComment(db, params.id, await readJson(request, newCommentInput), user),
  { status: 201 },
);
