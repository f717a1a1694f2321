import { expect, type Page } from "@playwright/test";
import { demo, demoPassword } from "./helpers";

/** Adds an article of `text` through the API as the editor and returns its id. */
export async function newArticle(page: Page, text: string, title = `Workspace ${Date.now()}`): Promise<string> {
  const api = page.request;
  await api.post("/api/auth/sign-in/email", { data: { email: demo.editor.email, password: demoPassword() } });
  const created = await (await api.post("/api/v1/articles", { data: { text, title, language: "en" } })).json();
  return created.article.id as string;
}

/** Selects `words` in the article text as a person would with the mouse (the words may cross
 * highlights). */
export async function selectWords(page: Page, words: string) {
  await page.getByTestId("article-text").evaluate((root, target) => {
    const at = (root.textContent ?? "").indexOf(target);
    if (at < 0) throw new Error(`not found: ${target}`);
    const locate = (offset: number): [Node, number] => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent!.length;
        if (offset <= seen + length) return [node, offset - seen];
        seen += length;
      }
      throw new Error("offset outside the text");
    };
    const range = document.createRange();
    range.setStart(...locate(at));
    range.setEnd(...locate(at + target.length));
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    root.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
  }, words);
}

/** Waits until the workspace answers the keyboard (it listens once the page has hydrated), by
 * opening and closing the shortcuts help as a keyboard user would. */
export async function waitForKeys(page: Page) {
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(async () => {
    if (!(await help.isVisible())) await page.keyboard.press("?");
    await expect(help).toBeVisible({ timeout: 1000 });
  }).toPass();
  await page.keyboard.press("Escape");
  await expect(help).toHaveCount(0);
}
