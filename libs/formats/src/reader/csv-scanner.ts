import { CsvError } from 'csv-parse';
import type { Delimiter } from './delimiter.js';

const QUOTE = 0x22;
const CARRIAGE_RETURN = 0x0d;
const LINE_FEED = 0x0a;
const NUL = 0x00;
/** No character after: the data ends there. */
const END_OF_DATA = -1;
/** The character after is in a chunk not written yet. */
const NOT_YET_WRITTEN = -2;

type RecordDelimiter = '' | '\r\n' | '\n' | '\r';

/** A record and the 1-based line of the file where it starts. */
export interface ScannedRecord {
  line: number;
  cells: string[];
}

export interface ScanEnd {
  records: ScannedRecord[];
  /** A quote that never closes: the records before it are in `records`, the rest of the data is lost. */
  malformed: { line: number; error: CsvError } | null;
}

/**
 * Splits CSV text, written a chunk at a time, into records. It reads exactly as csv-parse 7 did with the options
 * the importer gave it (`relax_quotes`, `relax_column_count`, `skip_records_with_error`, the default quote and
 * escape `"`, the record delimiter discovered from the first line break outside quotes), and csv-scanner.spec.ts
 * checks it against csv-parse on thousands of generated files, cut into chunks at random. Reading the 100k-row
 * bench file into records takes ~0.2 s instead of ~1.1 s: it works on the decoded text with a comparison or two per
 * character, where csv-parse re-encoded the text, made function calls per byte and decoded every field back.
 *
 * What csv-parse does, and so this does, where CSV is ambiguous: a quote opens a quoted field only at the start
 * of a field, elsewhere it is text; `""` inside quotes is one quote; a quote inside quotes closes the field only
 * before a delimiter, a record delimiter, a NUL or the end, and otherwise the field goes on unquoted with both
 * quotes kept (`"a"b` reads `"a"b`); only the first kind of line break found (`\r\n`, `\n` or `\r`) ends records,
 * other line breaks are text; a blank line is a record of one empty cell; a quote still open at the end is an error.
 */
export class CsvScanner {
  private readonly delimiter: number;
  private recordDelimiter: RecordDelimiter = '';
  /** Text held back from the last chunk: its first character needs one that was not written yet. */
  private rest = '';
  private quoting = false;
  /** The current field was quoted (so it exists even if empty, at the end of the data). */
  private wasQuoting = false;
  /** The current field's text from earlier chunks (or before an escaped quote). */
  private field = '';
  private cells: string[] = [];
  /** The line the current record starts on, counting `\r\n` as one line break, wherever it is. */
  private line = 1;
  /** Line breaks in the current record so far (in quoted text and, once it ends, its delimiter). */
  private breaks = 0;
  /** The character before the current chunk was a carriage return inside the current record. */
  private afterCarriageReturn = false;
  /** csv-parse's own count of lines, which its error message quotes: every `\r` and `\n` it looked at. */
  private parserLineBreaks = 0;
  private lastCode = NUL;

  constructor(delimiter: Delimiter) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** The records this chunk completes. */
  write(chunk: string): ScannedRecord[] {
    const records: ScannedRecord[] = [];
    const text = this.rest === '' ? chunk : this.rest + chunk;
    if (text.length > 0) this.lastCode = text.charCodeAt(text.length - 1);
    this.rest = text.slice(this.scan(text, false, records));
    return records;
  }

  /** The last records, and the quote left open if there is one. */
  end(): ScanEnd {
    const records: ScannedRecord[] = [];
    this.scan(this.rest, true, records);
    this.rest = '';
    if (this.quoting) {
      // csv-parse counts a line break when it looks at the next character, so not the one the data ends with.
      const endsWithLineBreak = this.lastCode === LINE_FEED || this.lastCode === CARRIAGE_RETURN;
      const lines = 1 + this.parserLineBreaks - (endsWithLineBreak ? 1 : 0);
      const error = new CsvError('CSV_QUOTE_NOT_CLOSED', [
        'Quote Not Closed:',
        `the parsing is finished with an opening quote at line ${lines}`,
      ]);
      return { records, malformed: { line: this.line, error } };
    }
    if (this.wasQuoting || this.cells.length > 0 || this.field !== '') {
      this.cells.push(this.field);
      records.push({ line: this.line, cells: this.cells });
    }
    return { records, malformed: null };
  }

