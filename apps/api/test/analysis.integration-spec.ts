import { MEASURES, RATIOS, coverageField, metricId } from '@tandem/metrics/catalogue.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_MODES, TestApp, type UploadFile } from './support/test-app.js';

const csv = (name: string, lines: string[]): UploadFile => ({ name, content: Buffer.from(lines.join('\n')) });

const PAID = csv('paid.csv', [
  'date,platform,account_id,account_name,currency,campaign_id,campaign_name,objective,ad_set_id,ad_set_name,ad_id,ad_name,spend,impressions,clicks,conversions,revenue',
  '2026-03-01,FACEBOOK,act_1,Acme FB,USD,c1,Spring Sale,OUTCOME_SALES,s1,Broad,a1,UGC v1,100.00,10000,100,2,300.00',
  '2026-03-01,FACEBOOK,act_1,Acme FB,USD,c1,Spring Sale,OUTCOME_SALES,s1,Broad,a2,Static,50.00,5000,40,1,100.00',
  '2026-03-02,FACEBOOK,act_1,Acme FB,USD,c2,Brand,OUTCOME_AWARENESS,s2,All,a3,Video,30.00,20000,10,,',
  // X exports carry no revenue and, here, no conversions: not reported, never 0.
  '2026-03-02,X,x_1,Acme X,USD,x9,Launch,Website traffic,,,,,200.00,40000,300,,',
  '2026-04-01,FACEBOOK,act_1,Acme FB,USD,c1,Spring Sale,OUTCOME_SALES,s1,Broad,a1,UGC v1,10.00,1000,10,1,50.00',
]);

const ORGANIC = csv('organic.csv', [
  'date,platform,account_id,account_name,followers,new_followers,impressions,reach,engagements,posts',
  '2026-03-01,FACEBOOK,page_1,Acme Page,1000,10,5000,3000,250,1',
  '2026-03-02,FACEBOOK,page_1,Acme Page,1012,12,6000,3500,300,0',
]);

const MARCH = { from: '2026-03-01', to: '2026-03-31' };

interface Row {
  key: { dimension: string; id: string; label: string }[];
  paid: Record<string, number | null> | null;
  organic: Record<string, number | null> | null;
  previous: { paid: Record<string, number | null> } | null;
}

interface Connection {
  totalCount: number;
  edges: { cursor: string; node: Row }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  warnings: string[];
}

const BREAKDOWN = `query ($range: DateRange!, $by: [Dimension!]!, $platforms: [Platform!], $filter: BreakdownFilter,
    $compareTo: DateRange, $sort: BreakdownSort, $first: Int, $after: String) {
  breakdown(range: $range, by: $by, platforms: $platforms, filter: $filter, compareTo: $compareTo, sort: $sort,
      first: $first, after: $after) {
    totalCount warnings pageInfo { hasNextPage endCursor }
    edges { cursor node { key { dimension id label }
      paid { spend impressions clicks conversions revenue roas roasCoverage cpa ctr }
      organic { followers followerGrowth impressions engagements engagementRate posts }
      previous { paid { spend } } } }
  }
}`;

