import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Each route handler under `apiDir` as `{path, method}`, with Next.js's `[id]` folders written as
 * OpenAPI's `{id}`. Read from the source files, so a new route cannot hide from the check. */
export function routeHandlers(apiDir: string, urlPrefix: string): { path: string; method: string }[] {
  const found: { path: string; method: string }[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (/^route\.(ts|tsx|js)$/.test(entry.name)) {
        const source = readFileSync(full, "utf8");
        const relative = path.relative(apiDir, dir).split(path.sep).filter(Boolean);
        const urlPath = [urlPrefix, ...relative.map((part) => part.replace(/^\[(\w+)\]$/, "{$1}"))].join("/");
        for (const method of METHODS) {
          if (new RegExp(`export\\s+(const|async\\s+function|function)\\s+${method}\\b`).test(source)) {
            found.push({ path: urlPath, method: method.toLowerCase() });
          }
        }
      }
    }
  };
  visit(apiDir);
  return found;
}
