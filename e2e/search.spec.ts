import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { demo, demoPassword, signIn } from "./helpers";

// A word of this run only, so the specs find their own claims whatever else the database holds.
const tag = `zq${Date.now().toString(36)}`;

async function signedInApi(baseURL: string, email: string): Promise<APIRequestContext> {
  const api = await playwrightRequest.newContext({ baseURL });
  const response = await api.post("/api/auth/sign-in/email", { data: { email, password: demoPassword() } });
  expect(response.ok()).toBe(true);
  return api;
}

/** A French article with one claim added by hand on `words`; returns the claim. */
async function claimOn(api: APIRequestContext, words: string, fields: Record<string, unknown> = {}) {
  const text = `${words} Le reste de l'article parle d'autre chose.`;
  const created = await api.post("/api/v1/articles", { data: { text, title: `Article ${tag} ${Math.random().toString(36).slice(2, 6)}`, language: "fr" } });
  const { article } = (await created.json()) as { article: { id: string } };
  const claim = await api.post("/api/v1/claims", { data: { articleId: article.id, start: 0, end: Array.from(words).length, ...fields } });
  expect(claim.status()).toBe(201);
  return (await claim.json()) as { id: string; articleId: string; version: number };
}

test("search with a filter: the URL keeps it, matches are highlighted, the CSV link carries the search", async ({ page, baseURL }) => {
  const api = await signedInApi(baseURL!, demo.editor.email);
  // The extractor also suggests claims on these sentences; the claimant filter keeps the hand-made ones.
  await claimOn(api, `La sécurité du port ${tag} a été renforcée en 2024.`, { summary: `Sécurité du port ${tag}`, claimant: { name: "Préfète Anne Morel" } });
  await claimOn(api, `Le trafic du port ${tag} a doublé depuis 2020.`, { claimant: { name: "Préfète Anne Morel" } });

  await signIn(page, demo.editor.email);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Search" }).click();
  await page.getByLabel("Words").fill(`securite ${tag}`);
  await page.getByLabel("Claimant").fill("anne morel");
  await page.getByLabel("Status").selectOption("draft");
  await page.getByRole("button", { name: "Search" }).click();

  await expect(page).toHaveURL(new RegExp(`q=securite\\+${tag}.*claimant=anne\\+morel.*status=draft`));
  const results = page.getByTestId("search-result");
  await expect(results).toHaveCount(1);
  await expect(results.first().locator("mark").first()).toHaveText(/^sécurité$/i);
  await expect(page.getByTestId("search-total")).toHaveText(/^1 claim/);

  // The link can be shared: opening it again gives the same search, filter included.
  const shared = page.url();
  const again = await page.context().newPage();
  await again.goto(shared);
  await expect(again.getByLabel("Words")).toHaveValue(`securite ${tag}`);
  await expect(again.getByLabel("Status")).toHaveValue("draft");
  await expect(again.getByTestId("search-result")).toHaveCount(1);

  const csvLink = page.getByRole("link", { name: "Download CSV" });
  const href = (await csvLink.getAttribute("href"))!;
  expect(href).toContain("format=csv");
  expect(href).toContain("status=draft");
  expect(href).toContain("claimant=anne+morel");
  const download = await page.request.get(href);
  expect(download.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const bytes = await download.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.subarray(3).toString("utf8");
  expect(csv).toContain(`"La sécurité du port ${tag} a été renforcée en 2024."`);
  expect(csv).not.toContain("trafic");
  await api.dispose();
});

test("a new occurrence of an approved claim is linked to it and shows its verdict", async ({ page, baseURL }) => {
  const editorApi = await signedInApi(baseURL!, demo.editor.email);
  const original = await claimOn(editorApi, `Le chômage ${tag} a baissé de 3 % en 2023 selon l'Insee.`, {
    summary: `Chômage ${tag} en baisse`,
    verdict: "mostly_false",
    rationale: "Les chiffres de l'Insee montrent 1 %.",
    evidence: [{ url: "https://example.org/insee" }],
  });
  await editorApi.post(`/api/v1/claims/${original.id}/transitions`, { data: { version: original.version, action: "submit" } });
  const reviewerApi = await signedInApi(baseURL!, demo.reviewer.email);
  const approved = await reviewerApi.post(`/api/v1/claims/${original.id}/transitions`, { data: { version: original.version + 1, action: "approve" } });
  expect(approved.status()).toBe(200);
  const occurrence = await claimOn(editorApi, `Selon l'Insee, en 2023 le chômage ${tag} a baissé de 3 %.`);

  await signIn(page, demo.editor.email);
  await page.goto(`/articles/${occurrence.articleId}`);
  await page.getByRole("list").getByRole("button").filter({ hasText: `chômage ${tag}` }).first().click();
  const similar = page.getByTestId("similar-claims");
  const candidate = similar.getByTestId("similar-claim").filter({ hasText: `Chômage ${tag} en baisse` });
  await expect(candidate).toContainText("approved");
  await expect(candidate).toContainText("mostly false");
  await candidate.getByRole("button", { name: "Link as the same claim" }).click();
  await expect(similar.getByTestId("existing-verdict")).toHaveText("mostly false");
  await expect(page.getByTestId("timeline")).toContainText("Linked as the same claim");

  await similar.getByRole("button", { name: "Unlink" }).click();
  await expect(similar.getByTestId("same-claim")).toHaveCount(0);
  await editorApi.dispose();
  await reviewerApi.dispose();
});
