// `npm start`: everything a fresh checkout needs to serve the app on http://localhost:$PORT.
// Picks the database (DATABASE_URL, else the embedded PostgreSQL in .data/), migrates and seeds
// it, builds the app when needed, then runs `next start` until Ctrl-C or SIGTERM, and stops the
// embedded database cleanly on the way out. `--dev` runs `next dev` instead of a build.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { loadAuthSecret } from "@/lib/runtime/auth-secret-file";
import { buildIfNeeded } from "@/lib/runtime/build-if-needed";
import { applyMigrations, extraSeedArticleFiles, seedWithLock } from "@/lib/runtime/prepare-database";
import { dataDir, resolveDatabase, type ResolvedDatabase } from "@/lib/runtime/resolve-database";
import { runCli } from "./run-cli";

const require = createRequire(import.meta.url);
const log = (line: string) => console.log(`[start] ${line}`);
const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";

let database: ResolvedDatabase | null = null;
let app: ChildProcess | null = null;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    if (app && app.exitCode === null) {
      log("Stopping the app…");
      const exited = new Promise((resolve) => app?.once("exit", resolve));
      app.kill("SIGTERM");
      // Next.js waits for open keep-alive connections before it exits; do not wait forever.
      const stopped = await Promise.race([exited.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 10_000))]);
      if (!stopped) app.kill("SIGKILL");
    }
    if (database?.embedded) {
      log("Stopping the embedded PostgreSQL…");
      await database.stop().catch(() => {});
    }
  }
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void shutdown(0));
}

runCli(async () => {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const secret = loadAuthSecret(dataDir());
  database = await resolveDatabase(log);
  log(database.embedded ? "Using the embedded PostgreSQL (no DATABASE_URL given)." : "Using DATABASE_URL.");
  await applyMigrations(database.databaseUrl, log);
  await seedWithLock(database.databaseUrl, {
    demoPassword: process.env.DEMO_PASSWORD,
    extraArticleFiles: extraSeedArticleFiles(),
    log,
  });
  if (!dev) await buildIfNeeded(process.cwd(), log);

  const next = require.resolve("next/dist/bin/next");
  app = spawn(process.execPath, [next, dev ? "dev" : "start", "--port", port], {
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: database.databaseUrl,
      BETTER_AUTH_SECRET: secret,
      PORT: port,
      NODE_ENV: dev ? "development" : "production",
    },
  });
  log(`Serving on http://localhost:${port}`);
  app.on("exit", (code, signal) => {
    if (stopping) return;
    log(`The app stopped (${signal ?? `exit code ${code}`}).`);
    void shutdown(code ?? 1);
  });
});
