import type { z } from "zod";
import { AppError, type FieldErrors } from "./app-error";

/** Zod issues → `fields` keyed by the dotted path of the offending field ("evidence.0.url"). */
export function fieldErrorsFromZod(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join(".") : "_";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

/** Parses `input` with `schema`, throwing a 422 naming every bad field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw AppError.validation(fieldErrorsFromZod(result.error));
  return result.data;
}
