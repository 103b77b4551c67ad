import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_MODES, TestApp, type UploadFile } from './support/test-app.js';

const FEBRUARY = { from: '2026-02-01', to: '2026-02-28' };

interface Summary {
  paid: { spend: number; impressions: number; clicks: number; conversions: number; revenue: number };
  organic: { impressions: number; engagements: number; engagementRate: number | null; posts: number };
}

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

  const overview = async (range: object, platforms: string[]): Promise<Summary> => {
    const result = await tandem.graphql<{ overview: Summary }>(
      key,
      `query ($range: DateRange!, $platforms: [Platform!]) { overview(range: $range, platforms: $platforms) {
        paid { spend impressions clicks conversions revenue } organic { impressions engagements engagementRate posts } } }`,
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
    expect((await overview({ from: '2026-02-01', to: '2026-02-27' }, ['FACEBOOK'])).paid.spend).toBe(0);
    expect(await monthlyAndWeeklySpend()).toEqual({ month: [1600], week: [0, 0, 0, 0, 0] });
  });

  it('prefers daily facts to a whole-period total of the same account', async () => {
    const daily = [
      'date,platform,account_id,account_name,currency,campaign_id,spend,impressions,clicks,conversions,revenue',
      '2026-02-10,FACEBOOK,998877,Northwind Meta,USD,120210000000001,10.00,1000,10,1,50.00',
    ].join('\n');
    await tandem.importFixture(key, { name: 'daily.csv', content: Buffer.from(daily) });
    expect((await overview(FEBRUARY, ['FACEBOOK'])).paid).toMatchObject({ spend: 10, impressions: 1000 });
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
});
