// Settings an admin changes at run time, stored in the `setting` table, each validated by its own
// schema and falling back to a default when unset.
import { z } from "zod";
import type { DbTx } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export const settingSchemas = {
  /** Whether article URLs may point at private, loopback or link-local addresses (off: SSRF). */
  allowPrivateUrls: z.boolean().default(false),
  /** The organisation named as the author of published ClaimReviews. */
  organisationName: z.string().trim().min(1).max(200).default("Fact-checking desk"),
  /** The address the public reads fact-checks at (ClaimReview urls); empty: the address of the request. */
  publicBaseUrl: z
    .union([z.literal(""), z.url({ protocol: /^https?$/, error: "Enter an http(s) address, e.g. https://checks.example.org." })])
    .default(""),
} as const;

export type SettingKey = keyof typeof settingSchemas;
export type SettingValue<K extends SettingKey> = z.output<(typeof settingSchemas)[K]>;

type Db = PrismaClient | DbTx;

export async function getSetting<K extends SettingKey>(db: Db, key: K): Promise<SettingValue<K>> {
  const row = await db.setting.findUnique({ where: { key } });
  const parsed = settingSchemas[key].safeParse(row?.value ?? undefined);
  return (parsed.success ? parsed.data : settingSchemas[key].parse(undefined)) as SettingValue<K>;
}

export async function setSetting<K extends SettingKey>(db: Db, key: K, value: SettingValue<K>, actorId: string): Promise<void> {
  const valid = settingSchemas[key].parse(value);
  await db.setting.upsert({
    where: { key },
    create: { key, value: valid, updatedById: actorId },
    update: { value: valid, updatedById: actorId },
  });
}
