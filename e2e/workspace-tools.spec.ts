// The workspace's tools on a claim's words: span by keyboard and by dragging, split, merge,
// accept, undo, and picking a known source as claimant. Each test makes its own article.
import { expect, test, type Page } from "@playwright/test";
import { demo, signIn } from "./helpers";
import { newArticle, selectWords, waitForKeys } from "./workspace-helpers";

const text = "The council voted on Tuesday to close the Saint-Pierre bridge. Repairs will cost €4 million, the mayor said.";

async function addClaim(page: Page, words: string) {
  await selectWords(page, words);
  await page.getByRole("button", { name: "Add claim from selection" }).click();
  await expect(page.getByTestId("claim-editor").locator("blockquote")).toHaveText(words);
}

async function openNewArticle(page: Page) {
  await signIn(page, demo.editor.email);
  await page.goto(`/articles/${await newArticle(page, text, `Tools ${Date.now()}`)}`);
}

const claimList = (page: Page) => page.getByRole("region", { name: /^Claims \(\d+\)$/ }).getByRole("list");
const quote = (page: Page) => page.getByTestId("claim-editor").locator("blockquote");
/** Moves focus out of form fields so that keys go to the workspace. */
const leaveFields = (page: Page) => page.getByRole("heading", { level: 1 }).click();

test("an editor adjusts a claim's span by keyboard with a live preview, saves it, and undoes it", async ({ page }) => {
  await openNewArticle(page);
  await addClaim(page, "will cost €4");
  await leaveFields(page);
  await page.keyboard.press("[");
  await expect(page.getByTestId("span-preview")).toHaveText("“Repairs will cost €4”");
  await page.keyboard.press("}");
  await expect(page.getByTestId("span-preview")).toHaveText("“Repairs will cost €4 million,”");
  await expect(quote(page)).toHaveText("will cost €4"); // not saved yet
  await page.keyboard.press("s");
  await expect(quote(page)).toHaveText("Repairs will cost €4 million,");
  await expect(page.getByTestId("claim-editor")).toContainText("v2");

  // The end handle in the text is a slider: arrow keys move it a word at a time.
  await page.getByRole("slider", { name: "End of the claim" }).focus();
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByTestId("span-preview")).toHaveText("“Repairs will cost €4”");
  await page.keyboard.press("ArrowLeft"); // focus stays on the handle as it moves
  await expect(page.getByTestId("span-preview")).toHaveText("“Repairs will cost”");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("span-preview")).toHaveText("“Repairs will cost €4”");
  // The help lists the new keys, and closing it gives focus back to the handle.
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toContainText("move the claim's end one word earlier / later");
  await expect(help).toContainText("undo your last change");
  await page.keyboard.press("Escape");
  await expect(help).toHaveCount(0);
  await expect(page.getByRole("slider", { name: "End of the claim" })).toBeFocused();
  await page.getByRole("button", { name: "Save span" }).click();
  await expect(quote(page)).toHaveText("Repairs will cost €4");

  await leaveFields(page);
  await page.keyboard.press("u");
  await expect(page.getByTestId("workspace-status")).toHaveText("Undid the edit of start, end.");
  await expect(quote(page)).toHaveText("Repairs will cost €4 million,");
  await expect(page.getByTestId("claim-editor")).toContainText("v4");
});

test("an editor drags the end of a claim onto another word", async ({ page }) => {
  await openNewArticle(page);
  await addClaim(page, "Repairs will cost");
  const handle = page.getByTestId("span-handle-end");
  const from = (await handle.boundingBox())!;
  const to = await page.getByTestId("article-text").evaluate((root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf("million");
      if (at >= 0) {
        const range = document.createRange();
        range.setStart(node, at + 3);
        range.setEnd(node, at + 4);
        const box = range.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }
    }
    throw new Error("word not found");
  });
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
  await expect(page.getByTestId("span-preview")).toHaveText("“Repairs will cost €4 million,”");
  await page.getByRole("button", { name: "Save span" }).click();
  await expect(quote(page)).toHaveText("Repairs will cost €4 million,");
});

test("an editor splits a claim in two and undoes the split", async ({ page }) => {
  await openNewArticle(page);
  const sentence = "The council voted on Tuesday to close the Saint-Pierre bridge.";
  const whole = claimList(page).getByRole("button").filter({ has: page.getByText(sentence, { exact: true }) });
  await expect(claimList(page)).toBeVisible();
  const before = await whole.count();
  await addClaim(page, sentence);
  await expect(whole).toHaveCount(before + 1);
  const tools = page.getByTestId("claim-tools");
  await tools.getByLabel("Split before").selectOption({ label: "to close the Saint-Pierre bridge." });
  await tools.getByRole("button", { name: "Split" }).click();
  await expect(quote(page)).toHaveText("to close the Saint-Pierre bridge.");
  const list = claimList(page);
  await expect(list.getByRole("button").filter({ has: page.getByText("The council voted on Tuesday", { exact: true }) })).toHaveCount(1);
  await expect(whole).toHaveCount(before);

  await page.getByRole("button", { name: "Undo split" }).click();
  await expect(page.getByTestId("workspace-status")).toHaveText("Undid the split.");
  await expect(whole).toHaveCount(before + 1);
  await expect(list.getByRole("button").filter({ has: page.getByText("to close the Saint-Pierre bridge.", { exact: true }) })).toContainText("Dismissed");
});

