import { describe, expect, it } from "vitest";
import { describeConnectionError, redactUrl } from "./connection-error";

describe("describeConnectionError", () => {
  it("says the server cannot be reached and what to set, on one line, without the password", () => {
    const line = describeConnectionError(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }), "postgresql://app:secret@db.example:5432/claims");
    expect(line).toContain("Cannot reach the database");
    expect(line).toContain("DATABASE_URL");
    expect(line).not.toContain("secret");
    expect(line).not.toContain("\n");
  });

  it("names a database that does not exist", () => {
    const line = describeConnectionError(Object.assign(new Error("database \"x\" does not exist"), { code: "3D000" }), "postgresql://localhost/x");
    expect(line).toMatch(/does not exist/);
  });

  it("says so when DATABASE_URL is not a PostgreSQL URL at all", () => {
    expect(describeConnectionError(new Error("getaddrinfo ENOTFOUND base"), "nonsense")).toMatch(/^DATABASE_URL is not a PostgreSQL URL/);
    expect(describeConnectionError(new Error("x"), "mysql://localhost/db")).toMatch(/^DATABASE_URL is not a PostgreSQL URL/);
  });

  it("redacts passwords in URLs", () => {
    expect(redactUrl("postgresql://u:pw@h/db")).toBe("postgresql://u:***@h/db");
  });
});
