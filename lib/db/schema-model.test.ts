import { describe, it, expect } from "vitest";
import { compareShapes, constraintName, expectedShapeFromSchema, quoteIdent, type DatabaseShape } from "./schema-model";

// A tiny schema that exercises every rule of the derivation once.
const SCHEMA = `
datasource db {
  provider = "postgresql"
}

enum Role {
  editor
  chief @map("editor_in_chief")

  @@map("role")
}

enum Status {
  open
  closed
}

model Team {
  id      BigInt   @id @default(autoincrement())
  name    String   @unique
  tags    String[] @default([])
  members Member[]

  @@map("team")
}

model Member {
  id        String    @id @default(uuid(7)) @db.Uuid
  email     String    @map("email_address") @db.VarChar(200)
  role      Role      @default(editor)
  status    Status?
  score     Float     @default(-0.5)
  note      String    @default("it's")
  data      Json      @default("[]")
  active    Boolean   @default(true)
  createdAt DateTime  @default(now()) @db.Timestamptz(3)
  updatedAt DateTime  @updatedAt
  seenAt    DateTime?
  teamId    BigInt
  team      Team      @relation(fields: [teamId], references: [id])
  mentorId  String?   @db.Uuid
  mentor    Member?   @relation("Mentoring", fields: [mentorId], references: [id])
  mentees   Member[]  @relation("Mentoring")
  buddyId   String?   @db.Uuid
  buddy     Member?   @relation("Buddy", fields: [buddyId], references: [id], onDelete: Cascade, onUpdate: NoAction)
  buddyOf   Member[]  @relation("Buddy")

  @@unique([teamId, email])
  @@index([status, createdAt(sort: Desc)])
  @@index([email], map: "member_by_email", type: Hash)
}
`;

describe("expectedShapeFromSchema", () => {
  it("derives tables, columns, keys, indexes and enums as Prisma would create them", async () => {
    const shape = await expectedShapeFromSchema(SCHEMA);

    expect(shape.enums).toEqual({
      role: ["editor", "editor_in_chief"],
      Status: ["open", "closed"],
    });

    expect(shape.tables.team).toEqual({
      columns: {
        id: { type: "bigint", nullable: false, default: "nextval('team_id_seq'::regclass)" },
        name: { type: "text", nullable: false, default: null },
        // Prisma writes scalar lists without NOT NULL.
        tags: { type: "text[]", nullable: true, default: "ARRAY[]::text[]" },
      },
      primaryKey: { name: "team_pkey", columns: ["id"] },
      indexes: {
        team_name_key: { columns: [{ name: "name", sort: "ASC" }], unique: true, method: "btree", where: null },
      },
      foreignKeys: {},
    });

    // No @@map: the table is named after the model, and needs quoting where Postgres prints it.
    const member = shape.tables.Member!;
    expect(member.columns).toEqual({
      id: { type: "uuid", nullable: false, default: null }, // uuid(7) is made by Prisma Client
      email_address: { type: "character varying(200)", nullable: false, default: null },
      role: { type: "role", nullable: false, default: "'editor'::role" },
      status: { type: '"Status"', nullable: true, default: null },
      score: { type: "double precision", nullable: false, default: "-0.5" },
      note: { type: "text", nullable: false, default: "'it''s'::text" },
      data: { type: "jsonb", nullable: false, default: "'[]'::jsonb" },
      active: { type: "boolean", nullable: false, default: "true" },
      createdAt: { type: "timestamp(3) with time zone", nullable: false, default: "CURRENT_TIMESTAMP" },
      updatedAt: { type: "timestamp(3) without time zone", nullable: false, default: null }, // @updatedAt
      seenAt: { type: "timestamp(3) without time zone", nullable: true, default: null },
      teamId: { type: "bigint", nullable: false, default: null },
      mentorId: { type: "uuid", nullable: true, default: null },
      buddyId: { type: "uuid", nullable: true, default: null },
    });
    expect(member.primaryKey).toEqual({ name: "Member_pkey", columns: ["id"] });
    expect(member.indexes).toEqual({
      Member_teamId_email_address_key: {
        columns: [{ name: "teamId", sort: "ASC" }, { name: "email_address", sort: "ASC" }],
        unique: true,
        method: "btree",
        where: null,
      },
      Member_status_createdAt_idx: {
        columns: [{ name: "status", sort: "ASC" }, { name: "createdAt", sort: "DESC" }],
        unique: false,
        method: "btree",
        where: null,
      },
      member_by_email: { columns: [{ name: "email_address", sort: "ASC" }], unique: false, method: "hash", where: null },
    });
    expect(member.foreignKeys).toEqual({
      // Required relation: Restrict by default.
      Member_teamId_fkey: { columns: ["teamId"], referencedTable: "team", referencedColumns: ["id"], onDelete: "RESTRICT", onUpdate: "CASCADE" },
      // Optional relation: SetNull by default.
      Member_mentorId_fkey: { columns: ["mentorId"], referencedTable: "Member", referencedColumns: ["id"], onDelete: "SET NULL", onUpdate: "CASCADE" },
      // Written actions win.
      Member_buddyId_fkey: { columns: ["buddyId"], referencedTable: "Member", referencedColumns: ["id"], onDelete: "CASCADE", onUpdate: "NO ACTION" },
    });
  });

  it("refuses schema features it does not model instead of skipping them", async () => {
    const withOperatorClass = `
datasource db {
  provider = "postgresql"
}

model Doc {
  id   Int  @id
  body Json

  @@index([body(ops: JsonbPathOps)], type: Gin)
}
`;
    await expect(expectedShapeFromSchema(withOperatorClass)).rejects.toThrow(/operator class JsonbPathOps is not modelled/);
  });

  it("models Unsupported() columns and raw operator classes, as the search migration writes them", async () => {
    const shape = await expectedShapeFromSchema(`
datasource db {
  provider = "postgresql"
}

model Doc {
  id     Int                      @id
  title  String?
  vector Unsupported("tsvector")?

  @@index([vector], type: Gin)
  @@index([title(ops: raw("gin_trgm_ops"))], type: Gin)
}
`);
    expect(shape.tables.Doc!.columns.vector).toEqual({ type: "tsvector", nullable: true, default: null });
    expect(shape.tables.Doc!.indexes.Doc_vector_idx).toEqual({ columns: [{ name: "vector", sort: "ASC" }], unique: false, method: "gin", where: null });
    expect(shape.tables.Doc!.indexes.Doc_title_idx!.columns).toEqual([{ name: "title", sort: "ASC", opclass: "gin_trgm_ops" }]);
  });
});

