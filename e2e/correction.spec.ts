import { expect, test } from "@playwright/test";
import { demo, demoPassword, signIn } from "./helpers";

test("a correction moves some claims and orphans one, which stays listed with its quote", async ({ page, playwright, baseURL }) => {
  const text = [
    "The harbour closed on Monday after a fuel spill near the northern pier.",
    "Fishing was suspended for the whole bay until further notice.",
  ].join("\n\n");
  const api = await playwright.request.newContext({ baseURL });
  await api.post("/api/auth/sign-in/email", { data: { email: demo.editor.email, password: demoPassword() } });
  const { article } = await (await api.post("/api/v1/articles", { data: { text, title: "Spill correction test", language: "en" } })).json();
  await api.post("/api/v1/claims", { data: { articleId: article.id, start: 0, end: 71, summary: "Harbour closed after spill" } });
  await api.post("/api/v1/claims", { data: { articleId: article.id, start: 73, end: 134, summary: "Fishing suspended in the bay" } });
  await api.dispose();

  await signIn(page, demo.editor.email);
  await page.goto(`/articles/${article.id}`);
  await page.getByText("Correct the article").click();
  await page.getByLabel("Text", { exact: true }).fill("CORRECTION: The harbour closed on Monday after a fuel spill near the northern pier.");
  await page.getByRole("button", { name: "Save correction" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Saved as version 2/ })).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("article-text")).toContainText("CORRECTION:");
  const claimsList = page.getByRole("region", { name: /^Claims/ });
  const orphan = claimsList.getByRole("listitem").filter({ hasText: "Fishing suspended in the bay" });
  await expect(orphan).toContainText("Words not found");
  const moved = claimsList.getByRole("listitem").filter({ hasText: "Harbour closed after spill" });
  await expect(moved).not.toContainText("Words not found");
  await expect(page.locator("mark").filter({ hasText: "The harbour closed on Monday" })).toBeVisible();
});
