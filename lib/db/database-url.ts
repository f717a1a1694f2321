/** The database the app talks to. `npm start` sets DATABASE_URL (to the embedded server when the
 * user gave none) before it starts Next.js, so inside the app it is always present. */
export function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (url) return url;
  // `next build` loads route modules to collect their configuration; nothing connects then (the
  // pool opens on the first query), so a placeholder is enough.
  if (process.env.NEXT_PHASE === "phase-production-build") return "postgresql://build-placeholder:5432/unused";
  throw new Error("DATABASE_URL is not set. Start the app with `npm start`, which provides one.");
}
