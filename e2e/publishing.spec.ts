import { expect, test, type APIRequestContext, type request as requestFactory } from "@playwright/test";
import { demo, demoPassword, signIn } from "./helpers";

async function signedIn(playwright: typeof requestFactory, baseURL: string | undefined, email: string): Promise<APIRequestContext> {
  const api = await playwright.newContext({ baseURL });
  expect((await api.post("/api/auth/sign-in/email", { data: { email, password: demoPassword() } })).status()).toBe(200);
  return api;
}

test("an admin issues an API token in the app; it acts as its user over the API until revoked", async ({ page, playwright, baseURL }) => {
  await signIn(page, demo.admin.email);
  await page.getByRole("link", { name: "API tokens" }).click();
  const name = `Newsroom CMS ${Date.now()}`;
  await page.getByRole("button", { name: "Issue token" }).click();
  await expect(page.getByText("Choose the user the token acts as.")).toBeVisible();
  await page.getByLabel("Acts as").selectOption({ label: `${demo.reviewer.email} (reviewer)` });
  await page.getByLabel("Name").fill(name);
  await page.getByLabel(/Expires after/).fill("30");
  await page.getByRole("button", { name: "Issue token" }).click();
  const token = await page.getByTestId("issued-token").inputValue();
  expect(token).toMatch(/^ct_/);

  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  const articles = await api.get("/api/v1/articles");
  expect(articles.status()).toBe(200);
  expect(await articles.json()).toHaveProperty("total");
  const adminOnly = await api.get("/api/v1/tokens");
  expect(adminOnly.status()).toBe(403);

  await page.reload();
  const row = page.getByTestId("token-row").filter({ hasText: name });
  await expect(row).toContainText("Active");
  await expect(row).not.toContainText(token);
  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  await expect(row).toContainText("Revoked");
  const afterRevoke = await api.get("/api/v1/articles");
  expect(afterRevoke.status()).toBe(401);
  expect((await afterRevoke.json()).error.code).toBe("unauthenticated");
  await api.dispose();
});

test("an approved claim is published as ClaimReview JSON-LD and on a public page; a draft is not", async ({ browser, playwright, baseURL }) => {
  const editor = await signedIn(playwright.request, baseURL, demo.editor.email);
  const reviewer = await signedIn(playwright.request, baseURL, demo.reviewer.email);
  const text = "Le maire a déclaré lundi que le pont fermera pendant six mois à partir de janvier.";
  const created = await editor.post("/api/v1/articles", {
    data: { text, language: "fr", title: "Le pont ferme", outlet: "La Gazette" },
  });
  const { article } = await created.json();
  const claim = await (await editor.post("/api/v1/claims", { data: { articleId: article.id, start: 29, end: 82 } })).json();
  const edited = await editor.patch(`/api/v1/claims/${claim.id}`, {
    data: {
      version: claim.version,
      summary: "Le pont fermera six mois",
      claimant: { name: "Le maire", kind: "person" },
      verdict: "mostly_false",
      rationale: "L’arrêté prévoit trois mois <script>alert(1)</script>.",
      evidence: [{ url: "https://example.org/arrete" }],
    },
  });
  expect(edited.status()).toBe(200);
  const draftReview = await editor.get(`/api/v1/claims/${claim.id}/claimreview`);
  expect(draftReview.status()).toBe(404);
  const visitor = await browser.newContext();
  const publicPage = await visitor.newPage();
  expect((await publicPage.goto(`/fact-checks/${claim.id}`))!.status()).toBe(404);

  const submitted = await (await editor.post(`/api/v1/claims/${claim.id}/transitions`, { data: { version: 2, action: "submit" } })).json();
  const approved = await reviewer.post(`/api/v1/claims/${claim.id}/transitions`, { data: { version: submitted.version, action: "approve" } });
  expect((await approved.json()).status).toBe("approved");

  const reviewResponse = await editor.get(`/api/v1/claims/${claim.id}/claimreview`);
  expect(reviewResponse.status()).toBe(200);
  expect(reviewResponse.headers()["content-type"]).toContain("application/ld+json");
  const review = await reviewResponse.json();
  expect(review).toMatchObject({
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    claimReviewed: "Le pont fermera six mois",
    reviewRating: { alternateName: "Mostly false", ratingValue: 2, bestRating: 5, worstRating: 1 },
    itemReviewed: { "@type": "Claim", author: { "@type": "Person", name: "Le maire" }, appearance: { headline: "Le pont ferme" } },
  });
  expect(review.url).toBe(`${baseURL}/fact-checks/${claim.id}#claim-${claim.id}`);

  // The public page needs no sign-in, shows the verdict and embeds the same ClaimReview; the
  // rationale's markup is shown as text.
  expect((await publicPage.goto(`/fact-checks/${claim.id}`))!.status()).toBe(200);
  await expect(publicPage.getByRole("heading", { level: 1 })).toHaveText("Le pont fermera six mois");
  await expect(publicPage.getByTestId("public-verdict")).toHaveText("Mostly false");
  await expect(publicPage.getByText("<script>alert(1)</script>", { exact: false })).toBeVisible();
  const embedded = JSON.parse((await publicPage.locator('script[type="application/ld+json"]').textContent())!);
  expect(embedded).toEqual(review);
  await expect(publicPage.locator(`#claim-${claim.id}`)).toBeVisible();
  await expect(publicPage.getByRole("button")).toHaveCount(0);
  await visitor.close();
});

