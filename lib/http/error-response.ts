import { z } from "zod";
import { AppError, errorBody } from "./app-error";
import { fieldErrorsFromZod } from "./zod-errors";

/** Prisma's known request errors we map once: unique violation and record not found. */
function fromPrisma(error: unknown): AppError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "P2002") return new AppError("conflict", "A record with the same unique value already exists.");
  if (code === "P2025") return new AppError("not_found", "The record does not exist.");
  return null;
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof z.ZodError) return AppError.validation(fieldErrorsFromZod(error));
  const mapped = fromPrisma(error);
  if (mapped) return mapped;
  // Unknown failures are logged with their detail on the server; the body never carries a stack
  // trace or SQL.
  console.error(error);
  return new AppError("internal", "Something went wrong on the server.");
}

export function errorResponse(error: unknown, headers?: HeadersInit): Response {
  const appError = toAppError(error);
  return Response.json(errorBody(appError), { status: appError.status, headers });
}
