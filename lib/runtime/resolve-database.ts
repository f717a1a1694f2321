// Which database a command uses: DATABASE_URL when set, otherwise the embedded PostgreSQL in .data/.
import path from "node:path";
import { checkConnection } from "@/lib/db/check-connection";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";

export type ResolvedDatabase = { databaseUrl: string; embedded: boolean; stop: () => Promise<void> };

export const dataDir = (root = process.cwd()) => path.join(root, ".data");

export async function resolveDatabase(log: (line: string) => void): Promise<ResolvedDatabase> {
  const given = process.env.DATABASE_URL?.trim();
  if (given) {
    await checkConnection(given);
    return { databaseUrl: given, embedded: false, stop: async () => {} };
  }
  const port = process.env.EMBEDDED_PG_PORT ? Number(process.env.EMBEDDED_PG_PORT) : undefined;
  const server = await startEmbeddedPostgres({ rootDir: dataDir(), port, log });
  await checkConnection(server.databaseUrl);
  return { databaseUrl: server.databaseUrl, embedded: true, stop: server.stop };
}
