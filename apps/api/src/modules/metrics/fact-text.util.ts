import type { FactColumn, FactValue } from './fact-tables.js';

/**
 * Fact values as the text Postgres reads: elements of an array literal (a batch's column as one `unnest` parameter)
 * and fields of COPY's text format (a batch's rows as one COPY stream). Each escapes only what its syntax needs,
 * testing first: most values need nothing, and a batch of ~26 columns × 2,000 rows passes here ~50,000 times.
 */
const ARRAY_SPECIAL = /["\\]/;
const ARRAY_SPECIALS = /["\\]/g;
const COPY_SPECIAL = /[\\\t\n\r]/;
const COPY_SPECIALS = /[\\\t\n\r]/g;
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/**
 * One column of the batch as a Postgres array literal (`{"a","b\"c",NULL,12}`), the text `pg` and PGlite would
 * send for a JavaScript array, built in one pass: their generic serialisers escape every element with two
 * regular expressions, which for a batch of ~26 columns × 2,000 rows cost more than the rest of the batch's work.
 * Strings are always quoted (an unquoted `NULL` or `a,b` would mean something else); numbers and booleans need not be.
 */
export function arrayLiteral<Row>(rows: readonly Row[], column: Pick<FactColumn<Row>, 'value'>): string {
  let text = '{';
  for (let index = 0; index < rows.length; index++) {
    if (index > 0) text += ',';
    text += arrayElement(column.value(rows[index]!));
  }
  return `${text}}`;
}

function arrayElement(value: FactValue): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'string')
    return ARRAY_SPECIAL.test(value) ? `"${value.replace(ARRAY_SPECIALS, '\\$&')}"` : `"${value}"`;
  return String(value);
}

/**
 * The rows as COPY's text format (`FROM STDIN`, the default format): a line a row, fields by tab, `\N` for NULL,
 * backslash, tab, newline and carriage return escaped. A value's text is the one its array element carries.
 */
export function copyText<Row>(rows: readonly Row[], columns: readonly Pick<FactColumn<Row>, 'value'>[]): string {
  let text = '';
  for (const row of rows) {
    for (let index = 0; index < columns.length; index++) {
      if (index > 0) text += '\t';
      text += copyField(columns[index]!.value(row));
    }
    text += '\n';
  }
  return text;
}

function copyField(value: FactValue): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'string')
    return COPY_SPECIAL.test(value) ? value.replace(COPY_SPECIALS, (special) => COPY_ESCAPES[special]!) : value;
  return String(value);
}
