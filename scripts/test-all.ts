// `npm test`: every check a reviewer would run, in order, stopping at the first failure:
// typecheck, lint, unit tests, integration tests (real Postgres), end-to-end tests (real browser
// against the production build).
import { spawnSync } from "node:child_process";

const steps: [string, string[]][] = [
  ["typecheck", ["run", "typecheck"]],
  ["lint", ["run", "lint"]],
  ["unit tests", ["run", "test:unit"]],
  ["integration tests", ["run", "test:integration"]],
  ["end-to-end tests", ["run", "test:e2e"]],
];

const only = process.argv.slice(2);
const results: string[] = [];
let failed = 0;
for (const [name, args] of steps) {
  if (only.length > 0 && !only.some((o) => name.startsWith(o))) continue;
  console.log(`\n━━━ ${name} ━━━`);
  const started = Date.now();
  const result = spawnSync("npm", args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  results.push(`${ok ? "✔" : "✘"} ${name} (${seconds} s)`);
  if (!ok) {
    failed += 1;
    break;
  }
}
console.log(`\n${results.join("\n")}`);
console.log(`steps: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
