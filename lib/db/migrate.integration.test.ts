import { cpSync, mkdtempSync, writeFileSync, mkdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createScratchDatabase, query } from "@/lib/testing/scratch-database";
import { migrate } from "./migrate";
import { defaultMigrationsDir, readMigrationFiles } from "./migration-files";

const drops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const drop of drops.splice(0)) await drop();
});

async function scratch() {
  const db = await createScratchDatabase();
  drops.push(db.drop);
  return db.url;
}

/** A copy of prisma/migrations that a test may change. */
function copyOfMigrations(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "migrations-"));
  cpSync(defaultMigrationsDir, dir, { recursive: true });
  return dir;
}

describe("npm run db:migrate", () => {
  it("applies every migration in order and records each with its checksum, as Prisma does", async () => {
    const url = await scratch();
    const result = await migrate(url);
    const files = readMigrationFiles();
    expect(result.applied).toEqual(files.map((f) => f.name));
    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      url,
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(files.map((f) => [f.name, f.checksum]));
    expect(rows.every((r) => r.finished_at !== null && r.applied_steps_count === 1)).toBe(true);
  });

  it("does nothing the second time", async () => {
    const url = await scratch();
    await migrate(url);
    const again = await migrate(url);
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied.length).toBeGreaterThan(0);
  });

  it("refuses to run when an applied migration file was changed since", async () => {
    const url = await scratch();
    const dir = copyOfMigrations();
    await migrate(url, { migrationsDir: dir });
    const [first] = readMigrationFiles(dir);
    const file = path.join(dir, first!.name, "migration.sql");
    writeFileSync(file, readFileSync(file, "utf8") + "\n-- edited afterwards\n");
    await expect(migrate(url, { migrationsDir: dir })).rejects.toThrow(/changed after it was applied/);
  });

  it("rolls a failing migration back whole and records nothing of it", async () => {
    const url = await scratch();
    const dir = copyOfMigrations();
    mkdirSync(path.join(dir, "29991231000000_broken"));
    writeFileSync(path.join(dir, "29991231000000_broken", "migration.sql"), `CREATE TABLE "half_done" (id int);\nSELECT * FROM "no_such_table";`);
    await expect(migrate(url, { migrationsDir: dir })).rejects.toThrow(/29991231000000_broken failed and was rolled back/);
    const tables = await query(url, `SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'`);
    expect(tables).toHaveLength(0);
    const recorded = await query(url, `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '29991231000000_broken'`);
    expect(recorded).toHaveLength(0);
  });

  it("lets several processes start at the same moment: each migration is applied exactly once", async () => {
    const url = await scratch();
    const results = await Promise.all([migrate(url), migrate(url), migrate(url)]);
    const applied = results.flatMap((r) => r.applied);
    expect(applied.sort()).toEqual(readMigrationFiles().map((f) => f.name).sort());
    const rows = await query(url, `SELECT migration_name FROM "_prisma_migrations"`);
    expect(rows).toHaveLength(readMigrationFiles().length);
  });
});
