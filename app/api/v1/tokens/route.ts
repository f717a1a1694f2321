import { db } from "@/lib/db/client";
import { issueApiTokenInput } from "@/lib/api-tokens/api-token-input";
import { issueApiToken } from "@/lib/api-tokens/issue-api-token";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";

export const GET = apiRoute(async () => listApiTokens(db), { role: "admin" });

export const POST = apiRoute(
  async ({ request, user }) => issueApiToken(db, await readJson(request, issueApiTokenInput), user.id),
  { role: "admin", status: 201 },
);
