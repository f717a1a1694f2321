import type { DbTx } from "@/lib/db/client";
import type { PrismaClient, Source } from "@/lib/generated/prisma/client";
import { sourceNameKey } from "./source-key";

/**
 * The known source records for claimant names as written in articles, matched on the folded name
 * or on any alias ("la Maison Blanche" → the White House). Returns a map from folded claimant name
 * to its source; names with no record are absent (the claim keeps the name as written).
 */
export async function findKnownSources(db: PrismaClient | DbTx, names: string[]): Promise<Map<string, Source>> {
  const keys = [...new Set(names.map(sourceNameKey).filter(Boolean))];
  const found = new Map<string, Source>();
  if (keys.length === 0) return found;
  const candidates = await db.source.findMany({
    where: { OR: [{ nameKey: { in: keys } }, { aliases: { hasSome: [...new Set(names)] } }] },
  });
  for (const source of candidates) {
    for (const key of [source.nameKey, ...source.aliases.map(sourceNameKey)]) {
      if (keys.includes(key) && !found.has(key)) found.set(key, source);
    }
  }
  return found;
}