test("an editor merges two claims: the union of their words, the other dismissed", async ({ page }) => {
  await openNewArticle(page);
  await addClaim(page, "Repairs will cost");
  await page.getByTestId("claim-editor").getByLabel("Summary").fill("First half");
  await page.getByTestId("claim-editor").getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("claim-editor")).toContainText("v2");
  await addClaim(page, "€4 million");
  const tools = page.getByTestId("claim-tools");
  await tools.getByLabel("Merge into this claim").selectOption({ label: "First half" });
  await tools.getByRole("button", { name: "Merge" }).click();
  await expect(quote(page)).toHaveText("Repairs will cost €4 million");
  await expect(claimList(page).getByRole("button", { name: /First half/ })).toContainText("Dismissed");
});

test("an editor accepts a suggestion by key, and undoes a summary edit with the button", async ({ page }) => {
  await openNewArticle(page);
  const list = claimList(page);
  const suggestion = list.getByRole("button").filter({ hasText: "Suggested" }).first();
  await expect(suggestion).toBeVisible();
  const suggestions = await list.getByRole("button").filter({ hasText: "Suggested" }).count();
  await suggestion.click();
  await expect(page.getByTestId("claim-editor")).toBeVisible(); // selected: the page answers keys
  await page.keyboard.press("a");
  await expect(list.getByRole("button").filter({ hasText: "Suggested" })).toHaveCount(suggestions - 1);

  await addClaim(page, "the mayor said");
  const editor = page.getByTestId("claim-editor");
  await editor.getByLabel("Summary").fill("Mayor's estimate");
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(editor).toContainText("v2");
  await page.getByRole("button", { name: "Undo edit of summary" }).click();
  await expect(page.getByTestId("claim-editor")).toContainText("v3");
  await expect(page.getByTestId("claim-editor").getByLabel("Summary")).toHaveValue("");
});

test("an editor picks a known source as claimant from the suggestions, by keyboard", async ({ page }) => {
  await openNewArticle(page);
  // A known source, made through the API as a newsroom's CMS would.
  const name = `Mayor Quillon ${Date.now()}`;
  const articleId = page.url().split("/").at(-1)!;
  const made = await page.request.post("/api/v1/claims", { data: { articleId, start: 0, end: 3, claimant: { name, kind: "person" } } });
  expect(made.status()).toBe(201);
  await page.reload();

  await addClaim(page, "Repairs will cost €4 million");
  const editor = page.getByTestId("claim-editor");
  const claimant = editor.getByRole("combobox", { name: "Claimant" });
  await claimant.fill(name.split(" ").slice(1).join(" ").toLowerCase());
  await expect(page.getByRole("listbox", { name: "Known sources" }).getByRole("option", { name: new RegExp(`${name}.*person`) })).toBeVisible();
  await claimant.press("ArrowDown");
  await claimant.press("Enter");
  await expect(claimant).toHaveValue(name);
  await expect(editor.getByTestId("claimant-source")).toHaveText("Known source (person).");
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(editor).toContainText("v2");
  await expect(claimList(page).getByRole("button", { name: /Repairs will cost €4 million/ }).filter({ hasText: name })).toHaveCount(1);
  const claims = (await (await page.request.get(`/api/v1/articles/${articleId}`)).json()).claims as { claimant: { name: string; sourceId: string } | null }[];
  const sourceIds = new Set(claims.filter((c) => c.claimant?.name === name).map((c) => c.claimant!.sourceId));
  expect(sourceIds.size).toBe(1); // the same source, not a second one
});

test("an editor adds a claim without a mouse: n picks a sentence, braces trim it, Enter adds it", async ({ page }) => {
  await openNewArticle(page);
  await waitForKeys(page);
  const picked = page.getByTestId("new-claim-words");
  await page.keyboard.press("n");
  await expect(picked).toHaveText("New claim (Enter adds it): “The council voted on Tuesday to close the Saint-Pierre bridge.”");
  await page.keyboard.press("n");
  await expect(picked).toContainText("“Repairs will cost €4 million, the mayor said.”");
  // The picked words are highlighted in the text, since the browser has no selection of them.
  await expect(page.locator("[data-new-claim]").first()).toBeVisible();
  for (let i = 0; i < 3; i++) await page.keyboard.press("{");
  await page.keyboard.press("]");
  await expect(picked).toContainText("“will cost €4 million,”");
  await page.keyboard.press("Enter");
  await expect(quote(page)).toHaveText("will cost €4 million,");
  await expect(picked).toHaveCount(0);

  // Esc drops words picked by keys; N goes back a sentence from the selected claim.
  await leaveFields(page);
  await page.keyboard.press("N");
  await expect(picked).toContainText("“The council voted on Tuesday to close the Saint-Pierre bridge.”");
  await page.keyboard.press("Escape");
  await expect(picked).toHaveCount(0);
  await expect(page.locator("[data-new-claim]")).toHaveCount(0);

  // A link to one claim opens the article with that claim selected.
  const id = (await page.getByTestId("claim-editor").getAttribute("data-claim-id"))!;
  await page.goto(`${page.url().split("#")[0]}#claim-${id}`);
  await page.reload();
  await expect(quote(page)).toHaveText("will cost €4 million,");
});
