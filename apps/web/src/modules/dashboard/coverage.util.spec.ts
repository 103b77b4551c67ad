import { describe, expect, it } from 'vitest';
import type { CoverageQuery } from '../../generated/graphql';
import { comparisonGaps, coverageByPlatform, latestDataDay } from './coverage.util';

type Row = CoverageQuery['coverage'][number];
const november = { from: '2026-11-01', to: '2026-11-30' };

const row = (patch: Partial<Row>): Row => ({
  platform: 'FACEBOOK',
  accountId: 'a1',
  accountName: 'Acme',
  kind: 'paid',
  firstDay: '2026-11-01',
  lastDay: '2026-11-20',
  present: [{ from: '2026-11-01', to: '2026-11-20', days: 20 }],
  missing: [],
  restated: [],
  ...patch,
});

describe('latestDataDay', () => {
  it('takes the latest last day, ignoring accounts with nothing in the look-back', () => {
    const rows = [row({ lastDay: '2026-11-20' }), row({ lastDay: '2026-11-27' }), row({ lastDay: '2016-01-01' })];
    expect(latestDataDay(rows, { from: '2017-01-01', to: '2026-11-29' })).toBe('2026-11-27');
    expect(latestDataDay([row({ lastDay: '2016-01-01' })], { from: '2017-01-01', to: '2026-11-29' })).toBeNull();
  });
});

describe('coverageByPlatform', () => {
  it('merges accounts and kinds: days counted once, a day one account has is not missing', () => {
    const rows = [
      row({
        present: [{ from: '2026-11-01', to: '2026-11-10', days: 10 }],
        missing: [{ from: '2026-11-11', to: '2026-11-12', days: 2 }],
      }),
      row({
        accountId: 'a2',
        lastDay: '2026-11-25',
        present: [
          { from: '2026-11-05', to: '2026-11-12', days: 8 },
          { from: '2026-11-20', to: '2026-11-25', days: 6 },
        ],
        missing: [{ from: '2026-11-13', to: '2026-11-19', days: 7 }],
        restated: [{ days: 2 }],
      }),
    ];
    expect(coverageByPlatform(rows, november)).toEqual([
      { platform: 'FACEBOOK', dataThrough: '2026-11-25', coveredDays: 18, missingDays: 7, restatedDays: 2 },
    ]);
  });

  it('says "no data" for a platform whose last day falls before the range', () => {
    const [line] = coverageByPlatform([row({ lastDay: '2026-10-31', present: [] })], november);
    expect(line).toMatchObject({ dataThrough: null, coveredDays: 0 });
  });
});

describe('comparisonGaps', () => {
  it('flags platforms with fewer days of data in the comparison period', () => {
    const now = coverageByPlatform([row({}), row({ platform: 'TIKTOK' })], november);
    const before = coverageByPlatform(
      [
        row({ present: [{ from: '2026-10-12', to: '2026-10-31', days: 20 }] }),
        row({ platform: 'TIKTOK', present: [{ from: '2026-10-28', to: '2026-10-31', days: 4 }] }),
      ],
      { from: '2026-10-01', to: '2026-10-31' },
    );
    expect(comparisonGaps(now, before)).toEqual([{ platform: 'TIKTOK', currentDays: 20, previousDays: 4 }]);
  });
});
