// Runs a test command against a fresh, migrated and seeded database of its own, then drops it.
//   tsx scripts/with-test-database.ts vitest run --project integration
import { spawn } from "node:child_process";
import { applyMigrations, seedWithLock } from "@/lib/runtime/prepare-database";
import { createTestDatabase } from "@/lib/runtime/test-database";
import { runCli } from "./run-cli";

/** The demo accounts' password in test runs; e2e specs sign in with it through the real form. */
export const TEST_DEMO_PASSWORD = "demo-password-for-tests";

const log = (line: string) => console.log(`[test-db] ${line}`);

runCli(async () => {
  const [command, ...args] = process.argv.slice(2);
  if (!command) throw new Error("Usage: tsx scripts/with-test-database.ts COMMAND [ARGS...]");
  const database = await createTestDatabase(log);
  let code = 1;
  try {
    await applyMigrations(database.databaseUrl, log);
    await seedWithLock(database.databaseUrl, { demoPassword: TEST_DEMO_PASSWORD, extraArticleFiles: [], log });
    code = await new Promise<number>((resolve) => {
      const child = spawn(command, args, {
        stdio: "inherit",
        shell: false,
        env: {
          ...process.env,
          DATABASE_URL: database.databaseUrl,
          DEMO_PASSWORD: TEST_DEMO_PASSWORD,
          PATH: `${process.cwd()}/node_modules/.bin:${process.env.PATH ?? ""}`,
        },
      });
      child.on("exit", (exitCode) => resolve(exitCode ?? 1));
    });
  } finally {
    await database.drop();
  }
  process.exit(code);
});
