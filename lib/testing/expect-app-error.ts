import { expect } from "vitest";
import { AppError } from "@/lib/http/app-error";

/** Awaits a promise that must be refused with an AppError, and returns that error. */
export async function expectAppError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
