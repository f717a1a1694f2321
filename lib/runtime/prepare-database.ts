// Brings a database up to date: migrations, then the seed. Both run under advisory locks, so app
// processes started at the same moment on one database take turns.
import { withAdvisoryLock } from "@/lib/db/advisory-lock";
import { migrate } from "@/lib/db/migrate";
import { createPrismaClient } from "@/lib/db/prisma";
import { seedDatabase, type SeedReport } from "@/lib/seed/seed-database";

const SEED_LOCK_KEY = 72707370;

export async function applyMigrations(databaseUrl: string, log: (line: string) => void): Promise<void> {
  const result = await migrate(databaseUrl, { log });
  log(result.applied.length ? `Applied ${result.applied.length} migration(s).` : "Database schema is up to date.");
}

export async function seedWithLock(
  databaseUrl: string,
  options: { demoPassword?: string; extraArticleFiles?: string[]; log: (line: string) => void },
): Promise<SeedReport> {
  return withAdvisoryLock(databaseUrl, SEED_LOCK_KEY, async () => {
    const db = createPrismaClient(databaseUrl, 2);
    try {
      return await seedDatabase(db, options);
    } finally {
      await db.$disconnect();
    }
  });
}

/** Files of articles to seed besides the demo ones: SEED_ARTICLE_FILES (comma-separated), or the
 * product's first article from the shared fixtures when that folder sits beside the checkout. */
export function extraSeedArticleFiles(): string[] {
  const configured = process.env.SEED_ARTICLE_FILES;
  if (configured !== undefined) return configured.split(",").map((f) => f.trim()).filter(Boolean);
  return ["../shared/fixtures/seed-article.fr.txt"];
}
