import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_MODES, TestApp, type UploadFile } from './support/test-app.js';

const META = path.resolve(import.meta.dirname, '../../../libs/formats/test/fixtures/meta-ads-manager');
const meta = (name: string): UploadFile => ({ name, content: readFileSync(path.join(META, name)) });
const csv = (name: string, lines: string[]): UploadFile => ({ name, content: Buffer.from(lines.join('\n')) });

/** The day of the age × gender export as the campaign's daily export gives it: more than the audience export lists. */
const DAILY = csv('daily.csv', [
  'date,platform,account_id,account_name,currency,campaign_id,campaign_name,objective,ad_set_id,ad_set_name,ad_id,ad_name,spend,impressions,clicks,conversions,revenue',
  '2025-03-01,FACEBOOK,1029384756,Northwind,USD,120210000000001,Spring Sale,OUTCOME_SALES,,,,,80.00,8000,90,5,200.00',
]);

const MARCH = { from: '2025-03-01', to: '2025-03-31' };

interface Value {
  dimension: string;
  id: string;
  label: string;
}

interface Row {
  key: Value[];
  paid: Record<string, number | null> | null;
  organic: Record<string, number | null> | null;
  previous: { paid: Record<string, number | null> } | null;
}

interface Connection {
  totalCount: number;
  edges: { node: Row }[];
  warnings: string[];
}

const BREAKDOWN = `query ($range: DateRange!, $by: [Dimension!]!, $platforms: [Platform!], $filter: BreakdownFilter,
    $compareTo: DateRange) {
  breakdown(range: $range, by: $by, platforms: $platforms, filter: $filter, compareTo: $compareTo) {
    totalCount warnings
    edges { node { key { dimension id label }
      paid { spend impressions reach clicks conversions revenue videoViews engagements roas roasCoverage }
      organic { impressions }
      previous { paid { impressions } } } }
  }
}`;

