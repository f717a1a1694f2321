// Latency figures of issues 4 and 5 against a running app (npm start), through its real HTTP API:
//   - an article with 300 claims: its page served (server render, medians of 5)
//   - saving a claim edit (PATCH), a transition with its history row (POST transitions): medians
//   - 50 concurrent approvals of different claims; 20 concurrent approvals of one claim
// Usage: BASE_URL=http://localhost:3000 DEMO_PASSWORD=… npm run bench:claims-api
import { articleWith300Claims, session as signIn, timed } from "./bench-article";
import { median, report } from "./measure";

const base = process.env.BASE_URL ?? "http://localhost:3000";
const password = process.env.DEMO_PASSWORD;
if (!password) throw new Error("Set DEMO_PASSWORD to the demo accounts' password.");

async function main() {
  const session = (email: string) => signIn(base, email, password!);
  const editor = await session("editor@example.org");
  const reviewer = await session("reviewer@example.org");
  const { articleId, claims } = await articleWith300Claims(editor);
  const pageTimes: number[] = [];
  const cookieless = await session("editor@example.org");
  for (let i = 0; i < 6; i++) {
    const [ms, r] = await timed(() => cookieless("GET", `/articles/${articleId}`));
    if (r.status !== 200) throw new Error(`article page: ${r.status}`);
    if (i > 0) pageTimes.push(ms);
  }

  const saves: number[] = [];
  for (let i = 0; i < 60; i++) {
    const claim = claims[i]!;
    const [ms, r] = await timed(() => editor("PATCH", `/api/v1/claims/${claim.id}`, { version: claim.version, summary: `Ships waiting ${i}`, verdict: "true", rationale: "Port log.", evidence: [{ url: "https://example.org/log" }] }));
    if (r.status !== 200) throw new Error(`save: ${r.status} ${JSON.stringify(r.json)}`);
    claim.version = r.json.version;
    if (i >= 10) saves.push(ms);
  }
  const transitions: number[] = [];
  for (let i = 0; i < 60; i++) {
    const claim = claims[i]!;
    const [ms, r] = await timed(() => editor("POST", `/api/v1/claims/${claim.id}/transitions`, { version: claim.version, action: "submit" }));
    if (r.status !== 200) throw new Error(`submit: ${r.status} ${JSON.stringify(r.json)}`);
    claim.version = r.json.version;
    if (i >= 10) transitions.push(ms);
  }
  const fifty = claims.slice(0, 50);
  const approvals = await Promise.all(fifty.map((c) => reviewer("POST", `/api/v1/claims/${c.id}/transitions`, { version: c.version, action: "approve" })));
  const one = claims[55]!;
  const race = await Promise.all(Array.from({ length: 20 }, () => reviewer("POST", `/api/v1/claims/${one.id}/transitions`, { version: one.version, action: "approve" })));
  const { json: history } = await editor("GET", `/api/v1/claims/${one.id}/history`);

  console.log("");
  report("article page with 300 claims (server render)", pageTimes, "ms", "< 1000 ms");
  report("save a claim edit (PATCH)", saves, "ms", "< 100 ms");
  report("transition with its history row", transitions, "ms", "< 50 ms");
  console.log(`50 concurrent approvals of different claims: ${approvals.filter((r) => r.status === 200).length} succeeded, ${approvals.filter((r) => r.status !== 200).length} failed`);
  console.log(
    `20 concurrent approvals of one claim: ${race.filter((r) => r.status === 200).length} applied, ${race.filter((r) => r.status === 409).length} answered 409; ` +
      `history: ${history.items.filter((e: { type: string; after: { status?: string } }) => e.type === "claim_transitioned" && e.after.status === "approved").length} approval row(s)`,
  );
  console.log(`medians: page ${median(pageTimes).toFixed(0)} ms, save ${median(saves).toFixed(1)} ms, transition ${median(transitions).toFixed(1)} ms`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
