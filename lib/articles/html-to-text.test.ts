import { describe, expect, it } from "vitest";
import { htmlToText } from "./html-to-text";
import { markdownToText } from "./markdown-to-text";

describe("htmlToText", () => {
  it("keeps the main content as paragraphs and drops navigation and scripts", () => {
    const html = `<!doctype html><html><head><title>Floods hit the valley</title>
      <script>window.evil = true; document.write("INJECTED")</script></head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article><h1>Floods hit the valley</h1>
      <p>Officials said on Monday that 42 people had been evacuated after the river burst its banks in the night, flooding the lower town.</p>
      <p>“We are doing everything we can,” the mayor, Jane Doe, told reporters gathered outside the town hall on Monday morning.</p>
      <p>According to the regional government, the damage could exceed $3 million, and insurers expect claims to keep rising this week.</p>
      </article><footer>© 2026 Example News</footer></body></html>`;
    const { title, text } = htmlToText(html);
    expect(title).toBe("Floods hit the valley");
    expect(text.startsWith("Floods hit the valley\n")).toBe(true);
    expect(text).toContain("Officials said on Monday that 42 people had been evacuated");
    expect(text).toMatch(/flooding the lower town\.\n\n“We are doing/);
    expect(text).not.toContain("INJECTED");
    expect(text).not.toContain("evil");
  });
});

describe("htmlToText on fragments", () => {
  it("accepts an HTML fragment without <html> or <body>", () => {
    expect(htmlToText("<p>Le ministre a déclaré que 3 écoles fermeront.</p>").text).toBe("Le ministre a déclaré que 3 écoles fermeront.");
  });
});

describe("markdownToText", () => {
  it("strips markdown syntax and keeps paragraphs", () => {
    const md = "# Title\n\nThe **mayor** said [on Twitter](https://x.com) that *42* people left.\n\n> A quote\n- item";
    expect(markdownToText(md)).toBe("Title\n\nThe mayor said on Twitter that 42 people left.\n\nA quote\nitem");
  });
});
