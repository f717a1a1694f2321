// Figures of issue 4 for the editor's workspace, against a running production build (npm run build
// && npm start) with Debian's Chromium driven by Playwright:
//   - an article with 300 claims, "to interactive": from navigation start until the claims list
//     answers a keypress (`j` selects the first claim), i.e. the page is rendered and hydrated.
//     A script injected before the page's own polls every 10 ms by sending `j`.
//     The same for an article with one claim, as the baseline of this machine.
//   - a span edit, a split and a merge through the JSON API (server time, medians).
// Usage: BASE_URL=http://localhost:3000 DEMO_PASSWORD=… npm run bench:workspace
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { articleWith300Claims, benchSentence, session, timed } from "./bench-article";
import { median, report } from "./measure";

const base = process.env.BASE_URL ?? "http://localhost:3000";
const password = process.env.DEMO_PASSWORD;
if (!password) throw new Error("Set DEMO_PASSWORD to the demo accounts' password.");
const runs = Number(process.env.RUNS ?? 7);
const executablePath = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

declare global {
  interface Window {
    __interactive?: number;
  }
}

type PageTimes = { interactive: number[]; domContentLoaded: number[]; responseEnd: number[] };

async function toInteractive(articleId: string, cookie: string): Promise<PageTimes> {
  const browser = await chromium.launch({ executablePath, args: ["--disable-background-networking", "--no-first-run", "--disable-dev-shm-usage"] });
  const interactive: number[] = [];
  const domContentLoaded: number[] = [];
  const responseEnd: number[] = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const host = new URL(base).hostname;
    await context.addCookies(cookie.split("; ").map((pair) => {
      const [name, ...value] = pair.split("=");
      return { name: name!, value: value.join("="), domain: host, path: "/" };
    }));
    await context.addInitScript(() => {
      const poll = setInterval(() => {
        // Sent from the body, as a real keypress on the page is; it bubbles to the window.
        document.body?.dispatchEvent(new KeyboardEvent("keydown", { key: "j", bubbles: true }));
        if (document.querySelector('[aria-current="true"][type="button"]')) {
          window.__interactive = performance.now(); // milliseconds since navigation start
          clearInterval(poll);
        }
      }, 10);
    });
    for (let i = 0; i <= runs; i++) {
      const page = await context.newPage();
      await page.goto(`${base}/articles/${articleId}`);
      await page.waitForFunction(() => window.__interactive !== undefined, undefined, { timeout: 30_000 });
      const [ms, dcl, html] = await page.evaluate(() => {
        const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
        return [window.__interactive!, navigation.domContentLoadedEventEnd, navigation.responseEnd];
      });
      if (i > 0) {
        interactive.push(ms);
        domContentLoaded.push(dcl);
        responseEnd.push(html);
      }
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return { interactive, domContentLoaded, responseEnd };
}

async function main() {
  const editor = await session(base, "editor@example.org", password!);
  // The same page with one claim: what any page costs on this machine, to tell it from what 300
  // claims add.
  const { json: small } = await editor("POST", "/api/v1/articles", { text: benchSentence(0), title: `Bench small ${Date.now()}`, language: "en" });
  const baseline = await toInteractive(small.article.id, editor.cookie);
  const { articleId, claims } = await articleWith300Claims(editor);
  const { interactive, domContentLoaded, responseEnd } = await toInteractive(articleId, editor.cookie);
  report("article with 1 claim: to interactive", baseline.interactive, "ms");

  if (process.env.PAGE_ONLY) {
    report("article with 300 claims: to interactive", interactive, "ms", "< 1000 ms");
    report("article with 300 claims: HTML received", responseEnd, "ms");
    report("article with 300 claims: DOMContentLoaded", domContentLoaded, "ms");
    return;
  }
  const spans: number[] = [];
  const splits: number[] = [];
  const merges: number[] = [];
  for (let i = 0; i < 40; i++) {
    const claim = claims[i]!;
    const { json: current } = await editor("GET", `/api/v1/claims/${claim.id}`);
    const [spanMs, moved] = await timed(() => editor("PATCH", `/api/v1/claims/${claim.id}`, { version: current.version, start: current.anchor.start + 10 }));
    if (moved.status !== 200) throw new Error(`span: ${moved.status} ${JSON.stringify(moved.json)}`);
    const [splitMs, split] = await timed(() => editor("POST", `/api/v1/claims/${claim.id}/split`, { version: moved.json.version, at: moved.json.anchor.start + 20 }));
    if (split.status !== 201) throw new Error(`split: ${split.status} ${JSON.stringify(split.json)}`);
    const [mergeMs, merged] = await timed(() =>
      editor("POST", `/api/v1/claims/${claim.id}/merge`, { version: split.json.claim.version, otherId: split.json.newClaim.id, otherVersion: split.json.newClaim.version }),
    );
    if (merged.status !== 200) throw new Error(`merge: ${merged.status} ${JSON.stringify(merged.json)}`);
    if (i >= 5) {
      spans.push(spanMs);
      splits.push(splitMs);
      merges.push(mergeMs);
    }
  }

  console.log("");
  report("article with 300 claims: to interactive", interactive, "ms", "< 1000 ms");
  report("article with 300 claims: HTML received", responseEnd, "ms");
  report("article with 300 claims: DOMContentLoaded", domContentLoaded, "ms");
  report("save a span edit (PATCH start)", spans, "ms", "< 100 ms");
  report("split a claim (POST split)", splits, "ms");
  report("merge two claims (POST merge)", merges, "ms");
  console.log(`medians: to interactive ${median(interactive).toFixed(0)} ms, span ${median(spans).toFixed(1)} ms, split ${median(splits).toFixed(1)} ms, merge ${median(merges).toFixed(1)} ms`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
