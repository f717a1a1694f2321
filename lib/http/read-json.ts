import type { z } from "zod";
import { AppError } from "./app-error";
import { parseOrThrow } from "./zod-errors";

/** Bodies above this are refused with 413 before they are read whole. */
export const DEFAULT_BODY_LIMIT_BYTES = 2 * 1024 * 1024;

/** Reads a JSON body: 413 when too large, 400 when not JSON, 422 naming fields when invalid. */
export async function readJson<S extends z.ZodType>(
  request: Request,
  schema: S,
  limitBytes = DEFAULT_BODY_LIMIT_BYTES,
): Promise<z.output<S>> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limitBytes) throw tooLarge(limitBytes);
  const raw = await request.text();
  if (Buffer.byteLength(raw, "utf8") > limitBytes) throw tooLarge(limitBytes);
  if (raw.trim() === "") throw new AppError("bad_request", "The request body is empty; send a JSON object.");
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
  return parseOrThrow(schema, body);
}

function tooLarge(limitBytes: number): AppError {
  return new AppError("payload_too_large", `The request body is larger than ${Math.round(limitBytes / 1024 / 1024)} MB.`);
}

/** Query string → plain object for a zod schema (repeated keys keep their last value). */
export function queryObject(url: string | URL): Record<string, string> {
  return Object.fromEntries(new URL(url).searchParams.entries());
}
