import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as exportRoute } from "@/app/api/v1/claims/export/route";
import { GET as listRoute } from "@/app/api/v1/claims/route";
import { generateToken } from "@/lib/auth/api-tokens";
import { createPrismaClient } from "@/lib/db/prisma";
import { parseOrThrow } from "@/lib/http/zod-errors";
import { exportClaimsQuery } from "@/lib/claims/search/claim-list-query";
import { seedArticleWithClaims } from "@/lib/testing/claim-fixtures";
import { testDatabaseUrl } from "@/lib/testing/scratch-database";
import { exportClaims } from "./export-claims";

const db = createPrismaClient(testDatabaseUrl());
let token: string;
let articleId: string;
const quotes = [
  "Nous avons « sécurisé » le port, a dit l'élue",
  'Il a répondu "non", puis s\'est tu',
  "Première ligne\nseconde ligne, avec une virgule",
];

beforeAll(async () => {
  const editor = await db.user.findUniqueOrThrow({ where: { email: "editor@example.org" } });
  const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@example.org" } });
  const issued = generateToken();
  await db.apiToken.create({ data: { name: "export test", tokenHash: issued.tokenHash, prefix: issued.prefix, userId: editor.id, createdById: admin.id } });
  token = issued.token;
  const { article } = await seedArticleWithClaims(db, {
    userId: editor.id,
    language: "fr",
    title: "Le port de Sète",
    outlet: "Midi Libre",
    url: "https://example.org/sete",
    claims: [
      { quote: quotes[0]!, claimantName: "Anne Morel", status: "approved", verdict: "false", rationale: "Faux", approvedAt: new Date("2024-05-01T10:00:00Z"), evidence: [{ url: "https://example.org/e" }] },
      { quote: quotes[1]!, status: "approved", verdict: "misleading", approvedAt: new Date("2024-05-02T10:00:00Z") },
      { quote: quotes[2]! },
    ],
  });
  articleId = article.id;
});
afterAll(() => db.$disconnect());

const call = (route: typeof exportRoute, path: string) =>
  route(new Request(`http://localhost${path}`, { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve({}) });

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe("GET /api/v1/claims/export", () => {
  it("sends CSV a spreadsheet opens: BOM, quoted fields, CRLF, French text intact", async () => {
    const response = await call(exportRoute, `/api/v1/claims/export?format=csv&articleId=${articleId}&sort=oldest`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="claims-.*\.csv"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1);
    const lines = text.split("\r\n");
    expect(lines[0]).toMatch(/^"id","status","verdict","summary","quote",/);
    expect(text).toContain('"Nous avons « sécurisé » le port, a dit l\'élue"');
    expect(text).toContain('"Il a répondu ""non"", puis s\'est tu"');
    expect(text).toContain('"Première ligne\nseconde ligne, avec une virgule"');
    expect(text).toContain('"Le port de Sète","https://example.org/sete","Midi Libre","fr"');
    expect(text).toContain('"Anne Morel"');
    expect(text).toContain('"https://example.org/e"');
    expect(text.endsWith("\r\n")).toBe(true);
    // Header and three records: the line break inside a quote is a bare LF, not a record end.
    expect(lines.filter((line) => line.length > 0)).toHaveLength(1 + 3);
  });

  it("streams JSON as an array of Claims, in batches, with the list's filters", async () => {
    const query = parseOrThrow(exportClaimsQuery, { format: "json", articleId });
    const { stream } = exportClaims(db, query, { organisationName: "Desk", publicBaseUrl: "https://desk.example", batchSize: 2 });
    const items = JSON.parse(new TextDecoder().decode(await readAll(stream))) as { quote: string; articleId: string }[];
    expect(items.map((item) => item.quote).sort()).toEqual([...quotes].sort());
    const approved = await call(exportRoute, `/api/v1/claims/export?format=json&articleId=${articleId}&status=approved`);
    expect(((await approved.json()) as unknown[]).length).toBe(2);
  });

  it("exports approved claims as ClaimReview with the verdict scale of workflow.md", async () => {
    const response = await call(exportRoute, `/api/v1/claims/export?format=claimreview&articleId=${articleId}`);
    expect(response.headers.get("content-type")).toBe("application/ld+json; charset=utf-8");
    const reviews = (await response.json()) as Record<string, Record<string, unknown>>[];
    expect(reviews).toHaveLength(2);
    const falseOne = reviews.find((r) => r.claimReviewed as unknown as string === quotes[0])!;
    expect(falseOne["@type"]).toBe("ClaimReview");
    expect(falseOne.reviewRating).toMatchObject({ ratingValue: 1, worstRating: 1, bestRating: 5, alternateName: "False" });
    const misleading = reviews.find((r) => r.claimReviewed as unknown as string === quotes[1])!;
    expect(misleading.reviewRating).toEqual({ "@type": "Rating", alternateName: "Misleading" });
  });

  it("answers 422 naming the format for an unknown or missing one, and 401 without credentials", async () => {
    for (const path of ["/api/v1/claims/export?format=xlsx", "/api/v1/claims/export"]) {
      const response = await call(exportRoute, path);
      expect(response.status).toBe(422);
      expect(((await response.json()) as { error: { fields: Record<string, string[]> } }).error.fields).toHaveProperty("format");
    }
    const anonymous = await exportRoute(new Request("http://localhost/api/v1/claims/export?format=csv"), { params: Promise.resolve({}) });
    expect(anonymous.status).toBe(401);
  });
});

describe("GET /api/v1/claims", () => {
  it("answers {items, total} for hostile search strings, never a 500", async () => {
    for (const q of ["' OR 1=1 --", '"', "(((", "a".repeat(10_000), "...", "<script>", "& | ! :*"]) {
      const response = await call(listRoute, `/api/v1/claims?articleId=${articleId}&q=${encodeURIComponent(q)}`);
      expect(response.status, q.slice(0, 20)).toBe(200);
      const body = (await response.json()) as { items: unknown[]; total: number };
      expect(Array.isArray(body.items)).toBe(true);
    }
  });

  it("answers 422 naming the field for a bad filter", async () => {
    const response = await call(listRoute, "/api/v1/claims?status=published&pageSize=1000");
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: { code: string; fields: Record<string, string[]> } };
    expect(body.error.code).toBe("validation_failed");
    expect(Object.keys(body.error.fields).sort()).toEqual(["pageSize", "status"]);
  });
});
