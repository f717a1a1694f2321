// `npm run db:migrate`: applies pending SQL migrations to DATABASE_URL (or the embedded database).
import { applyMigrations } from "@/lib/runtime/prepare-database";
import { resolveDatabase } from "@/lib/runtime/resolve-database";
import { runCli } from "./run-cli";

const log = (line: string) => console.log(line);

runCli(async () => {
  const database = await resolveDatabase(log);
  try {
    await applyMigrations(database.databaseUrl, log);
  } finally {
    await database.stop();
  }
});
