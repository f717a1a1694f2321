import { expect, test } from "@playwright/test";
import { demo, signIn } from "./helpers";

test("an admin creates a user, changes their role, and the new user can sign in", async ({ page, browser }) => {
  const email = `desk-${Date.now()}@newsroom.test`;
  await signIn(page, demo.admin.email);
  await page.getByRole("link", { name: "Users" }).click();
  await expect(page.getByRole("cell", { name: demo.editor.email, exact: true })).toBeVisible();

  const form = page.getByRole("region", { name: "New user" });
  await form.getByLabel("Name").fill("Desk Editor");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Initial password").fill("short");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByText("At least 8 characters.")).toBeVisible();
  await expect(form.getByLabel("Email")).toHaveValue(email); // nothing typed is lost

  await form.getByLabel("Initial password").fill("a-long-enough-password");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByRole("status")).toHaveText(`Created ${email} (editor).`);

  const row = page.getByRole("row").filter({ hasText: email });
  await row.getByLabel(`Role of ${email}`).selectOption("reviewer");
  await row.getByRole("button", { name: "Change role" }).click();
  await expect(row.getByRole("status")).toHaveText(`${email} is now reviewer.`);

  const other = await browser.newContext();
  const newcomer = await other.newPage();
  await signIn(newcomer, email, "a-long-enough-password");
  await expect(newcomer.getByTestId("current-role")).toHaveText("Reviewer");
  await other.close();
});
