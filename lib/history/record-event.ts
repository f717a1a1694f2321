import type { DbTx } from "@/lib/db/client";
import type { HistoryEventType, Prisma, PrismaClient } from "@/lib/generated/prisma/client";

export type HistoryEventInput = {
  type: HistoryEventType;
  actorId: string | null;
  articleId?: string | null;
  claimId?: string | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
  comment?: string | null;
};

/** Appends one event to the history. Call it with the transaction client of the change it records,
 * so the change and its history commit or fail together. */
export async function recordEvent(tx: DbTx | PrismaClient, event: HistoryEventInput): Promise<void> {
  await tx.historyEvent.create({
    data: {
      type: event.type,
      actorId: event.actorId,
      articleId: event.articleId ?? null,
      claimId: event.claimId ?? null,
      before: event.before ?? undefined,
      after: event.after ?? undefined,
      comment: event.comment ?? null,
    },
  });
}
