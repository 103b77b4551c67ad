import { describe, expect, it } from 'vitest';
import { sniffBytes } from './byte-sniff.js';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('sniffBytes', () => {
  it('reads the UTF-8, UTF-16LE and UTF-16BE byte order marks', () => {
    expect(sniffBytes(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ kind: 'text', encoding: 'utf-8' });
    expect(sniffBytes(bytes(0xff, 0xfe, 0x61, 0x00))).toEqual({ kind: 'text', encoding: 'utf-16le' });
    expect(sniffBytes(bytes(0xfe, 0xff, 0x00, 0x61))).toEqual({ kind: 'text', encoding: 'utf-16be' });
  });

  it('takes NULs without a byte order mark for UTF-16LE', () => {
    expect(sniffBytes(Buffer.from('Start Date\tClicks', 'utf16le'))).toEqual({ kind: 'text', encoding: 'utf-16le' });
  });

  it('takes NULs on even offsets without a byte order mark for UTF-16BE', () => {
    const text = Buffer.from('date,platform\n2026-05-01,FACEBOOK', 'utf16le').swap16();
    expect(sniffBytes(text)).toEqual({ kind: 'text', encoding: 'utf-16be' });
  });

  it('calls bytes binary when their NULs fit no UTF-16 byte order or control characters abound', () => {
    let seed = 7;
    const noise = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) >> 23);
    expect(sniffBytes(noise)).toEqual({ kind: 'binary' });
    // NULs on one parity, the rest random: UTF-16 by its NULs, but no text.
    const halfNul = noise.map((byte, index) => (index % 2 === 1 ? 0 : byte));
    expect(sniffBytes(halfNul)).toEqual({ kind: 'binary' });
    const controls = Buffer.from(`date,spend\n${'\u0001\u0002abc,'.repeat(100)}`);
    expect(sniffBytes(controls)).toEqual({ kind: 'binary' });
  });

  it('falls back to windows-1252 when the bytes are not UTF-8', () => {
    expect(sniffBytes(Buffer.from('Caf\xe9,12', 'latin1'))).toEqual({ kind: 'text', encoding: 'windows-1252' });
  });

  it('keeps UTF-8 when the sample ends inside a multi-byte character', () => {
    expect(sniffBytes(Buffer.from('Café').subarray(0, 4))).toEqual({ kind: 'text', encoding: 'utf-8' });
  });

  it('classifies XLSX/zip and legacy XLS by their signatures, whatever the name says', () => {
    expect(sniffBytes(bytes(0x50, 0x4b, 0x03, 0x04, 0x14))).toEqual({ kind: 'zip' });
    expect(sniffBytes(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1))).toEqual({ kind: 'xls' });
  });
});
