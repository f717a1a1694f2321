// The claim a linked occurrence points at, with its verdict: what the claim panel shows on a new
// occurrence of a claim already checked.
import type { PrismaClient } from "@/lib/generated/prisma/client";

export async function sameClaimOriginal(db: PrismaClient, sameAsId: string | null) {
  if (!sameAsId) return null;
  const original = await db.claim.findUnique({
    where: { id: sameAsId },
    select: { id: true, summary: true, quote: true, status: true, verdict: true, rationale: true, approvedAt: true, article: { select: { id: true, title: true } } },
  });
  return original ? { ...original, approvedAt: original.approvedAt?.toISOString() ?? null } : null;
}
