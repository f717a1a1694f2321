import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** BETTER_AUTH_SECRET, or one generated on first start and kept in .data/ so that sessions
 * survive restarts. */
export function loadAuthSecret(dataDirectory: string): string {
  const given = process.env.BETTER_AUTH_SECRET;
  if (given) {
    if (given.length < 32) throw new Error("BETTER_AUTH_SECRET must be at least 32 characters long.");
    return given;
  }
  const file = path.join(dataDirectory, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDirectory, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}
