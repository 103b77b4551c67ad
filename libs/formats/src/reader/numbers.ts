import { CellValueError } from './cell-value-error.js';
import type { Decimal } from '../canonical.js';

/** The decimal mark of one file, decided once per file (docs/FORMATS.md §0 step 7). */
export type DecimalMark = '.' | ',';

export interface PercentValue {
  /** The percentage as a fraction (`"5.23%"` → `"0.0523"`), or null when the export only gives a bound. */
  fraction: Decimal | null;
  /** True for `< 10%`/`> 90%`: the true value is unknown, which the caller should flag. */
  censored: boolean;
}

const NARROW_SPACES = /[\u00a0\u202f\u2009\u2007]/g;
const CURRENCY_SIGNS = /\p{Sc}/gu;
const DIGIT_GROUP_SPACE = /(?<=\d) (?=\d{3}(?!\d))/g;
/** Most cells are plain (`-3.10`, `5120`): read them without the clean-up below. */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;
const PLAIN_DIGITS = /^\d+$/;
/** Up to 15 digits, a whole number is always a safe integer. */
const MAX_EXACT_DIGITS = 15;
/** Money and conversions are stored as `numeric(20, 6)`: 14 digits before the point (a trillion dollars is 13). */
const MAX_INTEGER_DIGITS = 14;
/** Accounting notation for a negative number: `(12.00)`, as Excel's accounting formats write it. */
const ACCOUNTING_NEGATIVE = /^\((.*)\)$/;
/** Sign, whole part (digit groups of three, or plain digits), decimal part. */
const NUMBER_PATTERNS: Record<DecimalMark, RegExp> = {
  '.': /^([-+])?(?=\d|\.\d)(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d+))?$/,
  ',': /^([-+])?(?=\d|,\d)(\d{1,3}(?:\.\d{3})+|\d*)(?:,(\d+))?$/,
};

/**
 * A decimal string (`"1 234,50 €"` → `"1234.50"` in a decimal-comma file, `"(12.00)"` → `"-12.00"`); never a float.
 * A percentage is no amount: `"12%"` is refused here (`parsePercent` reads it).
 */
export function parseDecimal(raw: string, decimalMark: DecimalMark): Decimal {
  const decimal = readDecimal(raw, decimalMark);
  // Too short to hold too many digits: most cells, spared the split below.
  if (decimal.length <= MAX_INTEGER_DIGITS) return decimal;
  const whole = decimal
    .replace('-', '')
    .split('.')[0]!
    .replace(/^0+(?=\d)/, '');
  if (whole.length > MAX_INTEGER_DIGITS) {
    throw new CellValueError(`"${raw}" is too large (at most ${MAX_INTEGER_DIGITS} digits before the decimal point)`);
  }
  return decimal;
}

function readDecimal(raw: string, decimalMark: DecimalMark): Decimal {
  const decimal = toDecimal(raw, decimalMark);
  if (decimal === null) throw new CellValueError(`"${raw}" is not a number${decimalMarkNote(raw, decimalMark)}`);
  return decimal;
}

/** A whole count; `"424.0"` (X exports counts as floats) is accepted, `"12.5"` is not. */
export function parseWholeNumber(raw: string, decimalMark: DecimalMark): number {
  // Most counts are plain digits, short enough to be exact: read them without the clean-up below.
  if (raw.length <= MAX_EXACT_DIGITS && PLAIN_DIGITS.test(raw)) return Number(raw);
  const [whole, fraction = ''] = readDecimal(raw, decimalMark).split('.');
  if (/[1-9]/.test(fraction)) throw new CellValueError(`"${raw}" is not a whole number`);
  const value = Number(whole);
  if (!Number.isSafeInteger(value)) throw new CellValueError(`"${raw}" is too large`);
  return value;
}

export function parsePercent(raw: string, decimalMark: DecimalMark): PercentValue {
  if (/^\s*[<>]/.test(raw)) return { fraction: null, censored: true };
  return { fraction: shiftDecimalPoint(parseDecimal(withoutPercentSign(raw), decimalMark), -2), censored: false };
}

/**
 * The file's decimal mark from sample cells: a cell votes for a mark when it reads as a number with that mark
 * only (`0,5`, `1.234,56`, `12.5`); cells that read either way (`1,234`) or neither way (`2025-03-01`) abstain.
 * Without votes the file's locale decides: `fallback`.
 */
export function decideDecimalMark(samples: Iterable<string>, fallback: DecimalMark): DecimalMark {
  let votes = 0;
  for (const cell of samples) {
    const sample = withoutPercentSign(cell);
    const readsWithPoint = toDecimal(sample, '.') !== null;
    const readsWithComma = toDecimal(sample, ',') !== null;
    if (readsWithPoint !== readsWithComma) votes += readsWithPoint ? 1 : -1;
  }
  if (votes === 0) return fallback;
  return votes > 0 ? '.' : ',';
}

export function assertNotNegative<T extends Decimal | number>(value: T, raw: string): T {
  // A number is negative when its text starts with `-` (-0 is written `0`); a decimal string is looked at as it is.
  const negative = typeof value === 'number' ? value < 0 : value.startsWith('-');
  if (negative) throw new CellValueError(`"${raw}" must not be negative`);
  return value;
}

function toDecimal(raw: string, decimalMark: DecimalMark): Decimal | null {
  if (PLAIN_NUMBER.test(raw) && (decimalMark === '.' || !raw.includes('.')))
    return /^-[0.]+$/.test(raw) ? raw.slice(1) : raw;
  let text = raw.replace(NARROW_SPACES, '').replace(CURRENCY_SIGNS, '').trim();
  const accounting = ACCOUNTING_NEGATIVE.exec(text)?.[1]?.trim();
  if (accounting !== undefined) {
    if (/^[-+]/.test(accounting)) return null;
    text = `-${accounting}`;
  }
  if (decimalMark === ',') text = text.replace(DIGIT_GROUP_SPACE, '');
  const groupMark = decimalMark === '.' ? ',' : '.';
  const match = NUMBER_PATTERNS[decimalMark].exec(text);
  if (!match) return null;
  const [, sign = '', whole = '', fraction] = match;
  const digits = whole.replaceAll(groupMark, '') || '0';
  const value = fraction ? `${digits}.${fraction}` : digits;
  return sign === '-' && /[1-9]/.test(value) ? `-${value}` : value;
}

function withoutPercentSign(raw: string): string {
  return raw.trim().replace(/%$/, '');
}

function decimalMarkNote(raw: string, decimalMark: DecimalMark): string {
  const otherMark = decimalMark === '.' ? ',' : '.';
  return /\d/.test(raw) && raw.includes(otherMark) ? ` (this file's decimal mark is "${decimalMark}")` : '';
}

/** Moves the decimal point of a decimal string by `places` (negative = to the left), without floats. */
function shiftDecimalPoint(decimal: Decimal, places: number): Decimal {
  const negative = decimal.startsWith('-');
  const [whole = '', fraction = ''] = decimal.replace('-', '').split('.');
  const pointAt = whole.length + places;
  const digits = (whole + fraction).padStart(Math.max(0, -pointAt) + whole.length + fraction.length, '0');
  const split = Math.max(0, pointAt);
  const integerPart = digits.slice(0, split).replace(/^0+(?=\d)/, '') || '0';
  const fractionPart = digits.slice(split).replace(/0+$/, '');
  const result = fractionPart ? `${integerPart}.${fractionPart}` : integerPart;
  return negative && result !== '0' ? `-${result}` : result;
}
