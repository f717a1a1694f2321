import type { PrismaClient } from "@/lib/generated/prisma/client";
import { generateToken } from "@/lib/auth/api-tokens";
import { recordEvent } from "@/lib/history/record-event";
import { AppError } from "@/lib/http/app-error";
import { apiTokenDto, apiTokenInclude, type ApiTokenDto } from "./api-token-dto";
import type { IssueApiTokenInput } from "./api-token-input";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Issues an API token acting as `input.userId`. The token itself is returned here once and never
 * again: only its SHA-256 is stored, so a lost token is revoked and reissued, not recovered.
 */
export async function issueApiToken(
  db: PrismaClient,
  input: IssueApiTokenInput,
  actorId: string,
  now = new Date(),
): Promise<{ token: string; apiToken: ApiTokenDto }> {
  const { token, tokenHash, prefix } = generateToken();
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true } });
    if (!user) throw AppError.validation({ userId: ["No such user."] });
    const row = await tx.apiToken.create({
      data: {
        name: input.name,
        tokenHash,
        prefix,
        userId: user.id,
        createdById: actorId,
        expiresAt: input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * DAY_MS) : null,
      },
      include: apiTokenInclude,
    });
    await recordEvent(tx, {
      type: "token_issued",
      actorId,
      after: { tokenId: row.id, name: row.name, prefix: row.prefix, userId: user.id, expiresAt: row.expiresAt?.toISOString() ?? null },
    });
    return { token, apiToken: apiTokenDto(row, now) };
  });
}