describe.each(TEST_MODES)('analysis: breakdown and the metric catalogue (%s)', (mode) => {
  let tandem: TestApp;
  let key: string;

  const breakdown = async (variables: Record<string, unknown>, apiKey = key): Promise<Connection> => {
    const result = await tandem.graphql<{ breakdown: Connection }>(apiKey, BREAKDOWN, variables);
    expect(result.errors).toBeUndefined();
    return result.data!.breakdown;
  };
  const ids = (connection: Connection) => connection.edges.map(({ node }) => node.key.map(({ id }) => id).join('/'));

  beforeAll(async () => {
    tandem = await TestApp.start(mode, { redisDb: 9 });
    key = await tandem.workspaceKey('analysis');
    await tandem.importFixture(key, PAID);
    await tandem.importFixture(key, ORGANIC);
  });

  afterAll(async () => tandem?.close());

  it('splits paid results by campaign, sorted by spend, with rows that add up to the overview', async () => {
    const byCampaign = await breakdown({ range: MARCH, by: ['CAMPAIGN'] });
    expect(byCampaign.totalCount).toBe(3);
    expect(byCampaign.edges.map(({ node }) => [node.key[0]!.label, node.paid!.spend, node.organic])).toEqual([
      ['Launch', 200, null],
      ['Spring Sale', 150, null],
      ['Brand', 30, null],
    ]);
    const overview = await tandem.graphql<{ overview: { paid: { spend: number; impressions: number } } }>(
      key,
      `{ overview(range: { from: "2026-03-01", to: "2026-03-31" }) { paid { spend impressions } } }`,
    );
    const rows = byCampaign.edges.map(({ node }) => node.paid!);
    expect(rows.reduce((sum, row) => sum + row.spend!, 0)).toBe(overview.data!.overview.paid.spend);
    expect(rows.reduce((sum, row) => sum + row.impressions!, 0)).toBe(overview.data!.overview.paid.impressions);
  });

  it('computes ROAS only over the spend of facts that report revenue, saying what share that is', async () => {
    const [all] = (await breakdown({ range: MARCH, by: ['MONTH'] })).edges;
    expect(all!.node.paid).toMatchObject({ spend: 380, revenue: 400, conversions: 3 });
    expect(all!.node.paid!.roas).toBeCloseTo(400 / 150, 12);
    expect(all!.node.paid!.roasCoverage).toBeCloseTo(150 / 380, 12);
    const xOnly = (await breakdown({ range: MARCH, by: ['PLATFORM'], platforms: ['X'] })).edges[0]!.node.paid;
    expect(xOnly).toMatchObject({
      spend: 200,
      revenue: null,
      conversions: null,
      roas: null,
      roasCoverage: null,
      cpa: null,
    });
  });

  it('normalises objectives across platforms and keeps the raw words in the label', async () => {
    const byObjective = await breakdown({ range: MARCH, by: ['OBJECTIVE'] });
    expect(byObjective.edges.map(({ node }) => [node.key[0]!.id, node.key[0]!.label, node.paid!.spend])).toEqual([
      ['TRAFFIC', 'Traffic (Website traffic)', 200],
      ['SALES', 'Sales (OUTCOME_SALES)', 150],
      ['AWARENESS', 'Awareness (OUTCOME_AWARENESS)', 30],
    ]);
    const sales = await breakdown({ range: MARCH, by: ['AD'], filter: { objectives: ['SALES'] } });
    expect(ids(sales)).toEqual(['a1', 'a2']);
  });

  it('splits both sides by platform and month, organic with its gauge and flows', async () => {
    const rows = await breakdown({ range: { from: '2026-03-01', to: '2026-04-30' }, by: ['PLATFORM', 'MONTH'] });
    expect(ids(rows)).toEqual(['X/2026-03-01', 'FACEBOOK/2026-03-01', 'FACEBOOK/2026-04-01']);
    const facebookMarch = rows.edges[1]!.node;
    expect(facebookMarch.paid!.spend).toBe(180);
    expect(facebookMarch.organic).toMatchObject({
      followers: 1012,
      followerGrowth: 22,
      impressions: 11_000,
      engagements: 550,
      engagementRate: 0.05,
      posts: 1,
    });
    expect(rows.edges[2]!.node.organic).toMatchObject({ followers: 1012, impressions: null, engagements: null });
  });

  it('pages with opaque cursors, each row once, and compares each row with the same row of another range', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: Connection = await breakdown({ range: MARCH, by: ['AD'], first: 2, after });
      seen.push(...ids(page));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(['', 'a1', 'a2', 'a3']);
    const compared = await breakdown({
      range: MARCH,
      by: ['CAMPAIGN'],
      compareTo: { from: '2026-04-01', to: '2026-04-30' },
      sort: { metric: 'paid.spend', descending: false },
    });
    expect(compared.edges.map(({ node }) => [node.key[0]!.id, node.previous!.paid.spend])).toEqual([
      ['c2', null],
      ['c1', 10],
      ['x9', null],
    ]);
  });

  it("shows another workspace's key nothing", async () => {
    const other = await tandem.workspaceKey('analysis-other');
    expect((await breakdown({ range: MARCH, by: ['CAMPAIGN'] }, other)).totalCount).toBe(0);
  });

  it('refuses dimensions it cannot split by, naming the ones it can', async () => {
    const result = await tandem.graphql(key, BREAKDOWN, { range: MARCH, by: ['HASHTAG'] });
    expect(result.errors?.[0]?.message).toMatch(/cannot split by HASHTAG yet/);
  });

  it('serves the whole catalogue: every entry in `metrics` and as a summary field, each ratio with its coverage', async () => {
    const result = await tandem.graphql<{
      metrics: { id: string; unit: string; formula: string }[];
      organic: { fields: { name: string }[] };
      paid: { fields: { name: string }[] };
    }>(
      key,
      `{ metrics { id unit formula } organic: __type(name: "OrganicSummary") { fields { name } }
         paid: __type(name: "PaidSummary") { fields { name } } }`,
    );
    expect(result.data!.metrics.map((metric) => metric.id)).toEqual([...MEASURES, ...RATIOS].map(metricId));
    for (const side of ['organic', 'paid'] as const) {
      const served = result.data![side].fields.map((field) => field.name).sort();
      const catalogue = [
        ...MEASURES.filter((measure) => measure.side === side).map((measure) => measure.field),
        ...RATIOS.filter((ratio) => ratio.side === side).flatMap((ratio) => [ratio.field, coverageField(ratio)]),
      ].sort();
      expect(served).toEqual(catalogue);
    }
  });
});
