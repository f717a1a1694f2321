import { expect, test } from "@playwright/test";
import { demo, demoPassword } from "./helpers";

test.describe("JSON API", () => {
  test("answers 401 in the error shape without a session", async ({ request }) => {
    const response = await request.get("/api/v1/articles");
    expect(response.status()).toBe(401);
    expect((await response.json()).error.code).toBe("unauthenticated");
  });

  test("signs in through POST /api/auth/sign-in/email: 401 on a wrong password, 200 and a session cookie otherwise", async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL });
    const wrong = await request.post("/api/auth/sign-in/email", { data: { email: demo.editor.email, password: "wrong" } });
    expect(wrong.status()).toBe(401);
    expect((await wrong.json()).error.code).toBe("unauthenticated");

    const malformed = await request.post("/api/auth/sign-in/email", { data: Buffer.from("{not json"), headers: { "content-type": "application/json" } });
    expect(malformed.status()).toBe(400);

    const ok = await request.post("/api/auth/sign-in/email", { data: { email: demo.editor.email, password: demoPassword() } });
    expect(ok.status()).toBe(200);
    expect(ok.headers()["set-cookie"]).toContain("better-auth.session_token=");

    const list = await request.get("/api/v1/articles?pageSize=2");
    expect(list.status()).toBe(200);
    const body = await list.json();
    expect(body.items).toHaveLength(2);
    expect(body.total).toBeGreaterThanOrEqual(4);

    const one = await request.get(`/api/v1/articles/${body.items[0].id}`);
    const article = await one.json();
    expect(Object.keys(article).sort()).toEqual(["article", "claims"]);
    expect(typeof article.article.text).toBe("string");

    const wrongType = await request.get("/api/v1/articles?page=first");
    expect(wrongType.status()).toBe(422);
    expect((await wrongType.json()).error.fields).toHaveProperty("page");

    const missing = await request.get("/api/v1/articles/00000000-0000-0000-0000-000000000000");
    expect(missing.status()).toBe(404);
    await request.dispose();
  });

  test("repeated failed sign-ins are answered 429", async ({ request }) => {
    const email = `nobody-${Date.now()}@newsroom.test`;
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push((await request.post("/api/auth/sign-in/email", { data: { email, password: "guess" } })).status());
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[5]).toBe(429);
  });

  test("unknown API routes answer 404 in JSON; health reports the database", async ({ request }) => {
    const unknown = await request.get("/api/v1/nothing-here");
    expect(unknown.status()).toBe(404);
    expect((await unknown.json()).error.code).toBe("not_found");
    const health = await request.get("/api/health");
    expect(await health.json()).toMatchObject({ status: "ok", database: { status: "up" } });
  });
});
