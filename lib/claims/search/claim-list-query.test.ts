import { describe, expect, it } from "vitest";
import { claimListFilters, cleanQuery, exportClaimsQuery, listClaimsQuery, MAX_QUERY_LENGTH } from "./claim-list-query";

describe("list query parameters", () => {
  it("treats empty form fields as 'any' and applies paging defaults", () => {
    expect(listClaimsQuery.parse({ q: "", status: "", verdict: "", page: "", sort: "" })).toEqual({ page: 1, pageSize: 25 });
  });

  it("refuses unknown values naming the field", () => {
    const result = listClaimsQuery.safeParse({ status: "published", pageSize: "500", articleId: "nope", from: "2024-13-45" });
    expect(result.success).toBe(false);
    const fields = result.error!.issues.map((issue) => issue.path.join("."));
    expect(fields.sort()).toEqual(["articleId", "from", "pageSize", "status"]);
  });

  it("accepts csv, json and claimreview exports only", () => {
    expect(exportClaimsQuery.parse({ format: "csv", status: "approved" })).toEqual({ format: "csv", status: "approved" });
    expect(exportClaimsQuery.safeParse({ format: "xlsx" }).success).toBe(false);
    expect(exportClaimsQuery.safeParse({}).success).toBe(false);
  });

  it("cleans search text: control characters out, long text cut at a whole word", () => {
    expect(cleanQuery("  a\u0000b\tc  ")).toBe("a b c");
    const long = "sécurité ".repeat(200);
    const cleaned = cleanQuery(long);
    expect(cleaned.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(cleaned.split(" ").every((word) => word === "sécurité")).toBe(true);
    expect(cleanQuery("x".repeat(10_000))).toHaveLength(MAX_QUERY_LENGTH);
    expect(claimListFilters.parse({ q: "   " })).toEqual({});
  });
});
