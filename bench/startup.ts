// Startup and memory figures of issue 2, on a fresh clone of HEAD:
//   - first `npm start` after `npm ci` (build included) to the first 200 on /login
//   - a restart (build and database kept) to the first 200 on /login
//   - the app's resident memory when idle (the Next.js server; Postgres reported apart)
// Usage: npm run bench:startup -- [--runs 3] [--restarts 5] [--dir CLONE]
import { execSync, spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { median, report } from "./measure";

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const runs = arg("runs", 3);
const restarts = arg("restarts", 5);
const port = 3300;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The status of GET /login, or null when nothing answers. No keep-alive: an open connection
 * would hold the server up while it shuts down. */
function loginStatus(): Promise<number | null> {
  return new Promise((resolve) => {
    const request = http.get({ host: "localhost", port, path: "/login", agent: false, timeout: 5000 }, (response) => {
      response.resume();
      resolve(response.statusCode ?? null);
    });
    request.on("timeout", () => request.destroy());
    request.on("error", () => resolve(null));
  });
}

function start(dir: string): ChildProcess {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DEMO_PASSWORD: "bench-password" };
  delete env.DATABASE_URL; // the embedded database, as on a newcomer's machine
  return spawn("npm", ["start"], { cwd: dir, env, detached: true, stdio: "ignore" });
}

async function untilLoginAnswers(started: number, child: ChildProcess): Promise<number> {
  for (;;) {
    if (child.exitCode !== null) throw new Error("npm start exited before serving");
    if ((await loginStatus()) === 200) return (performance.now() - started) / 1000;
    await sleep(200);
  }
}

/** Stops the whole process group and waits until the port is free and the embedded Postgres of
 * `dir` has exited, so the next run measures a cold start, not the previous server. */
async function stop(child: ChildProcess, dir: string): Promise<void> {
  process.kill(-child.pid!, "SIGTERM");
  for (let i = 0; i < 300; i++) {
    const serving = (await loginStatus()) !== null;
    const postgres = rssOf((cmd) => cmd.includes(path.join(dir, ".data", "postgres"))) > 0;
    const exited = child.exitCode !== null || child.signalCode !== null;
    if (!serving && !postgres && exited) return;
    if (i === 299) throw new Error(`the app did not stop within 30 s (serving: ${serving}, postgres: ${postgres}, npm exited: ${exited})`);
    await sleep(100);
  }
}

/** Resident memory in MB of the processes whose command line matches. */
function rssOf(match: (cmd: string) => boolean): number {
  let kb = 0;
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
      if (!match(cmd)) continue;
      const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      kb += Number(rss?.[1] ?? 0);
    } catch {
      // the process went away
    }
  }
  return kb / 1024;
}

async function main() {
  // --dir reuses a clone that already ran npm ci (it is not deleted afterwards).
  const given = process.argv.includes("--dir") ? process.argv[process.argv.indexOf("--dir") + 1] : undefined;
  const dir = given ? path.resolve(given) : mkdtempSync(path.join(tmpdir(), "claims-bench-"));
  if (!given) {
    console.log(`Cloning HEAD into ${dir} and running npm ci…`);
    execSync(`git clone -q "${process.cwd()}" "${dir}" && npm ci --no-audit --no-fund --silent`, { cwd: dir, stdio: "inherit" });
  }

  const first: number[] = [];
  for (let i = 0; i < runs; i++) {
    rmSync(path.join(dir, ".next"), { recursive: true, force: true });
    rmSync(path.join(dir, ".data"), { recursive: true, force: true });
    const t0 = performance.now();
    const child = start(dir);
    first.push(await untilLoginAnswers(t0, child));
    await stop(child, dir);
  }

  const again: number[] = [];
  const appMemory: number[] = [];
  const pgMemory: number[] = [];
  for (let i = 0; i < restarts; i++) {
    const t0 = performance.now();
    const child = start(dir);
    again.push(await untilLoginAnswers(t0, child));
    // Idle: after a page was served, wait for the server to settle.
    await loginStatus();
    await sleep(10_000);
    appMemory.push(rssOf((cmd) => cmd.startsWith("next-server")));
    pgMemory.push(rssOf((cmd) => cmd.includes(path.join(dir, ".data", "postgres"))));
    await stop(child, dir);
  }

  console.log("");
  report("first npm start after npm ci → 200 on /login", first, "s", "< 180 s");
  report("restart → 200 on /login", again, "s", "< 10 s");
  report("idle memory of the app (next-server RSS)", appMemory, "MB", "< 400 MB");
  report("idle memory of the embedded PostgreSQL (RSS)", pgMemory, "MB");
  console.log(`\nmedians: first start ${median(first).toFixed(1)} s, restart ${median(again).toFixed(1)} s, app idle ${median(appMemory).toFixed(0)} MB`);
  if (!given) rmSync(dir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
