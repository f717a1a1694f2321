import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/http/app-error";
import { auth } from "./auth";
import { bearerToken, hashToken } from "./api-tokens";
import { hasRole, isRole, type Role, type SessionUser } from "./roles";

/** The user an API request acts as: an `Authorization: Bearer` API token, else the session cookie.
 * Throws 401 when neither identifies an active user, 403 when the role is not enough. */
export async function authenticateRequest(request: Request, role: Role = "editor"): Promise<SessionUser> {
  const user = (await userFromToken(request.headers)) ?? (await userFromSession(request.headers));
  if (!user) throw new AppError("unauthenticated", "Sign in, or send an API token as Authorization: Bearer <token>.");
  if (!hasRole(user.role, role)) throw new AppError("forbidden", `This needs the ${role} role; you are ${user.role}.`);
  return user;
}

const LAST_USED_PRECISION_MS = 60_000;

async function userFromToken(headers: Headers): Promise<SessionUser | null> {
  const token = bearerToken(headers);
  if (token === null) return null;
  const record = token
    ? await db.apiToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } })
    : null;
  const now = new Date();
  if (!record || record.revokedAt || (record.expiresAt && record.expiresAt <= now)) {
    // A token that was sent but is not valid is an error in itself, never a fall-back to cookies.
    throw new AppError("unauthenticated", "The API token is not valid (unknown, malformed, expired or revoked).");
  }
  // "Last used" is for admins reading the token list, not an audit trail: a write per request would
  // put a row lock on every API call, so it is refreshed at most once a minute.
  if (!record.lastUsedAt || now.getTime() - record.lastUsedAt.getTime() > LAST_USED_PRECISION_MS) {
    await db.apiToken.update({ where: { id: record.id }, data: { lastUsedAt: now } });
  }
  const { id, name, email, role } = record.user;
  return { id, name, email, role };
}

async function userFromSession(headers: Headers): Promise<SessionUser | null> {
  const session = await auth.api.getSession({ headers });
  if (!session || !isRole(session.user.role)) return null;
  const { id, name, email, role } = session.user;
  return { id, name, email, role };
}
