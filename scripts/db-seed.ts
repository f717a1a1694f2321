// `npm run db:seed`: adds the demo accounts and articles that are missing; safe to run again.
import { applyMigrations, extraSeedArticleFiles, seedWithLock } from "@/lib/runtime/prepare-database";
import { resolveDatabase } from "@/lib/runtime/resolve-database";
import { runCli } from "./run-cli";

const log = (line: string) => console.log(line);

runCli(async () => {
  const database = await resolveDatabase(log);
  try {
    await applyMigrations(database.databaseUrl, log);
    const report = await seedWithLock(database.databaseUrl, {
      demoPassword: process.env.DEMO_PASSWORD,
      extraArticleFiles: extraSeedArticleFiles(),
      log,
    });
    if (report.usersCreated.length === 0 && report.articlesCreated.length === 0) log("Nothing to seed: all demo data is there.");
  } finally {
    await database.stop();
  }
});
