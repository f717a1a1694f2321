import type { ClaimCounts } from "@/lib/articles/article-dto";

export const statusLabel: Record<keyof ClaimCounts, string> = {
  draft: "Draft",
  in_review: "In review",
  changes_requested: "Changes requested",
  approved: "Approved",
  dismissed: "Dismissed",
};

const statusStyle: Record<keyof ClaimCounts, string> = {
  draft: "bg-slate-100 text-slate-800",
  in_review: "bg-amber-100 text-amber-900",
  changes_requested: "bg-orange-100 text-orange-900",
  approved: "bg-emerald-100 text-emerald-900",
  dismissed: "bg-slate-200 text-slate-600",
};

/** Claim counts by status; statuses with no claims are left out. */
export function StatusBadges({ counts }: { counts: ClaimCounts }) {
  const shown = (Object.keys(statusLabel) as (keyof ClaimCounts)[]).filter((status) => counts[status] > 0);
  if (shown.length === 0) return <span className="text-sm text-slate-500">No claims</span>;
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label="Claims by status">
      {shown.map((status) => (
        <li key={status} className={`rounded-full px-2 py-0.5 text-xs font-medium ${statusStyle[status]}`}>
          {counts[status]} {statusLabel[status].toLowerCase()}
        </li>
      ))}
    </ul>
  );
}
