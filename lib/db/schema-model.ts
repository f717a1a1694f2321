// The database shape that prisma/schema.prisma asks for, derived the way `prisma migrate` would
// write it for Postgres, as plain data that can be compared with what a live database holds
// (lib/db/database-model.ts). Prisma's CLI cannot migrate on this machine, so the migrations are
// written by hand; lib/db/schema-match.integration.test.ts uses both halves to prove they agree
// with the schema (docs/decisions/003-sql-migrations-own-runner.md).
//
// Every value is spelled the way Postgres prints it back (format_type, pg_get_expr), so that the
// comparison is plain equality and a difference reads like SQL. Anything the derivation does not
// model throws rather than being skipped: a schema feature it cannot check must not pass silently.
import { isDeepStrictEqual } from "node:util";
import { getDMMF } from "@prisma/internals";

// ─────────────────────────────────────────── Shape ───────────────────────────────────────────

/** One column, as Postgres describes it. */
export type ColumnShape = {
  /** As `format_type` prints it: `text`, `timestamp(3) with time zone`, `"Role"`, `text[]`. */
  type: string;
  nullable: boolean;
  /** As `pg_get_expr` prints the column default, or null when the database has none. */
  default: string | null;
};

/** `ASC` or `DESC`; a non-default NULLS placement is appended (`DESC NULLS LAST`). */
export type IndexColumnSort = string;

export type IndexShape = {
  /** Column names in index order; an expression appears as Postgres prints it. `opclass` only when
   * it is not the type's built-in default operator class (`ops: raw("gin_trgm_ops")`, or an
   * extension's class such as btree_gin's `enum_ops`). */
  columns: { name: string; sort: IndexColumnSort; opclass?: string }[];
  unique: boolean;
  /** Access method: `btree`, `hash`, `gin`… */
  method: string;
  /** The WHERE clause of a partial index, or null. Prisma cannot write one. */
  where: string | null;
};

/** The SQL words of a referential action, as in `ON DELETE SET NULL`. */
export type ReferentialAction = "CASCADE" | "RESTRICT" | "NO ACTION" | "SET NULL" | "SET DEFAULT";

export type ForeignKeyShape = {
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
  onDelete: ReferentialAction;
  onUpdate: ReferentialAction;
};

export type TableShape = {
  /** By column name. Column order is not compared: Prisma does not rely on it. */
  columns: Record<string, ColumnShape>;
  primaryKey: { name: string; columns: string[] } | null;
  /** By index name; unique constraints are unique indexes here, as Prisma creates them. */
  indexes: Record<string, IndexShape>;
  /** By constraint name. */
  foreignKeys: Record<string, ForeignKeyShape>;
};

export type DatabaseShape = {
  /** By table name (the model's @@map, else its name). */
  tables: Record<string, TableShape>;
  /** Enum type name → values in declaration order. */
  enums: Record<string, string[]>;
};

// The DMMF types, taken from getDMMF itself rather than from @prisma/dmmf, which is not one of
// our dependencies.
type Datamodel = Awaited<ReturnType<typeof getDMMF>>["datamodel"];
type Model = Datamodel["models"][number];
type Field = Model["fields"][number];
type Enum = Datamodel["enums"][number];

// ────────────────────────────────────────── Entry points ──────────────────────────────────────────

/** Parses a schema with Prisma's own parser (WebAssembly, offline) and derives its shape. */
export async function expectedShapeFromSchema(schemaText: string): Promise<DatabaseShape> {
  // relationMode = "prisma" means no foreign keys at all; the DMMF does not carry the datasource,
  // so look for it in the text rather than derive foreign keys that Prisma would not create.
  if (/^\s*relationMode\s*=\s*"prisma"/m.test(schemaText)) {
    throw new Error('schema-model: relationMode = "prisma" is not modelled (it creates no foreign keys).');
  }
  const dmmf = await getDMMF({ datamodel: schemaText });
  return deriveShape(dmmf.datamodel, unsupportedFields(schemaText));
}

/** A field declared `Unsupported("type")`: a column Prisma creates but leaves out of the DMMF. */
export type UnsupportedField = { model: string; name: string; type: string; optional: boolean };

