import { describe, expect, it } from "vitest";
import { sourceNameKey } from "./source-key";

describe("sourceNameKey", () => {
  it("ignores case, accents, hyphens and apostrophes", () => {
    expect(sourceNameKey("La Maison-Blanche")).toBe(sourceNameKey("la maison blanche"));
    expect(sourceNameKey("l’Élysée")).toBe(sourceNameKey("L'Elysee"));
  });
  it("keeps different names apart", () => {
    expect(sourceNameKey("Kim Jong-un")).not.toBe(sourceNameKey("Kim Jong-il"));
  });
});
