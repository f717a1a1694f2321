"use client";

import type { SpanEnd } from "@/lib/claims/word-steps";

// The end whose handle should take the keyboard when it is next rendered: a step re-renders the
// handle at its new place in the text, sometimes after the next animation frame on a busy page,
// so the new element takes focus as it mounts (and the frame callback covers a handle that stays).
let focusOnMount: { which: SpanEnd; until: number } | null = null;

/**
 * One end of the selected claim in the text: drag it with the mouse or a finger, or focus it and
 * press the arrow keys to move it a word at a time. `data-start` lets a text selection that ends on
 * a handle still map to an offset.
 */
export function SpanHandle({
  which,
  offset,
  max,
  word,
  onDrag,
  onStep,
}: {
  which: SpanEnd;
  offset: number;
  /** The text's length in code points. */
  max: number;
  /** The word next to this end, read out by screen readers. */
  word: string;
  onDrag: (which: SpanEnd, x: number, y: number, done: boolean) => void;
  onStep: (which: SpanEnd, direction: -1 | 1) => void;
}) {
  function start(event: React.PointerEvent) {
    event.preventDefault();
    // Listening on the window, not the handle: the handle moves through the text while dragged.
    const move = (e: PointerEvent) => onDrag(which, e.clientX, e.clientY, false);
    const up = (e: PointerEvent) => {
      window.removeEventListener("pointermove", move);
      window.removeEventListener("pointerup", up);
      onDrag(which, e.clientX, e.clientY, true);
    };
    window.addEventListener("pointermove", move);
    window.addEventListener("pointerup", up);
  }
  return (
    <span
      role="slider"
      tabIndex={0}
      data-start={offset}
      id={`span-handle-${which}`}
      data-testid={`span-handle-${which}`}
      aria-label={which === "start" ? "Start of the claim" : "End of the claim"}
      aria-valuenow={offset}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuetext={`${which === "start" ? "starts at" : "ends after"} “${word}”`}
      aria-orientation="horizontal"
      ref={(el) => {
        if (el && focusOnMount?.which === which && Date.now() < focusOnMount.until) {
          focusOnMount = null;
          el.focus();
        }
      }}
      onPointerDown={start}
      onKeyDown={(e) => {
        if (e.key === "ArrowLeft" || e.key === "ArrowRight") {
          e.preventDefault();
          focusOnMount = { which, until: Date.now() + 2000 };
          onStep(which, e.key === "ArrowLeft" ? -1 : 1);
          requestAnimationFrame(() => document.getElementById(`span-handle-${which}`)?.focus());
        }
      }}
      className="mx-px inline-block h-[1.2em] w-1.5 cursor-ew-resize touch-none select-none rounded-sm bg-brand-600 align-text-bottom"
    />
  );
}
