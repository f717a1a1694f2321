// Slows down password guessing: after too many failed sign-ins for one email, or from one address,
// within the window, sign-in answers 429 until the oldest failure leaves the window. Counting
// failures (not requests) keeps a newsroom behind one address free to sign in normally.
import type { PrismaClient } from "@/lib/generated/prisma/client";

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_ADDRESS = 50;

type Db = Pick<PrismaClient, "signInFailure">;

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Pure: given the times of recent failures, may another attempt go through now? */
export function judgeAttempt(failureTimes: Date[], limit: number, now: Date): ThrottleVerdict {
  const windowStart = now.getTime() - THROTTLE_WINDOW_MS;
  const recent = failureTimes.map((t) => t.getTime()).filter((t) => t > windowStart).sort((a, b) => a - b);
  if (recent.length < limit) return { allowed: true };
  // The attempt is allowed again once enough failures have aged out of the window.
  const unblockAt = (recent[recent.length - limit] ?? now.getTime()) + THROTTLE_WINDOW_MS;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((unblockAt - now.getTime()) / 1000)) };
}

export async function checkSignInAllowed(
  db: Db,
  attempt: { email: string; ipAddress: string | null },
  now = new Date(),
): Promise<ThrottleVerdict> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const byEmail = await db.signInFailure.findMany({
    where: { email: attempt.email, createdAt: { gt: since } },
    select: { createdAt: true },
  });
  const emailVerdict = judgeAttempt(byEmail.map((f) => f.createdAt), MAX_FAILURES_PER_EMAIL, now);
  if (!emailVerdict.allowed || !attempt.ipAddress) return emailVerdict;
  const byAddress = await db.signInFailure.findMany({
    where: { ipAddress: attempt.ipAddress, createdAt: { gt: since } },
    select: { createdAt: true },
  });
  return judgeAttempt(byAddress.map((f) => f.createdAt), MAX_FAILURES_PER_ADDRESS, now);
}

export async function recordSignInFailure(db: Db, attempt: { email: string; ipAddress: string | null }): Promise<void> {
  await db.signInFailure.create({ data: { email: attempt.email, ipAddress: attempt.ipAddress } });
  // Old rows serve no purpose; prune them as we go rather than with a scheduled job.
  await db.signInFailure.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - THROTTLE_WINDOW_MS) } } });
}

/** A successful sign-in forgives the earlier failures for that email. */
export async function clearSignInFailures(db: Db, email: string): Promise<void> {
  await db.signInFailure.deleteMany({ where: { email } });
}

/** The client's address as the server saw it (first hop of x-forwarded-for, which Next.js sets). */
export function clientAddress(headers: Headers | undefined | null): string | null {
  const forwarded = headers?.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers?.get("x-real-ip") || null;
}
