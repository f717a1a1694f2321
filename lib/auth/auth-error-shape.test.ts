import { describe, expect, it } from "vitest";
import { toApiErrorShape } from "./auth-error-shape";

describe("toApiErrorShape", () => {
  it("rewrites better-auth's {code, message} into the API's error shape, keeping status and headers", async () => {
    const original = Response.json({ code: "INVALID_EMAIL_OR_PASSWORD", message: "Invalid email or password" }, { status: 401, headers: { "x-test": "1" } });
    const shaped = await toApiErrorShape(original);
    expect(shaped.status).toBe(401);
    expect(shaped.headers.get("x-test")).toBe("1");
    expect(await shaped.json()).toEqual({ error: { code: "unauthenticated", message: "Invalid email or password" } });
  });

  it("maps 429 to rate_limited", async () => {
    const shaped = await toApiErrorShape(Response.json({ message: "Too many" }, { status: 429 }));
    expect(await shaped.json()).toEqual({ error: { code: "rate_limited", message: "Too many" } });
  });

  it("leaves successful responses alone", async () => {
    const ok = Response.json({ token: "t" });
    expect(await toApiErrorShape(ok)).toBe(ok);
  });
});
