import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getClaim } from "./get-claim";

/** A claim's append-only history, oldest first: `{items, total}` (api.md). */
export async function claimHistory(db: PrismaClient, id: string) {
  const claim = await getClaim(db, id);
  const events = await db.historyEvent.findMany({
    where: { claimId: claim.id },
    orderBy: { id: "asc" },
    include: { actor: { select: { id: true, name: true } } },
  });
  const items = events.map((event) => ({
    id: event.id.toString(),
    type: event.type,
    at: event.createdAt.toISOString(),
    actor: event.actor ? { id: event.actor.id, name: event.actor.name } : null,
    before: event.before,
    after: event.after,
    comment: event.comment,
  }));
  return { items, total: items.length };
}
