// Prisma CLI configuration. The app applies migrations with its own runner (`npm run db:migrate`,
// see docs/decisions/003-sql-migrations-own-runner.md); this file lets a machine that has Prisma's
// schema engine take over with `prisma migrate deploy`.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/claims" },
});
