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

describe('matchHeader with column groups', () => {
  const rule = {
    required: [['Reporting starts', 'Début des rapports']],
    supporting: [['Amount spent (USD)', 'Amount spent'], 'Impressions', 'Reach', 'Campaign name'],
  };

  it('matches a customised export by the columns it has, scoring higher the more of its groups are present', () => {
    const customised = matchHeader(headWithHeader('Reporting starts', 'Ad Set Name', 'Impressions', 'Reach'), rule);
    const full = matchHeader(
      headWithHeader('Reporting starts', 'Campaign name', 'Amount spent', 'Impressions', 'Reach'),
      rule,
    );
    expect(customised).toEqual({ confidence: 0.5 + 0.5 * (3 / 5), mismatch: null });
    expect(full).toEqual({ confidence: 1, mismatch: null });
  });

  it('names every interchangeable name of a missing group', () => {
    expect(matchHeader(headWithHeader('Impressions', 'Reach'), rule)).toEqual({
      confidence: 0,
      mismatch: 'missing columns: Reporting starts or Début des rapports',
    });
  });
});
