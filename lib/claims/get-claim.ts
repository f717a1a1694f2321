import type { DbTx } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/http/app-error";
import { toClaimDto } from "./claim-dto";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One claim as the API answers it; 404 when unknown. */
export async function getClaim(db: PrismaClient | DbTx, id: string) {
  const claim = UUID.test(id)
    ? await db.claim.findUnique({ where: { id }, include: { claimantSource: { select: { id: true, name: true } } } })
    : null;
  if (!claim) throw new AppError("not_found", `No claim with id ${id}.`);
  return toClaimDto(claim);
}
