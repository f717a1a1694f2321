import type { DbTx } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/http/app-error";
import { isUuid } from "@/lib/http/is-uuid";
import { toClaimDto } from "./claim-dto";

/** One claim as the API answers it; 404 when unknown. */
export async function getClaim(db: PrismaClient | DbTx, id: string) {
  const claim = isUuid(id)
    ? await db.claim.findUnique({ where: { id }, include: { claimantSource: { select: { id: true, name: true } } } })
    : null;
  if (!claim) throw new AppError("not_found", `No claim with id ${id}.`);
  return toClaimDto(claim);
}
