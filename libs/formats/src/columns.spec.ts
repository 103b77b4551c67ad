import { describe, expect, it } from 'vitest';
import { mapColumns, matchHeader } from './columns.js';
import { headWithHeader } from '../test/file-heads.js';

describe('mapColumns', () => {
  it('finds columns by normalised name, in any order, keeping the header as written', () => {
    const mapping = mapColumns(['Spend', 'Account ID', 'date'], ['date', 'account_id'], ['spend', 'clicks']);
    expect(mapping).toEqual({
      ok: true,
      columns: {
        date: { index: 2, header: 'date' },
        account_id: { index: 1, header: 'Account ID' },
        spend: { index: 0, header: 'Spend' },
      },
    });
  });

  it('lists the missing required columns', () => {
    expect(mapColumns(['date'], ['date', 'platform', 'spend'], [])).toEqual({
      ok: false,
      missing: ['platform', 'spend'],
    });
  });
});

describe('matchHeader', () => {
  const rule = {
    required: ['date', 'platform', 'account_id'],
    anyOf: ['followers', 'impressions'],
    forbidden: ['spend'],
  };

  it('fits fully with confidence 1', () => {
    expect(matchHeader(headWithHeader('Date', 'Platform', 'Account ID', 'Impressions'), rule)).toEqual({
      confidence: 1,
      mismatch: null,
    });
  });

  it('says why a header does not fit, below the detection threshold', () => {
    const detection = matchHeader(headWithHeader('date', 'platform', 'spend'), rule);
    expect(detection.mismatch).toBe(
      'missing columns: account_id; needs one of the columns followers, impressions; has a spend column',
    );
    expect(detection.confidence).toBeGreaterThan(0);
    expect(detection.confidence).toBeLessThan(0.5);
  });

  it('does not fit a file without a table', () => {
    expect(
      matchHeader({ container: 'zip', fileName: 'x.zip', entries: [], tableName: null, table: null }, rule).confidence,
    ).toBe(0);
  });
});
