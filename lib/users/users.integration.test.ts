import pg from "pg";
import { randomUUID } from "node:crypto";
import { verifyPassword } from "better-auth/crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import { migrate } from "@/lib/db/migrate";
import { createScratchDatabase, testDatabaseUrl } from "@/lib/testing/scratch-database";
import { changeRole } from "./change-role";
import { createUser } from "./create-user";

const db = createPrismaClient(testDatabaseUrl());
afterAll(() => db.$disconnect());
const unique = () => `user-${randomUUID().slice(0, 8)}@newsroom.test`;

describe("users", () => {
  it("creates a user whose password verifies, and records it in the history", async () => {
    const email = unique();
    const user = await createUser(db, { name: "Nadia", email, role: "reviewer", password: "correct horse" }, null);
    const account = await db.account.findFirstOrThrow({ where: { userId: user.id, providerId: "credential" } });
    expect(account.accountId).toBe(user.id);
    expect(await verifyPassword({ hash: account.password!, password: "correct horse" })).toBe(true);
    expect(await verifyPassword({ hash: account.password!, password: "wrong horse" })).toBe(false);
    const events = await db.historyEvent.findMany({ where: { type: "user_created", after: { path: ["email"], equals: email } } });
    expect(events).toHaveLength(1);
  });

  it("refuses a second user with the same email, naming the field", async () => {
    const email = unique();
    await createUser(db, { name: "A", email, role: "editor", password: "password1" }, null);
    const error = await createUser(db, { name: "B", email, role: "editor", password: "password2" }, null).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fields).toHaveProperty("email");
  });

  it("changes a role with a history event holding before and after", async () => {
    const admin = await db.user.findFirstOrThrow({ where: { role: "admin" } });
    const user = await createUser(db, { name: "C", email: unique(), role: "editor", password: "password1" }, null);
    await changeRole(db, { userId: user.id, role: "reviewer" }, admin.id);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("reviewer");
    const event = await db.historyEvent.findFirstOrThrow({ where: { type: "user_role_changed", actorId: admin.id }, orderBy: { id: "desc" } });
    expect(event.before).toEqual({ userId: user.id, role: "editor" });
    expect(event.after).toEqual({ userId: user.id, role: "reviewer" });
  });

  it("never takes the role away from the last admin", async () => {
    // In a database of its own, so the shared one keeps its admins.
    const scratch = await createScratchDatabase();
    await migrate(scratch.url);
    const own = createPrismaClient(scratch.url);
    try {
      const first = await createUser(own, { name: "First", email: unique(), role: "admin", password: "password1" }, null);
      const second = await createUser(own, { name: "Second", email: unique(), role: "admin", password: "password1" }, null);
      await changeRole(own, { userId: second.id, role: "editor" }, first.id);
      const error = await changeRole(own, { userId: first.id, role: "editor" }, first.id).catch((e: unknown) => e);
      expect((error as AppError).fields).toHaveProperty("role");
      expect((await own.user.findUniqueOrThrow({ where: { id: first.id } })).role).toBe("admin");

      // Two admins demoting each other at the same instant: while one demotion is in flight (its
      // transaction open), the other waits for it and is then refused.
      await changeRole(own, { userId: second.id, role: "admin" }, first.id);
      const inFlight = new pg.Client({ connectionString: scratch.url });
      await inFlight.connect();
      try {
        await inFlight.query("BEGIN");
        await inFlight.query(`UPDATE "user" SET role = 'editor' WHERE id = $1`, [first.id]);
        const racing = changeRole(own, { userId: second.id, role: "editor" }, first.id).then(
          () => "demoted",
          (e: unknown) => (e as AppError).fields?.role?.[0] ?? String(e),
        );
        await new Promise((resolve) => setTimeout(resolve, 300));
        await inFlight.query("COMMIT");
        expect(await racing).toMatch(/last admin/);
      } finally {
        await inFlight.end();
      }
      expect(await own.user.count({ where: { role: "admin" } })).toBe(1);
    } finally {
      await own.$disconnect();
      await scratch.drop();
    }
  });
});