/** The Unsupported() fields of each model, read from the schema text (the DMMF omits them). */
export function unsupportedFields(schemaText: string): UnsupportedField[] {
  const fields: UnsupportedField[] = [];
  for (const block of schemaText.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)) {
    for (const line of block[2]!.matchAll(/^\s*(\w+)\s+Unsupported\("([^"]+)"\)(\?)?(.*)$/gm)) {
      if (/@(?!db\.)/.test(line[4]!.replace(/\/\/.*$/, ""))) {
        throw new Error(`schema-model: ${block[1]}.${line[1]}: attributes on Unsupported() fields are not modelled.`);
      }
      fields.push({ model: block[1]!, name: line[1]!, type: line[2]!, optional: line[3] === "?" });
    }
  }
  return fields;
}

/** The pure derivation: DMMF datamodel in, expected database shape out. */
export function deriveShape(datamodel: Datamodel, unsupported: UnsupportedField[] = []): DatabaseShape {
  if (datamodel.types.length > 0) {
    throw new Error("schema-model: composite types are not modelled (Postgres has none in Prisma).");
  }
  const models = new Map(datamodel.models.map((model) => [model.name, model]));
  const enums = new Map(datamodel.enums.map((enumType) => [enumType.name, enumType]));

  const tables: Record<string, TableShape> = {};
  for (const model of datamodel.models) {
    if (model.schema) throw new Error(`schema-model: ${model.name} uses multiSchema, which is not modelled.`);
    tables[tableName(model)] = {
      columns: Object.fromEntries(scalarFields(model).map((field) => [columnName(field), columnShape(model, field, enums)])),
      primaryKey: null,
      indexes: {},
      foreignKeys: foreignKeysOf(model, models),
    };
    for (const field of unsupported.filter((candidate) => candidate.model === model.name)) {
      // Postgres prints the type as written in lower case (`tsvector`); no default is modelled.
      tables[tableName(model)]!.columns[field.name] = { type: field.type, nullable: field.optional, default: null };
    }
  }

  // Primary keys, @unique / @@unique and @@index all come from one list, with their field order
  // and sort order, whether declared on a field or on the model.
  for (const index of datamodel.indexes) {
    const model = models.get(index.model);
    if (!model) throw new Error(`schema-model: index on unknown model ${index.model}`);
    const table = tableName(model);
    const tableShape = tables[table]!;
    const columns = index.fields.map((indexField) => {
      if (indexField.length !== undefined) throw new Error(`schema-model: ${model.name}: index length is not modelled.`);
      // Prisma's named classes (JsonbPathOps…) are not modelled; raw("…") ones print as written.
      const opclass = indexField.operatorClass;
      if (opclass !== undefined && !/^[a-z_][a-z0-9_]*$/.test(opclass)) {
        throw new Error(`schema-model: ${model.name}: operator class ${opclass} is not modelled (only raw("…") ones).`);
      }
      const isUnsupported = unsupported.some((field) => field.model === model.name && field.name === indexField.name);
      const name = isUnsupported ? indexField.name : columnName(fieldOf(model, indexField.name));
      return { name, sort: indexField.sortOrder === "desc" ? "DESC" : "ASC", ...(opclass ? { opclass } : {}) };
    });
    const columnNames = columns.map((column) => column.name);
    switch (index.type) {
      case "id":
        tableShape.primaryKey = { name: index.dbName ?? constraintName(table, [], "pkey"), columns: columnNames };
        break;
      case "unique":
      case "normal": {
        const unique = index.type === "unique";
        const name = index.dbName ?? constraintName(table, columnNames, unique ? "key" : "idx");
        tableShape.indexes[name] = { columns, unique, method: indexMethod(index.algorithm), where: null };
        break;
      }
      default:
        throw new Error(`schema-model: ${model.name}: ${index.type} indexes are not modelled.`);
    }
  }

  // Prisma creates every enum of the schema, used or not.
  const enumShapes = Object.fromEntries(
    datamodel.enums.map((enumType) => [enumName(enumType), enumType.values.map((value) => value.dbName ?? value.name)]),
  );
  return { tables, enums: enumShapes };
}

// ─────────────────────────────────────────── Names ───────────────────────────────────────────

const tableName = (model: Model): string => model.dbName ?? model.name;
const columnName = (field: Field): string => field.dbName ?? field.name;
const enumName = (enumType: Enum): string => enumType.dbName ?? enumType.name;

/** The columns of a model: scalar and enum fields; relation fields live in the other table's FK. */
function scalarFields(model: Model): Field[] {
  return model.fields.filter((field) => {
    if (field.kind === "object") return false;
    if (field.kind === "unsupported") throw new Error(`schema-model: ${model.name}.${field.name}: Unsupported() is not modelled.`);
    return true;
  });
}

