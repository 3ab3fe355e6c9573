// Comma-separated values as RFC 4180 writes them, for the plan and team exports. Rules: docs/planning.md (X6).

export type CsvCell = string | number | null;

/** Text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR at the start); numbers are left alone. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * X6: one cell as CSV text. null → empty; numbers as written by JS (`12`, `1.5`); text is quoted when it holds a
 * comma, quote, CR or LF (quotes doubled), and text a spreadsheet would evaluate gets a leading `'` (it comes from
 * documents, which are untrusted).
 */
export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** X6: a header row plus data rows → CSV text with CRLF line ends (RFC 4180), ending in CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
