import { expect, test, type Page } from "@playwright/test";
import { demo, signIn } from "./helpers";
import { newArticle, selectWords } from "./workspace-helpers";

const text = "The council voted on Tuesday to close the Saint-Pierre bridge. Repairs will cost €4 million, the mayor said.";

/** Signs in as the editor, adds a fresh article, and makes a claim of `words` by selecting them. */
async function claimFromSelection(page: Page, words: string): Promise<string> {
  await signIn(page, demo.editor.email);
  const id = await newArticle(page, text);
  await page.goto(`/articles/${id}`);
  await selectWords(page, words);
  await page.getByRole("button", { name: "Add claim from selection" }).click();
  return id;
}

test("an editor selects words to make a claim, edits it, sets its level by key, dismisses and restores it", async ({ page }) => {
  await claimFromSelection(page, "Repairs will cost €4 million");
  const editor = page.getByTestId("claim-editor");
  await expect(editor.locator("blockquote")).toHaveText("Repairs will cost €4 million");

  await editor.getByLabel("Summary").fill("Bridge repairs cost €4m");
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("list").getByRole("button", { name: /Bridge repairs cost €4m/ })).toBeVisible();

  await page.getByRole("heading", { level: 1 }).click(); // focus leaves the form, keys go to the workspace
  await page.keyboard.press("4"); // document
  await expect(page.getByTestId("claim-editor").getByLabel(/Attribution level/)).toHaveValue("document");

  await page.getByTestId("claim-editor").getByRole("button", { name: "Dismiss" }).click();
  await expect(page.getByTestId("claim-editor")).toContainText("Dismissed: restore it to edit it.");
  await page.getByTestId("claim-editor").getByRole("button", { name: "Restore" }).click();
  await expect(page.getByTestId("claim-editor").getByLabel("Summary")).toBeEnabled();

  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
});

test("two editors save the same claim: the second sees both versions and keeps what they typed", async ({ page, browser }) => {
  const id = await claimFromSelection(page, "The council voted on Tuesday");
  await expect(page.getByTestId("claim-editor")).toBeVisible();

  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signIn(other, demo.reviewer.email);
  await other.goto(`/articles/${id}`);
  // The extractor also suggested a claim on this sentence: pick the one made by hand, on exactly these words.
  await other.getByRole("list").getByRole("button").filter({ has: other.getByText("The council voted on Tuesday", { exact: true }) }).click();

  await page.getByTestId("claim-editor").getByLabel("Summary").fill("Council votes to close bridge");
  await page.getByTestId("claim-editor").getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("claim-editor")).toContainText("v2");

  const typed = "Bridge closure approved on Tuesday";
  await other.getByTestId("claim-editor").getByLabel("Summary").fill(typed);
  await other.getByTestId("claim-editor").getByRole("button", { name: "Save" }).click();
  await expect(other.getByRole("alert").filter({ hasText: "Someone saved this claim" })).toBeVisible();
  await expect(other.getByTestId("theirs-summary")).toHaveText("Council votes to close bridge");
  await expect(other.getByTestId("claim-editor").getByLabel("Summary")).toHaveValue(typed);
  await otherContext.close();
});

test("a claim assigned to someone shows in their My claims", async ({ page, browser }) => {
  await claimFromSelection(page, "Repairs will cost €4 million");
  const editor = page.getByTestId("claim-editor");
  await editor.getByLabel("Summary").fill("Assigned bridge claim");
  await editor.getByLabel("Assigned to").selectOption({ label: "Ravi Patel (reviewer)" });
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(editor).toContainText("v2");

  const context = await browser.newContext();
  const reviewer = await context.newPage();
  await signIn(reviewer, demo.reviewer.email);
  await reviewer.getByRole("link", { name: "My claims" }).click();
  await expect(reviewer.getByRole("list", { name: "My claims" })).toContainText("Assigned bridge claim");
  await context.close();
});
