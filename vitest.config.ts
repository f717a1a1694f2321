import { defineConfig } from "vitest/config";
import path from "node:path";

// Two projects. Unit tests (`*.test.ts`) are pure and fast. Integration tests
// (`*.integration.test.ts`) talk to the real Postgres database that scripts/with-test-database.ts
// creates for the run (DATABASE_URL) and drops afterwards.
const alias = {
  "@": path.resolve(import.meta.dirname),
  // The data layer imports "server-only" to keep it out of client bundles; in tests it is inert.
  "server-only": path.resolve(import.meta.dirname, "lib/testing/server-only-stub.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "app/**/*.test.ts"],
          exclude: ["**/*.integration.test.ts", "**/node_modules/**"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["lib/**/*.integration.test.ts", "app/**/*.integration.test.ts"],
          environment: "node",
          // One database for the run: files share it, so they run one after another.
          fileParallelism: false,
          // Modules that build the better-auth instance need a secret; tests sign nothing that outlives them.
          env: { BETTER_AUTH_SECRET: "integration-tests-secret-0123456789abcdef" },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
