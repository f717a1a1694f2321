import { createDocument } from "zod-openapi";
import { apiPaths } from "./paths";

let cached: ReturnType<typeof createDocument> | undefined;

/** The OpenAPI 3.1 document of the JSON API, built once from the routes' zod schemas. */
export function openApiDocument() {
  cached ??= createDocument(
    {
      openapi: "3.1.0",
      info: {
        title: "Claims tracker API",
        version: "1",
        description:
          "Everything the app does, as JSON. Offsets count Unicode code points; times are ISO 8601 UTC; errors have one shape (`Error`). Authenticate with the session cookie from `POST /api/auth/sign-in/email` or with `Authorization: Bearer <token>` (an API token an admin issued).",
      },
      security: [{ bearerToken: [] }, { sessionCookie: [] }],
      components: {
        securitySchemes: {
          bearerToken: { type: "http", scheme: "bearer", description: "An API token issued by an admin (Administration › API tokens)" },
          sessionCookie: { type: "apiKey", in: "cookie", name: "better-auth.session_token", description: "Set by POST /api/auth/sign-in/email" },
        },
      },
      paths: apiPaths,
    },
  );
  return cached;
}
