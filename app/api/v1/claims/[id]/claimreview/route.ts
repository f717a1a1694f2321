import { db } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-route";
import { requestOrigin } from "@/lib/http/request-origin";
import { getClaimReview } from "@/lib/publishing/get-claim-review";

export const GET = apiRoute<{ id: string }>(async ({ request, params }) => {
  const origin = requestOrigin(request.headers, request.url) ?? new URL(request.url).origin;
  const review = await getClaimReview(db, params.id, origin);
  return new Response(JSON.stringify(review), { headers: { "content-type": "application/ld+json; charset=utf-8" } });
});
