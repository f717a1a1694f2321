// Turns a failed connection into the one line a person starting the app needs to read: what went
// wrong and what to set. Never a stack trace.

/** Shows the URL without its password. */
export function redactUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = "***";
    return url.toString();
  } catch {
    return "(not a valid URL)";
  }
}

function isPostgresUrl(databaseUrl: string): boolean {
  try {
    return ["postgres:", "postgresql:"].includes(new URL(databaseUrl).protocol);
  } catch {
    return false;
  }
}

export function describeConnectionError(error: unknown, databaseUrl: string): string {
  if (!isPostgresUrl(databaseUrl)) {
    return "DATABASE_URL is not a PostgreSQL URL. Set it like postgresql://user:password@host:5432/db, or unset it to use the embedded database.";
  }
  const where = redactUrl(databaseUrl);
  const code = (error as { code?: string } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  const hint =
    "Set DATABASE_URL to a reachable PostgreSQL (postgresql://user:password@host:5432/db), or unset it to use the embedded database.";
  switch (code) {
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EAI_AGAIN":
    case "ETIMEDOUT":
    case "EHOSTUNREACH":
      return `Cannot reach the database at ${where} (${code}). ${hint}`;
    case "28P01":
    case "28000":
      return `The database at ${where} refused the credentials (${message}). ${hint}`;
    case "3D000":
      return `The database named in ${where} does not exist; create it (createdb) or point DATABASE_URL at one that does.`;
    default:
      return `Cannot use the database at ${where}: ${message}. ${hint}`;
  }
}
