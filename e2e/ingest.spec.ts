import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { demo, demoPassword, signIn } from "./helpers";

const pasted = [
  "Le maire de Lorient a annoncé lundi la fermeture du pont Saint-Christophe pour six mois de travaux.",
  "« Le pont n’est plus sûr pour les poids lourds », a déclaré Anne Le Goff, adjointe chargée des transports.",
  "Lire aussi : Les dix plus beaux ponts de Bretagne",
  "Selon un rapport du Cerema, la corrosion aurait atteint 30 % des câbles.",
].join("\n\n");

test("an editor pastes an article and gets its suggested claims highlighted in the text", async ({ page }) => {
  await signIn(page, demo.editor.email);
  await page.getByRole("link", { name: "Add article" }).click();
  await page.getByLabel("Text", { exact: true }).fill(pasted);
  await page.getByLabel("Outlet").fill("Le Télégramme de test");
  await page.getByRole("button", { name: "Add article and suggest claims" }).click();
  await expect(page).toHaveURL(/\/articles\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("article-text")).toContainText("Le maire de Lorient");
  await expect(page.getByRole("heading", { name: /Claims \([1-9]\d*\)/ })).toBeVisible();
  await expect(page.locator("mark").first()).toBeVisible();
  await expect(page.getByTitle("Not part of the article")).toContainText("Lire aussi");
});

test("a refused article keeps everything the editor typed", async ({ page }) => {
  await signIn(page, demo.editor.email);
  await page.goto("/articles/new");
  await page.getByLabel("Outlet").fill("Kept outlet");
  await page.getByRole("button", { name: "Add article and suggest claims" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toContainText("Give the article");
  await expect(page.getByLabel("Outlet")).toHaveValue("Kept outlet");
});

test.describe("POST /api/v1/articles", () => {
  test("creates the article with its claims, and refuses bad input naming the problem", async ({ playwright, baseURL }) => {
    const api = await playwright.request.newContext({ baseURL });
    await api.post("/api/auth/sign-in/email", { data: { email: demo.editor.email, password: demoPassword() } });

    const created = await api.post("/api/v1/articles", { data: { text: "The harbour master said on Monday that 40 ships were waiting outside the port.", title: "Harbour" } });
    expect(created.status()).toBe(201);
    const body = await created.json();
    expect(body.article.title).toBe("Harbour");
    expect(body.article.language).toBe("en");
    expect(Array.isArray(body.claims)).toBe(true);

    const malformed = await api.post("/api/v1/articles", { data: Buffer.from("{oops"), headers: { "content-type": "application/json" } });
    expect(malformed.status()).toBe(400);
    const both = await api.post("/api/v1/articles", { data: { text: "a", url: "https://example.org/" } });
    expect(both.status()).toBe(422);
    expect(Object.keys((await both.json()).error.fields).sort()).toEqual(["text", "url"]);
    const wrongType = await api.post("/api/v1/articles", { data: { text: 42 } });
    expect(wrongType.status()).toBe(422);
    expect((await wrongType.json()).error.fields).toHaveProperty("text");
    const tooLarge = await api.post("/api/v1/articles", { data: { text: "a".repeat(2 * 1024 * 1024 + 10) } });
    expect(tooLarge.status()).toBe(413);
    await api.dispose();
  });
});

test.describe("articles from a web address", () => {
  let server: Server;
  let base: string;
  test.beforeAll(async () => {
    server = createServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(
        `<html lang="en"><head><title>Water report</title><meta property="og:site_name" content="Local Gazette"></head><body><nav>Home | World</nav><article><h1>Water report</h1><p>${"The council said on Tuesday that lead levels had doubled since 2024. ".repeat(6)}</p></article><aside>Subscribe to our newsletter</aside></body></html>`,
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(() => server.close());

  test("a local address is refused until an admin allows private addresses", async ({ page, browser }) => {
    await signIn(page, demo.editor.email);
    await page.goto("/articles/new");
    await page.getByLabel("Link to a web page").check();
    await page.getByLabel("Web address").fill(`${base}/water`);
    await page.getByRole("button", { name: "Add article and suggest claims" }).click();
    await expect(page.getByText(/private or local address/).first()).toBeVisible();
    await expect(page.getByLabel("Web address")).toHaveValue(`${base}/water`);

    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await signIn(admin, demo.admin.email);
    await admin.getByRole("link", { name: "Settings" }).click();
    await admin.getByLabel("Allow article links to private and local addresses").check();
    await admin.getByRole("button", { name: "Save settings" }).click();
    await expect(admin.getByRole("status")).toHaveText("Settings saved.");

    await page.getByRole("button", { name: "Add article and suggest claims" }).click();
    await expect(page).toHaveURL(/\/articles\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Water report");
    await expect(page.getByText("Local Gazette")).toBeVisible();

    await admin.getByLabel("Allow article links to private and local addresses").uncheck();
    await admin.getByRole("button", { name: "Save settings" }).click();
    await expect(admin.getByRole("status")).toHaveText("Settings saved.");
    await adminContext.close();
  });
});

test("an editor uploads a Markdown file; a file that is not UTF-8 is refused with the reason", async ({ page }) => {
  await signIn(page, demo.editor.email);
  await page.goto("/articles/new");
  await page.getByLabel("Upload a file").check();
  await page.getByLabel(/^File/).setInputFiles({ name: "latin1.txt", mimeType: "text/plain", buffer: Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]) });
  await page.getByRole("button", { name: "Add article and suggest claims" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toContainText("not UTF-8");

  await page.getByLabel(/^File/).setInputFiles({
    name: "bridge.md",
    mimeType: "text/markdown",
    buffer: Buffer.from("# Bridge to close\n\nThe **mayor** said on Monday that the bridge will close for six months, officials confirmed.\n"),
  });
  await page.getByRole("button", { name: "Add article and suggest claims" }).click();
  await expect(page).toHaveURL(/\/articles\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bridge to close");
  await expect(page.getByTestId("article-text")).not.toContainText("**");
});
