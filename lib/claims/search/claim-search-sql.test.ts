import { describe, expect, it } from "vitest";
import { claimCountSql, claimOrder, claimPageSql, claimWhere, effectiveSort, EXACT_TOTAL_LIMIT, exportBatchSql, likeContains, plannedRows } from "./claim-search-sql";

describe("claim search SQL", () => {
  it("passes user text only as bind parameters", () => {
    const hostile = "'; DROP TABLE claim; --";
    const sql = claimWhere({ q: hostile, claimant: hostile });
    expect(sql.sql).not.toContain("DROP");
    expect(sql.values).toContain(hostile);
    expect(sql.sql).toContain("websearch_to_tsquery('claims_fr'");
    expect(sql.sql).toContain("websearch_to_tsquery('claims_en'");
  });

  it("matches everything when no filter is set, and ANDs the filters that are", () => {
    expect(claimWhere({}).sql).toBe("TRUE");
    const sql = claimWhere({ status: "approved", verdict: "false", from: "2024-01-01" });
    expect(sql.sql.split(" AND ")).toHaveLength(3);
    expect(sql.values).toEqual(["approved", "false", "2024-01-01"]);
  });

  it("filters a claimant by source id when given an id, by name otherwise", () => {
    expect(claimWhere({ claimant: "01a21531-d5da-720c-86e9-b6afb2b94fd9" }).sql).toContain(`"claimantSourceId" = `);
    const byName = claimWhere({ claimant: "Élisabeth Borne" });
    expect(byName.values).toEqual(["%elisabeth borne%", "%Élisabeth Borne%"]);
    expect(likeContains("50%_off\\")).toBe("%50\\%\\_off\\\\%");
  });

  it("sorts by relevance only when there is a text query, and always ends on the id", () => {
    expect(effectiveSort({}, undefined)).toBe("newest");
    expect(effectiveSort({}, "relevance")).toBe("newest");
    expect(effectiveSort({ q: "x" }, undefined)).toBe("relevance");
    expect(effectiveSort({ q: "x" }, "oldest")).toBe("oldest");
    for (const sort of ["relevance", "newest", "oldest", "updated", "checkworthiness"] as const) {
      expect(claimOrder(sort, "x").sql).toMatch(/c\."id" (ASC|DESC)$/);
    }
  });

  it("pages with LIMIT/OFFSET and exports by keyset after the last row", () => {
    const page = claimPageSql({}, "newest", 3, 25);
    expect(page.values.slice(-2)).toEqual([25, 50]);
    const batch = exportBatchSql({}, { createdAt: new Date("2024-01-01T00:00:00Z"), id: "x" }, 1000, true);
    expect(batch.sql).toContain(`(c."createdAt", c."id") < (`);
    expect(batch.sql).toContain(`c."status" = 'approved'`);
    expect(exportBatchSql({}, null, 1000, false).sql).not.toContain("<");
  });

  it("counts no further than one past the exact limit", () => {
    const sql = claimCountSql({ status: "draft" });
    expect(sql.sql).toMatch(/LIMIT \?\) m$/);
    expect(sql.values).toEqual(["draft", EXACT_TOTAL_LIMIT + 1]);
  });

  it("reads the planner's row estimate from EXPLAIN (FORMAT JSON), as an object or as text", () => {
    const plan = [{ Plan: { "Node Type": "Seq Scan", "Plan Rows": 58914 } }];
    expect(plannedRows(plan)).toBe(58914);
    expect(plannedRows(JSON.stringify(plan))).toBe(58914);
    expect(plannedRows([{}])).toBeNull();
    expect(plannedRows(null)).toBeNull();
  });
});
