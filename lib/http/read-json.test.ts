import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "./app-error";
import { readJson } from "./read-json";

const schema = z.object({ title: z.string().min(1), version: z.number().int() });
const post = (body: string, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/v1/x", { method: "POST", body, headers: { "content-type": "application/json", ...headers } });

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

describe("readJson", () => {
  it("returns the parsed body", async () => {
    await expect(readJson(post('{"title":"t","version":2}'), schema)).resolves.toEqual({ title: "t", version: 2 });
  });

  it("answers 400 bad_request for malformed JSON", async () => {
    const error = await errorOf(readJson(post("{not json"), schema));
    expect([error.status, error.code]).toEqual([400, "bad_request"]);
  });

  it("answers 422 naming each wrong field", async () => {
    const error = await errorOf(readJson(post('{"title":"","version":"3"}'), schema));
    expect(error.status).toBe(422);
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(["title", "version"]);
  });

  it("answers 413 for a body over the limit", async () => {
    const error = await errorOf(readJson(post(JSON.stringify({ title: "x".repeat(2000), version: 1 })), schema, 1000));
    expect([error.status, error.code]).toEqual([413, "payload_too_large"]);
  });
});
