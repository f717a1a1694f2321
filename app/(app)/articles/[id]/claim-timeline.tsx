"use client";

import { useEffect, useState } from "react";
import { HistoryLine } from "@/app/_components/history-line";
import { inputClass } from "@/app/_components/form-parts";
import { addCommentAction, claimTimelineAction, type TimelineEntry } from "./claim-actions";

/** Every change, transition and comment of a claim, oldest first, and a box to comment. */
export function ClaimTimeline({ articleId, claimId, refreshKey }: { articleId: string; claimId: string; refreshKey: number }) {
  const [entries, setEntries] = useState<TimelineEntry[] | null>(null);
  const [body, setBody] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let live = true;
    void claimTimelineAction(claimId).then((result) => {
      if (!live) return;
      if (result.ok) setEntries(result.entries);
      else setMessage(result.message);
    });
    return () => {
      live = false;
    };
  }, [claimId, refreshKey, tick]);

  async function comment(event: React.FormEvent) {
    event.preventDefault();
    const result = await addCommentAction(articleId, claimId, body);
    if (result.ok) {
      setBody("");
      setMessage(null);
      setTick((t) => t + 1);
    } else setMessage(result.message); // what was typed stays in the box
  }

  return (
    <section aria-labelledby="timeline-heading" className="mt-3 border-t border-slate-200 pt-3">
      <h3 id="timeline-heading" className="font-semibold">History</h3>
      {entries === null ? <p className="text-slate-500">Loading…</p> : null}
      <ol className="mt-1 space-y-1" data-testid="timeline">
        {entries?.map((entry) => (
          <li key={entry.id}>
            <HistoryLine at={entry.at} actor={entry.actor ?? "System"} what={entry.summary} comment={entry.comment} />
          </li>
        ))}
      </ol>
      <form onSubmit={(e) => void comment(e)} className="mt-2 space-y-1">
        <label htmlFor="new-comment" className="block text-sm font-medium">Comment</label>
        <textarea id="new-comment" rows={2} value={body} onChange={(e) => setBody(e.target.value)} className={inputClass} />
        {message ? <p role="alert" className="text-red-700">{message}</p> : null}
        <button type="submit" className="rounded border border-slate-300 px-3 py-1">Add comment</button>
      </form>
    </section>
  );
}
