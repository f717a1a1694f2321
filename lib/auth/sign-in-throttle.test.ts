import { describe, expect, it } from "vitest";
import { clientAddress, judgeAttempt, MAX_FAILURES_PER_EMAIL, THROTTLE_WINDOW_MS } from "./sign-in-throttle";

const now = new Date("2026-11-25T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

describe("judgeAttempt", () => {
  it("allows attempts below the limit", () => {
    const failures = Array.from({ length: MAX_FAILURES_PER_EMAIL - 1 }, (_, i) => ago(i * 1000));
    expect(judgeAttempt(failures, MAX_FAILURES_PER_EMAIL, now)).toEqual({ allowed: true });
  });

  it("refuses once the limit is reached, until the oldest counted failure leaves the window", () => {
    const failures = Array.from({ length: MAX_FAILURES_PER_EMAIL }, (_, i) => ago((i + 1) * 60_000));
    const verdict = judgeAttempt(failures, MAX_FAILURES_PER_EMAIL, now);
    expect(verdict.allowed).toBe(false);
    // The oldest failure was 5 minutes ago: 10 more minutes to wait.
    if (!verdict.allowed) expect(verdict.retryAfterSeconds).toBe((THROTTLE_WINDOW_MS - 5 * 60_000) / 1000);
  });

  it("does not count failures older than the window", () => {
    const failures = Array.from({ length: 20 }, () => ago(THROTTLE_WINDOW_MS + 1));
    expect(judgeAttempt(failures, MAX_FAILURES_PER_EMAIL, now)).toEqual({ allowed: true });
  });
});

describe("clientAddress", () => {
  it("takes the first hop of x-forwarded-for", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" }))).toBe("203.0.113.7");
  });
  it("is null when the request names no address", () => {
    expect(clientAddress(new Headers())).toBeNull();
  });
});
