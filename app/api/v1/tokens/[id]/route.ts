import { db } from "@/lib/db/client";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { apiRoute } from "@/lib/http/api-route";

// Revoking keeps the row (who had access, and until when, stays on record); the token stops working.
export const DELETE = apiRoute<{ id: string }>(async ({ params, user }) => revokeApiToken(db, params.id, user.id), {
  role: "admin",
});
