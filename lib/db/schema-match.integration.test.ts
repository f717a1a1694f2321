// Proves that the hand-written migrations build exactly the database prisma/schema.prisma describes
// (docs/decisions/003-sql-migrations-own-runner.md): the shape Prisma would create, derived from
// the schema by lib/db/schema-model.ts, must equal the shape read from the migrated test database
// by lib/db/database-model.ts — tables, columns, types, nullability, defaults, primary keys,
// indexes and unique constraints, foreign keys and enums, with nothing missing and nothing extra.
// The second half shows the comparison can fail: it rebuilds the schema from the migrations in a
// scratch Postgres schema, breaks it one way at a time, and checks that each break is reported.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, it, expect } from "vitest";
import { readDatabaseShape } from "./database-model";
import { readMigrationFiles } from "./migration-files";
import { compareShapes, expectedShapeFromSchema, type DatabaseShape } from "./schema-model";

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error("DATABASE_URL is not set: run through scripts/with-test-database.ts");

const repoRoot = path.resolve(import.meta.dirname, "../..");
const expected = await expectedShapeFromSchema(readFileSync(path.join(repoRoot, "prisma/schema.prisma"), "utf8"));
const tableNames = Object.keys(expected.tables).sort();

describe("the migrated database matches prisma/schema.prisma", () => {
  const client = new pg.Client({ connectionString: databaseUrl });
  let actual: DatabaseShape;

  beforeAll(async () => {
    await client.connect();
    actual = await readDatabaseShape(client);
  });
  afterAll(async () => {
    await client.end();
  });

  it("shows no difference at all", () => {
    expect(compareShapes(expected, actual)).toEqual([]);
  });

  it("has the schema's tables, and no other (apart from _prisma_migrations)", () => {
    expect(Object.keys(actual.tables).sort()).toEqual(tableNames);
  });

  it("has the schema's enums with their values in order, and no other", () => {
    expect(actual.enums).toEqual(expected.enums);
  });

  // One test per table and aspect, so that a failure shows the vitest diff of just that part.
  describe.each(tableNames)("table %s", (table) => {
    it("has the columns, with type, nullability and default", () => {
      expect(actual.tables[table]?.columns).toEqual(expected.tables[table]!.columns);
    });
    it("has the primary key", () => {
      expect(actual.tables[table]?.primaryKey).toEqual(expected.tables[table]!.primaryKey);
    });
    it("has the indexes and unique constraints", () => {
      expect(actual.tables[table]?.indexes).toEqual(expected.tables[table]!.indexes);
    });
    it("has the foreign keys, with their actions", () => {
      expect(actual.tables[table]?.foreignKeys).toEqual(expected.tables[table]!.foreignKeys);
    });
  });

  // If the derivation and the reader were wrong in the same way (say, both empty), the equality
  // above would still hold. These values are spelled out by hand from schema.prisma.
  it("is compared on the values Prisma would really create", () => {
    expect(tableNames).toEqual([
      "account", "api_token", "article", "claim", "comment", "history_event",
      "session", "setting", "sign_in_failure", "source", "user", "verification",
    ]);
    const { claim, source, sign_in_failure, user, article, setting, api_token } = expected.tables;
    expect(user!.indexes.user_email_key).toEqual({ columns: [{ name: "email", sort: "ASC" }], unique: true, method: "btree", where: null });
    expect(user!.columns.role).toEqual({ type: '"Role"', nullable: false, default: `'editor'::"Role"` });
    expect(user!.columns.updatedAt).toEqual({ type: "timestamp(3) with time zone", nullable: false, default: null });
    expect(source!.indexes.source_kind_nameKey_key?.unique).toBe(true);
    expect(source!.columns.aliases).toEqual({ type: "text[]", nullable: true, default: "ARRAY[]::text[]" });
    expect(claim!.indexes.claim_status_updatedAt_idx?.columns).toEqual([{ name: "status", sort: "ASC" }, { name: "updatedAt", sort: "DESC" }]);
    expect(claim!.columns.id).toEqual({ type: "uuid", nullable: false, default: null });
    expect(claim!.columns.checkworthiness).toEqual({ type: "double precision", nullable: false, default: "0.5" });
    expect(claim!.foreignKeys.claim_claimantSourceId_fkey?.onDelete).toBe("SET NULL");
    expect(claim!.foreignKeys.claim_createdById_fkey?.onDelete).toBe("RESTRICT");
    expect(api_token!.foreignKeys.api_token_userId_fkey?.onDelete).toBe("CASCADE");
    expect(setting!.foreignKeys.setting_updatedById_fkey?.onDelete).toBe("SET NULL");
    expect(sign_in_failure!.columns.id).toEqual({ type: "bigint", nullable: false, default: "nextval('sign_in_failure_id_seq'::regclass)" });
    expect(article!.columns.removed).toEqual({ type: "jsonb", nullable: false, default: "'[]'::jsonb" });
    expect(expected.enums.Verdict).toEqual(["true", "mostly_true", "mixed", "mostly_false", "false", "misleading", "unverifiable"]);
  });
});

