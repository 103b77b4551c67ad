import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_MODES, TestApp, type UploadFile } from './support/test-app.js';

const csv = (name: string, lines: string[]): UploadFile => ({ name, content: Buffer.from(lines.join('\n')) });

/** Facebook and X ads (tandem-paid: no reach, no engagements). */
const PAID = csv('paid.csv', [
  'date,platform,account_id,account_name,currency,campaign_id,campaign_name,spend,impressions,clicks,conversions,revenue',
  '2026-03-02,FACEBOOK,act_1,Acme FB,USD,c1,Spring Sale,100.10,10000,100,2,300.20',
  '2026-03-16,FACEBOOK,act_1,Acme FB,USD,c1,Spring Sale,50.20,6000,40,1,100.10',
  '2026-04-06,FACEBOOK,act_1,Acme FB,USD,c1,Spring Sale,30.30,4000,20,1,20.10',
  // X exports carry no revenue and, here, no conversions: not reported, never 0.
  '2026-03-10,X,x_1,Acme X,USD,x9,Launch,200.00,20000,300,,',
]);

/** One Instagram ad-day from Meta Ads Manager, which gives reach and post engagements (and, here, no conversions). */
const META = csv('meta-instagram.csv', [
  'Reporting starts,Reporting ends,Account ID,Account name,Campaign name,Campaign ID,Ad name,Ad ID,Platform,Amount spent (USD),Impressions,Reach,Post engagements,Link clicks',
  '2026-03-20,2026-03-20,998877,Acme Meta,Reels,120210000000007,Reel 1,120210000000008,instagram,40.00,8000,6000,120,30',
]);

const ORGANIC = csv('organic.csv', [
  'date,platform,account_id,account_name,followers,new_followers,impressions,reach,engagements,posts',
  '2026-03-05,FACEBOOK,page_1,Acme Page,1000,10,5000,3000,250,1',
  '2026-03-25,FACEBOOK,page_1,Acme Page,1030,30,7000,4000,350,1',
  '2026-04-10,FACEBOOK,page_1,Acme Page,1020,-10,3000,2000,100,0',
  '2026-03-12,INSTAGRAM,ig_1,Acme IG,500,20,4000,2500,400,1',
]);

const MARCH_APRIL = { from: '2026-03-01', to: '2026-04-30' };

interface Exposure {
  impressions: number | null;
  reach: number | null;
  engagements: number | null;
}
interface Split {
  organic: Exposure;
  paid: Exposure;
  paidShare: { impressions: number | null; engagements: number | null };
}
interface OrganicVsPaid {
  total: Split;
  byPlatform: (Split & { platform: string })[];
  byPeriod: (Split & { period: string })[];
  warnings: string[];
}
interface CostComparison {
  paid: Record<string, number | null>;
  organic: {
    cost: number | null;
    costCoverage: number;
    missingMonths: string[];
    months: {
      month: string;
      amount: number | null;
      daysInRange: number;
      daysInMonth: number;
      cost: number | null;
    }[];
    engagements: number | null;
    followerGrowth: number | null;
    costPerEngagement: number | null;
    costPerFollowerGained: number | null;
  };
  warnings: string[];
}
interface GraphQLError {
  message: string;
  extensions?: { code?: string };
}

const SPLIT = `organic { impressions reach engagements } paid { impressions reach engagements }
  paidShare { impressions engagements }`;
const ORGANIC_VS_PAID = `query ($range: DateRange!, $granularity: Granularity, $platforms: [Platform!]) {
  organicVsPaid(range: $range, granularity: $granularity, platforms: $platforms) {
    total { ${SPLIT} } byPlatform { platform ${SPLIT} } byPeriod { period ${SPLIT} } warnings
  }
}`;
const GROWTH = `query ($range: DateRange!, $granularity: Granularity!, $platforms: [Platform!]) {
  growth(range: $range, granularity: $granularity, platforms: $platforms) {
    period followers followerGrowth cumulativeFollowerGrowth conversions cumulativeConversions revenue cumulativeRevenue
  }
}`;
const COST_COMPARISON = `query ($range: DateRange!, $platforms: [Platform!]) {
  costComparison(range: $range, platforms: $platforms) {
    paid { spend conversions revenue engagements cpa cpaCoverage costPerEngagement costPerEngagementCoverage roi roiCoverage }
    organic { cost costCoverage missingMonths months { month amount daysInRange daysInMonth cost }
      engagements followerGrowth costPerEngagement costPerFollowerGained }
    warnings
  }
}`;
const SET_ORGANIC_COST = `mutation ($month: String!, $amount: Float!) {
  setOrganicCost(month: $month, amount: $amount) { id keyRole organicCosts { month amount updatedAt } }
}`;

const none: Exposure = { impressions: null, reach: null, engagements: null };

