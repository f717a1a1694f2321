import { db } from "@/lib/db/client";
import { findSimilarClaims } from "@/lib/claims/similar/find-similar-claims";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute<{ id: string }>(async ({ params }) => findSimilarClaims(db, params.id));
