import { describe, expect, it } from "vitest";
import type { ClaimDto } from "./claim-dto";
import { describeUndo, undoSteps } from "./undo-plan";

const claim = (changes: Partial<ClaimDto> = {}): ClaimDto => ({
  id: "c1",
  articleId: "a1",
  version: 1,
  status: "draft",
  quote: "Repairs will cost €4 million",
  anchor: { start: 10, end: 38, prefix: "", suffix: "", state: "exact" },
  summary: null,
  claimant: null,
  cue: null,
  attributionLevel: "author_assertion",
  quoteType: "indirect",
  hedged: false,
  checkworthiness: 0.5,
  verdict: null,
  rationale: null,
  evidence: [],
  notes: null,
  acceptedAt: null,
  assigneeId: null,
  sameAsId: null,
  createdBy: "u",
  updatedBy: "u",
  createdAt: "2026-11-26T00:00:00.000Z",
  updatedAt: "2026-11-26T00:00:00.000Z",
  ...changes,
});

describe("undoSteps", () => {
  it("puts back exactly the fields an edit changed, on the version the edit produced", () => {
    const before = claim({ claimant: { name: "The mayor", sourceId: "s1" } });
    const after = claim({ version: 2, summary: "Repairs €4m", attributionLevel: "document", claimant: null });
    expect(undoSteps({ kind: "edit", before, after })).toEqual([
      { op: "update", claimId: "c1", input: { version: 2, summary: null, attributionLevel: "author_assertion", claimant: { name: "The mayor", sourceId: "s1" } } },
    ]);
    expect(describeUndo({ kind: "edit", before, after })).toBe("edit of summary, attributionLevel, claimant");
  });

  it("makes an accepted suggestion a suggestion again", () => {
    const after = claim({ version: 2, acceptedAt: "2026-11-26T01:00:00.000Z" });
    expect(undoSteps({ kind: "edit", before: claim(), after })[0]).toMatchObject({ input: { version: 2, accepted: false } });
  });

  it("moves a span back to where it was", () => {
    const after = claim({ version: 3, anchor: { start: 10, end: 30, prefix: "", suffix: "", state: "exact" } });
    expect(undoSteps({ kind: "edit", before: claim({ version: 2 }), after })[0]).toMatchObject({ input: { version: 3, start: 10, end: 38 } });
  });

  it("undoes a dismissal by restoring, and a restore by dismissing", () => {
    expect(undoSteps({ kind: "transition", action: "dismiss", after: claim({ version: 4, status: "dismissed" }) })).toEqual([
      { op: "transition", claimId: "c1", input: { version: 4, action: "restore" } },
    ]);
    expect(undoSteps({ kind: "transition", action: "restore", after: claim({ version: 5 }) })[0]).toMatchObject({ input: { action: "dismiss" } });
  });

  it("undoes a split by merging the parts back, and a merge by restoring the other claim and the old span", () => {
    const first = claim({ version: 2 });
    const second = claim({ id: "c2" });
    expect(undoSteps({ kind: "split", first, second })).toEqual([{ op: "merge", claimId: "c1", input: { version: 2, otherId: "c2", otherVersion: 1 } }]);
    const before = claim({ anchor: { start: 10, end: 20, prefix: "", suffix: "", state: "exact" } });
    const other = claim({ id: "c2", version: 2, status: "dismissed" });
    expect(undoSteps({ kind: "merge", before, after: claim({ version: 2 }), other })).toEqual([
      { op: "transition", claimId: "c2", input: { version: 2, action: "restore" } },
      { op: "update", claimId: "c1", input: { version: 2, start: 10, end: 20 } },
    ]);
  });
});
