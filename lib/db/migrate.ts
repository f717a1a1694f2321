// Applies the SQL migrations of prisma/migrations, recording them in Prisma's own
// `_prisma_migrations` table so that a machine with Prisma's schema engine can take over with
// `prisma migrate deploy` (docs/decisions/003-sql-migrations-own-runner.md).
//
// Each migration runs in its own transaction together with its record. The runner refuses to go on
// when a migration already applied has changed since, when the database holds a migration this
// checkout does not know, or when an earlier run failed half-way. A session-level advisory lock
// makes app processes that start at the same moment apply migrations one after the other.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { readMigrationFiles, type MigrationFile } from "./migration-files";

/** The key `prisma migrate` itself locks with, so our runner and Prisma's never overlap. */
const MIGRATION_LOCK_KEY = 72707369;

export class MigrationError extends Error {
  override name = "MigrationError";
}

export type MigrateResult = { applied: string[]; alreadyApplied: string[] };

type AppliedRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
};

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/** Checks the recorded migrations against the files; returns the files still to apply. */
export function planMigrations(files: MigrationFile[], applied: AppliedRow[]): MigrationFile[] {
  const byName = new Map(files.map((file) => [file.name, file]));
  const done = new Set<string>();
  for (const row of applied) {
    if (row.rolled_back_at) continue;
    if (!row.finished_at) {
      throw new MigrationError(
        `Migration ${row.migration_name} started but did not finish; repair the database by hand, then remove its row from _prisma_migrations.`,
      );
    }
    const file = byName.get(row.migration_name);
    if (!file) {
      throw new MigrationError(
        `The database has migration ${row.migration_name}, which is not in prisma/migrations: this checkout is older than the database.`,
      );
    }
    if (file.checksum !== row.checksum) {
      throw new MigrationError(
        `Migration ${row.migration_name} was changed after it was applied (checksum differs). Restore the file and add a new migration instead.`,
      );
    }
    done.add(row.migration_name);
  }
  return files.filter((file) => !done.has(file.name));
}

export async function migrate(
  databaseUrl: string,
  options: { migrationsDir?: string; log?: (line: string) => void } = {},
): Promise<MigrateResult> {
  const log = options.log ?? (() => {});
  const files = readMigrationFiles(options.migrationsDir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      await client.query(CREATE_MIGRATIONS_TABLE);
      const { rows } = await client.query<AppliedRow>(
        `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at, migration_name`,
      );
      const pending = planMigrations(files, rows);
      for (const file of pending) {
        log(`Applying migration ${file.name}`);
        await applyOne(client, file);
      }
      return {
        applied: pending.map((file) => file.name),
        alreadyApplied: files.filter((file) => !pending.includes(file)).map((file) => file.name),
      };
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

async function applyOne(client: pg.Client, file: MigrationFile): Promise<void> {
  await client.query("BEGIN");
  try {
    const id = randomUUID();
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())`,
      [id, file.checksum, file.name],
    );
    await client.query(file.sql);
    await client.query(
      `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
      [id],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Migration ${file.name} failed and was rolled back: ${reason}`);
  }
}
