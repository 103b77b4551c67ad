/** What the first bytes of an upload say it is (docs/FORMATS.md §0 step 1), decided by bytes, never by the file name. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type ByteSniff =
  | { kind: 'text'; encoding: TextEncodingName }
  /** `50 4B 03 04`: an XLSX workbook or a zip (YouTube Studio). */
  | { kind: 'zip' }
  /** `D0 CF 11 E0`: a legacy XLS (BIFF8) workbook. */
  | { kind: 'xls' }
  /** Neither text nor a known container: an image, an executable, a PDF renamed `.csv`. */
  | { kind: 'binary' };

const NUL_SCAN_LENGTH = 200;
/** Text without a BOM is UTF-16 when this share of its NULs falls on one byte parity (ASCII's high or low byte). */
const UTF16_NUL_PARITY = 0.9;
/**
 * Control characters other than tab, CR and LF, and U+FFFD (bytes no character stands for): real text has none or a
 * stray few; random bytes read as 8-bit text have ~15%, read as UTF-16 ~3% (unpaired surrogates).
 */
const MAX_CONTROL_SHARE = 0.01;

export function sniffBytes(sample: Uint8Array): ByteSniff {
  if (startsWith(sample, [0x50, 0x4b, 0x03, 0x04])) return { kind: 'zip' };
  if (startsWith(sample, [0xd0, 0xcf, 0x11, 0xe0])) return { kind: 'xls' };
  const encoding = sniffTextEncoding(sample);
  if (
    encoding === null ||
    controlShare(new TextDecoder(encoding).decode(sample, { stream: true })) > MAX_CONTROL_SHARE
  ) {
    return { kind: 'binary' };
  }
  return { kind: 'text', encoding };
}

/** Null when NULs without a BOM fit neither UTF-16 byte order: the bytes are no text. */
function sniffTextEncoding(sample: Uint8Array): TextEncodingName | null {
  if (startsWith(sample, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (startsWith(sample, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(sample, [0xfe, 0xff])) return 'utf-16be';
  if (sample.subarray(0, NUL_SCAN_LENGTH).includes(0)) return utf16ByteOrder(sample);
  return isValidUtf8(sample) ? 'utf-8' : 'windows-1252';
}

/** ASCII in UTF-16LE has its NULs at odd offsets, in UTF-16BE at even ones. */
function utf16ByteOrder(sample: Uint8Array): TextEncodingName | null {
  let even = 0;
  let odd = 0;
  for (let index = 0; index < sample.length; index++) {
    if (sample[index] === 0) {
      if (index % 2 === 0) even += 1;
      else odd += 1;
    }
  }
  if (odd >= UTF16_NUL_PARITY * (even + odd)) return 'utf-16le';
  if (even >= UTF16_NUL_PARITY * (even + odd)) return 'utf-16be';
  return null;
}

function controlShare(text: string): number {
  let controls = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const control = code < 0x20 ? code !== 0x09 && code !== 0x0a && code !== 0x0d : code >= 0x7f && code <= 0x9f;
    if (control || code === 0xfffd) controls += 1;
  }
  return text.length === 0 ? 0 : controls / text.length;
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** The sample may end inside a multi-byte character, so a cut-off final sequence still counts as valid. */
function isValidUtf8(sample: Uint8Array): boolean {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    decoder.decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
}
