import pg from "pg";
import { describeConnectionError } from "./connection-error";

/** Connects once; on failure throws an Error whose message is the one line a person should read. */
export async function checkConnection(databaseUrl: string, timeoutMs = 5000): Promise<void> {
  let client: pg.Client;
  try {
    client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: timeoutMs });
  } catch (error) {
    throw new Error(describeConnectionError(error, databaseUrl));
  }
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    throw new Error(describeConnectionError(error, databaseUrl));
  } finally {
    await client.end().catch(() => {});
  }
}
