/**
 * A header as formats compare it (docs/FORMATS.md: lower-case, collapsed whitespace, currency suffix stripped),
 * with `_` read as a space so that `Account ID`, `account_id` and `ACCOUNT  ID` are the same column.
 */
export function normalizeHeader(header: string): string {
  return header
    .replace(/\s*\([A-Z]{3}\)\s*$/, '')
    .replace(/[\s_]+/g, ' ')
    .trim()
    .toLowerCase();
}
