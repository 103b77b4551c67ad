import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_MODES, TestApp, type UploadFile } from './support/test-app.js';

const csv = (name: string, lines: string[]): UploadFile => ({ name, content: Buffer.from(lines.join('\n')) });

const PAID_HEADER =
  'date,platform,account_id,account_name,currency,campaign_id,campaign_name,objective,ad_set_id,ad_set_name,ad_id,ad_name,spend,impressions,clicks,conversions,revenue';

const PAID = csv('paid.csv', [
  PAID_HEADER,
  '2026-03-01,FACEBOOK,act_1,Acme FB,USD,c1,Spring Sale,OUTCOME_SALES,s1,Broad,a1,UGC v1,100.00,10000,100,2,300.00',
  // A campaign name a spreadsheet would run as a formula, and one that needs quoting.
  '2026-03-02,FACEBOOK,act_1,Acme FB,USD,c2,"=HYPERLINK(""x"")",OUTCOME_AWARENESS,s2,All,a3,Video,30.00,20000,10,,',
  '2026-03-02,X,x_1,Acme X,USD,x9,"Launch, ""X""",Website traffic,,,,,200.00,40000,300,,',
  '2026-04-01,FACEBOOK,act_1,Acme FB,USD,c1,Spring Sale,OUTCOME_SALES,s1,Broad,a1,UGC v1,10.00,1000,10,1,50.00',
]);

const ORGANIC = csv('organic.csv', [
  'date,platform,account_id,account_name,followers,new_followers,impressions,reach,engagements,posts',
  '2026-03-01,FACEBOOK,page_1,Acme Page,1000,10,5000,3000,250,1',
  '2026-03-02,FACEBOOK,page_1,Acme Page,990,-10,6000,3500,300,0',
]);

/** Every paid column, in order: measures, then each ratio and its coverage (README, CSV exports). */
const PAID_COLUMNS =
  'paid_spend,paid_impressions,paid_reach,paid_clicks,paid_conversions,paid_revenue,paid_engagements,paid_video_views,' +
  'paid_ctr,paid_ctr_coverage,paid_cpc,paid_cpc_coverage,paid_cpm,paid_cpm_coverage,paid_cpa,paid_cpa_coverage,' +
  'paid_roas,paid_roas_coverage,paid_roi,paid_roi_coverage,paid_frequency,paid_frequency_coverage,' +
  'paid_cost_per_engagement,paid_cost_per_engagement_coverage';
const ORGANIC_COLUMNS =
  'organic_followers,organic_follower_growth,organic_impressions,organic_reach,organic_engagements,' +
  'organic_video_views,organic_posts,organic_engagement_rate,organic_engagement_rate_coverage,' +
  'organic_engagement_rate_by_reach,organic_engagement_rate_by_reach_coverage';

const lines = (...rows: string[]) => rows.map((row) => `${row}\r\n`).join('');

