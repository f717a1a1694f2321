import { expect, type APIRequestContext, type Page, type request as requestFactory } from "@playwright/test";

export const demoPassword = () => {
  const password = process.env.DEMO_PASSWORD;
  if (!password) throw new Error("DEMO_PASSWORD is not set: run the e2e tests through `npm run test:e2e`.");
  return password;
};

export const demo = {
  editor: { email: "editor@example.org", role: "Editor" },
  reviewer: { email: "reviewer@example.org", role: "Reviewer" },
  admin: { email: "admin@example.org", role: "Admin" },
} as const;

/** Signs in through the real login form, as a person would. */
export async function signIn(page: Page, email: string, password = demoPassword()): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/articles$/);
}

/** An API client signed in as `email` with the session cookie, as a newsroom's tool would be. */
export async function signedIn(playwright: typeof requestFactory, baseURL: string | undefined, email: string): Promise<APIRequestContext> {
  const api = await playwright.newContext({ baseURL });
  const response = await api.post("/api/auth/sign-in/email", { data: { email, password: demoPassword() } });
  expect(response.status()).toBe(200);
  return api;
}
