import { Fragment, memo, useMemo } from "react";
import { paragraphsOf, segmentText, type Segment } from "@/lib/articles/segment-text";
import type { WorkspaceClaim } from "@/lib/claims/claim-dto";
import type { SpanEnd } from "@/lib/claims/word-steps";
import { attributionLabel } from "./attribution-labels";
import { SpanHandle } from "./span-handle";

type Removed = { start: number; end: number; reason: string }[];

type SpanProp = {
  start: number;
  end: number;
  onDrag: (which: SpanEnd, x: number, y: number, done: boolean) => void;
  onStep: (which: SpanEnd, direction: -1 | 1) => void;
};

const DRAFT = "new-claim";
const DRAFT_CLASS = "bg-brand-100 outline-2 outline-dashed outline-brand-600";

const statusColour: Record<WorkspaceClaim["status"], string> = {
  draft: "bg-amber-100",
  in_review: "bg-sky-100",
  changes_requested: "bg-orange-200",
  approved: "bg-emerald-100",
  dismissed: "bg-slate-100 text-slate-500",
};

/**
 * The article's text with its claims highlighted (colour by status; where claims overlap or nest
 * the highlight darkens) and removed boilerplate struck through. Each segment carries its
 * code-point offset (`data-start`) so a text selection maps back to offsets. Text is rendered as
 * text, never as HTML.
 */
export function ArticleText({
  text,
  claims,
  removed,
  selectedId,
  onSelectClaim,
  span,
  draft,
}: {
  text: string;
  claims: WorkspaceClaim[];
  removed: Removed;
  selectedId?: string | null;
  onSelectClaim?: (id: string) => void;
  /** Words picked by keys for a new claim, shown since the browser has no selection of them. */
  draft?: { start: number; end: number };
  /** The selected claim's span as the editor is adjusting it (shown instead of the saved one),
   * with handles to drag or step its ends. */
  span?: SpanProp;
}) {
  const spanOf = (c: WorkspaceClaim) => (c.id === selectedId && span ? { start: span.start, end: span.end } : c.anchor);
  const spans = [
    ...claims.flatMap((c) => {
      const { start, end } = spanOf(c);
      return start === null || end === null ? [] : [{ id: c.id, start, end }];
    }),
    ...removed.map((r, i) => ({ id: `removed-${i}`, start: r.start, end: r.end })),
    ...(draft ? [{ id: DRAFT, start: draft.start, end: draft.end }] : []),
  ];
  const paragraphs = paragraphsOf(segmentText(text, spans));
  const length = paragraphs.at(-1)?.at(-1)?.end ?? 0;
  const byId = useMemo(() => new Map(claims.map((claim) => [claim.id, claim])), [claims]);
  return (
    <div className="claim-text whitespace-pre-wrap rounded-lg border border-slate-200 bg-white p-5 text-[1.05rem] leading-relaxed" data-testid="article-text">
      {paragraphs.map((paragraph) => {
        const [first, last] = [paragraph[0]!.start, paragraph.at(-1)!.end];
        const inside = (offset: number) => offset >= first && offset <= last;
        // Each paragraph hears only of the selection and the span ends it holds, so moving the
        // selection re-renders two or three paragraphs rather than the whole text.
        return (
          <Paragraph
            key={first}
            segments={paragraph}
            byId={byId}
            selectedId={selectedId && paragraph.some((segment) => segment.spanIds.includes(selectedId)) ? selectedId : null}
            span={span && (inside(span.start) || inside(span.end)) ? span : undefined}
            length={length}
            onSelectClaim={onSelectClaim}
          />
        );
      })}
    </div>
  );
}

type ParagraphProps = {
  segments: Segment[];
  byId: Map<string, WorkspaceClaim>;
  selectedId: string | null;
  span?: SpanProp;
  length: number;
  onSelectClaim?: (id: string) => void;
};

const sameSegments = (a: Segment[], b: Segment[]) =>
  a.length === b.length && a.every((segment, i) => segment.start === b[i]!.start && segment.end === b[i]!.end && segment.spanIds.join(" ") === b[i]!.spanIds.join(" "));

const Paragraph = memo(function Paragraph({ segments, byId, selectedId, span, length, onSelectClaim }: ParagraphProps) {
  const describe = (ids: string[]) =>
    ids
      .map((id) => byId.get(id))
      .filter((claim): claim is WorkspaceClaim => claim !== undefined)
      .map((claim) => `${attributionLabel[claim.attributionLevel]} · ${claim.claimant?.name ?? "no claimant"}`)
      .join("\n");
  return <div className="claim-para">{segments.map(renderSegment)}</div>;

  function renderSegment(segment: Segment) {
    const handles = (rendered: React.ReactNode) =>
      span && (segment.start === span.start || segment.end === span.end) ? (
        <Fragment key={segment.start}>
          {segment.start === span.start ? <SpanHandle which="start" offset={span.start} max={length} word={segment.text.trim().split(/\s+/u)[0] ?? ""} onDrag={span.onDrag} onStep={span.onStep} /> : null}
          {rendered}
          {segment.end === span.end ? <SpanHandle which="end" offset={span.end} max={length} word={segment.text.trim().split(/\s+/u).at(-1) ?? ""} onDrag={span.onDrag} onStep={span.onStep} /> : null}
        </Fragment>
      ) : (
        rendered
      );
    const inDraft = segment.spanIds.includes(DRAFT);
    const spanIds = inDraft ? segment.spanIds.filter((id) => id !== DRAFT) : segment.spanIds;
    const claimIds = spanIds.filter((id) => !id.startsWith("removed-"));
    if (claimIds.length < spanIds.length) {
      return handles(
        <span key={segment.start} data-start={segment.start} className="text-slate-500 line-through" title="Not part of the article">
          {segment.text}
        </span>,
      );
    }
    if (claimIds.length === 0) {
      return handles(
        <span key={segment.start} data-start={segment.start} className={inDraft ? DRAFT_CLASS : undefined} data-new-claim={inDraft || undefined}>
          {segment.text}
        </span>,
      );
    }
    // The innermost (last starting) claim is the one a click selects.
    const top = byId.get(claimIds[claimIds.length - 1]!)!;
    const selected = selectedId !== null && claimIds.includes(selectedId);
    return handles(
      <mark
        key={segment.start}
        data-start={segment.start}
        data-claims={claimIds.join(" ")}
        data-new-claim={inDraft || undefined}
        title={describe(claimIds)}
        onClick={onSelectClaim ? () => onSelectClaim(top.id) : undefined}
        className={[statusColour[top.status], claimIds.length > 1 && "nested", selected && "outline outline-2 outline-brand-600", inDraft && DRAFT_CLASS, onSelectClaim && "cursor-pointer"].filter(Boolean).join(" ")}
      >
        {segment.text}
      </mark>,
    );
  }
}, (a, b) =>
  a.byId === b.byId && a.selectedId === b.selectedId && a.span === b.span && a.length === b.length && a.onSelectClaim === b.onSelectClaim && sameSegments(a.segments, b.segments),
);
