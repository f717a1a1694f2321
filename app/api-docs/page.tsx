import type { Metadata } from "next";
import Link from "next/link";
import { describeField, fieldRows, type FieldRow, type JsonSchema } from "@/lib/http/openapi/describe-schema";
import { openApiDocument } from "@/lib/http/openapi/document";
import { ApiText } from "./api-text";

export const metadata: Metadata = { title: "API reference" };

// The reference is rendered on the server from the same OpenAPI document that /api/v1/openapi.json
// serves: no client script, nothing fetched from elsewhere (docs/decisions/012-openapi.md).

type Operation = {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: { in: string; name: string; required?: boolean; schema?: JsonSchema; description?: string }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: JsonSchema }> }>;
};

const METHODS = ["get", "post", "patch", "put", "delete"] as const;
const methodTone: Record<string, string> = {
  get: "bg-sky-100 text-sky-900",
  post: "bg-emerald-100 text-emerald-900",
  patch: "bg-amber-100 text-amber-900",
  put: "bg-amber-100 text-amber-900",
  delete: "bg-red-100 text-red-900",
};

const anchorOf = (method: string, path: string) => `${method}-${path.replace(/[^a-zA-Z0-9]+/g, "-").replace(/^-|-$/g, "")}`;

function Fields({ rows, caption }: { rows: FieldRow[]; caption: string }) {
  if (!rows.length) return null;
  return (
    <table className="mt-2 w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="text-slate-600">
        <tr>
          <th className="py-1 pr-3 font-medium">Field</th>
          <th className="py-1 pr-3 font-medium">Type</th>
          <th className="py-1 font-medium">Notes</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100 align-top">
        {rows.map((row) => (
          <tr key={row.name}>
            <td className="py-1 pr-3 font-mono text-xs">
              {row.name}
              {row.required ? <span className="text-red-700" title="required">*</span> : null}
            </td>
            <td className="py-1 pr-3 text-xs">
              {row.ref ? (
                <a href={`#schema-${row.ref}`} className="underline">
                  {row.type}
                </a>
              ) : (
                row.type
              )}
            </td>
            <td className="py-1 text-xs text-slate-700">
              <ApiText text={row.notes.join("; ")} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SchemaLink({ schema }: { schema: JsonSchema }) {
  const rows = fieldRows(schema);
  if (schema.$ref) {
    const name = schema.$ref.split("/").pop();
    return (
      <a href={`#schema-${name}`} className="font-mono text-xs underline">
        {name}
      </a>
    );
  }
  return rows.length ? <Fields rows={rows} caption="Fields" /> : null;
}

export default function ApiReferencePage() {
  const doc = openApiDocument();
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    METHODS.filter((m) => (item as Record<string, unknown>)[m]).map((method) => ({ path, method, op: (item as Record<string, Operation>)[method]! })),
  );
  const tags = [...new Set(operations.map((o) => o.op.tags?.[0] ?? "Other"))];
  const schemas = Object.entries((doc.components?.schemas ?? {}) as Record<string, JsonSchema>);
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <p className="text-sm">
        <Link href="/articles" className="underline">
          Claims tracker
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-semibold">{doc.info.title}</h1>
      <div className="mt-2 max-w-3xl text-slate-700">
        <ApiText text={doc.info.description ?? ""} />
      </div>
      <p className="mt-2 text-sm">
        Machine-readable: <a href="/api/v1/openapi.json" className="font-mono underline">/api/v1/openapi.json</a> (OpenAPI {doc.openapi}).
      </p>
      <nav aria-label="Operations" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
        <ul className="grid gap-1 text-sm sm:grid-cols-2">
          {operations.map(({ path, method, op }) => (
            <li key={anchorOf(method, path)}>
              <a href={`#${anchorOf(method, path)}`} className="hover:underline">
                <span className="inline-block w-14 font-mono text-xs uppercase">{method}</span> <span className="font-mono text-xs">{path}</span>
                <span className="text-slate-600"> · {op.summary}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {tags.map((tag) => (
        <section key={tag} aria-labelledby={`tag-${tag}`} className="mt-10">
          <h2 id={`tag-${tag}`} className="text-2xl font-semibold">
            {tag}
          </h2>
          {operations
            .filter((o) => (o.op.tags?.[0] ?? "Other") === tag)
            .map(({ path, method, op }) => (
              <article key={anchorOf(method, path)} id={anchorOf(method, path)} className="mt-4 rounded-lg border border-slate-200 bg-white p-5">
                <h3 className="flex flex-wrap items-center gap-2 text-lg font-semibold">
                  <span className={`rounded px-2 py-0.5 font-mono text-xs uppercase ${methodTone[method]}`}>{method}</span>
                  <code className="text-base">{path}</code>
                  <span className="font-normal text-slate-700">{op.summary}</span>
                </h3>
                {op.description ? (
                  <div className="mt-2 whitespace-pre-line text-sm text-slate-800">
                    <ApiText text={op.description} />
                  </div>
                ) : null}
                {op.parameters?.length ? (
                  <>
                    <h4 className="mt-3 text-sm font-semibold">Parameters</h4>
                    <Fields
                      caption="Parameters"
                      rows={op.parameters.map((p) => describeField(`${p.name} (${p.in})`, { description: p.description, ...p.schema }, !!p.required))}
                    />
                  </>
                ) : null}
                {op.requestBody ? (
                  <>
                    <h4 className="mt-3 text-sm font-semibold">Body (JSON)</h4>
                    <SchemaLink schema={Object.values(op.requestBody.content)[0]!.schema} />
                  </>
                ) : null}
                <h4 className="mt-3 text-sm font-semibold">Answers</h4>
                <dl className="mt-1 grid grid-cols-[4rem_1fr] gap-x-3 gap-y-1 text-sm">
                  {Object.entries(op.responses).map(([status, response]) => (
                    <div key={status} className="contents">
                      <dt className="font-mono text-xs">{status}</dt>
                      <dd>
                        <ApiText text={response.description} />{" "}
                        {response.content ? <SchemaLink schema={Object.values(response.content)[0]!.schema} /> : null}
                      </dd>
                    </div>
                  ))}
                </dl>
              </article>
            ))}
        </section>
      ))}
      <section aria-labelledby="schemas-heading" className="mt-12">
        <h2 id="schemas-heading" className="text-2xl font-semibold">
          Schemas
        </h2>
        {schemas.map(([name, schema]) => (
          <article key={name} id={`schema-${name}`} className="mt-4 rounded-lg border border-slate-200 bg-white p-5">
            <h3 className="font-mono text-lg font-semibold">{name}</h3>
            {schema.description ? <p className="mt-1 text-sm text-slate-700">{schema.description}</p> : null}
            <Fields rows={fieldRows(schema)} caption={`Fields of ${name}`} />
          </article>
        ))}
      </section>
    </div>
  );
}