function fieldOf(model: Model, name: string): Field {
  const field = model.fields.find((candidate) => candidate.name === name);
  if (!field) throw new Error(`schema-model: ${model.name} has no field ${name}`);
  return field;
}

/** Postgres's identifier limit, which Prisma's default constraint names respect. */
const MAX_IDENTIFIER_LENGTH = 63;

/**
 * Prisma's default constraint and index names: `<table>_<columns joined by _>_<suffix>`, e.g.
 * `user_email_key`, `source_kind_nameKey_key`, `claim_status_updatedAt_idx`, `session_userId_fkey`,
 * `user_pkey` (no columns). Like Prisma, the part before the suffix is cut to fit 63 characters.
 */
export function constraintName(table: string, columns: readonly string[], suffix: "pkey" | "key" | "idx" | "fkey"): string {
  const stem = [table, ...columns].join("_");
  return `${stem.slice(0, MAX_IDENTIFIER_LENGTH - suffix.length - 1)}_${suffix}`;
}

// Words Postgres quotes in format_type and pg_get_expr output even when lower case: every keyword
// that is not "unreserved" (`SELECT word FROM pg_get_keywords() WHERE catcode <> 'U'`, Postgres 15).
const QUOTED_KEYWORDS = new Set(
  `all analyse analyze and any array as asc asymmetric authorization between bigint binary bit boolean both case
  cast char character check coalesce collate collation column concurrently constraint create cross current_catalog
  current_date current_role current_schema current_time current_timestamp current_user dec decimal default deferrable
  desc distinct do else end except exists extract false fetch float for foreign freeze from full grant greatest group
  grouping having ilike in initially inner inout int integer intersect interval into is isnull join lateral leading
  least left like limit localtime localtimestamp national natural nchar none normalize not notnull null nullif numeric
  offset on only or order out outer overlaps overlay placing position precision primary real references returning
  right row select session_user setof similar smallint some substring symmetric table tablesample then time timestamp
  to trailing treat trim true union unique user using values varchar variadic verbose when where window with
  xmlattributes xmlconcat xmlelement xmlexists xmlforest xmlnamespaces xmlparse xmlpi xmlroot xmlserialize xmltable`.split(/\s+/),
);

/** An identifier as Postgres's quote_ident prints it: bare when lower case and not a keyword. */
export function quoteIdent(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(name) && !QUOTED_KEYWORDS.has(name) ? name : `"${name.replaceAll('"', '""')}"`;
}

// ────────────────────────────────────────── Columns ──────────────────────────────────────────

/** What Prisma creates for a field without @db.*. */
const DEFAULT_TYPES: Record<string, string> = {
  String: "text",
  Boolean: "boolean",
  Int: "integer",
  BigInt: "bigint",
  Float: "double precision",
  Decimal: "numeric(65,30)",
  DateTime: "timestamp(3) without time zone",
  Json: "jsonb",
  Bytes: "bytea",
};

/** @db.* native types, spelled as format_type prints them; args are Prisma's (e.g. ["3"]). */
function nativeType(name: string, args: readonly string[]): string {
  const precision = args.length > 0 ? `(${args.join(",")})` : "";
  switch (name) {
    case "Text": return "text";
    case "VarChar": return `character varying${precision}`;
    case "Char": return `character${precision || "(1)"}`;
    case "Bit": return `bit${precision || "(1)"}`;
    case "VarBit": return `bit varying${precision}`;
    case "Uuid": return "uuid";
    case "Xml": return "xml";
    case "Inet": return "inet";
    case "Citext": return "citext";
    case "Boolean": return "boolean";
    case "SmallInt": return "smallint";
    case "Integer": return "integer";
    case "BigInt": return "bigint";
    case "Oid": return "oid";
    case "Real": return "real";
    case "DoublePrecision": return "double precision";
    case "Decimal": return `numeric${precision}`;
    case "Money": return "money";
    case "Date": return "date";
    case "Timestamp": return `timestamp${precision} without time zone`;
    case "Timestamptz": return `timestamp${precision} with time zone`;
    case "Time": return `time${precision} without time zone`;
    case "Timetz": return `time${precision} with time zone`;
    case "Json": return "json";
    case "JsonB": return "jsonb";
    case "ByteA": return "bytea";
    default: throw new Error(`schema-model: native type @db.${name} is not modelled.`);
  }
}

