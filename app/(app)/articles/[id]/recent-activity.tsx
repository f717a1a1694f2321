import { LinkifiedText } from "@/app/_components/linkified-text";

type Activity = { id: string; at: string; actor: string; what: string; claim: string | null; comment: string | null };

export function RecentActivity({ items }: { items: Activity[] }) {
  return (
    <section aria-labelledby="activity-heading" className="mt-6 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <h2 id="activity-heading" className="mb-2 text-lg font-semibold">Recent activity</h2>
      {items.length === 0 ? <p className="text-slate-600">Nothing yet.</p> : null}
      <ol className="space-y-1" data-testid="recent-activity">
        {items.map((item) => (
          <li key={item.id}>
            <time dateTime={item.at} className="text-slate-500">{new Date(item.at).toLocaleString("en-GB", { timeZone: "UTC", dateStyle: "short", timeStyle: "short" })}</time>{" "}
            <span className="font-medium">{item.actor}</span> · {item.what}
            {item.claim ? <> · <span className="text-slate-700">“{item.claim.slice(0, 90)}”</span></> : null}
            {item.comment ? (
              <blockquote className="ml-2 border-l-2 border-slate-300 pl-2">
                <LinkifiedText text={item.comment} />
              </blockquote>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
