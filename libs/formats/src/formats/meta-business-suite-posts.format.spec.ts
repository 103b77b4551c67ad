import { describe, expect, it } from 'vitest';
import type { PostRow } from '../canonical.js';
import { readExport } from '../read-export.js';
import { collect, openChunks } from '../../test/open-fixture.js';
import { readHintedFixture, total } from '../../test/read-hinted-fixture.js';

const hints = { exportedOn: '2025-09-02' };

describe('instagram-posts', () => {
  it('reads one lifetime snapshot per post: BOM, quoted thousands, multi-line captions, empties as null, bad cells left out', async () => {
    const { format, rows, errors, warnings } = await readHintedFixture<PostRow>(
      'instagram-posts/instagram-posts.csv',
      hints,
    );
    expect(format).toBe('instagram-posts');
    expect(warnings).toEqual([]);
    expect(rows.every((row) => row.kind === 'post')).toBe(true);
    expect(rows.map((row) => row.line)).toEqual([2, 3, 6, 7]);
    expect(rows[0]).toEqual({
      kind: 'post',
      line: 2,
      platform: 'INSTAGRAM',
      accountId: '17841400123456789',
      accountName: 'northwind.outfitters',
      postId: '17900000000000001',
      publishedAt: '2025-03-27T06:08:00',
      asOf: '2025-09-02',
      type: 'IG image',
      text: 'New drop, link in bio #FallEdit #northwind',
      permalink: 'https://www.instagram.com/p/AbC123/',
      hashtags: ['falledit', 'northwind'],
      impressions: 1604,
      reach: 845,
      // likes + comments + shares + saves: Instagram reports no total.
      engagements: 60,
      likes: 51,
      comments: 2,
      shares: 3,
      saves: 4,
      videoViews: null,
      clicks: null,
    });
    expect(rows[1]).toMatchObject({
      text: 'Behind the scenes\nat the trail shoot 🏔️\n#BTS #TrailReady #falledit',
      hashtags: ['bts', 'trailready', 'falledit'],
      impressions: 12400,
      engagements: 985,
    });
    expect(rows[2]).toMatchObject({
      text: null,
      hashtags: [],
      reach: null,
      shares: null,
      comments: null,
      engagements: 46,
    });
    // Line 7's likes and publish time cannot be read: both are left out, the post and its other figures kept;
    // its engagements are not reported (a sum without its likes would pass for the whole).
    expect(rows[3]).toEqual({
      kind: 'post',
      line: 7,
      platform: 'INSTAGRAM',
      accountId: '17841400123456789',
      accountName: 'northwind.outfitters',
      postId: '17900000000000004',
      publishedAt: null,
      asOf: '2025-09-02',
      type: 'IG image',
      text: 'Oops',
      permalink: 'https://www.instagram.com/p/JkL012/',
      hashtags: [],
      impressions: 100,
      reach: 90,
      engagements: null,
      likes: null,
      comments: 0,
      shares: 0,
      saves: 0,
      videoViews: null,
      clicks: null,
    });
    expect(total(rows, 'impressions')).toBe(15084);
    expect(total(rows, 'reach')).toBe(10035);
    expect(total(rows, 'engagements')).toBe(1091);
    expect(errors).toEqual([
      { row: 7, column: 'Likes', message: 'Likes "lots" is not a number', rowImported: true },
      {
        row: 7,
        column: 'Publish time',
        message:
          'Publish time "2025-03-31 09:00" is not a real date and time (expected MM/DD/YYYY HH:MM or M/D/YYYY H:MM)',
        rowImported: true,
      },
    ]);
  });
});

describe('facebook-posts', () => {
  it("reads the 34-column export: caption in Description or Title, Meta's own engagement total, no summary row, a negative view count left out", async () => {
    const { format, rows, errors, warnings } = await readHintedFixture<PostRow>(
      'facebook-posts/facebook-posts.csv',
      hints,
    );
    expect(format).toBe('facebook-posts');
    expect(rows.map((row) => row.line)).toEqual([2, 3, 5]);
    expect(rows[0]).toEqual({
      kind: 'post',
      line: 2,
      platform: 'FACEBOOK',
      accountId: '381920475610293',
      accountName: 'Northwind Outfitters',
      postId: '381920475610293_1200000000000001',
      publishedAt: '2025-08-01T09:00:00',
      asOf: '2025-09-02',
      type: 'Photos',
      text: 'Fall trail edit is live 🍂 #FallEdit #Northwind',
      permalink: 'https://www.facebook.com/381920475610293/posts/1200000000000001',
      hashtags: ['falledit', 'northwind'],
      impressions: 3210,
      reach: 2100,
      engagements: 143,
      likes: 120,
      comments: 15,
      shares: 8,
      saves: null,
      videoViews: null,
      clicks: 77,
    });
    // `Total clicks` is empty here, so `Link Clicks` stands in.
    expect(rows[1]).toMatchObject({
      text: 'Packing the 30L daypack, #TrailReady',
      hashtags: ['trailready'],
      type: 'Reels',
      clicks: 12,
    });
    // Line 5's negative view count is left out; the post is kept with what else it gives.
    expect(rows[2]).toEqual({
      kind: 'post',
      line: 5,
      platform: 'FACEBOOK',
      accountId: '381920475610293',
      accountName: 'Northwind Outfitters',
      postId: '381920475610293_1200000000000003',
      publishedAt: '2025-08-05T12:00:00',
      asOf: '2025-09-02',
      type: 'Links',
      text: null,
      permalink: null,
      hashtags: [],
      impressions: null,
      reach: null,
      engagements: null,
      likes: null,
      comments: null,
      shares: null,
      saves: null,
      videoViews: null,
      clicks: null,
    });
    expect(total(rows, 'impressions')).toBe(13660);
    expect(total(rows, 'reach')).toBe(9900);
    expect(total(rows, 'engagements')).toBe(555);
    expect(errors).toEqual([
      { row: 5, column: 'Views', message: 'Views "-3" must not be negative', rowImported: true },
    ]);
    expect(warnings).toEqual(['Skipped 1 total or summary row (line 4); they are never imported.']);
  });
});

describe('posts without an account id', () => {
  it("fall back on the upload's account, warning once when it gave none", async () => {
    const file = [
      'Post ID,Page ID,Description,Publish time,"Reactions, Comments and Shares"',
      '1_2,,Hi,08/01/2025 09:00,3',
      '1_3,,Yo,08/02/2025 09:00,4',
    ].join('\n');
    const reading = await readExport(openChunks(file), 'posts.csv', hints);
    const events = await collect(reading.events);
    expect(reading.format.id).toBe('facebook-posts');
    expect(events.filter((event) => event.type === 'warning')).toHaveLength(1);
    expect(events.flatMap((event) => (event.type === 'row' ? [event.row.accountId] : []))).toEqual([
      'Unnamed account',
      'Unnamed account',
    ]);
  });
});
