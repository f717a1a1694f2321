import type { PrismaClient } from "@/lib/generated/prisma/client";
import { sourceNameKey } from "./source-key";

export type SourceOption = { id: string; name: string; kind: string; aliases: string[]; description: string | null };

/**
 * Known sources whose name or one of whose aliases contains `query` (case, accents and punctuation
 * ignored), names that start with it first, for the claimant picker. An empty query lists the
 * first sources by name.
 */
export async function searchSources(db: PrismaClient, query: string, limit = 10): Promise<SourceOption[]> {
  const key = sourceNameKey(query);
  // The folded key holds only letters, digits and spaces, so it carries no LIKE wildcards.
  const pattern = `%${key}%`;
  // Aliases are folded here the way sourceNameKey folds names (lower case, accents off) so
  // "maison blanche" finds the alias "la Maison-Blanche".
  return db.$queryRaw<SourceOption[]>`
    SELECT id, name, kind::text AS kind, aliases, description
    FROM source
    WHERE ${key} = ''
       OR "nameKey" LIKE ${pattern}
       OR EXISTS (
         SELECT 1 FROM unnest(aliases) AS alias
         WHERE trim(regexp_replace(lower(regexp_replace(normalize(alias, NFD), '[\u0300-\u036f]', '', 'g')), '[^[:alnum:]]+', ' ', 'g')) LIKE ${pattern}
       )
    ORDER BY ("nameKey" LIKE ${`${key}%`}) DESC, name
    LIMIT ${limit}`;
}
