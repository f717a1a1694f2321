import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordEvent } from "@/lib/history/record-event";
import { AppError } from "@/lib/http/app-error";
import { isUuid } from "@/lib/http/is-uuid";
import { apiTokenDto, apiTokenInclude, type ApiTokenDto } from "./api-token-dto";

/** Revokes a token at once: the next request bearing it gets 401. Revoking twice changes nothing. */
export async function revokeApiToken(db: PrismaClient, tokenId: string, actorId: string, now = new Date()): Promise<ApiTokenDto> {
  return db.$transaction(async (tx) => {
    const existing = isUuid(tokenId) ? await tx.apiToken.findUnique({ where: { id: tokenId }, include: apiTokenInclude }) : null;
    if (!existing) throw new AppError("not_found", "No such API token.");
    if (existing.revokedAt) return apiTokenDto(existing, now);
    const row = await tx.apiToken.update({ where: { id: tokenId }, data: { revokedAt: now }, include: apiTokenInclude });
    await recordEvent(tx, {
      type: "token_revoked",
      actorId,
      before: { tokenId: row.id, name: row.name, prefix: row.prefix, userId: row.user.id },
    });
    return apiTokenDto(row, now);
  });
}
