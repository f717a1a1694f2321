import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchArticleUrl } from "./fetch-article-url";

// A local web server standing in for news sites: tests allow private addresses, as an admin can.
let server: Server;
let base: string;
const page = `<!doctype html><html lang="en"><head><title>Port strike</title></head><body><article><p>${"The port was closed on Monday, officials said. ".repeat(20)}</p></article></body></html>`;

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? "/";
    if (path === "/article") return response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
    if (path.startsWith("/loop")) return response.writeHead(302, { location: `/loop${path.length}` }).end();
    if (path === "/moved") return response.writeHead(301, { location: "/article" }).end();
    if (path === "/pdf") return response.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.7");
    if (path === "/huge") {
      response.writeHead(200, { "content-type": "text/html" });
      const chunk = "<p>" + "x".repeat(64 * 1024) + "</p>";
      for (let i = 0; i < 40; i++) response.write(chunk);
      return response.end();
    }
    if (path === "/slow") return; // never answers
    response.writeHead(404, { "content-type": "text/html" }).end("not here");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});


describe("fetchArticleUrl", () => {
  it("fetches an HTML page, following redirects", async () => {
    const fetched = await fetchArticleUrl(`${base}/moved`, { allowPrivate: true });
    expect(fetched.url).toBe(`${base}/article`);
    expect(fetched.html).toContain("The port was closed");
  });

  it("refuses private and loopback addresses unless allowed", async () => {
    const error = await expectAppError(fetchArticleUrl(`${base}/article`, { allowPrivate: false }));
    expect(error.fields?.url?.[0]).toMatch(/private or local address/);
    const byName = await expectAppError(fetchArticleUrl(`http://localhost:${new URL(base).port}/article`, { allowPrivate: false }));
    expect(byName.fields?.url?.[0]).toMatch(/private or local address/);
  });

  it("names the problem: 404, not HTML, too many redirects, too large, too slow", async () => {
    expect((await expectAppError(fetchArticleUrl(`${base}/missing`, { allowPrivate: true }))).fields?.url?.[0]).toMatch(/answered 404/);
    expect((await expectAppError(fetchArticleUrl(`${base}/pdf`, { allowPrivate: true }))).fields?.url?.[0]).toMatch(/not a web page \(it is application\/pdf\)/);
    expect((await expectAppError(fetchArticleUrl(`${base}/loop`, { allowPrivate: true }))).fields?.url?.[0]).toMatch(/redirected more than 5 times/);
    expect((await expectAppError(fetchArticleUrl(`${base}/huge`, { allowPrivate: true }))).code).toBe("payload_too_large");
    expect((await expectAppError(fetchArticleUrl(`${base}/slow`, { allowPrivate: true, timeoutMs: 500 }))).fields?.url?.[0]).toMatch(/did not answer within 0.5 seconds/);
  });

  it("refuses addresses that are not http(s) web addresses", async () => {
    for (const bad of ["file:///etc/passwd", "ftp://example.org/a", "not a url", "http://user:pw@example.org/"]) {
      expect((await expectAppError(fetchArticleUrl(bad, { allowPrivate: true }))).code).toBe("validation_failed");
    }
  });
});