describe("the comparison reports a database that drifts from the schema", () => {
  /**
   * Builds the schema from the migrations in a new Postgres schema of the test database, applies
   * `ddl` on top, and returns the differences; the scratch schema is dropped afterwards.
   */
  async function differencesAfter(ddl: string): Promise<string[]> {
    const scratch = `schema_match_${randomBytes(6).toString("hex")}`;
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA "${scratch}"`);
      // Unqualified names in the migrations, and in what the reader prints, now mean the scratch schema.
      await client.query(`SET search_path TO "${scratch}"`);
      for (const migration of readMigrationFiles(path.join(repoRoot, "prisma/migrations"))) await client.query(migration.sql);
      if (ddl) await client.query(ddl);
      return compareShapes(expected, await readDatabaseShape(client));
    } finally {
      await client.query(`DROP SCHEMA IF EXISTS "${scratch}" CASCADE`);
      await client.end();
    }
  }

  it("finds nothing in an exact copy, whatever CHECK constraints and triggers it has", async () => {
    expect(
      await differencesAfter(`
        ALTER TABLE "comment" ADD CONSTRAINT "comment_body_check" CHECK (length("body") > 0);
        CREATE FUNCTION "touch"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END; $$;
        CREATE TRIGGER "comment_touch" BEFORE INSERT ON "comment" FOR EACH ROW EXECUTE FUNCTION "touch"();
      `),
    ).toEqual([]);
  });

  const drifts: { what: string; ddl: string; reported: string | RegExp }[] = [
    {
      what: "an optional column made NOT NULL",
      ddl: `ALTER TABLE "claim" ALTER COLUMN "summary" SET NOT NULL`,
      reported: "claim.summary: nullable: expected true, got false",
    },
    {
      what: "a required column left nullable",
      ddl: `ALTER TABLE "article" ALTER COLUMN "title" DROP NOT NULL`,
      reported: "article.title: nullable: expected false, got true",
    },
    {
      what: "a column of another type",
      ddl: `ALTER TABLE "claim" ALTER COLUMN "anchorStart" TYPE BIGINT`,
      reported: 'claim.anchorStart: type: expected "integer", got "bigint"',
    },
    {
      what: "a timestamp of another precision",
      ddl: `ALTER TABLE "session" ALTER COLUMN "expiresAt" TYPE TIMESTAMPTZ(6)`,
      reported: 'session.expiresAt: type: expected "timestamp(3) with time zone", got "timestamp(6) with time zone"',
    },
    {
      what: "another default",
      ddl: `ALTER TABLE "user" ALTER COLUMN "role" SET DEFAULT 'admin'`,
      reported: `user.role: default: expected "'editor'::\\"Role\\"", got "'admin'::\\"Role\\""`,
    },
    {
      what: "a database default where Prisma keeps none (@updatedAt)",
      ddl: `ALTER TABLE "claim" ALTER COLUMN "updatedAt" SET DEFAULT CURRENT_TIMESTAMP`,
      reported: 'claim.updatedAt: default: expected null, got "CURRENT_TIMESTAMP"',
    },
    {
      what: "an extra table",
      ddl: `CREATE TABLE "stray" ("id" INTEGER PRIMARY KEY)`,
      reported: /^unexpected table stray: /,
    },
    {
      what: "an extra column",
      ddl: `ALTER TABLE "comment" ADD COLUMN "editedAt" TIMESTAMPTZ(3)`,
      reported: /^unexpected column of comment: editedAt: /,
    },
    {
      what: "a missing index",
      ddl: `DROP INDEX "claim_verdict_idx"`,
      reported: /^missing index of claim: claim_verdict_idx: /,
    },
    {
      what: "an extra index",
      ddl: `CREATE INDEX "claim_quote_idx" ON "claim"("quote")`,
      reported: /^unexpected index of claim: claim_quote_idx: /,
    },
    {
      what: "an index sorted the other way",
      ddl: `DROP INDEX "claim_status_updatedAt_idx"; CREATE INDEX "claim_status_updatedAt_idx" ON "claim"("status", "updatedAt")`,
      reported: /^claim: index claim_status_updatedAt_idx: expected .*"DESC".*, got /,
    },
    {
      what: "a unique index that is not unique",
      ddl: `DROP INDEX "user_email_key"; CREATE INDEX "user_email_key" ON "user"("email")`,
      reported: /^user: index user_email_key: expected .*"unique":true.*, got .*"unique":false/,
    },
    {
      what: "a foreign key with another ON DELETE",
      ddl: `ALTER TABLE "session" DROP CONSTRAINT "session_userId_fkey";
            ALTER TABLE "session" ADD CONSTRAINT "session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE`,
      reported: /^session: foreign key session_userId_fkey: expected .*"onDelete":"CASCADE".*, got .*"onDelete":"RESTRICT"/,
    },
    {
      what: "a missing foreign key",
      ddl: `ALTER TABLE "comment" DROP CONSTRAINT "comment_authorId_fkey"`,
      reported: /^missing foreign key of comment: comment_authorId_fkey: /,
    },
    {
      what: "a missing primary key",
      ddl: `ALTER TABLE "setting" DROP CONSTRAINT "setting_pkey"`,
      reported: 'setting: primary key: expected {"name":"setting_pkey","columns":["key"]}, got null',
    },
    {
      what: "an extra enum value",
      ddl: `ALTER TYPE "Role" ADD VALUE 'owner'`,
      reported: 'enum Role: values: expected ["editor","reviewer","admin"], got ["editor","reviewer","admin","owner"]',
    },
    {
      what: "a renamed enum value",
      ddl: `ALTER TYPE "QuoteType" RENAME VALUE 'mixed' TO 'partial'`,
      reported: 'enum QuoteType: values: expected ["direct","indirect","mixed"], got ["direct","indirect","partial"]',
    },
    {
      what: "an extra enum",
      ddl: `CREATE TYPE "Mood" AS ENUM ('calm')`,
      reported: 'unexpected enum Mood: ["calm"]',
    },
  ];

  it.each(drifts)("reports $what", async ({ ddl, reported }) => {
    const differences = await differencesAfter(ddl);
    expect(differences).toHaveLength(1);
    if (typeof reported === "string") expect(differences[0]).toBe(reported);
    else expect(differences[0]).toMatch(reported);
  });
});
