import { expect, test } from "@playwright/test";
import { demo, signedIn } from "./helpers";


test("claims through the API: create, edit with versions, review with four eyes, comments and history", async ({ playwright, baseURL }) => {
  const editor = await signedIn(playwright.request, baseURL, demo.editor.email);
  const reviewer = await signedIn(playwright.request, baseURL, demo.reviewer.email);

  const article = await (await editor.post("/api/v1/articles", { data: { text: "The mayor said on Monday that the bridge will close for six months.", language: "en" } })).json();
  const created = await editor.post("/api/v1/claims", { data: { articleId: article.article.id, start: 30, end: 67 } });
  expect(created.status()).toBe(201);
  const claim = await created.json();
  expect(claim.quote).toBe("the bridge will close for six months.");

  const edited = await editor.patch(`/api/v1/claims/${claim.id}`, {
    data: { version: 1, summary: "Bridge closes for six months", verdict: "true", rationale: "Council notice.", evidence: [{ url: "https://example.org/notice" }] },
  });
  expect(edited.status()).toBe(200);
  expect((await edited.json()).version).toBe(2);

  const stale = await reviewer.patch(`/api/v1/claims/${claim.id}`, { data: { version: 1, summary: "Other" } });
  expect(stale.status()).toBe(409);
  const conflict = await stale.json();
  expect(conflict.error.code).toBe("conflict");
  expect(conflict.error.current.summary).toBe("Bridge closes for six months");

  const badLevel = await editor.patch(`/api/v1/claims/${claim.id}`, { data: { version: 2, attributionLevel: "rumour" } });
  expect(badLevel.status()).toBe(422);
  expect((await badLevel.json()).error.fields).toHaveProperty("attributionLevel");

  const submitted = await editor.post(`/api/v1/claims/${claim.id}/transitions`, { data: { version: 2, action: "submit" } });
  expect(submitted.status()).toBe(200);
  expect((await submitted.json()).status).toBe("in_review");

  const frozen = await editor.patch(`/api/v1/claims/${claim.id}`, { data: { version: 3, summary: "late edit" } });
  expect(frozen.status()).toBe(403);
  expect((await frozen.json()).error.message).toMatch(/in review/);

  const ownApproval = await editor.post(`/api/v1/claims/${claim.id}/transitions`, { data: { version: 3, action: "approve" } });
  expect(ownApproval.status()).toBe(403);
  const unknownAction = await reviewer.post(`/api/v1/claims/${claim.id}/transitions`, { data: { version: 3, action: "publish" } });
  expect(unknownAction.status()).toBe(422);
  const approved = await reviewer.post(`/api/v1/claims/${claim.id}/transitions`, { data: { version: 3, action: "approve" } });
  expect((await approved.json()).status).toBe("approved");

  const tooLong = await reviewer.post(`/api/v1/claims/${claim.id}/comments`, { data: { body: "x".repeat(100_000) } });
  expect(tooLong.status()).toBe(422);
  const comment = await reviewer.post(`/api/v1/claims/${claim.id}/comments`, { data: { body: "<b>Checked</b> against https://example.org/notice" } });
  expect(comment.status()).toBe(201);
  const thread = await (await editor.get(`/api/v1/claims/${claim.id}/comments`)).json();
  expect(thread.items[0].body).toBe("<b>Checked</b> against https://example.org/notice");

  const history = await (await editor.get(`/api/v1/claims/${claim.id}/history`)).json();
  expect(history.items.map((e: { type: string }) => e.type)).toEqual(["claim_created", "claim_updated", "claim_transitioned", "claim_transitioned", "comment_added"]);
  expect(history.items[1].before).toMatchObject({ version: 1, summary: null });
  expect(history.items[1].actor.name).toContain("editor");

  const missing = await editor.get("/api/v1/claims/00000000-0000-0000-0000-000000000000");
  expect(missing.status()).toBe(404);
  await editor.dispose();
  await reviewer.dispose();
});
