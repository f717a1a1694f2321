import { expect, test } from "@playwright/test";
import { demo, signedIn } from "./helpers";

test("split and merge through the API: 201 and 200 with both claims, 422 naming the field, 409 on a stale version", async ({ playwright, baseURL }) => {
  const editor = await signedIn(playwright.request, baseURL, demo.editor.email);
  const text = "The mayor said on Monday that the bridge will close for six months and reopen in May.";
  const article = await (await editor.post("/api/v1/articles", { data: { text, language: "en" } })).json();
  const start = text.indexOf("the bridge");
  const claim = await (await editor.post("/api/v1/claims", { data: { articleId: article.article.id, start, end: text.length } })).json();

  const outside = await editor.post(`/api/v1/claims/${claim.id}/split`, { data: { version: 1, at: 2 } });
  expect(outside.status()).toBe(422);
  expect((await outside.json()).error.fields).toHaveProperty("at");

  const split = await editor.post(`/api/v1/claims/${claim.id}/split`, { data: { version: 1, at: text.indexOf("and reopen") } });
  expect(split.status()).toBe(201);
  const { claim: first, newClaim: second } = await split.json();
  expect(first.quote).toBe("the bridge will close for six months");
  expect(second.quote).toBe("and reopen in May.");

  const stale = await editor.post(`/api/v1/claims/${first.id}/merge`, { data: { version: 1, otherId: second.id, otherVersion: 1 } });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).error.current.version).toBe(2);

  const merged = await editor.post(`/api/v1/claims/${first.id}/merge`, { data: { version: 2, otherId: second.id, otherVersion: 1 } });
  expect(merged.status()).toBe(200);
  const body = await merged.json();
  expect(body.claim.quote).toBe("the bridge will close for six months and reopen in May.");
  expect(body.mergedClaim.status).toBe("dismissed");

  const history = await (await editor.get(`/api/v1/claims/${second.id}/history`)).json();
  expect(history.items.map((e: { type: string }) => e.type)).toEqual(["claim_split", "claim_merged"]);
  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.post(`/api/v1/claims/${first.id}/split`, { data: { version: 3, at: start + 5 } })).status()).toBe(401);
});