test("the public address set by an admin is the one ClaimReview links to", async ({ page, playwright, baseURL }) => {
  await signIn(page, demo.admin.email);
  await page.goto("/admin/settings");
  await page.getByLabel(/Public address/).fill("not an address");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText(/Enter an http\(s\) address/)).toBeVisible();
  await expect(page.getByLabel(/Public address/)).toHaveValue("not an address");
  await page.getByLabel(/Public address/).fill("https://checks.example.org");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  try {
    const editor = await signedIn(playwright.request, baseURL, demo.editor.email);
    const reviewer = await signedIn(playwright.request, baseURL, demo.reviewer.email);
    const { article } = await (await editor.post("/api/v1/articles", { data: { text: "The mayor said the bridge will close for six months.", language: "en" } })).json();
    const claim = await (await editor.post("/api/v1/claims", { data: { articleId: article.id, start: 15, end: 52 } })).json();
    const ready = await editor.patch(`/api/v1/claims/${claim.id}`, {
      data: { version: 1, verdict: "true", rationale: "Council notice.", evidence: [{ url: "https://example.org/notice" }] },
    });
    const submitted = await (await editor.post(`/api/v1/claims/${claim.id}/transitions`, { data: { version: (await ready.json()).version, action: "submit" } })).json();
    await reviewer.post(`/api/v1/claims/${claim.id}/transitions`, { data: { version: submitted.version, action: "approve" } });
    const review = await (await editor.get(`/api/v1/claims/${claim.id}/claimreview`)).json();
    expect(review.url).toBe(`https://checks.example.org/fact-checks/${claim.id}#claim-${claim.id}`);
    expect(review.author.url).toBe("https://checks.example.org");
  } finally {
    await page.getByLabel(/Public address/).fill("");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Settings saved.")).toBeVisible();
  }
});

test("the API reference page and the OpenAPI document describe the routes", async ({ page, request }) => {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const doc = await response.json();
  expect(doc.openapi).toBe("3.1.0");
  expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/v1/claims/{id}/claimreview", "/api/v1/tokens"]));

  await signIn(page, demo.editor.email);
  await page.getByRole("link", { name: "API", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Claims tracker API");
  const transition = page.locator("article", { has: page.getByRole("heading", { name: /\/api\/v1\/claims\/\{id\}\/transitions/ }) });
  await expect(transition).toContainText("request_changes");
  await expect(transition).toContainText("409");
  await page.getByRole("link", { name: /patch \/api\/v1\/claims\/\{id\} · Edit a claim/i }).click();
  await expect(page).toHaveURL(/#patch-api-v1-claims-id$/);
});
