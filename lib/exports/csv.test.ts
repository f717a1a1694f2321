import { describe, expect, it } from "vitest";
import { CSV_BOM, csvField, csvRow } from "./csv";

describe("CSV for spreadsheets", () => {
  it("quotes every field and doubles quotes inside", () => {
    expect(csvField('Il a dit « non » puis "oui"')).toBe('"Il a dit « non » puis ""oui"""');
    expect(csvField("a,b")).toBe('"a,b"');
  });

  it("keeps line breaks inside the quotes and ends records with CRLF", () => {
    expect(csvRow(["ligne 1\nligne 2", 3, true, null])).toBe('"ligne 1\nligne 2","3","true",""\r\n');
  });

  it("keeps French text as it is (UTF-8) and starts with a byte order mark", () => {
    expect(csvField("sécurité, été, œuvre")).toBe('"sécurité, été, œuvre"');
    expect(new TextEncoder().encode(CSV_BOM)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it("neutralises text a spreadsheet would run as a formula, but not numbers", () => {
    expect(csvField("=HYPERLINK(\"http://x\")")).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField("-3 % en 2023")).toBe('"\'-3 % en 2023"');
    expect(csvField(-3)).toBe('"-3"');
  });
});
