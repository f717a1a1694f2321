import { describe, expect, it } from "vitest";
import { bearerToken, generateToken, hashToken } from "./api-tokens";

describe("API tokens", () => {
  it("stores only a hash that the token itself reproduces", () => {
    const { token, tokenHash, prefix } = generateToken();
    expect(hashToken(token)).toBe(tokenHash);
    expect(tokenHash).not.toContain(token);
    expect(token.startsWith(prefix)).toBe(true);
  });

  it("reads the bearer token, tells a malformed header apart from a missing one", () => {
    expect(bearerToken(new Headers({ authorization: "Bearer ct_abc" }))).toBe("ct_abc");
    expect(bearerToken(new Headers())).toBeNull();
    expect(bearerToken(new Headers({ authorization: "Basic xyz" }))).toBe("");
  });
});
