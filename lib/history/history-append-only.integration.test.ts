import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/prisma";
import { testDatabaseUrl } from "@/lib/testing/scratch-database";
import { recordEvent } from "./record-event";

const db = createPrismaClient(testDatabaseUrl());
afterAll(() => db.$disconnect());

describe("history is append-only, enforced by the database", () => {
  it("accepts new events", async () => {
    await recordEvent(db, { type: "user_created", actorId: null, after: { note: "append-only test" } });
    expect(await db.historyEvent.count({ where: { after: { path: ["note"], equals: "append-only test" } } })).toBe(1);
  });

  it("refuses UPDATE, DELETE and TRUNCATE, even as the database owner", async () => {
    const event = await db.historyEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    await expect(db.historyEvent.update({ where: { id: event.id }, data: { comment: "rewritten" } })).rejects.toThrow(/append-only/);
    await expect(db.historyEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "history_event"`)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "history_event"`)).rejects.toThrow(/append-only/);
    const after = await db.historyEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(after.comment).toBe(event.comment);
  });
});
