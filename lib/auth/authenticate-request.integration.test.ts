import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/prisma";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { testDatabaseUrl } from "@/lib/testing/scratch-database";
import { generateToken } from "./api-tokens";
import { authenticateRequest } from "./authenticate-request";

const db = createPrismaClient(testDatabaseUrl());
afterAll(() => db.$disconnect());

const requestWith = (authorization?: string) =>
  new Request("http://localhost/api/v1/articles", { headers: authorization ? { authorization } : {} });

async function issue(email: string, fields: { revokedAt?: Date; expiresAt?: Date } = {}) {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@example.org" } });
  const { token, tokenHash, prefix } = generateToken();
  await db.apiToken.create({ data: { name: "CMS", tokenHash, prefix, userId: user.id, createdById: admin.id, ...fields } });
  return token;
}

describe("API authentication with a bearer token", () => {
  it("acts as the token's user, with that user's role", async () => {
    const token = await issue("reviewer@example.org");
    const user = await authenticateRequest(requestWith(`Bearer ${token}`));
    expect([user.email, user.role]).toEqual(["reviewer@example.org", "reviewer"]);
    await expect(authenticateRequest(requestWith(`Bearer ${token}`), "admin")).rejects.toMatchObject({ code: "forbidden" });
  });

  it("refuses revoked, expired, unknown and malformed tokens with 401, never falling back", async () => {
    const revoked = await issue("editor@example.org", { revokedAt: new Date() });
    const expired = await issue("editor@example.org", { expiresAt: new Date(Date.now() - 1000) });
    for (const header of [`Bearer ${revoked}`, `Bearer ${expired}`, "Bearer ct_unknown", "Bearer "]) {
      expect((await expectAppError(authenticateRequest(requestWith(header)))).status).toBe(401);
    }
    expect((await expectAppError(authenticateRequest(requestWith()))).code).toBe("unauthenticated");
  });
});
