/** What the first bytes of an upload say it is (docs/FORMATS.md §0 step 1), decided by bytes, never by the file name. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type ByteSniff =
  | { kind: 'text'; encoding: TextEncodingName }
  /** `50 4B 03 04`: an XLSX workbook or a zip (YouTube Studio). */
  | { kind: 'zip' }
  /** `D0 CF 11 E0`: a legacy XLS (BIFF8) workbook. */
  | { kind: 'xls' };

const NUL_SCAN_LENGTH = 200;

export function sniffBytes(sample: Uint8Array): ByteSniff {
  if (startsWith(sample, [0x50, 0x4b, 0x03, 0x04])) return { kind: 'zip' };
  if (startsWith(sample, [0xd0, 0xcf, 0x11, 0xe0])) return { kind: 'xls' };
  return { kind: 'text', encoding: sniffTextEncoding(sample) };
}

function sniffTextEncoding(sample: Uint8Array): TextEncodingName {
  if (startsWith(sample, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (startsWith(sample, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(sample, [0xfe, 0xff])) return 'utf-16be';
  if (sample.subarray(0, NUL_SCAN_LENGTH).includes(0)) return 'utf-16le';
  return isValidUtf8(sample) ? 'utf-8' : 'windows-1252';
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