function columnShape(model: Model, field: Field, enums: Map<string, Enum>): ColumnShape {
  const where = `${model.name}.${field.name}`;
  let elementType: string;
  if (field.kind === "enum") {
    const enumType = enums.get(field.type);
    if (!enumType) throw new Error(`schema-model: ${where}: unknown enum ${field.type}`);
    elementType = quoteIdent(enumName(enumType));
  } else if (field.nativeType) {
    elementType = nativeType(field.nativeType[0], field.nativeType[1]);
  } else {
    const type = DEFAULT_TYPES[field.type];
    if (!type) throw new Error(`schema-model: ${where}: scalar type ${field.type} is not modelled.`);
    elementType = type;
  }
  const type = field.isList ? `${elementType}[]` : elementType;
  return {
    type,
    // `prisma migrate` writes scalar lists without NOT NULL even though the schema cannot make them
    // optional (prisma/prisma#26425, still open), so a list column is nullable in the database.
    nullable: field.isList || !field.isRequired,
    default: columnDefault(model, field, type, enums),
  };
}

/** The column default as pg_get_expr prints it, or null when the database keeps none. */
function columnDefault(model: Model, field: Field, type: string, enums: Map<string, Enum>): string | null {
  const where = `${model.name}.${field.name}`;
  // @updatedAt has no default: Prisma Client sets it on every write.
  if (!field.hasDefaultValue || field.default === undefined) return null;
  const value = field.default;

  if (Array.isArray(value)) {
    // `@default([])` is written `DEFAULT ARRAY[]::TEXT[]`. Other list literals are not modelled.
    if (value.length === 0) return `ARRAY[]::${type}`;
    throw new Error(`schema-model: ${where}: non-empty list defaults are not modelled.`);
  }

  if (typeof value === "object" && value !== null) {
    // A function: @default(now()), autoincrement(), uuid(7)…
    const fn = value as { name: string; args: readonly (string | number)[] };
    switch (fn.name) {
      case "now":
        return "CURRENT_TIMESTAMP";
      case "autoincrement":
        // SERIAL / BIGSERIAL: a sequence named <table>_<column>_seq owned by the column.
        return `nextval('${quoteIdent(`${tableName(model)}_${columnName(field)}_seq`)}'::regclass)`;
      case "uuid":
      case "cuid":
      case "nanoid":
      case "ulid":
        // Generated by Prisma Client before the INSERT: the database has no default.
        return null;
      case "dbgenerated":
        // The expression as written; it must be written the way pg_get_expr prints it to compare.
        if (typeof fn.args[0] === "string") return fn.args[0];
        throw new Error(`schema-model: ${where}: dbgenerated() without an expression is not modelled.`);
      default:
        throw new Error(`schema-model: ${where}: @default(${fn.name}()) is not modelled.`);
    }
  }

  // A literal.
  if (field.kind === "enum") {
    const enumType = enums.get(field.type)!;
    const dbValue = enumType.values.find((candidate) => candidate.name === value)?.dbName ?? String(value);
    return `${quoteLiteral(dbValue)}::${type}`;
  }
  switch (field.type) {
    case "Boolean":
    case "Int":
    case "BigInt":
    case "Float":
    case "Decimal":
      // Numbers print bare; database-model turns Postgres's `'-1'::integer` for negatives into `-1`.
      return String(value);
    case "String":
    case "Json":
      // Postgres prints the literal cast to the type without its length: `'x'::character varying`.
      return `${quoteLiteral(String(value))}::${literalCastType(type)}`;
    default:
      throw new Error(`schema-model: ${where}: literal defaults of type ${field.type} are not modelled.`);
  }
}

const quoteLiteral = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/** The type name pg_get_expr casts a string literal to: no length, and `character` is `bpchar`. */
function literalCastType(type: string): string {
  const bare = type.replace(/\(.*\)/, "");
  return bare === "character" ? "bpchar" : bare;
}

// ─────────────────────────────────────── Indexes and keys ───────────────────────────────────────

/** Prisma's @@index(type: …) names, as pg_am calls the access methods. BTree is the default. */
function indexMethod(algorithm: string | undefined): string {
  const methods: Record<string, string> = { BTree: "btree", Hash: "hash", Gist: "gist", Gin: "gin", SpGist: "spgist", Brin: "brin" };
  const method = methods[algorithm ?? "BTree"];
  if (!method) throw new Error(`schema-model: index type ${algorithm} is not modelled.`);
  return method;
}

