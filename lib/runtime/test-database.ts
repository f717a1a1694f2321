// A database of its own for one test run, dropped afterwards: on the server of DATABASE_URL when
// set (only a local one, so tests never touch a shared database by mistake), otherwise on an
// embedded PostgreSQL kept in .data/test-postgres.
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { checkConnection } from "@/lib/db/check-connection";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { dataDir } from "./resolve-database";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]", ""]);

export type TestDatabase = { databaseUrl: string; drop: () => Promise<void> };

export function assertLocal(serverUrl: string): void {
  const host = new URL(serverUrl).hostname;
  if (!LOCAL_HOSTS.has(host) && process.env.ALLOW_NONLOCAL_TEST_DATABASE !== "1") {
    throw new Error(
      `Refusing to create test databases on ${host}: tests only run against a local PostgreSQL (set ALLOW_NONLOCAL_TEST_DATABASE=1 to override).`,
    );
  }
}

export async function createTestDatabase(log: (line: string) => void): Promise<TestDatabase> {
  let serverUrl = process.env.DATABASE_URL?.trim();
  let stopServer = async () => {};
  if (serverUrl) {
    assertLocal(serverUrl);
  } else {
    const server = await startEmbeddedPostgres({
      rootDir: path.join(dataDir(), "test-postgres"),
      port: Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54339),
      log,
    });
    serverUrl = server.databaseUrl;
    stopServer = server.stop;
  }
  await checkConnection(serverUrl);
  const name = `claims_test_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
      await stopServer();
    },
  };
}
