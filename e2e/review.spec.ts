import { expect, test, type Page } from "@playwright/test";
import { demo, demoPassword, signIn } from "./helpers";

async function claimReadyForReview(page: Page, words: string): Promise<string> {
  const api = page.request;
  await api.post("/api/auth/sign-in/email", { data: { email: demo.editor.email, password: demoPassword() } });
  const text = `${words} The figures come from the port authority.`;
  const { article } = await (await api.post("/api/v1/articles", { data: { text, title: `Review ${Date.now()}`, language: "en" } })).json();
  await api.post("/api/v1/claims", { data: { articleId: article.id, start: 0, end: Array.from(words).length, summary: words } });
  return article.id as string;
}

test("the editor submits a claim with its verdict; a reviewer sends it back, then approves it", async ({ page, browser }) => {
  const words = "Forty ships waited outside the port on Monday.";
  await signIn(page, demo.editor.email);
  const articleId = await claimReadyForReview(page, words);
  await page.goto(`/articles/${articleId}`);
  await page.getByRole("list").getByRole("button").filter({ has: page.getByText(words, { exact: true }) }).click();
  const editor = page.getByTestId("claim-editor");

  await editor.getByRole("button", { name: "Submit for review" }).click();
  await expect(editor.getByRole("alert")).toContainText("verdict");

  await editor.getByLabel("Verdict").selectOption("mostly_true");
  await editor.getByLabel("Rationale").fill("The port authority's log lists 38 ships.");
  await editor.getByLabel(/Evidence/).fill("https://example.org/port-log daily log");
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(editor).toContainText("v2");
  await editor.getByRole("button", { name: "Submit for review" }).click();
  await expect(editor).toContainText("in review");
  await expect(editor.getByRole("button", { name: "Approve" })).toHaveCount(0); // editors do not review

  const reviewerContext = await browser.newContext();
  const reviewer = await reviewerContext.newPage();
  await signIn(reviewer, demo.reviewer.email);
  await reviewer.getByRole("link", { name: "Review", exact: true }).click();
  await expect(reviewer.getByRole("list", { name: "Claims to review" })).toContainText(words);
  await reviewer.goto(`/articles/${articleId}`);
  await reviewer.getByRole("list").getByRole("button").filter({ has: reviewer.getByText(words, { exact: true }) }).click();
  const panel = reviewer.getByTestId("claim-editor");
  await panel.getByRole("button", { name: "Request changes" }).click();
  await expect(panel.getByRole("alert")).toContainText(/comment/i);
  await panel.getByLabel(/Comment for the editor/).fill("The log says 38, not 40: adjust the verdict.");
  await panel.getByRole("button", { name: "Request changes" }).click();
  await expect(panel).toContainText("changes requested");

  await page.getByRole("link", { name: "My claims" }).click();
  await expect(page.getByRole("list", { name: "My claims" })).toContainText("The log says 38, not 40: adjust the verdict.");
  await page.goto(`/articles/${articleId}`);
  await page.getByRole("list").getByRole("button").filter({ has: page.getByText(words, { exact: true }) }).click();
  await page.getByTestId("claim-editor").getByLabel("Rationale").fill("The port authority's log lists 38 ships; close to forty.");
  await page.getByTestId("claim-editor").getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("claim-editor")).toContainText("v5"); // created, edited, submitted, sent back, edited
  await page.getByTestId("claim-editor").getByRole("button", { name: "Submit for review" }).click();
  // The heading, not the whole panel: the panel's history already says "submit → in review".
  await expect(page.getByTestId("claim-editor").getByRole("heading", { level: 2 }).first()).toContainText("· in review");

  await reviewer.reload();
  await reviewer.getByRole("list").getByRole("button").filter({ has: reviewer.getByText(words, { exact: true }) }).click();
  await reviewer.getByTestId("claim-editor").getByRole("button", { name: "Approve" }).click();
  // The heading, not the whole panel: the panel of a claim in review already says "frozen while in
  // review or approved", which would let the test reload before the approval is saved.
  await expect(reviewer.getByTestId("claim-editor").getByRole("heading", { level: 2 }).first()).toContainText("· approved");
  await reviewer.reload();
  await expect(reviewer.getByTestId("recent-activity").locator("li").first()).toContainText("approve → approved");
  await expect(reviewer.getByTestId("recent-activity")).toContainText("The log says 38, not 40");

  const history = await (await reviewer.request.get(`/api/v1/articles/${articleId}`)).json();
  const claim = history.claims.find((c: { quote: string }) => c.quote === words);
  const events = await (await reviewer.request.get(`/api/v1/claims/${claim.id}/history`)).json();
  expect(events.items.filter((e: { type: string }) => e.type === "claim_transitioned").map((e: { after: { status: string } }) => e.after.status)).toEqual([
    "in_review",
    "changes_requested",
    "in_review",
    "approved",
  ]);

  // Once approved, the panel links to the claim's public page.
  await reviewer.getByRole("list").getByRole("button").filter({ has: reviewer.getByText(words, { exact: true }) }).click();
  await reviewer.getByTestId("public-page-link").click();
  await expect(reviewer).toHaveURL(new RegExp(`/fact-checks/${claim.id}$`));
  await expect(reviewer.getByTestId("public-verdict")).toBeVisible();
  await reviewerContext.close();
});

test("a reviewer cannot approve a claim they created", async ({ page }) => {
  const words = "The harbour master resigned on Friday.";
  await signIn(page, demo.reviewer.email);
  const api = page.request;
  const { article } = await (await api.post("/api/v1/articles", { data: { text: words, title: `Own ${Date.now()}`, language: "en" } })).json();
  const claim = await (await api.post("/api/v1/claims", { data: { articleId: article.id, start: 0, end: Array.from(words).length, verdict: "true", rationale: "Council minutes.", evidence: [{ url: "https://example.org/minutes" }] } })).json();
  await api.post(`/api/v1/claims/${claim.id}/transitions`, { data: { version: claim.version, action: "submit" } });
  await page.goto(`/articles/${article.id}`);
  await page.getByRole("list").getByRole("button").filter({ has: page.getByText(words, { exact: true }) }).click();
  // The workflow module does not offer the review to its author, and says why; the API refuses it too.
  await expect(page.getByTestId("claim-editor").getByRole("button", { name: "Approve" })).toHaveCount(0);
  await expect(page.getByTestId("four-eyes")).toContainText("someone else must review it");
  const submitted = await (await api.get(`/api/v1/claims/${claim.id}`)).json();
  const refused = await api.post(`/api/v1/claims/${claim.id}/transitions`, { data: { version: submitted.version, action: "approve" } });
  expect(refused.status()).toBe(403);
});

test("comments show in the claim's history as text, with links made clickable", async ({ page }) => {
  const words = "The ferry service will stop on 1 March.";
  await signIn(page, demo.editor.email);
  const articleId = await claimReadyForReview(page, words);
  await page.goto(`/articles/${articleId}`);
  await page.getByRole("list").getByRole("button").filter({ has: page.getByText(words, { exact: true }) }).click();
  const timeline = page.getByTestId("timeline");
  await expect(timeline).toContainText("Created");
  await page.getByLabel("Comment", { exact: true }).fill("<b>Check</b> the timetable: https://example.org/ferry");
  await page.getByRole("button", { name: "Add comment" }).click();
  await expect(timeline).toContainText("<b>Check</b> the timetable:");
  await expect(timeline.getByRole("link", { name: "https://example.org/ferry" })).toHaveAttribute("rel", /noopener/);
  await expect(timeline.locator("b")).toHaveCount(0);
});
