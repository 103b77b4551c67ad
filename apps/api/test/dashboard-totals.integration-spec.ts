import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_MODES, TestApp, type UploadFile } from './support/test-app.js';

const PAID_HEADER =
  'date,platform,account_id,account_name,currency,campaign_id,spend,impressions,clicks,conversions,revenue';
const ORGANIC_HEADER =
  'date,platform,account_id,account_name,followers,new_followers,impressions,reach,engagements,posts';

const tandemCsv = (name: string, lines: string[]): UploadFile => ({ name, content: Buffer.from(lines.join('\n')) });

interface OverviewData {
  overview: { organic: { followers: number | null }; paid: { spend: number }; warnings: string[] };
}

const OVERVIEW = `query ($range: DateRange!, $compareTo: DateRange) { overview(range: $range, compareTo: $compareTo) {
  organic { followers } paid { spend } warnings } }`;

describe.each(TEST_MODES)('dashboard totals (%s)', (mode) => {
  let tandem: TestApp;

  const overview = async (key: string, variables: object) => {
    const result = await tandem.graphql<OverviewData>(key, OVERVIEW, variables);
    expect(result.errors).toBeUndefined();
    return result.data!.overview;
  };

  beforeAll(async () => {
    tandem = await TestApp.start(mode, { redisDb: 7 });
  });

  afterAll(async () => tandem?.close());

  it("counts each account's last known followers, even when it was counted before the range starts", async () => {
    const key = await tandem.workspaceKey('followers-at-end');
    const rows = [
      '2026-03-01,INSTAGRAM,ig_quiet,quiet.studio,1000,,,,,',
      '2026-03-05,INSTAGRAM,ig_quiet,quiet.studio,1010,,,,,',
      '2026-03-12,INSTAGRAM,ig_busy,busy.studio,40,,,,,',
      '2026-04-02,INSTAGRAM,ig_busy,busy.studio,50,,,,,',
    ];
    await tandem.importFixture(key, tandemCsv('followers.csv', [ORGANIC_HEADER, ...rows]));
    const march = await overview(key, { range: { from: '2026-03-10', to: '2026-03-31' } });
    expect(march.organic.followers).toBe(1010 + 40);
    const before = await overview(key, { range: { from: '2026-02-01', to: '2026-02-28' } });
    expect(before.organic.followers).toBeNull();
  });

  it('warns about the other currencies of the compared range too, once each', async () => {
    const key = await tandem.workspaceKey('compared-currencies');
    const rows = [
      '2026-01-10,FACEBOOK,act_eur,Euro Ads,EUR,c1,10.00,1000,10,1,20.00',
      '2026-01-10,FACEBOOK,act_gbp,Pound Ads,GBP,c1,10.00,1000,10,1,20.00',
      '2026-02-10,FACEBOOK,act_eur,Euro Ads,EUR,c1,10.00,1000,10,1,20.00',
    ];
    await tandem.importFixture(key, tandemCsv('currencies.csv', [PAID_HEADER, ...rows]));
    const { warnings } = await overview(key, {
      range: { from: '2026-02-01', to: '2026-02-28' },
      compareTo: { from: '2026-01-01', to: '2026-01-31' },
    });
    expect(warnings).toHaveLength(2);
    expect(warnings).toEqual([expect.stringContaining('in EUR'), expect.stringContaining('in GBP')]);
  });

  it("charts followers as each account's last known count at the end of each period, up to the range end", async () => {
    const key = await tandem.workspaceKey('followers-series');
    const rows = [
      '2026-03-02,INSTAGRAM,ig_quiet,quiet.studio,1000,,,,,',
      '2026-03-12,INSTAGRAM,ig_busy,busy.studio,40,,,,,',
      '2026-03-20,INSTAGRAM,ig_busy,busy.studio,55,,,,,',
    ];
    await tandem.importFixture(key, tandemCsv('followers-series.csv', [ORGANIC_HEADER, ...rows]));
    const range = { from: '2026-03-02', to: '2026-03-18' };
    const result = await tandem.graphql<{ timeSeries: { period: string; organic: { followers: number | null } }[] }>(
      key,
      `query ($range: DateRange!) { timeSeries(range: $range, granularity: WEEK) { period organic { followers } } }`,
      { range },
    );
    expect(result.errors).toBeUndefined();
    // Weeks start on Monday 2, 9 and 16 March; the 55 of 20 March lies after the range and is not shown.
    expect(result.data!.timeSeries).toEqual([
      { period: '2026-03-02', organic: { followers: 1000 } },
      { period: '2026-03-09', organic: { followers: 1000 + 40 } },
      { period: '2026-03-16', organic: { followers: 1000 + 40 } },
    ]);
    expect((await overview(key, { range })).organic.followers).toBe(1000 + 40);
  });

  it('lists the measures each period has facts for, apart from measured zeros', async () => {
    const key = await tandem.workspaceKey('reported-periods');
    await tandem.importFixture(
      key,
      tandemCsv('zero-and-gap.csv', [
        ORGANIC_HEADER,
        '2026-05-01,INSTAGRAM,ig_a,a.studio,100,1,500,400,20,1',
        '2026-05-02,INSTAGRAM,ig_a,a.studio,100,0,0,0,0,0',
        // a follower count alone: the day's engagements were not measured
        '2026-05-03,INSTAGRAM,ig_a,a.studio,101,,,,,',
      ]),
    );
    await tandem.importFixture(
      key,
      tandemCsv('paid-one-day.csv', [PAID_HEADER, '2026-05-02,FACEBOOK,act_1,Ads,USD,c1,0.00,0,0,,0.00']),
    );
    const result = await tandem.graphql<{
      timeSeries: { period: string; organicReported: string[]; paidReported: string[] }[];
    }>(
      key,
      `query { timeSeries(range: { from: "2026-05-01", to: "2026-05-04" }, granularity: DAY) {
        period organicReported paidReported } }`,
    );
    expect(result.errors).toBeUndefined();
    // One account's one day: its reach is given for exactly that scope, so it is reported too.
    const flows = ['FOLLOWER_GROWTH', 'IMPRESSIONS', 'REACH', 'ENGAGEMENTS', 'POSTS'];
    expect(result.data!.timeSeries).toEqual([
      { period: '2026-05-01', organicReported: ['FOLLOWERS', ...flows], paidReported: [] },
      {
        period: '2026-05-02',
        organicReported: ['FOLLOWERS', ...flows],
        paidReported: ['SPEND', 'IMPRESSIONS', 'CLICKS', 'REVENUE'],
      },
      { period: '2026-05-03', organicReported: ['FOLLOWERS'], paidReported: [] },
      // the last known count still stands; nothing was measured that day
      { period: '2026-05-04', organicReported: ['FOLLOWERS'], paidReported: [] },
    ]);
  });

  it('refuses a range of more than 10 years before building any series', async () => {
    const key = await tandem.workspaceKey('huge-series');
    const result = await tandem.graphql(
      key,
      `query { timeSeries(range: { from: "0001-01-01", to: "9999-12-31" }, granularity: DAY) { period } }`,
    );
    expect(result.errors?.[0]).toMatchObject({
      message:
        'The range 0001-01-01..9999-12-31 spans more than 10 years; ask for at most 10 years (0001-01-01..0010-12-31)',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
