// Generates the Prisma client into lib/generated/prisma (run by `npm install` / `npm ci`).
//
// `prisma generate` only checks that a schema-engine binary exists; it never runs it. Prisma's
// postinstall that downloads the real engine does not run here (npm's allowScripts, and no network
// but the npm registry), so we point the check at an existing file when no engine is configured.
// Never use this stand-in for `prisma migrate`: see docs/decisions/003-sql-migrations-own-runner.md.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
env.CHECKPOINT_DISABLE = "1"; // no telemetry

const cli = require.resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [cli, "generate", "--schema", "prisma/schema.prisma"], {
  env,
  stdio: "inherit",
});
process.exit(result.status ?? 1);
