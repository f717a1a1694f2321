// A throw-away database on the test server, for tests that need an empty one (migrations).
import pg from "pg";
import { createThrowawayDatabase } from "@/lib/db/database-admin";

export function testDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("Integration tests run through scripts/with-test-database.ts, which sets DATABASE_URL.");
  return url;
}

export function createScratchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  return createThrowawayDatabase(testDatabaseUrl(), "claims_scratch");
}

export async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
