import { segmentText } from "@/lib/articles/segment-text";
import type { ClaimDto } from "@/lib/claims/claim-dto";
import { attributionLabel } from "./attribution-labels";

type Removed = { start: number; end: number; reason: string }[];

/** The article's text with its claims highlighted (nested claims darken) and removed boilerplate
 * struck through. Text is rendered as text, never as HTML. */
export function ArticleText({ text, claims, removed }: { text: string; claims: ClaimDto[]; removed: Removed }) {
  const spans = [
    ...claims.flatMap((c) => (c.anchor.start === null || c.anchor.end === null ? [] : [{ id: c.id, start: c.anchor.start, end: c.anchor.end }])),
    ...removed.map((r, i) => ({ id: `removed-${i}`, start: r.start, end: r.end })),
  ];
  const segments = segmentText(text, spans);
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  // What a highlight says on hover and to a screen reader: the level and the claimant of each claim.
  const describe = (ids: string[]) =>
    ids
      .map((id) => byId.get(id))
      .filter((claim): claim is ClaimDto => claim !== undefined)
      .map((claim) => `${attributionLabel[claim.attributionLevel]} · ${claim.claimant?.name ?? "no claimant"}`)
      .join("\n");
  return (
    <div className="whitespace-pre-wrap rounded-lg border border-slate-200 bg-white p-5 text-[1.05rem] leading-relaxed" data-testid="article-text">
      {segments.map((segment) => {
        const claimIds = segment.spanIds.filter((id) => !id.startsWith("removed-"));
        const isRemoved = claimIds.length < segment.spanIds.length;
        if (isRemoved) {
          return (
            <span key={segment.start} className="text-slate-400 line-through" title="Not part of the article">
              {segment.text}
            </span>
          );
        }
        if (claimIds.length === 0) return <span key={segment.start}>{segment.text}</span>;
        return (
          <mark
            key={segment.start}
            data-claims={claimIds.join(" ")}
            title={describe(claimIds)}
            className={claimIds.length > 1 ? "rounded-sm bg-amber-300/80" : "rounded-sm bg-amber-100"}
          >
            {segment.text}
          </mark>
        );
      })}
    </div>
  );
}
