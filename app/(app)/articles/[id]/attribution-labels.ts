import type { AttributionLevel } from "@/lib/generated/prisma/enums";

/** Names of the attribution levels as editors read them (attribution-levels.md). */
export const attributionLabel: Record<AttributionLevel, string> = {
  witnessed: "Witnessed",
  named_on_record: "Named, on the record",
  official_statement: "Official statement",
  document: "Document",
  anonymous_described: "Anonymous, described",
  anonymous_bare: "Anonymous sources",
  secondary_report: "Secondary report",
  hedged_unsourced: "Unsourced hedge",
  author_assertion: "Outlet's own assertion",
};
