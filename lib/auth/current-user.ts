import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AppError } from "@/lib/http/app-error";
import { auth } from "./auth";
import { hasRole, isRole, type Role, type SessionUser } from "./roles";

function toSessionUser(user: { id: string; name: string; email: string; role?: unknown }): SessionUser | null {
  return isRole(user.role) ? { id: user.id, name: user.name, email: user.email, role: user.role } : null;
}

/** The signed-in user of this request (read once per request), or null. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth.api.getSession({ headers: await headers() });
  return session ? toSessionUser(session.user) : null;
});

/** For pages: the signed-in user, or a redirect to /login. */
export async function requireUserForPage(role: Role = "editor"): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if (!hasRole(user.role, role)) redirect("/articles?forbidden=1");
  return user;
}

/** For server actions: the signed-in user with at least `role`, or an AppError. Server actions are
 * reachable by a direct POST, so each one calls this itself. */
export async function requireUserForAction(role: Role = "editor"): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthenticated", "Sign in first.");
  if (!hasRole(user.role, role)) throw new AppError("forbidden", `This needs the ${role} role.`);
  return user;
}