const REFERENTIAL_ACTIONS: Record<string, ReferentialAction> = {
  Cascade: "CASCADE",
  Restrict: "RESTRICT",
  NoAction: "NO ACTION",
  SetNull: "SET NULL",
  SetDefault: "SET DEFAULT",
};

/** One foreign key per relation field that holds the `fields:` side of a relation. */
function foreignKeysOf(model: Model, models: Map<string, Model>): Record<string, ForeignKeyShape> {
  const table = tableName(model);
  const foreignKeys: Record<string, ForeignKeyShape> = {};
  for (const field of model.fields) {
    if (field.kind !== "object" || !field.relationFromFields?.length) continue;
    const target = models.get(field.type);
    if (!target) throw new Error(`schema-model: ${model.name}.${field.name}: unknown model ${field.type}`);
    const columns = field.relationFromFields.map((name) => columnName(fieldOf(model, name)));
    // Prisma's defaults when the schema names no action: a required relation cannot lose its
    // target (Restrict), an optional one lets go of it (SetNull); key changes follow (Cascade).
    // Note: @relation(map: …) is not in the DMMF, so a custom FK name would show as a difference.
    const onDelete = field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull");
    const onUpdate = field.relationOnUpdate ?? "Cascade";
    foreignKeys[constraintName(table, columns, "fkey")] = {
      columns,
      referencedTable: tableName(target),
      referencedColumns: (field.relationToFields ?? []).map((name) => columnName(fieldOf(target, name))),
      onDelete: referentialAction(onDelete),
      onUpdate: referentialAction(onUpdate),
    };
  }
  return foreignKeys;
}

function referentialAction(prismaAction: string): ReferentialAction {
  const action = REFERENTIAL_ACTIONS[prismaAction];
  if (!action) throw new Error(`schema-model: referential action ${prismaAction} is not modelled.`);
  return action;
}

// ───────────────────────────────────────── Comparison ─────────────────────────────────────────

/**
 * Every difference between two shapes, one readable line each (`claim.summary: nullable: expected
 * true, got false`); empty when they match. Missing and unexpected objects are both reported.
 */
export function compareShapes(expected: DatabaseShape, actual: DatabaseShape): string[] {
  const differences: string[] = [];
  const show = (value: unknown) => JSON.stringify(value);

  compareKeyed("enum", expected.enums, actual.enums, (name, want, got) => {
    if (!isDeepStrictEqual(want, got)) differences.push(`enum ${name}: values: expected ${show(want)}, got ${show(got)}`);
  });

  compareKeyed("table", expected.tables, actual.tables, (table, want, got) => {
    compareKeyed(`column of ${table}:`, want.columns, got.columns, (column, wantColumn, gotColumn) => {
      for (const key of ["type", "nullable", "default"] as const) {
        if (wantColumn[key] !== gotColumn[key]) {
          differences.push(`${table}.${column}: ${key}: expected ${show(wantColumn[key])}, got ${show(gotColumn[key])}`);
        }
      }
    });
    if (!isDeepStrictEqual(want.primaryKey, got.primaryKey)) {
      differences.push(`${table}: primary key: expected ${show(want.primaryKey)}, got ${show(got.primaryKey)}`);
    }
    compareKeyed(`index of ${table}:`, want.indexes, got.indexes, (name, wantIndex, gotIndex) => {
      if (!isDeepStrictEqual(wantIndex, gotIndex)) differences.push(`${table}: index ${name}: expected ${show(wantIndex)}, got ${show(gotIndex)}`);
    });
    compareKeyed(`foreign key of ${table}:`, want.foreignKeys, got.foreignKeys, (name, wantKey, gotKey) => {
      if (!isDeepStrictEqual(wantKey, gotKey)) differences.push(`${table}: foreign key ${name}: expected ${show(wantKey)}, got ${show(gotKey)}`);
    });
  });
  return differences;

  function compareKeyed<T>(
    what: string,
    want: Record<string, T>,
    got: Record<string, T>,
    compareBoth: (name: string, want: T, got: T) => void,
  ): void {
    for (const name of Object.keys(want).sort()) {
      const gotValue = got[name];
      if (gotValue === undefined) differences.push(`missing ${what} ${name}: expected ${show(want[name])}`);
      else compareBoth(name, want[name]!, gotValue);
    }
    for (const name of Object.keys(got).sort()) {
      if (!(name in want)) differences.push(`unexpected ${what} ${name}: ${show(got[name])}`);
    }
  }
}
