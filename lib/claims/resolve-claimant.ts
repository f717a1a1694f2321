import type { DbTx } from "@/lib/db/client";
import { AppError } from "@/lib/http/app-error";
import { sourceNameKey } from "@/lib/sources/source-key";
import type { z } from "zod";
import type { claimantInput } from "./claim-input";

type ClaimantInput = z.infer<typeof claimantInput>;

/** The claimant columns for a claimant as given: a known source, a new source of a given kind
 * (reused when one of that kind and name exists), or a bare name. */
export async function resolveClaimant(
  tx: DbTx,
  claimant: ClaimantInput,
): Promise<{ claimantName: string | null; claimantSourceId: string | null }> {
  if (!claimant) return { claimantName: null, claimantSourceId: null };
  if (claimant.sourceId) {
    const source = await tx.source.findUnique({ where: { id: claimant.sourceId } });
    if (!source) throw AppError.validation({ "claimant.sourceId": ["No source with this id."] });
    return { claimantName: claimant.name, claimantSourceId: source.id };
  }
  if (claimant.kind) {
    const nameKey = sourceNameKey(claimant.name);
    if (!nameKey) throw AppError.validation({ "claimant.name": ["The name needs at least one letter or digit."] });
    const source = await tx.source.upsert({
      where: { kind_nameKey: { kind: claimant.kind, nameKey } },
      create: { name: claimant.name, nameKey, kind: claimant.kind },
      update: {},
    });
    return { claimantName: claimant.name, claimantSourceId: source.id };
  }
  return { claimantName: claimant.name, claimantSourceId: null };
}
