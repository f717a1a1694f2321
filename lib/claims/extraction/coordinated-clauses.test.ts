import { describe, expect, it } from "vitest";
import { coordinatedClauses } from "./coordinated-clauses";

const parts = (text: string, quoted: (i: number) => boolean = () => false) => coordinatedClauses(text, 0, text.length, quoted).map(([s, e]) => text.slice(s, e));

describe("coordinatedClauses", () => {
  it("cuts content clauses joined by \"and that\" or « et que » into claims of their own", () => {
    expect(parts("the firm owed creditors about £9.2m, and that a sale of the business was not possible")).toEqual(["the firm owed creditors about £9.2m", "a sale of the business was not possible"]);
    expect(parts("l’entreprise devait 9 millions d’euros et qu’une vente n’était pas possible")).toEqual(["l’entreprise devait 9 millions d’euros", "une vente n’était pas possible"]);
    expect(parts("three trees block the line, that a wire has come down, and that buses cannot run")).toEqual(["three trees block the line, that a wire has come down", "buses cannot run"]);
  });

  it("keeps a quotation's own words, \"that\" as a pronoun, and clauses too short to stand alone", () => {
    const quote = "“we paid the fees and that is all we owe”";
    expect(parts(quote, (i) => i > 0 && i < quote.length - 1)).toEqual([quote]);
    expect(parts("prices rose by a third, and that was before the strike")).toEqual(["prices rose by a third, and that was before the strike"]);
    expect(parts("it did, and that the board knew about the leak")).toEqual(["it did, and that the board knew about the leak"]);
  });
});
