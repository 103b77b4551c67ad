import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_MODES, TestApp, type UploadFile } from './support/test-app.js';

const FORMAT_FIXTURES = path.resolve(import.meta.dirname, '../../../libs/formats/test/fixtures');

interface Totals {
  paid: { spend: number; impressions: number; clicks: number };
  organic: { impressions: number; engagements: number; posts: number };
}

const csv = (name: string, lines: string[]): UploadFile => ({ name, content: Buffer.from(lines.join('\n')) });

/** A format fixture uploaded under another name, as a second page's export of the same layout would be. */
const renamed = (fixture: string, name: string): UploadFile => ({
  name,
  content: readFileSync(path.join(FORMAT_FIXTURES, fixture)),
});

describe.each(TEST_MODES)('real exports import exactly (%s)', (mode) => {
  let tandem: TestApp;

  const totals = async (key: string, range: object, platforms: string[]): Promise<Totals> => {
    const result = await tandem.graphql<{ overview: Totals }>(
      key,
      `query ($range: DateRange!, $platforms: [Platform!]) { overview(range: $range, platforms: $platforms) {
        paid { spend impressions clicks } organic { impressions engagements posts } } }`,
      { range, platforms },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.overview;
  };

  beforeAll(async () => {
    tandem = await TestApp.start(mode, { redisDb: 16, maxUploadMb: 50 });
  });

  afterAll(async () => tandem?.close());

  it('keeps same-named ads of one day apart, so the totals equal the file, and a re-download restates them', async () => {
    const key = await tandem.workspaceKey('repeated-names');
    const run = await tandem.importFixture(key, 'meta-ads-repeated-names.csv', { account: 'act_77' });
    expect(run).toMatchObject({ status: 'COMPLETED', rowsImported: 10, rowsRejected: 0 });
    expect(run.warnings).toContainEqual(
      expect.stringContaining(
        '2 names ("Instagram post: When the unexpected…", "UGC v1") repeat within one day or period',
      ),
    );
    const april = { from: '2026-04-01', to: '2026-04-02' };
    const expected = { spend: 196, impressions: 28_790, clicks: 188 };
    expect((await totals(key, april, ['FACEBOOK'])).paid).toEqual(expected);

    await tandem.importFixture(key, 'meta-ads-repeated-names.csv', { account: 'act_77' });
    expect((await totals(key, april, ['FACEBOOK'])).paid).toEqual(expected);
  });

  it('leaves out only the bad cell of a row and imports its other figures', async () => {
    const key = await tandem.workspaceKey('bad-cells');
    const header = 'date,platform,account_id,currency,campaign_id,spend,impressions,clicks';
    const run = await tandem.importFixture(
      key,
      csv('paid.csv', [
        header,
        '2026-05-01,FACEBOOK,act_1,USD,c1,10.00,1000,10',
        '2026-05-01,FACEBOOK,act_1,USD,c2,20.00,abc,20',
        '2026-05-01,FACEBOOK,act_1,USD,c3,-5.00,300,3',
        '2026-05-01,FACEBOOK,act_1,USD,c4,4.00,400,-2',
        'not-a-day,FACEBOOK,act_1,USD,c5,99.00,999,99',
      ]),
    );
    expect(run).toMatchObject({ status: 'COMPLETED_WITH_ERRORS', rowsImported: 4, rowsRejected: 1, rowsTotal: 5 });
    expect(run.errors).toEqual([
      { row: 3, column: 'impressions', message: 'impressions "abc" is not a number' },
      { row: 4, column: 'spend', message: 'spend "-5.00" must not be negative' },
      { row: 6, column: 'date', message: expect.stringContaining('date "not-a-day"') as string },
    ]);
    const errors = await tandem.graphql<{ import: { errors: { row: number; rowImported: boolean }[] } }>(
      key,
      'query ($id: ID!) { import(id: $id) { errors(first: 10) { row rowImported } } }',
      { id: run.id },
    );
    expect(errors.data!.import.errors).toEqual([
      { row: 3, rowImported: true },
      { row: 4, rowImported: true },
      { row: 6, rowImported: false },
    ]);
    // Clicks may be negative (a platform's correction); spend and impressions may not.
    expect((await totals(key, { from: '2026-05-01', to: '2026-05-01' }, ['FACEBOOK'])).paid).toEqual({
      spend: 34,
      impressions: 1_700,
      clicks: 31,
    });
  });

  it('files two LinkedIn Pages by their file names, so that neither restates the other', async () => {
    const key = await tandem.workspaceKey('two-pages');
    const fixture = 'linkedin-page/northwind-outfitters_content_1743465600000.xls';
    const first = await tandem.importFixture(key, renamed(fixture, 'northwind-outfitters_content_1743465600000.xls'));
    const second = await tandem.importFixture(key, renamed(fixture, 'contoso-labs_content_1743465600000 1.xls'));
    expect(first.warnings).toContainEqual(
      expect.stringContaining(
        'Rows went to the LINKEDIN account "northwind-outfitters", read from the file name "northwind-outfitters_content_1743465600000.xls"',
      ),
    );
    expect(second.warnings).toContainEqual(expect.stringContaining('account "contoso-labs"'));
    const year = { from: '2025-01-01', to: '2025-12-31' };
    const twoPages = (await totals(key, year, ['LINKEDIN'])).organic;

    // The same file under one page restates itself; under two pages, each keeps its own days.
    const single = await tandem.workspaceKey('one-page');
    await tandem.importFixture(single, renamed(fixture, 'northwind-outfitters_content_1743465600000.xls'));
    const onePage = (await totals(single, year, ['LINKEDIN'])).organic;
    expect(onePage.impressions).toBeGreaterThan(0);
    expect(twoPages).toMatchObject({ impressions: 2 * onePage.impressions, engagements: 2 * onePage.engagements });
  });

  interface Variant {
    fixture: string;
    fields?: Record<string, string>;
    currency?: string;
    platform: string;
    paid: Partial<Record<'spend' | 'impressions' | 'clicks' | 'conversions' | 'revenue', number | null>>;
  }

  // Each real layout of the issue, through upload → job → facts → GraphQL, with the totals its unit test reads.
  const variants: Variant[] = [
    {
      fixture: 'meta-ads-manager/customised-no-spend.csv',
      platform: 'FACEBOOK',
      // Customised without spend or link clicks: both not reported, never 0.
      paid: { spend: null, impressions: 63_976, clicks: null },
    },
    {
      fixture: 'meta-ads-manager/spanish-latam.csv',
      currency: 'MXN',
      platform: 'FACEBOOK',
      paid: { spend: 1561.15, impressions: 70_610, clicks: 707, conversions: 5, revenue: 4875 },
    },
    {
      fixture: 'meta-ads-manager/spanish-spain.csv',
      currency: 'EUR',
      platform: 'FACEBOOK',
      paid: { spend: 125.2, impressions: 21_150, clicks: 373, conversions: 2, revenue: 139.8 },
    },
    {
      fixture: 'meta-ads-manager/portuguese-brazil.csv',
      currency: 'BRL',
      platform: 'FACEBOOK',
      paid: { spend: 563, impressions: 48_750, clicks: 449, conversions: 6, revenue: 1794 },
    },
    {
      fixture: 'meta-ads-manager/german-day.csv',
      currency: 'EUR',
      platform: 'FACEBOOK',
      paid: { spend: 1111.85, impressions: 55_420, clicks: 553, conversions: 4, revenue: 389.6 },
    },
    {
      fixture: 'tiktok-ads/korean-daily-ad-report.csv',
      fields: { account: 'adv_1' },
      currency: 'KRW',
      platform: 'TIKTOK',
      paid: { spend: 1_325_430, impressions: 853_663, clicks: 3435, conversions: 21, revenue: 1_239_000 },
    },
    {
      fixture: 'tiktok-ads/korean-campaign-list.csv',
      fields: { account: 'adv_1', periodStart: '2026-04-01', periodEnd: '2026-04-18' },
      currency: 'KRW',
      platform: 'TIKTOK',
      paid: { spend: 2_310_618, impressions: 1_653_219, clicks: 24_603 },
    },
    {
      fixture: 'tiktok-ads/korean-campaign-list-dimension-a1.xlsx',
      fields: { account: 'adv_1', periodStart: '2026-04-01', periodEnd: '2026-04-18' },
      currency: 'KRW',
      platform: 'TIKTOK',
      paid: { spend: 2_310_618, impressions: 1_653_219, clicks: 24_603 },
    },
    {
      fixture: 'google-ads/campaign-report-no-preamble.csv',
      fields: { account: '123-456-7890', periodStart: '2025-07-01', periodEnd: '2025-07-31' },
      currency: 'INR',
      platform: 'GOOGLE_ADS',
      paid: { spend: 2565.93, impressions: 46_168, conversions: 15 },
    },
  ];

  it.each(variants)('imports $fixture exactly', async ({ fixture, fields, currency, platform, paid }) => {
    const key = await tandem.workspaceKey(`variant-${fixture.replace(/\W+/g, '-')}`, 'owner', currency);
    const run = await tandem.importFixture(key, renamed(fixture, path.basename(fixture)), fields);
    expect(run.errors).toEqual([]);
    expect(run.status).toBe('COMPLETED');
    const all = { from: '2020-01-01', to: '2029-12-31' };
    const result = await tandem.graphql<{ overview: { paid: Record<string, number> } }>(
      key,
      `query ($range: DateRange!, $platforms: [Platform!]) { overview(range: $range, platforms: $platforms) {
        paid { spend impressions clicks conversions revenue } } }`,
      { range: all, platforms: [platform] },
    );
    expect(result.data!.overview.paid).toMatchObject(paid);
  });

  it('imports a Meta age × gender breakdown exported without spend as audience facts', async () => {
    const key = await tandem.workspaceKey('age-gender');
    const fixture = 'meta-ads-manager/age-gender-no-spend.csv';
    const run = await tandem.importFixture(key, renamed(fixture, path.basename(fixture)));
    expect(run).toMatchObject({ status: 'COMPLETED', format: 'meta-ads-manager', rowsImported: 13, rowsRejected: 0 });
    const stored = (await tandem.app.get(DataSource).query(
      `SELECT dimension, sum(impressions)::int AS impressions, count(spend)::int AS spends
         FROM paid_audience_metric fact JOIN workspace ON workspace.id = fact.workspace_id
        WHERE workspace.slug = 'age-gender' GROUP BY dimension ORDER BY dimension`,
    )) as unknown[];
    // Each dimension's segments add up to the ad sets' 5,874 impressions; spend is not reported, never 0.
    expect(stored).toEqual([
      { dimension: 'age', impressions: 5874, spends: 0 },
      { dimension: 'gender', impressions: 5874, spends: 0 },
    ]);
  });

  it('asks an export without dates for its period, and imports nothing until it has one', async () => {
    const key = await tandem.workspaceKey('undated');
    const file = renamed('google-ads/campaign-report-no-preamble.csv', 'Campaign report.csv');
    const preview = await tandem.upload(key, file, { account: '1234567890' }, { dryRun: 'true' });
    expect(preview.status).toBe(200);
    const body = (await preview.json()) as { errors: { row: number; message: string }[]; rows: unknown[] };
    expect(body.errors).toEqual([
      expect.objectContaining({
        row: 1,
        message: expect.stringContaining('with the fields periodStart and periodEnd'),
      }),
    ]);
    const run = await tandem.importFixture(key, file, { account: '1234567890' });
    expect(run).toMatchObject({ status: 'FAILED', rowsImported: 0 });
    const refused = await tandem.upload(key, file, { periodStart: '2025-07-31', periodEnd: '2025-07-01' });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('periodEnd: must not be before periodStart');
  });

  it('sums a YouTube Chart data split per day, so that the same export’s Totals.csv restates it, never doubles', async () => {
    const key = await tandem.workspaceKey('youtube-split');
    const folder = 'youtube-studio/Traffic source 2020-09-01_2020-09-04 Whole Brain Health';
    const fields = { account: 'Whole Brain Health' };
    await tandem.importFixture(key, renamed(`${folder}/Chart data.csv`, 'Chart data.csv'), fields);
    const views = async () => {
      const [row] = (await tandem.app.get(DataSource).query(
        `SELECT sum(video_views)::int AS views FROM organic_daily_metric fact JOIN workspace ON workspace.id = fact.workspace_id
          WHERE workspace.slug = 'youtube-split'`,
      )) as [{ views: number }];
      return row.views;
    };
    expect(await views()).toBe(30);
    await tandem.importFixture(key, renamed(`${folder}/Totals.csv`, 'Totals.csv'), fields);
    expect(await views()).toBe(30);
  });

  it('reads legacy Facebook post times with seconds and AM/PM, 12 AM as midnight', async () => {
    const key = await tandem.workspaceKey('legacy-post-times');
    const name = 'Facebook Insights Data Export (Post Level) - Be Free Of Tobacco - 2017-07-18.csv';
    const run = await tandem.importFixture(key, renamed(`facebook-post-insights/${name}`, name));
    expect(run).toMatchObject({ status: 'COMPLETED_WITH_ERRORS', rowsImported: 5, rowsRejected: 0 });
    const posts = async (from: string, to: string) => (await totals(key, { from, to }, ['FACEBOOK'])).organic.posts;
    expect(await posts('2016-02-14', '2016-02-14')).toBe(1);
    expect(await posts('2017-07-01', '2017-07-31')).toBe(3);
    // The fifth post's `13:00:28 PM` is no time: the post is kept without a publish day, so it is not counted.
    expect(await posts('2016-01-01', '2025-12-31')).toBe(4);
  });
});
