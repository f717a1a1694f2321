import { db } from "@/lib/db/client";
import { transitionClaim } from "@/lib/claims/transition-claim";
import { transitionInput } from "@/lib/claims/transition-input";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";

export const POST = apiRoute<{ id: string }>(async ({ request, params, user }) =>
  transitionClaim(db, params.id, await readJson(request, transitionInput), user),
);