describe.each(TEST_MODES)('audience breakdowns (%s)', (mode) => {
  let tandem: TestApp;
  let key: string;

  const breakdown = async (variables: Record<string, unknown>, apiKey = key): Promise<Connection> => {
    const result = await tandem.graphql<{ breakdown: Connection }>(apiKey, BREAKDOWN, variables);
    expect(result.errors).toBeUndefined();
    return result.data!.breakdown;
  };
  /** Each row as its keys' ids and its paid spend, impressions, clicks, conversions and revenue. */
  const figures = (connection: Connection) =>
    connection.edges.map(({ node }) => [
      node.key.map(({ id }) => id).join('/'),
      node.paid!.spend,
      node.paid!.impressions,
      node.paid!.clicks,
      node.paid!.conversions,
      node.paid!.revenue,
    ]);

  beforeAll(async () => {
    tandem = await TestApp.start(mode, { redisDb: 15 });
    key = await tandem.workspaceKey('audience');
    for (const file of [
      meta('audience-age-gender.csv'),
      meta('age-gender-no-spend.csv'),
      meta('audience-region.csv'),
      DAILY,
    ]) {
      const run = await tandem.importFixture(key, file);
      expect(run.errors).toEqual([]);
    }
  });

  afterAll(async () => tandem?.close());

  const sorted = (rows: unknown[][]) => [...rows].sort((a, b) => String(a[0]).localeCompare(String(b[0])));

  it('splits a Meta age × gender export by age and by gender, each adding up to the export, not to the overview', async () => {
    const byAge = await breakdown({ range: MARCH, by: ['AGE'] });
    expect(figures(byAge)).toEqual([
      ['25-34', 36, 3500, 37, 3, 105],
      ['18-24', 15, 1600, 14, 1, 30],
    ]);
    expect(byAge.edges.map(({ node }) => [node.key, node.organic])).toEqual([
      [[{ dimension: 'AGE', id: '25-34', label: '25-34' }], null],
      [[{ dimension: 'AGE', id: '18-24', label: '18-24' }], null],
    ]);
    expect(byAge.warnings).toEqual([
      "Age segments add up to the audience exports' totals (spend 51.00 USD, impressions 5100, clicks 51, " +
        'conversions 4, revenue 135.00 USD), not necessarily to the overview: an audience export covers only the ' +
        'accounts, ads and days it lists. A two-way export (age × gender) was summed per dimension at import, so ' +
        'each of its dimensions adds up to the same total',
    ]);
    const byGender = await breakdown({ range: MARCH, by: ['GENDER'] });
    expect(figures(byGender)).toEqual([
      ['female', 30, 3000, 35, 3, 110],
      ['male', 20.5, 2000, 16, 1, 25],
      ['unknown', 0.5, 100, 0, null, null],
    ]);
    // Reach only where one export row makes the segment; ROAS over the spend that reports revenue.
    expect(byGender.edges.map(({ node }) => [node.paid!.reach, node.paid!.roas, node.paid!.roasCoverage])).toEqual([
      [null, 110 / 30, 1],
      [null, 25 / 20.5, 1],
      [90, null, null],
    ]);
    expect(byGender.warnings[0]).toContain(
      '(spend 51.00 USD, impressions 5100, clicks 51, conversions 4, revenue 135.00 USD)',
    );
    // The overview counts the campaign's daily export only: 80.00, not the audience export's 51.00.
    const overview = await tandem.graphql<{ overview: { paid: { spend: number; impressions: number } } }>(
      key,
      `{ overview(range: { from: "2025-03-01", to: "2025-03-31" }) { paid { spend impressions } } }`,
    );
    expect(overview.data!.overview.paid).toEqual({ spend: 80, impressions: 8000 });
  });

  it('reads a day-by-day export without spend day by day, spend not reported rather than 0', async () => {
    const days = { from: '2025-06-19', to: '2025-06-20' };
    const byAgeAndDay = await breakdown({ range: days, by: ['AGE', 'DAY'] });
    expect(
      sorted(
        byAgeAndDay.edges.map(({ node }) => [
          node.key.map(({ id }) => id).join('/'),
          node.paid!.impressions,
          node.paid!.reach,
          node.paid!.spend,
        ]),
      ),
    ).toEqual([
      ['18-24/2025-06-19', 66, 60, null],
      ['18-24/2025-06-20', 139, null, null],
      ['25-34/2025-06-20', 348, null, null],
      ['35-44/2025-06-20', 521, null, null],
      ['45-54/2025-06-20', 931, null, null],
      ['55-64/2025-06-20', 1210, null, null],
      ['65+/2025-06-19', 1252, null, null],
      ['65+/2025-06-20', 1407, null, null],
    ]);
    const byGender = await breakdown({ range: days, by: ['GENDER'] });
    expect(
      sorted(
        byGender.edges.map(({ node }) => [
          node.key[0]!.id,
          node.paid!.impressions,
          node.paid!.videoViews,
          node.paid!.engagements,
        ]),
      ),
    ).toEqual([
      ['female', 3361, 473, 2178],
      ['male', 2499, 288, 1606],
      ['unknown', 14, 3, 11],
    ]);
    expect(byGender.warnings[0]).toContain('totals (impressions 5874, engagements 3795, video views 764)');
    const compared = await breakdown({
      range: { from: '2025-06-20', to: '2025-06-20' },
      by: ['AGE'],
      compareTo: { from: '2025-06-19', to: '2025-06-19' },
    });
    expect(
      sorted(
        compared.edges.map(({ node }) => [node.key[0]!.id, node.paid!.impressions, node.previous!.paid.impressions]),
      ),
    ).toEqual([
      ['18-24', 139, 66],
      ['25-34', 348, null],
      ['35-44', 521, null],
      ['45-54', 931, null],
      ['55-64', 1210, null],
      ['65+', 1407, 1252],
    ]);
  });

  it('combines one audience dimension with campaign and month; a period total counts only where its whole period fits', async () => {
    const spring = await breakdown({
      range: { from: '2025-03-01', to: '2025-06-30' },
      by: ['AGE', 'CAMPAIGN', 'MONTH'],
    });
    expect(
      spring.edges.map(({ node }) => [
        node.key.map(({ id }) => id).join('/'),
        node.key[1]!.label,
        node.paid!.spend,
        node.paid!.impressions,
      ]),
    ).toEqual([
      ['25-34/120210000000001/2025-03-01', 'Spring Sale', 36, 3500],
      ['18-24/120210000000001/2025-03-01', 'Spring Sale', 15, 1600],
      ['18-24//2025-06-01', 'No campaign (account-level facts)', null, 205],
      ['25-34//2025-06-01', 'No campaign (account-level facts)', null, 348],
      ['35-44//2025-06-01', 'No campaign (account-level facts)', null, 521],
      ['45-54//2025-06-01', 'No campaign (account-level facts)', null, 931],
      ['55-64//2025-06-01', 'No campaign (account-level facts)', null, 1210],
      ['65+//2025-06-01', 'No campaign (account-level facts)', null, 2659],
    ]);
    // The region export is one total for 2025-03-01..2025-03-07: inside March, across two ISO weeks.
    const byMonth = await breakdown({ range: MARCH, by: ['REGION', 'MONTH'] });
    expect(figures(byMonth)).toEqual([
      ['Île-de-France/2025-03-01', 70, 7000, 90, null, null],
      ['Auvergne-Rhône-Alpes/2025-03-01', 30, 3500, 41, null, null],
      ['unknown/2025-03-01', 1.25, 90, 1, null, null],
    ]);
    expect(byMonth.warnings[0]).toContain('(spend 101.25 USD, impressions 10590, clicks 132)');
    const byWeek = await breakdown({ range: MARCH, by: ['REGION', 'WEEK'] });
    expect(byWeek.totalCount).toBe(0);
    expect(byWeek.warnings).toEqual([
      'No region segments to show: no audience export gives them for a period that fits in this range (or in one of its days, weeks or months), on these platforms, within this filter',
    ]);
    expect((await breakdown({ range: { from: '2025-03-01', to: '2025-03-05' }, by: ['REGION'] })).totalCount).toBe(0);
  });

  it('filters audience facts by account, campaign and platform', async () => {
    const byAccount = await breakdown({ range: MARCH, by: ['ACCOUNT', 'REGION'] });
    expect(byAccount.edges.map(({ node }) => node.key[0]!.label)).toEqual(['Northwind', 'Northwind', 'Northwind']);
    const northwind = byAccount.edges[0]!.node.key[0]!.id;
    const regions = await breakdown({ range: MARCH, by: ['REGION'], filter: { accounts: [northwind] } });
    expect(figures(regions).map(([id, spend]) => [id, spend])).toEqual([
      ['Île-de-France', 70],
      ['Auvergne-Rhône-Alpes', 30],
      ['unknown', 1.25],
    ]);
    expect((await breakdown({ range: MARCH, by: ['AGE'], filter: { accounts: [northwind] } })).totalCount).toBe(0);
    const campaign = await breakdown({
      range: { from: '2025-03-01', to: '2025-06-30' },
      by: ['GENDER'],
      filter: { campaigns: ['120210000000001'] },
    });
    expect(figures(campaign)).toEqual([
      ['female', 30, 3000, 35, 3, 110],
      ['male', 20.5, 2000, 16, 1, 25],
      ['unknown', 0.5, 100, 0, null, null],
    ]);
    expect((await breakdown({ range: MARCH, by: ['AGE'], platforms: ['INSTAGRAM'] })).totalCount).toBe(0);
    expect((await breakdown({ range: MARCH, by: ['AGE'], platforms: ['FACEBOOK'] })).totalCount).toBe(2);
  });

  it('lets a later audience export of an overlapping period restate the earlier one, never add to it', async () => {
    const restated = await tandem.workspaceKey('audience-restated');
    await tandem.importFixture(restated, meta('audience-region.csv'));
    const wholeMarch = csv('region-march.csv', [
      'Reporting starts,Reporting ends,Account ID,Account name,Campaign name,Campaign ID,Region,Amount spent (USD),Impressions,Link clicks',
      '2025-03-01,2025-03-31,1029384756,Northwind,Spring Sale,120210000000001,Île-de-France,250.00,26000,300',
      '2025-03-01,2025-03-31,1029384756,Northwind,Spring Sale,120210000000001,Bretagne,50.00,4000,20',
    ]);
    expect((await tandem.importFixture(restated, wholeMarch)).errors).toEqual([]);
    expect(figures(await breakdown({ range: MARCH, by: ['REGION'] }, restated))).toEqual([
      ['Île-de-France', 250, 26_000, 300, null, null],
      ['Bretagne', 50, 4000, 20, null, null],
    ]);
    // The first week's total is restated by the month's: it no longer counts, not even in a range holding only it.
    const firstWeek = { from: '2025-03-01', to: '2025-03-07' };
    expect((await breakdown({ range: firstWeek, by: ['REGION'] }, restated)).totalCount).toBe(0);
  });

  it('refuses two audience dimensions at once: exports are stored per dimension', async () => {
    const result = await tandem.graphql(key, BREAKDOWN, { range: MARCH, by: ['AGE', 'GENDER'] });
    expect(result.errors?.[0]?.message).toMatch(/^Split by one audience dimension at most, not AGE and GENDER/);
  });

  it("shows another workspace's key nothing", async () => {
    const other = await tandem.workspaceKey('audience-other');
    const answer = await breakdown({ range: { from: '2025-01-01', to: '2025-12-31' }, by: ['AGE'] }, other);
    expect(answer.totalCount).toBe(0);
    expect(answer.warnings).toEqual([expect.stringMatching(/^No age segments to show/)]);
  });
});
