import { z } from "zod";
import type { ZodOpenApiOperationObject, ZodOpenApiResponsesObject } from "zod-openapi";
import type { Role } from "@/lib/auth/roles";
import { errorStatus, type ErrorCode } from "@/lib/http/app-error";
import { errorSchema } from "./response-schemas";

const errorMeaning: Partial<Record<ErrorCode, string>> = {
  bad_request: "The body is not JSON",
  validation_failed: "A field is invalid: `error.fields` names it",
  unauthenticated: "No valid session or API token",
  forbidden: "The role, or the four-eyes rule, does not allow it: `error.message` says which",
  not_found: "No such resource",
  conflict: "The resource changed since `version`: `error.current` is the resource as it is now",
  payload_too_large: "The body is too large",
  rate_limited: "Too many attempts",
};

type Answer = { status?: number; description: string; schema?: z.ZodType; contentType?: string };

export type OperationSpec = {
  summary: string;
  description?: string;
  tag: string;
  /** The least role that may call it; null for a public operation. */
  role: Role | null;
  path?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  ok: Answer;
  /** Error codes this operation answers beyond 401 and 403 (which every signed-in operation has). */
  errors?: ErrorCode[];
};

export const idParam = z.object({ id: z.string().meta({ description: "The resource's id (a UUID)" }) });

/** One OpenAPI operation from a short spec: the same error shape for every failure, the role in the
 * description, and the security schemes unless the operation is public. */
export function operation(spec: OperationSpec): ZodOpenApiOperationObject {
  const codes: ErrorCode[] = spec.role ? ["unauthenticated", "forbidden", ...(spec.errors ?? [])] : (spec.errors ?? []);
  const responses: Record<string, { description: string; content?: Record<string, { schema: z.ZodType }> }> = {
    [String(spec.ok.status ?? 200)]: {
      description: spec.ok.description,
      ...(spec.ok.schema ? { content: { [spec.ok.contentType ?? "application/json"]: { schema: spec.ok.schema } } } : {}),
    },
  };
  for (const code of codes) {
    const status = String(errorStatus[code]);
    const meaning = errorMeaning[code] ?? code;
    const existing = responses[status] as { description: string } | undefined;
    responses[status] = {
      description: existing ? `${existing.description}; or: ${meaning}` : meaning,
      content: { "application/json": { schema: errorSchema } },
    };
  }
  const roleNote = spec.role ? `Needs the ${spec.role} role or above.` : "Public: no sign-in needed.";
  return {
    summary: spec.summary,
    description: [spec.description, roleNote].filter(Boolean).join("\n\n"),
    tags: [spec.tag],
    ...(spec.role ? {} : { security: [] }),
    ...(spec.path || spec.query ? { requestParams: { ...(spec.path ? { path: spec.path } : {}), ...(spec.query ? { query: spec.query } : {}) } } : {}),
    ...(spec.body ? { requestBody: { required: true, content: { "application/json": { schema: spec.body } } } } : {}),
    responses: responses as ZodOpenApiResponsesObject,
  };
}