  /** Scans `text` as far as it can; returns where it stopped (the length, unless it needs a later character). */
  private scan(text: string, atEnd: boolean, records: ScannedRecord[]): number {
    const { length } = text;
    const delimiter = this.delimiter;
    /** Where the current field's text in `text` starts. */
    let start = 0;
    /** Where the current record starts in `text`: a line feed right after a carriage return before it adds no line. */
    let recordStart = 0;
    let breaks = this.breaks;
    let pos = 0;
    const next = (at: number): number => (at < length ? text.charCodeAt(at) : atEnd ? END_OF_DATA : NOT_YET_WRITTEN);
    const countLineBreak = (at: number, code: number): void => {
      this.parserLineBreaks += 1;
      const paired =
        code === LINE_FEED &&
        (at > recordStart ? text.charCodeAt(at - 1) === CARRIAGE_RETURN : at === 0 && this.afterCarriageReturn);
      if (!paired) breaks += 1;
    };
    scanning: while (pos < length) {
      if (this.quoting) {
        // Quoted text runs to the next quote; line breaks in it are text.
        let code = text.charCodeAt(pos);
        while (code !== QUOTE) {
          if (code === LINE_FEED || code === CARRIAGE_RETURN) countLineBreak(pos, code);
          if (++pos === length) break scanning;
          code = text.charCodeAt(pos);
        }
        const after = next(pos + 1);
        if (after === NOT_YET_WRITTEN) break;
        if (after === QUOTE) {
          // `""`: one quote of text.
          this.field += text.slice(start, pos);
          start = pos + 1;
          pos += 2;
          continue;
        }
        const endsRecord = this.isRecordDelimiterAt(text, pos + 1, atEnd);
        if (endsRecord === undefined) break;
        this.field += text.slice(start, pos);
        this.quoting = false;
        this.wasQuoting = true;
        if (!(after === END_OF_DATA || after === NUL || after === delimiter || endsRecord)) {
          // Text after the closing quote: the field goes on unquoted, its quotes kept.
          this.field = `"${this.field}"`;
        }
        start = ++pos;
        continue;
      }
      const code = text.charCodeAt(pos);
      if (code === QUOTE && pos === start && this.field === '') {
        this.quoting = true;
        start = ++pos;
        continue;
      }
      if (code === delimiter) {
        this.cells.push(this.field + text.slice(start, pos));
        this.field = '';
        this.wasQuoting = false;
        start = ++pos;
        continue;
      }
      if (code === LINE_FEED || code === CARRIAGE_RETURN) {
        if (this.recordDelimiter === '' && code === CARRIAGE_RETURN) {
          const after = next(pos + 1);
          if (after === NOT_YET_WRITTEN) break;
          this.recordDelimiter = after === LINE_FEED ? '\r\n' : '\r';
        } else if (this.recordDelimiter === '') this.recordDelimiter = '\n';
        const endsRecord = this.isRecordDelimiterAt(text, pos, atEnd);
        if (endsRecord === undefined) break;
        countLineBreak(pos, code);
        if (endsRecord) {
          this.cells.push(this.field + text.slice(start, pos));
          records.push({ line: this.line, cells: this.cells });
          this.line += breaks;
          breaks = 0;
          this.cells = [];
          this.field = '';
          this.wasQuoting = false;
          this.afterCarriageReturn = false;
          pos += this.recordDelimiter.length;
          start = recordStart = pos;
          continue;
        }
        pos += 1;
        continue;
      }
      // Unquoted text (a quote in it included) runs to the next delimiter or line break.
      pos += 1;
      while (pos < length) {
        const following = text.charCodeAt(pos);
        if (following === delimiter || following === LINE_FEED || following === CARRIAGE_RETURN) break;
        pos += 1;
      }
    }
    this.field += text.slice(start, pos);
    if (pos > recordStart) this.afterCarriageReturn = text.charCodeAt(pos - 1) === CARRIAGE_RETURN;
    this.breaks = breaks;
    return pos;
  }

  /**
   * Whether a record delimiter starts at `at` (discovering it, as csv-parse does there, if no line break outside
   * quotes came before); undefined when that depends on a character not written yet.
   */
  private isRecordDelimiterAt(text: string, at: number, atEnd: boolean): boolean | undefined {
    const code = at < text.length ? text.charCodeAt(at) : END_OF_DATA;
    if (code !== LINE_FEED && code !== CARRIAGE_RETURN) return false;
    const needsNext = code === CARRIAGE_RETURN && (this.recordDelimiter === '' || this.recordDelimiter === '\r\n');
    if (needsNext && at + 1 >= text.length && !atEnd) return undefined;
    const following = at + 1 < text.length ? text.charCodeAt(at + 1) : END_OF_DATA;
    if (this.recordDelimiter === '') {
      this.recordDelimiter = code === LINE_FEED ? '\n' : following === LINE_FEED ? '\r\n' : '\r';
    }
    if (this.recordDelimiter === '\r\n') return code === CARRIAGE_RETURN && following === LINE_FEED;
    return code === (this.recordDelimiter === '\n' ? LINE_FEED : CARRIAGE_RETURN);
  }
}
