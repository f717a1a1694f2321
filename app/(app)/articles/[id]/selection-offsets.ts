/** Code-point offsets [start, end) of the current text selection inside `container`, whose text
 * is rendered as segments carrying `data-start` (their first code point). Null when the selection
 * is empty or leaves the container. */
export function selectionOffsets(container: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const start = pointOffset(container, range.startContainer, range.startOffset);
  const end = pointOffset(container, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

function pointOffset(container: HTMLElement, node: Node, unitOffset: number): number | null {
  if (!container.contains(node)) return null;
  const element = (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element))?.closest<HTMLElement>("[data-start]");
  if (!element) return null;
  const base = Number(element.dataset.start);
  if (node.nodeType !== Node.TEXT_NODE) return base;
  // The DOM counts UTF-16 units; offsets are code points.
  return base + Array.from((node.textContent ?? "").slice(0, unitOffset)).length;
}

/** Code-point offset of the caret, or the start of the selection, inside `container`; null when
 * there is none there. */
export function caretOffset(container: HTMLElement): number | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return pointOffset(container, range.startContainer, range.startOffset);
}

/** Code-point offset of the text under the screen point (x, y) inside `container`, for dragging a
 * claim's ends; null when the point is outside the text. */
export function offsetAtPoint(container: HTMLElement, x: number, y: number): number | null {
  const doc = document as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  const position = doc.caretPositionFromPoint?.(x, y);
  if (position) return pointOffset(container, position.offsetNode, position.offset);
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? pointOffset(container, range.startContainer, range.startOffset) : null;
}
