// `npm start` builds the app when there is no production build, or when the sources changed since
// the last one (a fingerprint of the files the build reads). Two starts in one checkout take turns
// through a lock file, so they never build into .next at the same time.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import lockfile from "proper-lockfile";

const require = createRequire(import.meta.url);

const INPUTS = ["app", "lib", "prisma/schema.prisma", "next.config.js", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];
const SKIP = new Set(["node_modules", ".next", "generated"]);
const SKIP_FILE = /\.(test|spec)\.tsx?$/;

function listFiles(root: string, entry: string, out: string[]): void {
  const full = path.join(root, entry);
  if (!existsSync(full)) return;
  if (statSync(full).isDirectory()) {
    for (const child of readdirSync(full).sort()) {
      if (!SKIP.has(child)) listFiles(root, path.join(entry, child), out);
    }
  } else if (!SKIP_FILE.test(entry)) {
    out.push(entry);
  }
}

export function sourceFingerprint(root: string): string {
  const files: string[] = [];
  for (const input of INPUTS) listFiles(root, input, files);
  const hash = createHash("sha256");
  for (const file of files) hash.update(file).update("\0").update(readFileSync(path.join(root, file))).update("\0");
  return hash.digest("hex");
}

const fingerprintFile = (root: string) => path.join(root, ".next", "source-fingerprint");

export function buildIsCurrent(root: string): boolean {
  const file = fingerprintFile(root);
  return (
    existsSync(path.join(root, ".next", "BUILD_ID")) &&
    existsSync(file) &&
    readFileSync(file, "utf8").trim() === sourceFingerprint(root)
  );
}

export async function buildIfNeeded(root: string, log: (line: string) => void, force = false): Promise<void> {
  if (!force && buildIsCurrent(root)) return;
  const lockTarget = path.join(root, ".data");
  mkdirSync(lockTarget, { recursive: true });
  const release = await lockfile.lock(lockTarget, {
    lockfilePath: path.join(lockTarget, "build.lock"),
    stale: 15 * 60 * 1000,
    retries: { retries: 600, minTimeout: 1000, maxTimeout: 1000 },
  });
  try {
    if (!force && buildIsCurrent(root)) return; // another start built it while we waited
    log("Building the app (first start, or the sources changed); this takes a minute or two…");
    const fingerprint = sourceFingerprint(root);
    const next = require.resolve("next/dist/bin/next");
    const result = spawnSync(process.execPath, [next, "build"], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (result.status !== 0) throw new Error("The build failed; see the messages above.");
    writeFileSync(fingerprintFile(root), fingerprint + "\n");
  } finally {
    await release();
  }
}
