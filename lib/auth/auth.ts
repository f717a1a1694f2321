import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { db } from "@/lib/db/client";
import { requestOrigin } from "@/lib/http/request-origin";
import { authSecret } from "./auth-secret";
import { checkSignInAllowed, clearSignInFailures, clientAddress, recordSignInFailure } from "./sign-in-throttle";

const SIGN_IN_PATH = "/sign-in/email";

function emailOf(body: unknown): string {
  const email = (body as { email?: unknown } | null)?.email;
  return typeof email === "string" ? email.trim().toLowerCase() : "";
}

/** The origin a request was served on: same-origin requests are never cross-site. */
function ownOrigin(request: Request | undefined): string[] {
  const origin = request ? requestOrigin(request.headers, request.url) : null;
  return origin ? [origin] : [];
}

const baseURL = process.env.BETTER_AUTH_URL ?? `http://localhost:${process.env.PORT ?? "3000"}`;

export const auth = betterAuth({
  appName: "Claims tracker",
  baseURL,
  secret: authSecret(),
  database: prismaAdapter(db, { provider: "postgresql" }),
  emailAndPassword: {
    enabled: true,
    // Accounts are made by admins (admin page) or the seed; a newsroom tool has no public sign-up.
    disableSignUp: true,
    minPasswordLength: 8,
    maxPasswordLength: 128,
  },
  user: {
    additionalFields: {
      role: { type: ["editor", "reviewer", "admin"], required: true, defaultValue: "editor", input: false },
    },
  },
  session: {
    expiresIn: 60 * 60 * 24 * 7,
    updateAge: 60 * 60 * 24,
    // Sessions are read from the database on every request so that a sign-out or a role change
    // takes effect at once.
    cookieCache: { enabled: false },
  },
  // better-auth's own limiter counts every request per address; we count failed sign-ins instead
  // (lib/auth/sign-in-throttle.ts).
  rateLimit: { enabled: false },
  trustedOrigins: (request) => ownOrigin(request),
  advanced: {
    useSecureCookies: baseURL.startsWith("https://"),
  },
  telemetry: { enabled: false },
  hooks: {
    before: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== SIGN_IN_PATH) return;
      const verdict = await checkSignInAllowed(db, { email: emailOf(ctx.body), ipAddress: clientAddress(ctx.headers) });
      if (!verdict.allowed) {
        const minutes = Math.ceil(verdict.retryAfterSeconds / 60);
        throw new APIError(
          "TOO_MANY_REQUESTS",
          { code: "RATE_LIMITED", message: `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.` },
          { "Retry-After": String(verdict.retryAfterSeconds) },
        );
      }
    }),
    after: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== SIGN_IN_PATH) return;
      const email = emailOf(ctx.body);
      const returned = ctx.context.returned;
      if (returned instanceof APIError) {
        if (returned.statusCode === 401) await recordSignInFailure(db, { email, ipAddress: clientAddress(ctx.headers) });
      } else if (email) {
        await clearSignInFailures(db, email);
      }
    }),
  },
  plugins: [nextCookies()],
});

export type Auth = typeof auth;
