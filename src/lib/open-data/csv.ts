/**
 * CSV lines (RFC 4180): a field is quoted when it holds the separator, a quote, a line break or
 * leading/trailing spaces; quotes inside are doubled; lines end in CRLF.
 */

/** Makes Excel read the file as UTF-8 (its default is the system's legacy encoding). */
export const UTF8_BOM = "\uFEFF";

export type CsvValue = string | number | boolean | null | undefined;

function needsQuotes(text: string, separator: string): boolean {
  if (text.includes(separator) || text.includes('"') || text.includes("\n") || text.includes("\r")) return true;
  return text !== text.trim();
}

export function csvField(value: CsvValue, separator: string): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return needsQuotes(text, separator) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: readonly CsvValue[], separator: string): string {
  return `${values.map((v) => csvField(v, separator)).join(separator)}\r\n`;
}
