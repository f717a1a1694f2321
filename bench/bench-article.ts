// Shared set-up of the bench scripts that run against a live app: a signed-in JSON client, and an
// article with 300 claims.

export type Client = (method: string, path: string, body?: unknown) => Promise<{ status: number; json: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Signs in as `email` and returns a JSON client carrying the session cookie (and the cookie). */
export async function session(base: string, email: string, password: string): Promise<Client & { cookie: string }> {
  const response = await fetch(`${base}/api/auth/sign-in/email`, { method: "POST", headers: { "content-type": "application/json", origin: base }, body: JSON.stringify({ email, password }) });
  if (!response.ok) throw new Error(`sign-in as ${email}: ${response.status}`);
  const cookie = response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const client = async (method: string, path: string, body?: unknown) => {
    const r = await fetch(`${base}${path}`, { method, headers: { cookie, "content-type": "application/json", origin: base }, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await r.text();
    return { status: r.status, json: text.startsWith("{") ? JSON.parse(text) : text };
  };
  return Object.assign(client, { cookie });
}

export const benchSentence = (i: number) => `Officials said on Monday that ${i + 10} ships were waiting outside port number ${i}.`;

/** An article with exactly 300 claims: 150 sentences the extractor suggests a claim on each, and
 * 150 claims made by hand on whole sentences, so both kinds are on the page. */
export async function articleWith300Claims(editor: Client): Promise<{ articleId: string; claims: { id: string; version: number }[] }> {
  const text = Array.from({ length: 150 }, (_, i) => benchSentence(i)).join("\n\n");
  const { json: created } = await editor("POST", "/api/v1/articles", { text, title: `Bench ${Date.now()}`, language: "en" });
  const articleId = created.article.id as string;
  const claims: { id: string; version: number }[] = created.claims.map((c: { id: string; version: number }) => ({ id: c.id, version: c.version }));
  let offset = 0;
  for (let i = 0; claims.length < 300; i = (i + 1) % 150) {
    if (i === 0) offset = 0;
    const length = Array.from(benchSentence(i)).length;
    const { json } = await editor("POST", "/api/v1/claims", { articleId, start: offset, end: offset + length });
    claims.push({ id: json.id, version: json.version });
    offset += length + 2;
  }
  return { articleId, claims: claims.slice(0, 300) };
}

export async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const value = await work();
  return [performance.now() - t0, value];
}
