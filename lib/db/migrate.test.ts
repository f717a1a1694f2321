import { describe, expect, it } from "vitest";
import { checksumOf } from "./migration-files";
import { MigrationError, planMigrations } from "./migrate";

const file = (name: string, sql = `-- ${name}`) => ({ name, sql, checksum: checksumOf(sql) });
const row = (name: string, sql = `-- ${name}`, finished: Date | null = new Date()) => ({
  migration_name: name,
  checksum: checksumOf(sql),
  finished_at: finished,
  rolled_back_at: null,
});

describe("planMigrations", () => {
  it("applies every migration, in order, to an empty database", () => {
    const files = [file("20260101000000_a"), file("20260102000000_b")];
    expect(planMigrations(files, []).map((f) => f.name)).toEqual(["20260101000000_a", "20260102000000_b"]);
  });

  it("skips the migrations already applied", () => {
    const files = [file("20260101000000_a"), file("20260102000000_b")];
    expect(planMigrations(files, [row("20260101000000_a")]).map((f) => f.name)).toEqual(["20260102000000_b"]);
  });

  it("refuses when an applied migration's file has changed since", () => {
    const files = [file("20260101000000_a", "CREATE TABLE x ();")];
    expect(() => planMigrations(files, [row("20260101000000_a", "CREATE TABLE y ();")])).toThrow(/changed after it was applied/);
  });

  it("refuses when the database has a migration this checkout lacks", () => {
    expect(() => planMigrations([], [row("20260101000000_a")])).toThrow(MigrationError);
  });

  it("refuses to go on after a migration that started and never finished", () => {
    expect(() => planMigrations([file("20260101000000_a")], [row("20260101000000_a", undefined, null)])).toThrow(/did not finish/);
  });

  it("ignores rows marked rolled back", () => {
    const files = [file("20260101000000_a")];
    const rolledBack = { ...row("20260101000000_a"), rolled_back_at: new Date() };
    expect(planMigrations(files, [rolledBack]).map((f) => f.name)).toEqual(["20260101000000_a"]);
  });
});
