import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demo, signedIn, signIn } from "./helpers";
import { newArticle, waitForKeys } from "./workspace-helpers";

// The pages editors and reviewers work in, checked against WCAG 2.1 A and AA by axe-core: names for
// every control, contrast, landmarks, no ARIA misuse. A screen-reader user depends on exactly these.
const wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function expectNoViolations(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(wcag).analyze();
  const found = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join("\n  ")}`);
  expect(found, `accessibility problems on ${where}`).toEqual([]);
}

test("the sign-in page meets WCAG 2.1 AA", async ({ page }) => {
  await page.goto("/login");
  await expectNoViolations(page, "the sign-in page");
});

test("the editor's pages meet WCAG 2.1 AA: articles, new article, workspace with a claim open, shortcuts help, search, my claims", async ({ page }) => {
  // Six pages, each fully scanned by axe: on a loaded CI machine this takes longer than one page's
  // default budget.
  test.slow();
  await signIn(page, demo.editor.email);
  await expectNoViolations(page, "the article list");

  await page.goto("/articles/new");
  await expectNoViolations(page, "the new article form");

  // With a line of boilerplate, which the workspace shows struck through.
  const text = "The council voted on Tuesday to close the bridge.\n\nRead more: Ten bridges to see this summer\n\nRepairs will cost €4 million, the mayor said.";
  const id = await newArticle(page, text);
  await page.goto(`/articles/${id}`);
  await waitForKeys(page);
  await expect(page.getByTitle("Not part of the article")).toBeVisible();
  await expectNoViolations(page, "the workspace");

  await page.keyboard.press("j");
  await expect(page.getByTestId("claim-editor")).toBeVisible();
  await expectNoViolations(page, "the workspace with a claim selected");

  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await expectNoViolations(page, "the shortcuts help");
  await page.keyboard.press("Escape");

  await page.goto("/search?q=bridge");
  await expectNoViolations(page, "the search page");

  await page.goto("/my-claims");
  await expectNoViolations(page, "my claims");
});

test("the reviewer's queue and a claim in review meet WCAG 2.1 AA", async ({ page, playwright, baseURL }) => {
  const editor = await signedIn(playwright.request, baseURL, demo.editor.email);
  const { article } = await (await editor.post("/api/v1/articles", { data: { text: "The mayor said on Monday that the bridge will close for six months.", language: "en" } })).json();
  const claim = await (await editor.post("/api/v1/claims", { data: { articleId: article.id, start: 30, end: 67 } })).json();
  await editor.patch(`/api/v1/claims/${claim.id}`, { data: { version: 1, verdict: "true", rationale: "Council notice.", evidence: [{ url: "https://example.org/notice" }] } });
  expect((await editor.post(`/api/v1/claims/${claim.id}/transitions`, { data: { version: 2, action: "submit" } })).status()).toBe(200);

  await signIn(page, demo.reviewer.email);
  await page.goto("/review");
  await expect(page.getByRole("list", { name: "Claims to review" })).toContainText("the bridge will close for six months");
  await expectNoViolations(page, "the review queue");

  await page.goto(`/articles/${article.id}#claim-${claim.id}`);
  await expect(page.getByTestId("claim-editor").getByRole("button", { name: "Approve" })).toBeVisible();
  await expectNoViolations(page, "a claim in review, as the reviewer sees it");
});

test("the admin's pages meet WCAG 2.1 AA: users, API tokens, settings", async ({ page }) => {
  await signIn(page, demo.admin.email);
  for (const [path, where] of [["/admin/users", "the users page"], ["/admin/tokens", "the API tokens page"], ["/admin/settings", "the settings page"]] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoViolations(page, where);
  }
});

test("in the workspace, Tab starts with a skip link, focus is always visible, and the claims come in text order", async ({ page }) => {
  await signIn(page, demo.editor.email);
  const id = await newArticle(page, "The council voted on Tuesday to close the bridge. Repairs will cost €4 million, the mayor said. The engineer said the bridge is unsafe.");
  await page.goto(`/articles/${id}`);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  const back = page.getByRole("link", { name: "← Articles" });
  await expect(back).toBeFocused(); // the menu was skipped

  await waitForKeys(page);
  await page.keyboard.press("j");
  await expect(page.getByTestId("claim-editor")).toBeVisible();
  await back.focus();

  // Walk the page with Tab to the last control of the workspace, noting each stop.
  const stops: { tag: string; name: string; outline: string }[] = [];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { tag: el.tagName, name: el.getAttribute("aria-label") ?? el.textContent?.trim() ?? "", outline: `${style.outlineStyle} ${style.outlineWidth}` };
    });
    stops.push(stop);
    if (stop.name === "Correct the article") break;
  }
  expect(stops.at(-1)?.name).toBe("Correct the article");
  for (const stop of stops) expect(stop.outline, `focus outline on "${stop.name}"`).toMatch(/^solid [2-9]px$/);
  const names = stops.map((stop) => stop.name);
  const buttons = stops.filter((stop) => stop.tag === "BUTTON").map((stop) => stop.name);
  for (const control of ["Start of the claim", "End of the claim", "Save", "Dismiss"]) expect(names).toContain(control);
  const claimStops = buttons.filter((name) => /^(The council voted|Repairs will cost|the bridge is unsafe)/.test(name)).map((name) => name.slice(0, 12));
  expect(claimStops).toEqual(["The council ", "Repairs will", "the bridge i"]);
});
