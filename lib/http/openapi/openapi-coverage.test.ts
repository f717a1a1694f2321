import path from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./document";
import { routeHandlers } from "./route-files";

const apiDir = path.resolve(import.meta.dirname, "../../../app/api/v1");
const documented = () => {
  const paths = openApiDocument().paths ?? {};
  return Object.entries(paths).flatMap(([p, item]) =>
    Object.keys(item ?? {})
      .filter((key) => ["get", "post", "put", "patch", "delete"].includes(key))
      .map((method) => `${method.toUpperCase()} ${p}`),
  );
};

describe("the OpenAPI document", () => {
  it("describes every route handler in app/api/v1, and nothing that is not one", () => {
    const handlers = routeHandlers(apiDir, "/api/v1").map((r) => `${r.method.toUpperCase()} ${r.path}`);
    expect(handlers.length).toBeGreaterThan(10);
    expect(documented().sort()).toEqual(handlers.sort());
  });

  it("is OpenAPI 3.1 with the errors, roles and security of each operation", () => {
    const doc = openApiDocument();
    expect(doc.openapi).toBe("3.1.0");
    const patchClaim = doc.paths?.["/api/v1/claims/{id}"]?.patch;
    expect(Object.keys(patchClaim?.responses ?? {})).toEqual(expect.arrayContaining(["200", "401", "403", "404", "409", "422"]));
    expect(patchClaim?.parameters).toEqual([expect.objectContaining({ in: "path", name: "id", required: true })]);
    expect(doc.paths?.["/api/v1/tokens"]?.post?.description).toMatch(/admin role/);
    expect(doc.paths?.["/api/v1/openapi.json"]?.get?.security).toEqual([]);
    expect(doc.components?.securitySchemes).toHaveProperty("bearerToken");
  });

  it("takes request bodies from the zod schemas the routes parse with", () => {
    const body = openApiDocument().paths?.["/api/v1/claims/{id}/transitions"]?.post?.requestBody as {
      content: Record<string, { schema: { properties: Record<string, { enum?: string[] }>; required: string[] } }>;
    };
    const schema = body.content["application/json"]!.schema;
    expect(schema.required).toEqual(expect.arrayContaining(["version", "action"]));
    expect(schema.properties.action!.enum).toEqual(["submit", "approve", "request_changes", "dismiss", "restore", "reopen"]);
  });
});

describe("routeHandlers", () => {
  it("finds exported handlers and turns [id] folders into {id}", () => {
    const routes = routeHandlers(apiDir, "/api/v1");
    expect(routes).toContainEqual({ path: "/api/v1/claims/{id}/transitions", method: "post" });
    expect(routes).toContainEqual({ path: "/api/v1/articles", method: "get" });
  });
});
