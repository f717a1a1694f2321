import "server-only";
import { authenticateRequest } from "@/lib/auth/authenticate-request";
import type { Role, SessionUser } from "@/lib/auth/roles";
import { errorResponse } from "./error-response";

type RouteContext<P> = { params: Promise<P> };

export type ApiHandlerInput<P> = { request: Request; params: P; user: SessionUser };

/**
 * Wraps a route handler of the JSON API: authenticates the caller (API token or session) and checks
 * the role before the handler runs, turns a returned value into JSON (`201` when `created`), and
 * maps every thrown error to the error shape of api.md.
 */
export function apiRoute<P = Record<string, never>>(
  handler: (input: ApiHandlerInput<P>) => Promise<unknown>,
  options: { role?: Role; status?: number } = {},
) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      const user = await authenticateRequest(request, options.role ?? "editor");
      const result = await handler({ request, params: await context.params, user });
      if (result instanceof Response) return result;
      return Response.json(result, { status: options.status ?? 200 });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
