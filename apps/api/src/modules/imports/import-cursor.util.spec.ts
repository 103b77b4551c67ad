import { BadRequestException } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { decodeImportCursor, encodeImportCursor } from './import-cursor.util.js';

const run = { id: '6f1c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f', createdAt: new Date('2026-03-01T10:20:30.456Z') };

describe('import cursors', () => {
  it('give back the position they were made from', () => {
    expect(decodeImportCursor(encodeImportCursor(run))).toEqual({ createdAt: '2026-03-01T10:20:30.456Z', id: run.id });
  });

  it.each([
    ['not base64 JSON', 'not a cursor'],
    ['a JSON value of another shape', Buffer.from('{"id":1}').toString('base64url')],
    ['an instant written otherwise', Buffer.from(JSON.stringify(['2026', run.id])).toString('base64url')],
    [
      'an id that is no uuid',
      Buffer.from(JSON.stringify(['2026-03-01T10:20:30.456Z', '1; DROP'])).toString('base64url'),
    ],
  ])('refuse %s with a BadRequestException quoting it', (_what, cursor) => {
    expect(() => decodeImportCursor(cursor)).toThrow(BadRequestException);
    expect(() => decodeImportCursor(cursor)).toThrow(`got ${JSON.stringify(cursor)}`);
  });
});
