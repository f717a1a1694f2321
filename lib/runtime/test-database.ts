// A database of its own for one test run, dropped afterwards: on the server of DATABASE_URL when
// set (only a local one, so tests never touch a shared database by mistake), otherwise on an
// embedded PostgreSQL kept in .data/test-postgres.
import path from "node:path";
import { checkConnection } from "@/lib/db/check-connection";
import { createThrowawayDatabase } from "@/lib/db/database-admin";
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
  const database = await createThrowawayDatabase(serverUrl, "claims_test");
  return {
    databaseUrl: database.url,
    drop: async () => {
      await database.drop();
      await stopServer();
    },
  };
}
