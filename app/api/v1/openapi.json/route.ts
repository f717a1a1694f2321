import { openApiDocument } from "@/lib/http/openapi/document";

// Public: the description of the API is not a secret, and clients fetch it before they have a token.
export function GET(): Response {
  return Response.json(openApiDocument(), { headers: { "cache-control": "public, max-age=300" } });
}