describe.each(TEST_MODES)('comparisons: organic vs paid, growth and cost (%s)', (mode) => {
  let tandem: TestApp;
  let key: string;

  const query = async <Data>(text: string, variables: object, apiKey = key): Promise<Data> => {
    const result = await tandem.graphql<Data>(apiKey, text, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const organicVsPaid = async (variables: object, apiKey = key) =>
    (await query<{ organicVsPaid: OrganicVsPaid }>(ORGANIC_VS_PAID, variables, apiKey)).organicVsPaid;
  const costComparison = async (variables: object, apiKey = key) =>
    (await query<{ costComparison: CostComparison }>(COST_COMPARISON, variables, apiKey)).costComparison;
  const errorOf = async (apiKey: string, text: string, variables: object) => {
    const result = await tandem.graphql(apiKey, text, variables);
    return (result.errors as GraphQLError[] | undefined)?.[0];
  };

  beforeAll(async () => {
    tandem = await TestApp.start(mode, { redisDb: 3 });
    key = await tandem.workspaceKey('comparisons');
    for (const file of [PAID, META, ORGANIC]) {
      const run = await tandem.importFixture(key, file);
      expect(run.status, JSON.stringify(run.errors)).toBe('COMPLETED');
    }
  });

  afterAll(async () => tandem?.close());

  it('splits impressions and engagements organic vs paid over the range, never summing reach', async () => {
    const { total, byPeriod, warnings } = await organicVsPaid({ range: MARCH_APRIL });
    expect(total).toEqual({
      organic: { impressions: 19_000, reach: null, engagements: 1_100 },
      paid: { impressions: 48_000, reach: null, engagements: 120 },
      paidShare: { impressions: 48_000 / 67_000, engagements: 120 / 1_220 },
    });
    // Without a granularity the one period is the whole range.
    expect(byPeriod).toEqual([{ period: '2026-03-01', ...total }]);
    expect(warnings).toEqual([]);
  });

  it('splits per platform, in the enum order, with a side a platform lacks as not reported', async () => {
    const { byPlatform } = await organicVsPaid({ range: MARCH_APRIL });
    expect(byPlatform).toEqual([
      {
        platform: 'FACEBOOK',
        organic: { impressions: 15_000, reach: null, engagements: 700 },
        // tandem-paid files give no engagements: not reported, so no share of them either.
        paid: { impressions: 20_000, reach: null, engagements: null },
        paidShare: { impressions: 20_000 / 35_000, engagements: null },
      },
      {
        platform: 'INSTAGRAM',
        // One fact on each side: its reach is exactly this scope's, so it is served.
        organic: { impressions: 4_000, reach: 2_500, engagements: 400 },
        paid: { impressions: 8_000, reach: 6_000, engagements: 120 },
        paidShare: { impressions: 8_000 / 12_000, engagements: 120 / 520 },
      },
      {
        platform: 'X',
        organic: none,
        paid: { impressions: 20_000, reach: null, engagements: null },
        paidShare: { impressions: null, engagements: null },
      },
    ]);
    const { platform: _instagram, ...instagramSplit } = byPlatform[1]!;
    const filtered = await organicVsPaid({ range: MARCH_APRIL, platforms: ['INSTAGRAM'] });
    expect(filtered.total).toEqual(instagramSplit);
    expect(filtered.byPlatform).toEqual([byPlatform[1]]);
  });

  it('splits per period, every period of the range listed', async () => {
    const { byPeriod } = await organicVsPaid({ range: { from: '2026-02-01', to: '2026-04-30' }, granularity: 'MONTH' });
    expect(byPeriod).toEqual([
      { period: '2026-02-01', organic: none, paid: none, paidShare: { impressions: null, engagements: null } },
      {
        period: '2026-03-01',
        organic: { impressions: 16_000, reach: null, engagements: 1_000 },
        paid: { impressions: 44_000, reach: null, engagements: 120 },
        paidShare: { impressions: 44_000 / 60_000, engagements: 120 / 1_120 },
      },
      {
        period: '2026-04-01',
        // One organic fact in April (reach served); the one paid fact of April gives no reach.
        organic: { impressions: 3_000, reach: 2_000, engagements: 100 },
        paid: { impressions: 4_000, reach: null, engagements: null },
        paidShare: { impressions: 4_000 / 7_000, engagements: null },
      },
    ]);
  });

  it('contrasts follower growth with paid results per period and cumulated, null until first reported', async () => {
    const { growth } = await query<{ growth: Record<string, unknown>[] }>(GROWTH, {
      range: { from: '2026-02-01', to: '2026-05-31' },
      granularity: 'MONTH',
    });
    expect(growth).toEqual([
      {
        period: '2026-02-01',
        followers: null,
        followerGrowth: null,
        cumulativeFollowerGrowth: null,
        conversions: null,
        cumulativeConversions: null,
        revenue: null,
        cumulativeRevenue: null,
      },
      {
        period: '2026-03-01',
        followers: 1_530,
        followerGrowth: 60,
        cumulativeFollowerGrowth: 60,
        conversions: 3,
        cumulativeConversions: 3,
        revenue: 400.3,
        cumulativeRevenue: 400.3,
      },
      {
        period: '2026-04-01',
        followers: 1_520,
        followerGrowth: -10,
        cumulativeFollowerGrowth: 50,
        conversions: 1,
        cumulativeConversions: 4,
        revenue: 20.1,
        // Summed exactly: 400.3 + 20.1 as floats would be 420.40000000000003.
        cumulativeRevenue: 420.4,
      },
      {
        period: '2026-05-01',
        // A gauge keeps its last known count; a period reporting nothing adds nothing to the running totals.
        followers: 1_520,
        followerGrowth: null,
        cumulativeFollowerGrowth: 50,
        conversions: null,
        cumulativeConversions: 4,
        revenue: null,
        cumulativeRevenue: 420.4,
      },
    ]);
    const instagram = await query<{ growth: Record<string, unknown>[] }>(GROWTH, {
      range: MARCH_APRIL,
      granularity: 'MONTH',
      platforms: ['INSTAGRAM'],
    });
    expect(
      instagram.growth.map((point) => [point.followers, point.cumulativeFollowerGrowth, point.conversions]),
    ).toEqual([
      [500, 20, null],
      [500, 20, null],
    ]);
  });

  it('reports no organic cost, not 0, before a workspace enters one, and says which months are missing', async () => {
    const { organic, paid } = await costComparison({ range: MARCH_APRIL });
    expect(organic).toEqual({
      cost: null,
      costCoverage: 0,
      missingMonths: ['2026-03', '2026-04'],
      months: [
        { month: '2026-03', amount: null, daysInRange: 31, daysInMonth: 31, cost: null },
        { month: '2026-04', amount: null, daysInRange: 30, daysInMonth: 30, cost: null },
      ],
      engagements: 1_100,
      followerGrowth: 50,
      costPerEngagement: null,
      costPerFollowerGained: null,
    });
    expect(paid.spend).toBeCloseTo(420.6, 9);
  });

  it('lets an analyst but not a viewer set a month’s organic cost, restating it when set again', async () => {
    const viewer = await tandem.workspaceKey('comparisons', 'viewer');
    const refused = await errorOf(viewer, SET_ORGANIC_COST, { month: '2026-03', amount: 10 });
    expect(refused?.extensions?.code).toBe('FORBIDDEN');
    const analyst = await tandem.workspaceKey('comparisons', 'analyst');
    await query(SET_ORGANIC_COST, { month: '2026-03', amount: 10 }, analyst);
    const { setOrganicCost } = await query<{
      setOrganicCost: { keyRole: string; organicCosts: { month: string; amount: number; updatedAt: string }[] };
    }>(SET_ORGANIC_COST, { month: '2026-03', amount: 3_100 }, analyst);
    expect(setOrganicCost.keyRole).toBe('ANALYST');
    expect(setOrganicCost.organicCosts.map(({ month, amount }) => ({ month, amount }))).toEqual([
      { month: '2026-03', amount: 3_100 },
    ]);
    const { workspace } = await query<{ workspace: { organicCosts: { month: string; amount: number }[] } }>(
      `{ workspace { organicCosts { month amount } } }`,
      {},
      viewer,
    );
    expect(workspace.organicCosts).toEqual([{ month: '2026-03', amount: 3_100 }]);
  });

  it('prices organic work over the months that have a cost, next to the paid costs', async () => {
    const { organic, warnings } = await costComparison({ range: MARCH_APRIL });
    expect(organic).toEqual({
      cost: 3_100,
      costCoverage: 31 / 61,
      missingMonths: ['2026-04'],
      months: [
        { month: '2026-03', amount: 3_100, daysInRange: 31, daysInMonth: 31, cost: 3_100 },
        { month: '2026-04', amount: null, daysInRange: 30, daysInMonth: 30, cost: null },
      ],
      engagements: 1_100,
      followerGrowth: 50,
      // March's 1,000 engagements and 60 new followers: April's, unpriced, are left out.
      costPerEngagement: 3.1,
      costPerFollowerGained: 3_100 / 60,
    });
    expect(warnings).toEqual([]);
  });

  it('prorates each month by its days inside the range, kept exact', async () => {
    await query(SET_ORGANIC_COST, { month: '2026-04', amount: 1_500.5 });
    const stored = await tandem.app
      .get(DataSource)
      .query(`SELECT to_char(month, 'YYYY-MM-DD') AS month, amount::text AS amount FROM organic_cost ORDER BY month`);
    expect(stored).toEqual([
      { month: '2026-03-01', amount: '3100.000000' },
      { month: '2026-04-01', amount: '1500.500000' },
    ]);
    const { paid, organic, warnings } = await costComparison({ range: { from: '2026-03-16', to: '2026-04-15' } });
    expect(organic).toEqual({
      // 3100 × 16/31 + 1500.50 × 15/30
      cost: 2_350.25,
      costCoverage: 1,
      missingMonths: [],
      months: [
        { month: '2026-03', amount: 3_100, daysInRange: 16, daysInMonth: 31, cost: 1_600 },
        { month: '2026-04', amount: 1_500.5, daysInRange: 15, daysInMonth: 30, cost: 750.25 },
      ],
      engagements: 450,
      followerGrowth: 20,
      costPerEngagement: 2_350.25 / 450,
      costPerFollowerGained: 2_350.25 / 20,
    });
    // Facebook 50.20 + 30.30 (with conversions and revenue) and Instagram 40.00 (with engagements only).
    expect(paid.spend).toBeCloseTo(120.5, 9);
    expect(paid.conversions).toBe(2);
    expect(paid.revenue).toBeCloseTo(120.2, 9);
    expect(paid.engagements).toBe(120);
    expect(paid.cpa).toBeCloseTo(80.5 / 2, 9);
    // Coverage is the share of each ratio's denominator: every conversion and engagement comes with its spend.
    expect(paid.cpaCoverage).toBe(1);
    expect(paid.costPerEngagement).toBeCloseTo(40 / 120, 9);
    expect(paid.costPerEngagementCoverage).toBe(1);
    expect(paid.roi).toBeCloseTo((120.2 - 80.5) / 80.5, 9);
    expect(paid.roiCoverage).toBeCloseTo(80.5 / 120.5, 9);
    expect(warnings).toEqual([]);
    const facebook = await costComparison({ range: MARCH_APRIL, platforms: ['FACEBOOK'] });
    expect(facebook.organic).toMatchObject({ cost: 4_600.5, engagements: 700, costPerEngagement: 4_600.5 / 700 });
    expect(facebook.warnings).toEqual([expect.stringMatching(/organic cost is entered for the whole workspace/)]);
  });

  it('refuses a month or an amount that is not one, as BAD_USER_INPUT', async () => {
    const refusals: [string, number, RegExp][] = [
      ['2026-13', 10, /month must be a month written YYYY-MM/],
      ['2026-3', 10, /month must be a month written YYYY-MM/],
      ['2026-03-01', 10, /month must be a month written YYYY-MM/],
      ['2026-03', -1, /amount must be 0 or more/],
      ['2026-03', 0.1234567, /at most 14 digits before the decimal point and 6 after/],
      ['2026-03', 1e15, /at most 14 digits/],
    ];
    for (const [month, amount, message] of refusals) {
      const error = await errorOf(key, SET_ORGANIC_COST, { month, amount });
      expect(error?.extensions?.code, `${month} ${amount}`).toBe('BAD_USER_INPUT');
      expect(error?.message).toMatch(message);
    }
    const reversed = await errorOf(key, COST_COMPARISON, { range: { from: '2026-04-30', to: '2026-03-01' } });
    expect(reversed?.extensions?.code).toBe('BAD_USER_INPUT');
    const { workspace } = await query<{ workspace: { organicCosts: { month: string; amount: number }[] } }>(
      `{ workspace { organicCosts { month amount } } }`,
      {},
    );
    expect(workspace.organicCosts.map(({ amount }) => amount)).toEqual([3_100, 1_500.5]);
  });

  it("shows another workspace's key nothing", async () => {
    const other = await tandem.workspaceKey('comparisons-other');
    const split = await organicVsPaid({ range: MARCH_APRIL, granularity: 'MONTH' }, other);
    const empty = { organic: none, paid: none, paidShare: { impressions: null, engagements: null } };
    expect(split).toEqual({
      total: empty,
      byPlatform: [],
      byPeriod: [
        { period: '2026-03-01', ...empty },
        { period: '2026-04-01', ...empty },
      ],
      warnings: [],
    });
    const { growth } = await query<{ growth: Record<string, unknown>[] }>(
      GROWTH,
      { range: MARCH_APRIL, granularity: 'MONTH' },
      other,
    );
    expect(
      growth.every((point) => Object.entries(point).every(([field, value]) => field === 'period' || value === null)),
    ).toBe(true);
    const cost = await costComparison({ range: MARCH_APRIL }, other);
    expect(cost.organic).toMatchObject({ cost: null, missingMonths: ['2026-03', '2026-04'], engagements: null });
    expect(cost.paid.spend).toBeNull();
  });
});
