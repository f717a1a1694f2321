import { expect, test } from "@playwright/test";
import { demo, signIn } from "./helpers";

test("the articles and article pages fit a phone-sized screen", async ({ page }) => {
  await signIn(page, demo.editor.email);
  const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(await fits()).toBe(true);
  await page.getByRole("list", { name: "Articles" }).getByRole("link").first().click();
  await expect(page.getByTestId("article-text")).toBeVisible();
  expect(await fits()).toBe(true);
});
