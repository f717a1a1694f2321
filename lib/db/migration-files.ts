// Reads prisma/migrations in Prisma's layout: one folder per migration, named
// `<timestamp>_<name>`, each holding `migration.sql`, applied in name order.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export type MigrationFile = {
  /** Folder name, e.g. `20261125000000_init`: what `_prisma_migrations.migration_name` records. */
  name: string;
  sql: string;
  /** SHA-256 of the file's bytes, hex, as Prisma records it. */
  checksum: string;
};

export const defaultMigrationsDir = path.resolve(process.cwd(), "prisma/migrations");

export function checksumOf(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

export function readMigrationFiles(dir: string = defaultMigrationsDir): MigrationFile[] {
  return readdirSync(dir)
    .filter((entry) => statSync(path.join(dir, entry)).isDirectory())
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: checksumOf(sql) };
    });
}
