import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_MODES, TestApp, type UploadFile } from './support/test-app.js';

const FEBRUARY = { from: '2026-02-01', to: '2026-02-28' };

interface Summary {
  paid: { spend: number; impressions: number; clicks: number; conversions: number; revenue: number };
  organic: { impressions: number; engagements: number; engagementRate: number | null; posts: number };
  warnings: string[];
}

const tandemCsv = (name: string, lines: string[]): UploadFile => ({ name, content: Buffer.from(lines.join('\n')) });
const PAID_HEADER =
  'date,platform,account_id,account_name,currency,campaign_id,spend,impressions,clicks,conversions,revenue';
const ORGANIC_HEADER =
  'date,platform,account_id,account_name,followers,new_followers,impressions,reach,engagements,posts';

/** A Meta Business Suite "Export data" series as downloaded: UTF-16LE with BOM, `sep=,`, the metric on line 2. */
function businessSuiteSeries(metric: string, days: [string, number][]): UploadFile {
  const lines = [
    'sep=,',
    `"${metric}"`,
    '"Date","Primary"',
    ...days.map(([day, value]) => `"${day}T00:00:00","${value}"`),
  ];
  return { name: `${metric}.csv`, content: Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf16le') };
}

describe.each(TEST_MODES)("platforms' own exports through the pipeline (%s)", (mode) => {
  let tandem: TestApp;
  let key: string;

  const overview = async (range: object, platforms: string[], apiKey = key): Promise<Summary> => {
    const result = await tandem.graphql<{ overview: Summary }>(
      apiKey,
      `query ($range: DateRange!, $platforms: [Platform!]) { overview(range: $range, platforms: $platforms) {
        paid { spend impressions clicks conversions revenue } organic { impressions engagements engagementRate posts }
        warnings } }`,
      { range, platforms },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.overview;
  };

  const monthlyAndWeeklySpend = async () => {
    const series = async (granularity: string) => {
      const result = await tandem.graphql<{ timeSeries: { period: string; paid: { spend: number } }[] }>(
        key,
        `query ($range: DateRange!, $granularity: Granularity!) {
          timeSeries(range: $range, granularity: $granularity, platforms: [FACEBOOK]) { period paid { spend } } }`,
        { range: FEBRUARY, granularity },
      );
      return result.data!.timeSeries.map((point) => point.paid.spend);
    };
    return { month: await series('MONTH'), week: await series('WEEK') };
  };

  beforeAll(async () => {
    tandem = await TestApp.start(mode, { redisDb: 5 });
    key = await tandem.workspaceKey('platforms');
  });

  afterAll(async () => tandem?.close());

  it('stores a whole-period Meta export against its period and counts it only in ranges that contain it', async () => {
    const run = await tandem.importFixture(key, 'meta-ads-whole-february.csv');
    expect(run).toMatchObject({ status: 'COMPLETED', format: 'meta-ads-manager', rowsImported: 2 });
    expect(run.warnings).toContainEqual(
      expect.stringContaining('whole-period file: stored for 2026-02-01..2026-02-28'),
    );

    // Conversions count purchases only: the reach campaign's 70,100 "results" are not conversions.
    const february = await overview(FEBRUARY, ['FACEBOOK']);
    expect(february.paid).toMatchObject({
      spend: 1600,
      impressions: 139_200,
      clicks: 650,
      conversions: 12,
      revenue: 1180,
    });
    expect((await overview({ from: '2026-01-01', to: '2026-03-31' }, ['FACEBOOK'])).paid.spend).toBe(1600);
    // A range (or week) that cuts the period counts none of it: nothing there reports spend.
    expect((await overview({ from: '2026-02-01', to: '2026-02-27' }, ['FACEBOOK'])).paid.spend).toBeNull();
    expect(await monthlyAndWeeklySpend()).toEqual({ month: [1600], week: [null, null, null, null, null] });
  });

  it('counts a whole-period total beside daily rows that cover only part of its period, and warns', async () => {
    const tenth = '2026-02-10,FACEBOOK,998877,Northwind Meta,USD,120210000000001,10.00,1000,10,1,50.00';
    await tandem.importFixture(key, tandemCsv('daily.csv', [PAID_HEADER, tenth]));
    const february = await overview(FEBRUARY, ['FACEBOOK']);
    expect(february.paid).toMatchObject({ spend: 1610, impressions: 140_200 });
    expect(february.warnings).toEqual([
      'FACEBOOK account Northwind Meta has both a whole-period total for 2026-02-01..2026-02-28 and daily rows ' +
        'inside it: the overlap may count twice; upload a daily export covering the whole period',
    ]);
  });

  it('lets a daily export whose window holds the whole period supersede its total, days without rows included', async () => {
    // Days without delivery are left out of exports: this one's window is Feb 1..28 with rows on two days only.
    const rows = ['2026-02-01', '2026-02-28'].map(
      (day) => `${day},FACEBOOK,998877,Northwind Meta,USD,120210000000001,20.00,2000,20,1,40.00`,
    );
    await tandem.importFixture(key, tandemCsv('daily-february.csv', [PAID_HEADER, ...rows]));
    const february = await overview(FEBRUARY, ['FACEBOOK']);
    expect(february.paid).toMatchObject({ spend: 10 + 20 + 20, impressions: 5000 });
    expect(february.warnings).toEqual([]);
  });

  it('counts only the latest of overlapping whole-period exports of the same ads', async () => {
    const harbor = await tandem.workspaceKey('overlapping-periods');
    await tandem.importFixture(harbor, 'meta-ads-last-28-days-to-feb-01.csv');
    await tandem.importFixture(harbor, 'meta-ads-last-28-days-to-feb-08.csv');
    const both = await overview({ from: '2026-01-01', to: '2026-02-28' }, ['FACEBOOK'], harbor);
    // The Brand Reach ad is not in the later export (no delivery in its period): its earlier total still counts.
    expect(both.paid).toMatchObject({ spend: 520 + 180 + 60, impressions: 52_000 + 18_000 + 9000 });
    const earlierOnly = await overview({ from: '2026-01-05', to: '2026-02-01' }, ['FACEBOOK'], harbor);
    expect(earlierOnly.paid.spend).toBe(60);
  });

  it('counts posts from a post-level export in place of the daily posts column, without adding to daily engagements', async () => {
    await tandem.importFixture(key, 'instagram-daily.csv');
    expect((await overview(FEBRUARY, ['INSTAGRAM'])).organic).toMatchObject({ posts: 5, engagements: 330 });

    const posts = await tandem.importFixture(key, 'instagram-posts.csv', { exportedOn: '2026-03-05' });
    expect(posts).toMatchObject({ status: 'COMPLETED', format: 'instagram-posts', rowsImported: 3 });
    expect((await overview(FEBRUARY, ['INSTAGRAM'])).organic).toMatchObject({
      posts: 2,
      engagements: 330,
      impressions: 7000,
    });
    expect((await overview({ from: '2026-03-01', to: '2026-03-31' }, ['INSTAGRAM'])).organic.posts).toBe(1);
  });

  it('combines one-metric Business Suite series of the same days, metric by metric', async () => {
    const days = (values: number[]): [string, number][] =>
      values.map((value, index) => [`2026-02-0${index + 1}`, value]);
    const hints = { platform: 'INSTAGRAM', account: 'ig-series-account' };
    const views = await tandem.importFixture(key, businessSuiteSeries('Views', days([100, 200, 300])), hints);
    const interactions = await tandem.importFixture(
      key,
      businessSuiteSeries('Content interactions', days([10, 20, 30])),
      hints,
    );
    expect([views.status, interactions.status]).toEqual(['COMPLETED', 'COMPLETED']);
    const range = { from: '2026-02-01', to: '2026-02-03' };
    const { organic } = await overview(range, ['INSTAGRAM']);
    // The daily template's Feb 3 row (3000 impressions, 150 engagements) is another account: both count.
    expect(organic).toMatchObject({ impressions: 600 + 3000, engagements: 60 + 150 });
  });

  it("files an export under the account whose name the upload's account field gives", async () => {
    const ownKey = await tandem.workspaceKey('account-by-name');
    const samples = '../../../../samples';
    const posts = await tandem.importFixture(ownKey, `${samples}/Sep-29-2026_Nov-27-2026_17841400123456789.csv`, {
      exportedOn: '2026-11-27',
    });
    const series = await tandem.importFixture(ownKey, `${samples}/meta-business-suite-instagram-views.csv`, {
      platform: 'INSTAGRAM',
      account: 'Northwind.Outfitters',
    });
    expect([posts.status, series.status]).toEqual(['COMPLETED', 'COMPLETED']);
    const accounts: { external_id: string; name: string }[] = await tandem.app.get(DataSource).query(
      `SELECT a.external_id, a.name FROM account AS a JOIN workspace AS w ON w.id = a.workspace_id
       WHERE w.slug = 'account-by-name' AND a.platform = 'INSTAGRAM'`,
    );
    expect(accounts).toEqual([{ external_id: '17841400123456789', name: 'northwind.outfitters' }]);
  });

  it('picks no account by a name two accounts share, and says which ids to use', async () => {
    const ownKey = await tandem.workspaceKey('account-name-twins');
    await tandem.importFixture(
      ownKey,
      tandemCsv('twins.csv', [
        ORGANIC_HEADER,
        '2026-02-01,INSTAGRAM,ig_1,twin.studio,10,,,,,',
        '2026-02-01,INSTAGRAM,ig_2,Twin.Studio,20,,,,,',
      ]),
    );
    const series = await tandem.importFixture(ownKey, businessSuiteSeries('Views', [['2026-02-01', 5]]), {
      platform: 'INSTAGRAM',
      account: 'twin.studio',
    });
    expect(series.warnings).toContainEqual(
      expect.stringMatching(/^2 INSTAGRAM accounts are named "twin\.studio".*\(ig_1, ig_2\)/),
    );
  });

  it('rates engagements over the impressions of the days that report both', async () => {
    const rated = await tandem.workspaceKey('engagement-rate');
    const hints = { platform: 'INSTAGRAM', account: 'ig-rated-account' };
    const views: [string, number][] = [
      ['2026-02-01', 100],
      ['2026-02-02', 200],
      ['2026-02-03', 300],
      ['2026-02-04', 400],
    ];
    const interactions: [string, number][] = [
      ['2026-02-01', 10],
      ['2026-02-02', 20],
    ];
    await tandem.importFixture(rated, businessSuiteSeries('Views', views), hints);
    await tandem.importFixture(rated, businessSuiteSeries('Content interactions', interactions), hints);
    const { organic } = await overview({ from: '2026-02-01', to: '2026-02-04' }, ['INSTAGRAM'], rated);
    expect(organic).toMatchObject({ impressions: 1000, engagements: 30 });
    expect(organic.engagementRate).toBeCloseTo(30 / 300, 12);
  });

  it('ignores the daily posts column only on the days a post-level export covers', async () => {
    const posts = await tandem.workspaceKey('posts-window');
    const january = '2026-01-20,INSTAGRAM,17840000000000001,acme.studio,4990,5,2000,1500,90,4';
    await tandem.importFixture(posts, tandemCsv('january.csv', [ORGANIC_HEADER, january]));
    await tandem.importFixture(posts, 'instagram-daily.csv');
    await tandem.importFixture(posts, 'instagram-posts.csv', { exportedOn: '2026-03-05' });
    const postsIn = async (from: string, to: string) =>
      (await overview({ from, to }, ['INSTAGRAM'], posts)).organic.posts;
    expect(await postsIn('2026-01-01', '2026-01-31')).toBe(4);
    expect(await postsIn('2026-02-01', '2026-02-28')).toBe(2);
    expect(await postsIn('2026-01-01', '2026-03-31')).toBe(4 + 3);
  });
});
