// Typed errors with the codes of shared/docs/api.md. Use cases throw them; lib/http/error-response.ts
// maps them to the HTTP error shape once, so no route decides statuses on its own.

export const errorStatus = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  validation_failed: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

/** Field name → messages, as in `{"fields": {"summary": ["Required"]}}`. */
export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  override name = "AppError";
  readonly code: ErrorCode;
  readonly fields?: FieldErrors;
  /** For `conflict`: the resource as it is now. */
  readonly current?: unknown;

  constructor(code: ErrorCode, message: string, extra: { fields?: FieldErrors; current?: unknown } = {}) {
    super(message);
    this.code = code;
    this.fields = extra.fields;
    this.current = extra.current;
  }

  get status(): number {
    return errorStatus[this.code];
  }

  static validation(fields: FieldErrors, message = describeFields(fields)): AppError {
    return new AppError("validation_failed", message, { fields });
  }
}

function describeFields(fields: FieldErrors): string {
  const names = Object.keys(fields);
  if (names.length === 0) return "The request is not valid.";
  return `Invalid ${names.length === 1 ? "field" : "fields"}: ${names.join(", ")}.`;
}

export type ErrorBody = {
  error: { code: ErrorCode; message: string; fields?: FieldErrors; current?: unknown };
};

export function errorBody(error: AppError): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.fields ? { fields: error.fields } : {}),
      ...(error.current !== undefined ? { current: error.current } : {}),
    },
  };
}
