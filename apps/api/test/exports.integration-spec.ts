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

const INSTAGRAM_HEADER =
  'Post ID,Account ID,Account username,Account name,Description,Duration (sec),Publish time,Permalink,Post type,Data comment,Date,Views,Reach,Likes,Shares,Follows,Comments,Saves';

/** A fourth acme.studio post (beside test/fixtures/instagram-posts.csv) whose caption a spreadsheet would run. */
const FORMULA_POST = csv('formula-post.csv', [
  INSTAGRAM_HEADER,
  '17900000000000009,17840000000000001,acme.studio,Acme Studio,"=HYPERLINK(""x"") #acme",0,03/02/2026 12:00,https://www.instagram.com/p/XyZ000/,IG image,,Lifetime,200,100,6,1,0,2,1',
]);

/** The columns of the other reports (README, CSV exports): GraphQL fields in snake case. */
const POST_COLUMNS =
  'post_id,platform,account_id,account_name,published_at,published_on,as_of,type,permalink,text,' +
  'impressions,reach,engagements,engagement_rate,engagement_rate_by_reach,hashtags';
const HASHTAG_COLUMNS =
  'hashtag,posts,impressions,engagements,engagement_rate,engagement_rate_coverage,median_engagements_per_post';
const COVERAGE_COLUMNS = 'platform,account_id,account_name,kind,first_day,last_day,run_kind,run_from,run_to,run_days';