describe.each(TEST_MODES)('CSV exports (%s)', (mode) => {
  let tandem: TestApp;
  let key: string;

  /** `null`: no Authorization header at all. */
  const download = (path: string, apiKey: string | null = key) =>
    fetch(`${tandem.baseUrl}${path}`, { headers: apiKey ? { authorization: `Bearer ${apiKey}` } : {} });
  const csvText = async (path: string, apiKey?: string) => {
    const response = await download(path, apiKey);
    const body = await response.text();
    expect(response.status, body).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    return body;
  };

  beforeAll(async () => {
    tandem = await TestApp.start(mode, { redisDb: 10 });
    const owner = await tandem.workspaceKey('exports');
    await tandem.importFixture(owner, PAID);
    await tandem.importFixture(owner, ORGANIC);
    // Reading reports needs only the viewer role.
    key = await tandem.workspaceKey('exports', 'viewer');
  });

  afterAll(async () => tandem?.close());

  it('downloads a breakdown by campaign: ids and labels, every paid field, empty cells for not reported', async () => {
    const body = await csvText('/api/exports/breakdown.csv?from=2026-03-01&to=2026-03-31&by=CAMPAIGN');
    expect(body).toBe(
      lines(
        `campaign_id,campaign,${PAID_COLUMNS}`,
        // Sorted by spend, as breakdown is. cpc = 200 / 300, cpm = 1000 × 200 / 40000; no conversions or revenue.
        'x9,"Launch, ""X""",200,40000,,300,,,,,0.0075,1,0.6666666666666666,1,5,1,,,,,,,,,,',
        'c1,Spring Sale,100,10000,,100,2,300,,,0.01,1,1,1,10,1,50,1,3,1,2,1,,,,',
        // The formula is written as text: neutralised with `'`, then quoted for its quotes.
        `c2,"'=HYPERLINK(""x"")",30,20000,,10,,,,,0.0005,1,3,1,1.5,1,,,,,,,,,,`,
      ),
    );
    const read = parse(body, { columns: true }) as Record<string, string>[];
    expect(read.map((row) => row.campaign)).toEqual(['Launch, "X"', 'Spring Sale', `'=HYPERLINK("x")`]);
  });

  it('downloads a daily time series of both sides, empty periods included, negative numbers as numbers', async () => {
    const body = await csvText('/api/exports/time-series.csv?from=2026-03-01&to=2026-03-03&granularity=day');
    expect(body).toBe(
      lines(
        `period,${ORGANIC_COLUMNS},${PAID_COLUMNS}`,
        // engagementRateByReach = 250 / 3000.
        '2026-03-01,1000,10,5000,3000,250,,1,0.05,1,0.08333333333333333,1,' +
          '100,10000,,100,2,300,,,0.01,1,1,1,10,1,50,1,3,1,2,1,,,,',
        // Net follower growth -10 is a number, not a formula: no `'`. 300 / 3500; paid: 310 / 60000, 230 / 310,
        // 1000 × 230 / 60000.
        '2026-03-02,990,-10,6000,3500,300,,0,0.05,1,0.08571428571428572,1,' +
          '230,60000,,310,,,,,0.005166666666666667,1,0.7419354838709677,1,3.833333333333333,1,,,,,,,,,,',
        // No fact that day: the follower gauge keeps its last count, everything else is not reported.
        `2026-03-03,990${','.repeat(34)}`,
      ),
    );
  });

  it('takes the query’s arguments: platforms, filters, sort and a compared range', async () => {
    const body = await csvText(
      '/api/exports/breakdown.csv?from=2026-03-01&to=2026-03-31&by=PLATFORM&by=CAMPAIGN&platforms=FACEBOOK' +
        '&campaigns=c1&campaigns=c2&sort=paid.spend&descending=false&compareFrom=2026-04-01&compareTo=2026-04-30',
    );
    const [header, ...rows] = parse(body) as string[][];
    expect(header!.slice(0, 5)).toEqual(['platform_id', 'platform', 'campaign_id', 'campaign', 'paid_spend']);
    expect(header).toContain('previous_paid_spend');
    expect(header).not.toContain('organic_impressions');
    const at = (row: string[], column: string) => row[header!.indexOf(column)];
    expect(rows.map((row) => [at(row, 'campaign_id'), at(row, 'paid_spend'), at(row, 'previous_paid_spend')])).toEqual([
      ['c2', '30', ''],
      ['c1', '100', '10'],
    ]);
  });

  it('pages through every row of a breakdown, however many', async () => {
    const owner = await tandem.workspaceKey('exports-many');
    const campaigns = Array.from({ length: 1_234 }, (_, index) => index + 1);
    await tandem.importFixture(
      owner,
      csv('many.csv', [
        PAID_HEADER,
        ...campaigns.map((n) => `2026-03-01,FACEBOOK,act_9,Many,USD,m${n},Campaign ${n},,,,,,${n}.00,${n * 10},${n},,`),
      ]),
    );
    const body = await csvText('/api/exports/breakdown.csv?from=2026-03-01&to=2026-03-01&by=CAMPAIGN', owner);
    const rows = parse(body, { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.campaign_id)).toEqual(campaigns.reverse().map((n) => `m${n}`));
    expect(rows.reduce((sum, row) => sum + Number(row.paid_spend), 0)).toBe((1_234 * 1_235) / 2);
  });

  it("shows another workspace's key only its own data: the header and no row", async () => {
    const other = await tandem.workspaceKey('exports-other', 'viewer');
    expect(await csvText('/api/exports/breakdown.csv?from=2026-03-01&to=2026-03-31&by=CAMPAIGN', other)).toBe(
      lines(`campaign_id,campaign,${PAID_COLUMNS}`),
    );
  });

  it('answers 401 without a key, and no data', async () => {
    const response = await download('/api/exports/breakdown.csv?from=2026-03-01&to=2026-03-31&by=CAMPAIGN', null);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ statusCode: 401 });
  });

  it.each(['top-posts.csv', 'nope.csv', 'breakdown', 'breakdown.json', 'constructor.csv'])(
    'answers 404 for %s, naming the reports that exist',
    async (file) => {
      const response = await download(`/api/exports/${file}?from=2026-03-01&to=2026-03-31`);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({
        statusCode: 404,
        reports: ['breakdown', 'time-series'],
        message: expect.stringContaining('breakdown.csv, time-series.csv') as string,
      });
    },
  );

  it.each([
    ['from=2026-02-30&to=2026-03-31&by=CAMPAIGN', ['from'], 'from: must be a real day written YYYY-MM-DD'],
    ['to=2026-03-31&by=CAMPAIGN', ['from'], 'from: is required'],
    ['from=2026-03-01&from=2026-03-02&to=2026-03-31&by=CAMPAIGN', ['from'], 'from: give it once'],
    ['from=2026-03-31&to=2026-03-01&by=CAMPAIGN', ['to'], 'to: must not be before from'],
    ['from=2026-03-01&to=2026-03-31', ['by'], 'by: is required'],
    ['from=2026-03-01&to=2026-03-31&by=CAMPAIGN&by=NOPE', ['by'], 'by: must be one of PLATFORM'],
    ['from=2026-03-01&to=2026-03-31&by=CAMPAIGN&platforms=MYSPACE', ['platforms'], 'platforms: must be one of'],
    ['from=2026-03-01&to=2026-03-31&by=CAMPAIGN&sort=paid.likes', ['sort'], 'sort: must be a metric id'],
    ['from=2026-03-01&to=2026-03-31&by=CAMPAIGN&descending=yes', ['descending'], 'descending: must be true or false'],
    ['from=2026-03-01&to=2026-03-31&by=CAMPAIGN&compareFrom=2026-02-01', ['compareTo'], 'compareTo: give both'],
    ['from=2026-03-01&to=2026-03-31&by=CAMPAIGN&range=x', ['range'], 'range: unknown parameter'],
  ])('answers 400 naming the parameter for breakdown.csv?%s', async (query, parameters, message) => {
    const response = await download(`/api/exports/breakdown.csv?${query}`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { parameters: string[]; message: string };
    expect(body.parameters).toEqual(parameters);
    expect(body.message).toContain(message);
  });

  it('answers 400 for a time series without its granularity, and for a question the service refuses', async () => {
    const series = await download('/api/exports/time-series.csv?from=2026-03-01&to=2026-03-31');
    expect(series.status).toBe(400);
    expect(await series.json()).toMatchObject({ parameters: ['granularity'] });
    const unsplittable = await download('/api/exports/breakdown.csv?from=2026-03-01&to=2026-03-31&by=AGE');
    expect(unsplittable.status).toBe(400);
    expect(unsplittable.headers.get('content-type')).toMatch(/json/);
    expect(((await unsplittable.json()) as { message: string }).message).toMatch(/cannot split by AGE yet/);
  });
});
