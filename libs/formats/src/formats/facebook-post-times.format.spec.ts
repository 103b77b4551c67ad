import { describe, expect, it } from 'vitest';
import type { PostRow } from '../canonical.js';
import { readHintedFixture, total } from '../../test/read-hinted-fixture.js';

const hints = { exportedOn: '2017-07-18' };
const read = (name: string) => readHintedFixture<PostRow>(`facebook-post-insights/${name}`, hints);

describe('facebook-post-insights Posted times', () => {
  it('reads the downloaded 12-hour clock with seconds exactly: PM adds 12 hours, 12 AM is midnight', async () => {
    const { format, rows, errors, warnings } = await read(
      'Facebook Insights Data Export (Post Level) - Be Free Of Tobacco - 2017-07-18.csv',
    );
    expect(format).toBe('facebook-post-insights');
    expect(rows.map((row) => [row.line, row.postId, row.publishedAt])).toEqual([
      [3, '1462412660449136_1603035389720195', '2017-07-17T15:00:13'],
      [4, '1462412660449136_1602961003060967', '2017-07-17T13:00:28'],
      [6, '1462412660449136_1602792029744531', '2017-07-17T09:00:15'],
      [7, '1462412660449136_1402412660449999', '2016-02-14T00:40:16'],
      [8, '1462412660449136_1602700000000001', null],
    ]);
    expect(rows[1]).toEqual({
      kind: 'post',
      line: 4,
      platform: 'FACEBOOK',
      accountId: '1462412660449136',
      accountName: null,
      postId: '1462412660449136_1602961003060967',
      publishedAt: '2017-07-17T13:00:28',
      asOf: '2017-07-18',
      type: 'Photo',
      text: 'Hydrogen cyanide is found in rat poison. It’s also in #cigarette smoke.\n http://bit.ly/2umIH3k',
      permalink: 'https://www.facebook.com/BeFreeOfTobacco/posts/1602961003060967:0',
      hashtags: ['cigarette'],
      impressions: 590,
      reach: 388,
      engagements: 21,
      likes: null,
      comments: null,
      shares: null,
      saves: null,
      videoViews: null,
      clicks: null,
    });
    expect(total(rows, 'reach')).toBe(1435);
    expect(total(rows, 'impressions')).toBe(2228);
    expect(total(rows, 'engagements')).toBe(80);
    // A time that is no real 12-hour time is left out; the post and its figures are kept.
    expect(errors).toEqual([
      {
        row: 8,
        column: 'Posted',
        message:
          'Posted "07/17/2017 13:00:28 PM" is not a real date and time (expected MM/DD/YYYY hh:MM:SS AM/PM or M/D/YYYY H:MM or MM/DD/YYYY HH:MM or YYYY-MM-DD HH:MM:SS)',
        rowImported: true,
      },
    ]);
    expect(warnings).toEqual([]);
  });

  it('still reads a file re-saved by Excel: M/D/YYYY H:MM on a 24-hour clock', async () => {
    const { rows, errors, warnings } = await read(
      'Facebook Insights Data Export (Post Level) - Boosted USC Trials - 2015-10-02.csv',
    );
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(rows.map((row) => [row.line, row.accountId, row.publishedAt, row.reach, row.impressions])).toEqual([
      [3, '951745098223517', '2015-10-01T21:00:00', 8, 9],
      [4, '951745098223517', '2015-10-01T09:22:00', 0, 0],
    ]);
  });
});
