import { afterAll, describe, expect, it } from "vitest";
import { authenticateRequest } from "@/lib/auth/authenticate-request";
import { createPrismaClient } from "@/lib/db/prisma";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { testDatabaseUrl } from "@/lib/testing/scratch-database";
import { issueApiTokenInput } from "./api-token-input";
import { issueApiToken } from "./issue-api-token";
import { listApiTokens } from "./list-api-tokens";
import { revokeApiToken } from "./revoke-api-token";

const db = createPrismaClient(testDatabaseUrl());
afterAll(() => db.$disconnect());

const userId = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email } })).id;
const bearer = (token: string) => new Request("http://localhost/api/v1/claims", { headers: { authorization: `Bearer ${token}` } });

describe("API tokens an admin issues, lists and revokes", () => {
  it("issues a token that acts as its user, shows it once, stores only its hash, and records who issued it", async () => {
    const admin = await userId("admin@example.org");
    const name = `CMS ${crypto.randomUUID()}`;
    const { token, apiToken } = await issueApiToken(db, { userId: await userId("reviewer@example.org"), name, expiresInDays: 30 }, admin);

    expect(token).toMatch(/^ct_[A-Za-z0-9_-]{43}$/);
    expect(token.startsWith(apiToken.prefix)).toBe(true);
    expect(apiToken).toMatchObject({ name, state: "active", user: { email: "reviewer@example.org" } });
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: apiToken.id } });
    expect(stored.tokenHash).not.toContain(token.slice(3, 20));
    expect(stored.expiresAt!.getTime() - stored.createdAt.getTime()).toBeGreaterThan(29 * 86_400_000);

    const acting = await authenticateRequest(bearer(token), "reviewer");
    expect(acting.email).toBe("reviewer@example.org");

    const listed = (await listApiTokens(db)).items.find((t) => t.id === apiToken.id)!;
    expect(listed.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(listed)).not.toContain(stored.tokenHash);

    const events = await db.historyEvent.findMany({ where: { type: "token_issued", actorId: admin } });
    expect(events.some((e) => (e.after as { tokenId?: string }).tokenId === apiToken.id)).toBe(true);
  });

  it("revokes a token: the next request with it gets 401, the row stays listed as revoked, twice is harmless", async () => {
    const admin = await userId("admin@example.org");
    const { token, apiToken } = await issueApiToken(db, { userId: await userId("editor@example.org"), name: "Chat bot" }, admin);
    expect(apiToken.expiresAt).toBeNull();
    await authenticateRequest(bearer(token));

    const revoked = await revokeApiToken(db, apiToken.id, admin);
    expect(revoked.state).toBe("revoked");
    expect((await expectAppError(authenticateRequest(bearer(token)))).status).toBe(401);
    expect((await revokeApiToken(db, apiToken.id, admin)).revokedAt).toBe(revoked.revokedAt);
    expect((await listApiTokens(db)).items.find((t) => t.id === apiToken.id)?.state).toBe("revoked");
    const events = await db.historyEvent.findMany({ where: { type: "token_revoked" } });
    expect(events.filter((e) => (e.before as { tokenId?: string }).tokenId === apiToken.id)).toHaveLength(1);
  });

  it("refuses an unknown user, a blank name and an impossible expiry, naming the field and storing nothing", async () => {
    const admin = await userId("admin@example.org");
    const before = await db.apiToken.count();
    const unknown = await expectAppError(issueApiToken(db, { userId: crypto.randomUUID(), name: "x" }, admin));
    expect(unknown.fields).toHaveProperty("userId");
    for (const [input, field] of [
      [{ userId: "u", name: "   " }, "name"],
      [{ userId: "u", name: "x", expiresInDays: 0 }, "expiresInDays"],
      [{ userId: "u", name: "x", expiresInDays: "soon" }, "expiresInDays"],
      [{ name: "x" }, "userId"],
    ] as const) {
      const parsed = issueApiTokenInput.safeParse(input);
      expect(parsed.success).toBe(false);
      expect(parsed.error!.issues.map((i) => i.path[0])).toContain(field);
    }
    expect(await db.apiToken.count()).toBe(before);
    expect((await expectAppError(revokeApiToken(db, "not-a-uuid", admin))).status).toBe(404);
  });
});
