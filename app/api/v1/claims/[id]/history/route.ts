import { db } from "@/lib/db/client";
import { claimHistory } from "@/lib/claims/claim-history";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute<{ id: string }>(async ({ params }) => claimHistory(db, params.id));
