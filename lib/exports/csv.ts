// CSV as spreadsheets read it (RFC 4180): every field quoted, quotes doubled, CRLF between records,
// and a UTF-8 byte order mark first so Excel does not read French text as Latin-1.

export const CSV_BOM = "\uFEFF";

/** One field, always quoted; null and undefined are empty. A field that starts with =, +, - or @
 * gets a leading apostrophe so a spreadsheet shows it as text instead of running it as a formula
 * (text comes from articles, which anyone may have written). */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '""';
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

/** One record, ending with CRLF. */
export function csvRow(values: readonly (string | number | boolean | null | undefined)[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}
