import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "./prisma";
import { requireDatabaseUrl } from "./database-url";

// One client per process, created on first use: `next build` loads modules without a database,
// and in development Next.js reloads modules, so the instance lives on globalThis.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function instance(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient(requireDatabaseUrl(), 10);
  return globalForPrisma.prisma;
}

export const db = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = instance();
    const value = Reflect.get(client, property, client) as unknown;
    return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(client) : value;
  },
});

export type Db = PrismaClient;
/** A client or the transaction client Prisma passes to `$transaction(async (tx) => …)`. */
export type DbTx = Prisma.TransactionClient;
