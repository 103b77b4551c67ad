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
 * The rows as COPY's text format (`FROM STDIN`, the default format), as the UTF-8 bytes sent: a line a row, fields by
 * tab, `\N` for NULL, backslash, tab, newline and carriage return escaped. A value's text is the one its array element
 * carries. Written straight into a buffer, ASCII by a loop and the rest by `Buffer.write`: building the text by `+=` and
 * encoding it took twice as long, and its ~100,000 string pieces a batch were most of an import's garbage.
 */
export function copyData<Row>(rows: readonly Row[], columns: readonly Pick<FactColumn<Row>, 'value'>[]): Buffer {
  let bytes: Buffer = Buffer.allocUnsafe(rows.length * columns.length * 16 + 64);
  let end = 0;
  for (const row of rows) {
    for (let index = 0; index < columns.length; index++) {
      const text = copyField(columns[index]!.value(row));
      // A UTF-16 unit takes at most 3 bytes, and a tab or line break follows.
      if (end + text.length * 3 + 1 > bytes.length) bytes = grown(bytes, end, end + text.length * 3 + 1);
      end = writeUtf8(bytes, text, end);
      bytes[end++] = index === columns.length - 1 ? LINE_FEED : TAB;
    }
  }
  return bytes.subarray(0, end);
}

function writeUtf8(bytes: Buffer, text: string, at: number): number {
  let index = 0;
  for (; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code > 0x7f) return at + index + bytes.write(text.slice(index), at + index);
    bytes[at + index] = code;
  }
  return at + index;
}

function grown(bytes: Buffer, used: number, needed: number): Buffer {
  const larger = Buffer.allocUnsafe(Math.max(bytes.length * 2, needed));
  bytes.copy(larger, 0, 0, used);
  return larger;
}

const TAB = 9;
const LINE_FEED = 10;

function copyField(value: FactValue): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'string')
    return COPY_SPECIAL.test(value) ? value.replace(COPY_SPECIALS, (special) => COPY_ESCAPES[special]!) : value;
  return String(value);
}