const COVERAGE_HEADER = 'date,platform,account_id,account_name,currency,campaign_id,spend,impressions,clicks';
const paidDays = (platform: string, account: string, name: string, days: readonly string[], spend = '10.00') =>
  days.map((day) => `${day},${platform},${account},${name},USD,c1,${spend},1000,10`);

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

  it('downloads growth per period, each figure also cumulated from the range’s start', async () => {
    const body = await csvText('/api/exports/growth.csv?from=2026-03-01&to=2026-03-02&granularity=DAY');
    expect(body).toBe(
      lines(
        'period,followers,follower_growth,cumulative_follower_growth,conversions,cumulative_conversions,revenue,cumulative_revenue',
        '2026-03-01,1000,10,10,2,2,300,300',
        // No conversions or revenue reported on Mar 2: empty, and the running totals carry on unchanged.
        '2026-03-02,990,-10,0,,2,,300',
      ),
    );
  });

  it('downloads organic vs paid exposure for the range, each platform and each period', async () => {
    const body = await csvText('/api/exports/organic-vs-paid.csv?from=2026-03-01&to=2026-03-02&granularity=DAY');
    expect(body).toBe(
      lines(
        'scope,platform,period,organic_impressions,organic_reach,organic_engagements,' +
          'paid_impressions,paid_reach,paid_engagements,paid_share_impressions,paid_share_engagements',
        // Reach is never summed over days: empty for the range and per platform. 70000 ÷ (11000 + 70000).
        'total,,,11000,,550,70000,,,0.8641975308641975,',
        'platform,FACEBOOK,,11000,,550,30000,,,0.7317073170731707,',
        // X has no organic export: no share of a whole one side does not report.
        'platform,X,,,,,40000,,,,',
        'period,,2026-03-01,5000,3000,250,10000,,,0.6666666666666666,',
        'period,,2026-03-02,6000,3500,300,60000,,,0.9090909090909091,',
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

  it('holds every row of a breakdown, however many', async () => {
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

  it.each(['top_posts.csv', 'nope.csv', 'breakdown', 'hashtags.json', 'constructor.csv'])(
    'answers 404 for %s, naming the reports that exist',
    async (file) => {
      const response = await download(`/api/exports/${file}?from=2026-03-01&to=2026-03-31`);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({
        statusCode: 404,
        reports: ['breakdown', 'top-posts', 'hashtags', 'time-series', 'growth', 'organic-vs-paid', 'coverage'],
        message: expect.stringContaining(
          'the reports are breakdown.csv, top-posts.csv, hashtags.csv, time-series.csv, growth.csv, organic-vs-paid.csv, coverage.csv',
        ) as string,
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
    // Each parameter is valid; the service refuses the combination (one date bucket at most).
    const unsplittable = await download('/api/exports/breakdown.csv?from=2026-03-01&to=2026-03-31&by=DAY&by=WEEK');
    expect(unsplittable.status).toBe(400);
    expect(unsplittable.headers.get('content-type')).toMatch(/json/);
    expect(((await unsplittable.json()) as { message: string }).message).toMatch(/one date bucket at most/);
  });

  describe('posts, hashtags and coverage', () => {
    /** acme.studio's account in Tandem and the paid accounts of the coverage workspace, by name. */
    let acme: string;
    let postsKey: string;
    let coverageKey: string;
    const accounts: Record<string, string> = {};

    beforeAll(async () => {
      const postsOwner = await tandem.workspaceKey('exports-posts');
      await tandem.importFixture(postsOwner, 'instagram-posts.csv', { exportedOn: '2026-03-05' });
      await tandem.importFixture(postsOwner, FORMULA_POST, { exportedOn: '2026-03-05' });
      postsKey = await tandem.workspaceKey('exports-posts', 'viewer');
      const posts = await tandem.graphql<{ topPosts: { edges: { node: { account: { id: string } } }[] } }>(
        postsKey,
        'query { topPosts(range: { from: "2026-02-01", to: "2026-03-31" }, first: 1) { edges { node { account { id } } } } }',
      );
      acme = posts.data!.topPosts.edges[0]!.node.account.id;

      const coverageOwner = await tandem.workspaceKey('exports-coverage');
      // Acme FB: Jan 1..2, then Jan 5..7 (Jan 3 and 4 never uploaded), then Jan 7..8 (Jan 7 restated: spend 11.00).
      const acmeDays = (days: readonly string[], spend?: string) =>
        paidDays('FACEBOOK', 'act_1', 'Acme FB', days, spend);
      for (const [name, rows] of [
        ['early.csv', acmeDays(['2026-01-01', '2026-01-02'])],
        ['after-gap.csv', acmeDays(['2026-01-05', '2026-01-06', '2026-01-07'])],
        ['overlap.csv', [...acmeDays(['2026-01-07'], '11.00'), ...acmeDays(['2026-01-08'])]],
      ] as const)
        await tandem.importFixture(coverageOwner, csv(name, [COVERAGE_HEADER, ...rows]));
      // An X handle, only before January: a row with no run of the range, its name neutralised.
      await tandem.importFixture(
        coverageOwner,
        csv('old.csv', [COVERAGE_HEADER, ...paidDays('X', 'x_1', '@acme_x', ['2025-12-15', '2025-12-16'])]),
      );
      coverageKey = await tandem.workspaceKey('exports-coverage', 'viewer');
      const coverage = await tandem.graphql<{ coverage: { accountId: string; accountName: string }[] }>(
        coverageKey,
        'query { coverage(range: { from: "2026-01-01", to: "2026-01-31" }) { accountId accountName } }',
      );
      for (const row of coverage.data!.coverage) accounts[row.accountName] = row.accountId;
    });

    it('downloads every post of the range, most engagements first, a formula caption neutralised', async () => {
      const body = await csvText('/api/exports/top-posts.csv?from=2026-02-01&to=2026-03-31', postsKey);
      expect(body).toBe(
        lines(
          POST_COLUMNS,
          // Engagements are likes + comments + shares + saves: 610 + 57 + 88 + 230.
          `17900000000000002,INSTAGRAM,${acme},acme.studio,2026-02-10T18:30:00.000Z,2026-02-10,2026-03-05,IG reel,` +
            `https://www.instagram.com/reel/DeF456/,Behind the scenes #acme,12400,9100,985,${985 / 12_400},${985 / 9100},acme`,
          // Hashtags lower-case, in order of appearance, joined by a space; the caption quoted for its comma.
          `17900000000000001,INSTAGRAM,${acme},acme.studio,2026-02-03T06:08:00.000Z,2026-02-03,2026-03-05,IG image,` +
            `https://www.instagram.com/p/AbC123/,"New drop, link in bio #SpringDrop #acme",1604,845,60,${60 / 1604},` +
            `${60 / 845},springdrop acme`,
          `17900000000000003,INSTAGRAM,${acme},acme.studio,2026-03-01T09:00:00.000Z,2026-03-01,2026-03-05,IG image,` +
            `https://www.instagram.com/p/GhI789/,March mood,900,700,46,${46 / 900},${46 / 700},`,
          // 6 + 2 + 1 + 1 engagements; the caption neutralised with `'`, then quoted for its quotes.
          `17900000000000009,INSTAGRAM,${acme},acme.studio,2026-03-02T12:00:00.000Z,2026-03-02,2026-03-05,IG image,` +
            `https://www.instagram.com/p/XyZ000/,"'=HYPERLINK(""x"") #acme",200,100,10,0.05,0.1,acme`,
        ),
      );
      const newest = await csvText(
        '/api/exports/top-posts.csv?from=2026-03-01&to=2026-03-31&platforms=instagram&sortBy=published_at',
        postsKey,
      );
      expect((parse(newest, { columns: true }) as Record<string, string>[]).map((row) => row.post_id)).toEqual([
        '17900000000000009',
        '17900000000000003',
      ]);
      expect(
        await csvText('/api/exports/top-posts.csv?from=2026-02-01&to=2026-03-31&platforms=FACEBOOK', postsKey),
      ).toBe(lines(POST_COLUMNS));
    });

    it('pages through every post of the range, however many', async () => {
      const owner = await tandem.workspaceKey('exports-many-posts');
      const numbers = Array.from({ length: 234 }, (_, index) => index + 1);
      await tandem.importFixture(
        owner,
        csv('many-posts.csv', [
          INSTAGRAM_HEADER,
          ...numbers.map(
            (n) =>
              `18${String(n).padStart(15, '0')},17840000000000007,many,Many,Post ${n},0,01/15/2026 10:00,,IG image,,Lifetime,${n * 10},${n * 5},${n},0,0,0,0`,
          ),
        ]),
        { exportedOn: '2026-02-01' },
      );
      const body = await csvText('/api/exports/top-posts.csv?from=2026-01-01&to=2026-01-31', owner);
      const rows = parse(body, { columns: true }) as Record<string, string>[];
      expect(rows.map((row) => row.text)).toEqual(numbers.reverse().map((n) => `Post ${n}`));
      expect(rows.reduce((sum, row) => sum + Number(row.engagements), 0)).toBe((234 * 235) / 2);
    });

    it('downloads the hashtags, the most engaging first, as many as first asks (500 by default)', async () => {
      const acmeRow = `acme,3,${1604 + 12_400 + 200},${60 + 985 + 10},${1055 / 14_204},1,60`;
      expect(await csvText('/api/exports/hashtags.csv?from=2026-02-01&to=2026-03-31', postsKey)).toBe(
        lines(HASHTAG_COLUMNS, acmeRow, `springdrop,1,1604,60,${60 / 1604},1,60`),
      );
      expect(await csvText('/api/exports/hashtags.csv?from=2026-02-01&to=2026-03-31&first=1', postsKey)).toBe(
        lines(HASHTAG_COLUMNS, acmeRow),
      );
      expect(await csvText('/api/exports/hashtags.csv?from=2026-02-01&to=2026-03-31&first=0', postsKey)).toBe(
        lines(HASHTAG_COLUMNS),
      );
    });

    it('downloads coverage, one line per run, and one without a run for an account with none in the range', async () => {
      const fb = `FACEBOOK,${accounts['Acme FB']},Acme FB,paid,2026-01-01,2026-01-08`;
      expect(await csvText('/api/exports/coverage.csv?from=2026-01-01&to=2026-01-31', coverageKey)).toBe(
        lines(
          COVERAGE_COLUMNS,
          `${fb},present,2026-01-01,2026-01-02,2`,
          `${fb},present,2026-01-05,2026-01-08,4`,
          // Jan 3 and 4 were never uploaded; Jan 9..31 are after the last day with data, not missing.
          `${fb},missing,2026-01-03,2026-01-04,2`,
          `${fb},restated,2026-01-07,2026-01-07,1`,
          // Data through Dec 16: the account is listed, no run. `@` neutralised.
          `X,${accounts['@acme_x']},'@acme_x,paid,2025-12-15,2025-12-16,,,,`,
        ),
      );
      expect(await csvText('/api/exports/coverage.csv?from=2026-01-01&to=2026-01-31&platforms=X', coverageKey)).toBe(
        lines(COVERAGE_COLUMNS, `X,${accounts['@acme_x']},'@acme_x,paid,2025-12-15,2025-12-16,,,,`),
      );
    });

    it.each([
      ['top-posts', 'sortBy=likes', ['sortBy'], 'sortBy: must be one of ENGAGEMENTS, IMPRESSIONS, REACH'],
      ['top-posts', 'sortBy=REACH&sortBy=IMPRESSIONS', ['sortBy'], 'sortBy: give it once'],
      ['top-posts', 'first=10', ['first'], 'first: unknown parameter'],
      ['top-posts', 'after=abc', ['after'], 'after: unknown parameter'],
      ['hashtags', 'first=501', ['first'], 'first: must be a whole number from 0 to 500'],
      ['hashtags', 'first=-1', ['first'], 'first: must be a whole number from 0 to 500'],
      ['hashtags', 'first=ten', ['first'], 'first: must be a whole number from 0 to 500'],
      ['hashtags', 'platforms=MYSPACE', ['platforms'], 'platforms: must be one of'],
      ['coverage', 'granularity=DAY', ['granularity'], 'granularity: unknown parameter'],
    ])('answers 400 naming the parameter for %s.csv?…&%s', async (report, query, parameters, message) => {
      const response = await download(`/api/exports/${report}.csv?from=2026-01-01&to=2026-03-31&${query}`, postsKey);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { parameters: string[]; message: string };
      expect(body.parameters).toEqual(parameters);
      expect(body.message).toContain(message);
    });

    it.each([
      ['coverage.csv?from=2026-01-31&to=2026-01-01', ['to'], 'to: must not be before from'],
      ['coverage.csv?to=2026-01-31', ['from'], 'from: is required'],
      ['hashtags.csv?from=2026-01-01&to=2026-13-01', ['to'], 'to: must be a real day'],
    ])('answers 400 naming the range parameter for %s', async (path, parameters, message) => {
      const response = await download(`/api/exports/${path}`, postsKey);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { parameters: string[]; message: string };
      expect(body.parameters).toEqual(parameters);
      expect(body.message).toContain(message);
    });
  });
});
