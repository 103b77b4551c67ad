import { stringify, type Stringifier } from 'csv-stringify';

/** One cell of a report: text, a number, or null for "not reported" (an empty cell, never 0). */
export type CsvCell = string | number | null;

/** RFC 4180's line end (and IANA text/csv's): every spreadsheet and CSV library reads it. */
export const CSV_LINE_END = '\r\n';

/**
 * A CSV report as a stream: write rows (arrays of cells, in the header's order) in object mode, read UTF-8 text.
 * The header row comes first, even when no row follows. Quoting is csv-stringify's (RFC 4180: a cell holding a
 * comma, a quote, `\r` or `\n` is quoted, quotes doubled), so rows go out as they are written, never held whole.
 *
 * Formula injection (OWASP "CSV Injection", docs/CONTRACT.md Analysis): a text cell beginning with `=`, `+`, `-`, `@`,
 * tab or carriage return — or their full-width forms, which some spreadsheets normalise — is prefixed with `'`,
 * so a campaign named `=HYPERLINK(…)` reads as text. csv-stringify's `escape_formulas` does it, before quoting.
 * Decision: numbers are exempt. A number is written as JavaScript's shortest round-trip text (`-3`, `0.0125`,
 * `1e-7`: `.` decimal, no grouping), which a spreadsheet reads as a number and never as a formula; prefixing
 * it would turn a negative follower growth into text that no sum counts. Only a `number` is exempt: text that
 * looks numeric (a campaign named `-3`, an id) is neutralised like any other label.
 */
export function csvReportWriter(header: readonly string[]): Stringifier {
  return stringify({
    header: true,
    columns: [...header],
    record_delimiter: CSV_LINE_END,
    // Given a record delimiter, csv-stringify would quote only cells holding that exact sequence: a lone `\n` or
    // `\r` must be quoted too, or a reader would split the row there.
    quote_record_delimiter: true,
    escape_formulas: true,
    cast: {
      // NaN and ±Infinity are no measurement: empty, like null.
      number: (value) => (Number.isFinite(value) ? String(value) : ''),
    },
  });
}
