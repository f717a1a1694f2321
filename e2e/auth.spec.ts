import { expect, test } from "@playwright/test";
import { demo, signIn } from "./helpers";

for (const [key, account] of Object.entries(demo)) {
  test(`the ${key} signs in and sees their name and role in the header`, async ({ page }) => {
    await signIn(page, account.email);
    await expect(page.getByTestId("current-role")).toHaveText(account.role);
    await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
    const usersLink = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" });
    await expect(usersLink).toHaveCount(key === "admin" ? 1 : 0);
  });
}

test("a wrong password shows an error and keeps the email typed", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(demo.reviewer.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("Wrong email or password.");
  await expect(page.getByLabel("Email")).toHaveValue(demo.reviewer.email);
  await expect(page).toHaveURL(/\/login$/);
});

test("a signed-out visitor is sent to the login page", async ({ page }) => {
  for (const path of ["/", "/articles", "/admin/users"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/login$/);
  }
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, demo.editor.email);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/articles");
  await expect(page).toHaveURL(/\/login$/);
  const api = await page.request.get("/api/v1/articles");
  expect(api.status()).toBe(401);
});

test("an editor cannot open the admin page", async ({ page }) => {
  await signIn(page, demo.editor.email);
  await page.goto("/admin/users");
  await expect(page).not.toHaveURL(/\/admin\/users/);
  await expect(page.getByRole("alert").filter({ hasText: "needs another role" })).toBeVisible();
});
