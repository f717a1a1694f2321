import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** A Prisma client on its own pool, for scripts and tests (the app uses lib/db/client.ts). */
export function createPrismaClient(databaseUrl: string, poolSize = 5): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: poolSize }) });
}
