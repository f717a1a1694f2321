/** The secret better-auth signs cookies with. `npm start` always provides one (generated once and
 * kept in .data/ when the user gives none), so a missing secret here is a configuration error. */
export function authSecret(): string {
  const secret = process.env.BETTER_AUTH_SECRET;
  if (secret && secret.length >= 32) return secret;
  if (process.env.NEXT_PHASE === "phase-production-build") return "build-time-placeholder-secret-not-used-0000";
  throw new Error("BETTER_AUTH_SECRET must be set to at least 32 characters (npm start sets one for you).");
}
