import { HistoryLine } from "@/app/_components/history-line";

type Activity = { id: string; at: string; actor: string; what: string; claim: string | null; comment: string | null };

export function RecentActivity({ items }: { items: Activity[] }) {
  return (
    <section aria-labelledby="activity-heading" className="mt-6 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <h2 id="activity-heading" className="mb-2 text-lg font-semibold">Recent activity</h2>
      {items.length === 0 ? <p className="text-slate-600">Nothing yet.</p> : null}
      <ol className="space-y-1" data-testid="recent-activity">
        {items.map((item) => (
          <li key={item.id}>
            <HistoryLine
              at={item.at}
              actor={item.actor}
              what={<>{item.what}{item.claim ? <> · <span className="text-slate-700">“{item.claim.slice(0, 90)}”</span></> : null}</>}
              comment={item.comment}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
