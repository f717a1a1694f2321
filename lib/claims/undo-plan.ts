// Undo in the workspace (docs/decisions/036-undo.md): what the editor did in this session, and the
// requests that take it back. Undo never rewrites history: it is a new change, made on the version
// the editor's own change produced, so if anyone changed the claim since, the server answers 409
// and nothing is undone silently over their work. Pure: the workspace runs the steps.
import type { WorkspaceClaim } from "./claim-dto";
import type { MergeClaimsInput, UpdateClaimInput } from "./claim-input";

export type UndoEntry =
  /** A save of fields or span (the editor's form, a level key, the span controls). */
  | { kind: "edit"; before: WorkspaceClaim; after: WorkspaceClaim }
  | { kind: "transition"; action: "dismiss" | "restore"; after: WorkspaceClaim }
  | { kind: "split"; first: WorkspaceClaim; second: WorkspaceClaim }
  | { kind: "merge"; before: WorkspaceClaim; after: WorkspaceClaim; other: WorkspaceClaim };

export type UndoStep =
  | { op: "update"; claimId: string; input: UpdateClaimInput }
  | { op: "transition"; claimId: string; input: { version: number; action: "dismiss" | "restore" } }
  | { op: "merge"; claimId: string; input: MergeClaimsInput };

/** What the undo of `entry` will do, in words for the button's label and the status line. */
export function describeUndo(entry: UndoEntry): string {
  switch (entry.kind) {
    case "edit":
      return `edit of ${Object.keys(editBack(entry.before, entry.after)).join(", ") || "nothing"}`;
    case "transition":
      return entry.action === "dismiss" ? "dismissal" : "restore";
    case "split":
      return "split";
    case "merge":
      return "merge";
  }
}

export function undoSteps(entry: UndoEntry): UndoStep[] {
  switch (entry.kind) {
    case "edit":
      return [{ op: "update", claimId: entry.after.id, input: { version: entry.after.version, ...editBack(entry.before, entry.after) } }];
    case "transition":
      return [{ op: "transition", claimId: entry.after.id, input: { version: entry.after.version, action: entry.action === "dismiss" ? "restore" : "dismiss" } }];
    case "split":
      // Merging the two parts back gives the original span; the second part is dismissed, not
      // deleted, like every merged claim.
      return [{ op: "merge", claimId: entry.first.id, input: { version: entry.first.version, otherId: entry.second.id, otherVersion: entry.second.version } }];
    case "merge":
      return [
        { op: "transition", claimId: entry.other.id, input: { version: entry.other.version, action: "restore" } },
        { op: "update", claimId: entry.after.id, input: { version: entry.after.version, ...spanBack(entry.before, entry.after) } },
      ];
  }
}

type Fields = Omit<UpdateClaimInput, "version">;

/** The fields that differ between `before` and `after`, with their values before. */
export function editBack(before: WorkspaceClaim, after: WorkspaceClaim): Fields {
  const back: Fields = {};
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const key of ["summary", "cue", "attributionLevel", "quoteType", "hedged", "checkworthiness", "verdict", "rationale", "evidence", "notes", "assigneeId"] as const) {
    if (!same(before[key], after[key])) Object.assign(back, { [key]: before[key] });
  }
  if (!same(before.claimant, after.claimant)) {
    back.claimant = before.claimant?.name ? { name: before.claimant.name, sourceId: before.claimant.sourceId } : null;
  }
  if ((before.acceptedAt === null) !== (after.acceptedAt === null)) back.accepted = before.acceptedAt !== null;
  return { ...back, ...spanBack(before, after) };
}

function spanBack(before: WorkspaceClaim, after: WorkspaceClaim): Fields {
  const { start, end } = before.anchor;
  if (start === null || end === null || (start === after.anchor.start && end === after.anchor.end)) return {};
  return { start, end };
}
