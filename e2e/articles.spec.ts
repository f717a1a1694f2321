import { expect, test } from "@playwright/test";
import { demo, signIn } from "./helpers";

test("the articles page lists the demo articles with their claim counts, and an article shows its text", async ({ page }) => {
  await signIn(page, demo.editor.email);
  const list = page.getByRole("list", { name: "Articles" });
  expect(await list.locator(":scope > li").count()).toBeGreaterThanOrEqual(4);
  const first = list.locator(":scope > li").filter({ hasText: "Lorvan" });
  await expect(first).toContainText("French");
  await expect(first.getByRole("list", { name: "Claims by status" })).toContainText("10 draft");

  await first.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Lorvan");
  await expect(page.getByTestId("article-text")).toContainText("Les grues sont restées immobiles");
  await expect(page.getByRole("heading", { name: /Claims \(10\)/ })).toBeVisible();
  await expect(page.locator("mark").first()).toBeVisible();
});

test("search narrows the list and keeps the query in the address", async ({ page }) => {
  await signIn(page, demo.editor.email);
  await page.getByLabel("Search titles and outlets").fill("Harbour Gazette");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=Harbour\+Gazette/);
  await expect(page.getByRole("list", { name: "Articles" }).locator(":scope > li")).toHaveCount(1);
});

test("an unknown page answers 404 with a page", async ({ page }) => {
  await signIn(page, demo.editor.email);
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  const missing = await page.goto("/articles/00000000-0000-0000-0000-000000000000");
  expect(missing?.status()).toBe(404);
});
