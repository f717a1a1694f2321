import { HIGHLIGHT_END, HIGHLIGHT_START } from "@/lib/claims/search/claim-search-sql";

/** Text with the search's matches in <mark>: the marks are split out of plain text, so nothing from
 * the database is ever rendered as HTML. */
export function HighlightedText({ text }: { text: string }) {
  const parts: React.ReactNode[] = [];
  text.split(HIGHLIGHT_START).forEach((piece, index) => {
    if (index === 0) return void parts.push(piece);
    const [marked = "", rest = ""] = piece.split(HIGHLIGHT_END);
    parts.push(<mark key={index} className="rounded bg-amber-200 px-0.5">{marked}</mark>, rest);
  });
  return <>{parts}</>;
}