describe("constraintName", () => {
  it("names constraints like Prisma and keeps them within 63 characters", () => {
    expect(constraintName("source", ["kind", "nameKey"], "key")).toBe("source_kind_nameKey_key");
    expect(constraintName("user", [], "pkey")).toBe("user_pkey");
    const long = constraintName("a_table_with_a_rather_long_name", ["first_long_column_name", "second_long_column"], "idx");
    expect(long).toHaveLength(63);
    expect(long.endsWith("_idx")).toBe(true);
  });
});

describe("quoteIdent", () => {
  it("quotes like Postgres: mixed case and reserved words only", () => {
    expect(quoteIdent("claim")).toBe("claim");
    expect(quoteIdent("Role")).toBe('"Role"');
    expect(quoteIdent("user")).toBe('"user"');
  });
});

describe("compareShapes", () => {
  const table = {
    columns: { id: { type: "uuid", nullable: false, default: null } },
    primaryKey: { name: "t_pkey", columns: ["id"] },
    indexes: {},
    foreignKeys: {},
  };
  const expected: DatabaseShape = { tables: { t: table }, enums: { Role: ["a", "b"] } };

  it("finds nothing when the shapes are equal", () => {
    expect(compareShapes(expected, structuredClone(expected))).toEqual([]);
  });

  it("reports changed, missing and unexpected objects", () => {
    const actual: DatabaseShape = {
      tables: {
        t: {
          ...table,
          columns: { id: { type: "uuid", nullable: true, default: null }, extra: { type: "text", nullable: true, default: null } },
          indexes: { t_id_idx: { columns: [{ name: "id", sort: "ASC" }], unique: false, method: "btree", where: null } },
        },
        stray: { columns: {}, primaryKey: null, indexes: {}, foreignKeys: {} },
      },
      enums: { Role: ["a", "b", "c"] },
    };
    expect(compareShapes(expected, actual)).toEqual([
      'enum Role: values: expected ["a","b"], got ["a","b","c"]',
      "t.id: nullable: expected false, got true",
      'unexpected column of t: extra: {"type":"text","nullable":true,"default":null}',
      'unexpected index of t: t_id_idx: {"columns":[{"name":"id","sort":"ASC"}],"unique":false,"method":"btree","where":null}',
      'unexpected table stray: {"columns":{},"primaryKey":null,"indexes":{},"foreignKeys":{}}',
    ]);
  });
});
