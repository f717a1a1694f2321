// better-auth answers errors as `{code, message}`; the API promises one error shape everywhere
// (shared/docs/api.md), so responses of /api/auth/* are rewritten into it.
import { errorStatus, type ErrorCode } from "@/lib/http/app-error";

function codeForStatus(status: number): ErrorCode {
  const match = (Object.entries(errorStatus) as [ErrorCode, number][]).find(([, s]) => s === status);
  if (match) return match[0];
  return status >= 500 ? "internal" : "bad_request";
}

export async function toApiErrorShape(response: Response): Promise<Response> {
  if (response.status < 400) return response;
  const text = await response.text();
  let message = response.statusText || "Request failed.";
  try {
    const body = JSON.parse(text) as { message?: unknown; error?: unknown };
    if (body.error && typeof body.error === "object") return new Response(text, response); // already shaped
    if (typeof body.message === "string" && body.message) message = body.message;
  } catch {
    // not JSON: keep the status text
  }
  const headers = new Headers(response.headers);
  headers.set("content-type", "application/json");
  headers.delete("content-length");
  return new Response(JSON.stringify({ error: { code: codeForStatus(response.status), message } }), {
    status: response.status,
    headers,
  });
}
