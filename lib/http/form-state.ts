import { toAppError } from "./error-response";

/** What a server action answers to its form: a notice, or an error with the fields it names and
 * what the user typed, so a refused form keeps it. */
export type FormState = {
  ok?: string;
  error?: string;
  fields?: Record<string, string[]>;
  /** What the user typed, given back so a refused form keeps it (never a password). */
  values?: Record<string, string>;
};

/** The named fields of a submitted form as strings (absent fields as ""). */
export function formValues<N extends string>(form: FormData, names: readonly N[]): Record<N, string> {
  return Object.fromEntries(names.map((name) => [name, String(form.get(name) ?? "")])) as Record<N, string>;
}

/** A thrown error as a form state that keeps what the user typed. */
export function formFailure(error: unknown, values: Record<string, string>): FormState {
  const appError = toAppError(error);
  return { error: appError.message, fields: appError.fields, values };
}
