import { LinkifiedText } from "./linkified-text";

/** One line of a history: when (UTC), who, what, and the comment that came with it. */
export function HistoryLine({ at, actor, what, comment }: { at: string; actor: string; what: React.ReactNode; comment: string | null }) {
  return (
    <>
      <time dateTime={at} className="text-slate-500">
        {new Date(at).toLocaleString("en-GB", { timeZone: "UTC", dateStyle: "short", timeStyle: "short" })}
      </time>{" "}
      <span className="font-medium">{actor}</span> · {what}
      {comment ? (
        <blockquote className="ml-2 border-l-2 border-slate-300 pl-2">
          <LinkifiedText text={comment} />
        </blockquote>
      ) : null}
    </>
  );
}
