// Turns the JSON Schemas of the OpenAPI document into rows a person reads: one row per field,
// nested objects flattened as "anchor.start", references kept as links to their component.

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  description?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  default?: unknown;
  additionalProperties?: boolean | JsonSchema;
};

export type FieldRow = { name: string; type: string; ref?: string; required: boolean; notes: string[] };

const refName = (ref: string) => ref.split("/").pop() ?? ref;
const SAFE_MAX = Number.MAX_SAFE_INTEGER;

/** A short type for a schema: "string", "integer", "Claim", "array of Comment", "one of: a, b". */
export function typeLabel(schema: JsonSchema): { type: string; ref?: string } {
  if (schema.$ref) return { type: refName(schema.$ref), ref: refName(schema.$ref) };
  if (schema.const !== undefined) return { type: JSON.stringify(schema.const) };
  if (schema.enum) return { type: `one of: ${schema.enum.map((v) => JSON.stringify(v)).join(", ")}` };
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) {
    const labels = variants.map(typeLabel);
    return { type: labels.map((l) => l.type).join(" or "), ref: labels.find((l) => l.ref)?.ref };
  }
  if (schema.type === "array" && schema.items) {
    const inner = typeLabel(schema.items);
    return { type: `array of ${inner.type}`, ref: inner.ref };
  }
  if (Array.isArray(schema.type)) return { type: schema.type.join(" or ") };
  if (schema.type === "object" && !schema.properties && schema.additionalProperties) return { type: "map" };
  return { type: schema.type ?? "any" };
}

function notesOf(schema: JsonSchema): string[] {
  const notes: string[] = [];
  if (schema.description) notes.push(schema.description);
  if (schema.format) notes.push(`format ${schema.format}`);
  if (schema.minLength !== undefined && schema.minLength > 0) notes.push(`at least ${schema.minLength} characters`);
  if (schema.maxLength !== undefined) notes.push(`at most ${schema.maxLength} characters`);
  if (schema.minimum !== undefined && schema.minimum > -SAFE_MAX) notes.push(`≥ ${schema.minimum}`);
  if (schema.maximum !== undefined && schema.maximum < SAFE_MAX) notes.push(`≤ ${schema.maximum}`);
  if (schema.maxItems !== undefined) notes.push(`at most ${schema.maxItems} items`);
  if (schema.default !== undefined) notes.push(`default ${JSON.stringify(schema.default)}`);
  return notes;
}

/** The object behind a schema, looking through "X or null" and arrays, for nesting its fields. */
function objectOf(schema: JsonSchema): JsonSchema | null {
  if (schema.properties) return schema;
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return variants.map(objectOf).find(Boolean) ?? null;
  if (schema.type === "array" && schema.items && !schema.items.$ref) return objectOf(schema.items);
  return null;
}

/** One field: its type (and the component it refers to), whether it is required, its constraints. */
export function describeField(name: string, schema: JsonSchema, required: boolean): FieldRow {
  const label = typeLabel(schema);
  return { name, type: label.type, ref: label.ref, required, notes: notesOf(schema) };
}

export function fieldRows(schema: JsonSchema, prefix = ""): FieldRow[] {
  const object = objectOf(schema);
  if (!object?.properties) return [];
  return Object.entries(object.properties).flatMap(([name, property]) => {
    const row = describeField(prefix + name, property, object.required?.includes(name) ?? false);
    const nested = property.$ref ? [] : fieldRows(property, `${prefix}${name}${property.type === "array" ? "[]" : ""}.`);
    return [row, ...nested];
  });
}
