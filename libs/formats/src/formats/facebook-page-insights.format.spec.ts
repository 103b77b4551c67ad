import { describe, expect, it } from 'vitest';
import type { OrganicDailyRow } from '../canonical.js';
import { readHintedFixture, total } from '../../test/read-hinted-fixture.js';

const read = (name: string, hints = {}) =>
  readHintedFixture<OrganicDailyRow>(`facebook-page-insights/${name}`, { exportedOn: '2015-11-01', ...hints });

describe('facebook-page-insights', () => {
  it('drops the description row, takes the (Total Count) one of two same-named columns, reads M/D/YYYY days, leaves out a negative gauge and rejects a bad day', async () => {
    const { format, rows, errors, warnings } = await read('page-insights.csv', { account: 'Northwind Outfitters' });
    expect(format).toBe('facebook-page-insights');
    expect(warnings).toEqual([]);
    expect(rows.map((row) => row.line)).toEqual([3, 4, 5, 6, 8]);
    expect(rows[0]).toEqual({
      kind: 'organic',
      line: 3,
      date: '2015-10-01',
      platform: 'FACEBOOK',
      accountId: 'Northwind Outfitters',
      accountName: 'Northwind Outfitters',
      followers: 1500,
      newFollowers: 9,
      followersGained: 12,
      impressions: 3400,
      reach: 2100,
      engagements: 85,
      posts: null,
    });
    // Line 6's negative gauge is left out, its other figures kept; line 7's impossible day rejects the row.
    expect(rows[3]).toEqual({
      kind: 'organic',
      line: 6,
      date: '2015-10-04',
      platform: 'FACEBOOK',
      accountId: 'Northwind Outfitters',
      accountName: 'Northwind Outfitters',
      followers: null,
      newFollowers: 8,
      followersGained: 8,
      impressions: 2600,
      reach: 1700,
      engagements: 60,
      posts: null,
    });
    expect(rows.map((row) => row.date)).toEqual(['2015-10-01', '2015-10-02', '2015-10-03', '2015-10-04', '2015-10-06']);
    expect(rows.map((row) => row.followers)).toEqual([1500, 1509, 1518, null, 1535]);
    expect(total(rows, 'impressions')).toBe(15250);
    expect(total(rows, 'reach')).toBe(9750);
    expect(total(rows, 'newFollowers')).toBe(40);
    expect(total(rows, 'followersGained')).toBe(50);
    expect(total(rows, 'engagements')).toBe(305);
    expect(rows[4]?.engagements).toBeNull();
    expect(errors).toEqual([
      {
        row: 6,
        column: 'Lifetime Total Likes',
        message: 'Lifetime Total Likes "-5" must not be negative',
        rowImported: true,
      },
      {
        row: 7,
        column: 'Date',
        message: 'Date "13/1/2015" is not a real day (expected YYYY-MM-DD or M/D/YYYY or MM/DD/YYYY)',
      },
    ]);
  });

  it('reads a re-saved file with ISO days, quoted thousands, no description row and an empty unlikes cell', async () => {
    const { format, rows, errors, warnings } = await read('page-insights-iso-resaved.csv', {
      exportedOn: '2025-04-01',
    });
    expect(format).toBe('facebook-page-insights');
    expect(errors).toEqual([]);
    expect(warnings).toEqual([expect.stringMatching(/names no FACEBOOK account/)]);
    expect(rows.map((row) => [row.line, row.date, row.followers, row.newFollowers, row.followersGained])).toEqual([
      [2, '2025-03-01', 12040, 26, 31],
      [3, '2025-03-02', 12061, null, 26],
    ]);
    expect(total(rows, 'impressions')).toBe(13380);
    expect(total(rows, 'reach')).toBe(8200);
    expect(rows.every((row) => row.accountId === 'Unnamed account')).toBe(true);
  });
});
