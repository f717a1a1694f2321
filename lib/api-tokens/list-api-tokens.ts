import type { PrismaClient } from "@/lib/generated/prisma/client";
import { apiTokenDto, apiTokenInclude, type ApiTokenDto } from "./api-token-dto";

/** Every token, newest first (revoked ones too: the list is also the record of who had access). */
export async function listApiTokens(db: PrismaClient): Promise<{ items: ApiTokenDto[]; total: number }> {
  const rows = await db.apiToken.findMany({ include: apiTokenInclude, orderBy: { createdAt: "desc" } });
  const now = new Date();
  return { items: rows.map((row) => apiTokenDto(row, now)), total: rows.length };
}
