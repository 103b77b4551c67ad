import { describe, expect, it } from 'vitest';
import type { OrganicDailyRow } from '../canonical.js';
import { readHintedFixture } from '../../test/read-hinted-fixture.js';

describe('tandem-organic', () => {
  it('reads a good file, columns in any order, negative follower and engagement changes allowed', async () => {
    const { format, rows, errors } = await readHintedFixture<OrganicDailyRow>('tandem-organic.csv');
    expect(format).toBe('tandem-organic');
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        kind: 'organic',
        line: 2,
        date: '2025-03-01',
        platform: 'INSTAGRAM',
        accountId: '17840000000000001',
        accountName: 'acme.studio',
        followers: 1200,
        newFollowers: 15,
        impressions: 3400,
        reach: 2100,
        engagements: 180,
        posts: 1,
      },
      expect.objectContaining({ line: 3, followers: 1195, newFollowers: -5, engagements: -7, posts: 0 }),
      expect.objectContaining({
        line: 4,
        platform: 'LINKEDIN',
        accountName: null,
        followers: null,
        impressions: 1514,
        posts: null,
      }),
    ]);
  });

  it('leaves out a negative follower count and keeps its row; rejects rows without a real day or an account', async () => {
    const { rows, errors } = await readHintedFixture<OrganicDailyRow>('tandem-organic-bad-rows.csv');
    expect(
      rows.map((row) => [row.line, row.date, row.followers, row.newFollowers, row.impressions, row.engagements]),
    ).toEqual([
      [2, '2025-03-01', 500, 2, 900, 12],
      [4, '2025-03-03', null, 2, 900, 12],
      [6, '2025-03-05', 504, 1, 900, 12],
    ]);
    expect(errors).toEqual([
      { row: 3, column: 'date', message: 'date "03/02/2025" is not a real day (expected YYYY-MM-DD)' },
      { row: 4, column: 'followers', message: 'followers "-1" must not be negative', rowImported: true },
      { row: 5, column: 'account_id', message: 'account_id is required' },
      { row: 5, column: 'impressions', message: 'impressions "900.5" is not a whole number' },
    ]);
  });
});
