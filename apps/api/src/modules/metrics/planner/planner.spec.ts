import { DIMENSIONS } from '@tandem/metrics/catalogue.js';
import { sumsOf } from '@tandem/metrics/summary.js';
import { describe, expect, it } from 'vitest';
import { compileAudienceQuery } from './audience.query.js';
import { compileOrganicQuery } from './organic.query.js';
import { PAID_FACTS, paidSourceFor } from './paid-sources.js';
import { compileDoubleCountQuery, compilePaidQuery } from './paid.query.js';
import type { CompiledQuery, DimensionId, QuerySpec } from './query-spec.js';
import { AUDIENCE_DIMENSIONS } from './sql-parts.js';

const base: QuerySpec = {
  workspaceId: '00000000-0000-0000-0000-000000000001',
  range: { from: '2026-01-01', to: '2026-03-31' },
  platforms: null,
  currency: 'USD',
  dimensions: [],
};

/**
 * The query shapes the API asks, each with the tables its paid side is read from: the coarsest source that keeps its
 * dimensions and filters, and that source's monthly table for the whole months of a range not split by day or week.
 * Each compiled statement is kept in queries/ for review as a diff.
 */
const CAMPAIGN_ROLLUPS = ['paid_campaign_daily_rollup', 'paid_campaign_monthly_rollup'];
const SHAPES: Array<[name: string, tables: string[], dimensions: DimensionId[], extra?: Partial<QuerySpec>]> = [
  ['overview', ['paid_daily_rollup'], []],
  ['overview-platforms', ['paid_daily_rollup'], [], { platforms: ['FACEBOOK', 'GOOGLE_ADS'] }],
  ['time-series-day', ['paid_daily_rollup'], ['DAY']],
  ['time-series-week', ['paid_daily_rollup'], ['WEEK']],
  // A chart's question: the sums of the fields it selects, no posts or followers.
  [
    'time-series-day-asked',
    ['paid_daily_rollup'],
    ['DAY'],
    { sums: { paid: sumsOf('paid', ['spend', 'roas']), organic: sumsOf('organic', ['engagementRate']) } },
  ],
  // No money asked: no parameter for the reporting currency's sums; the partial sums only of what is asked.
  ['overview-asked', ['paid_daily_rollup'], [], { sums: { paid: sumsOf('paid', ['cpm']), organic: new Set() } }],
  [
    'breakdown-platform-account-month',
    ['paid_daily_rollup'],
    ['PLATFORM', 'ACCOUNT', 'MONTH'],
    { filter: { accounts: ['a'] } },
  ],
  ['breakdown-campaign', CAMPAIGN_ROLLUPS, ['CAMPAIGN']],
  ['breakdown-objective-month', CAMPAIGN_ROLLUPS, ['OBJECTIVE', 'MONTH']],
  ['breakdown-campaign-week', ['paid_campaign_daily_rollup'], ['CAMPAIGN', 'WEEK']],
  [
    'breakdown-account-filtered',
    CAMPAIGN_ROLLUPS,
    ['ACCOUNT'],
    { filter: { campaigns: ['c1'], objectives: ['SALES'] } },
  ],
  ['breakdown-ad-set', ['paid_daily_metric'], ['AD_SET']],
  ['breakdown-campaign-ad-filtered', ['paid_daily_metric'], ['CAMPAIGN'], { filter: { ads: ['a1'] } }],
];

/** Breakdowns by one audience dimension, alone or with entity and date dimensions: groups and their totals. */
const AUDIENCE_SHAPES: Array<[name: string, dimensions: DimensionId[], extra?: Partial<QuerySpec>]> = [
  ['breakdown-age', ['AGE']],
  ['breakdown-gender-campaign-month', ['GENDER', 'CAMPAIGN', 'MONTH']],
  [
    'breakdown-region-account-filtered',
    ['ACCOUNT', 'REGION'],
    { platforms: ['FACEBOOK'], filter: { campaigns: ['c1'], objectives: ['SALES'] } },
  ],
];

/** Every placeholder `$1..$n` used, each parameter used: Postgres refuses a statement that binds one it lacks. */
function placeholdersMatch({ sql, params }: CompiledQuery): boolean {
  const used = new Set([...sql.matchAll(/\$(\d+)/g)].map((match) => Number(match[1])));
  return used.size === params.length && [...used].every((index) => index >= 1 && index <= params.length);
}

describe('query planner', () => {
  it.each(SHAPES)(
    'compiles the %s shape into the reviewed SQL over %s',
    async (name, tables, dimensions, extra = {}) => {
      const spec = { ...base, ...extra, dimensions };
      expect(paidSourceFor(spec).table).toBe(tables[0]);
      const paid = compilePaidQuery(spec);
      expect(placeholdersMatch(paid)).toBe(true);
      const read = [...paid.sql.matchAll(/FROM (\w+) AS fact\b/g)].map((match) => match[1]);
      expect([...new Set(read)].sort()).toEqual([...tables].sort());
      await expect(`${paid.sql}\n`).toMatchFileSnapshot(`queries/${name}.paid.sql`);
      if (dimensions.some((dimension) => ['CAMPAIGN', 'OBJECTIVE', 'AD_SET', 'AD'].includes(dimension))) return;
      const organic = compileOrganicQuery(spec, [{ bucket: 'range', lastDay: spec.range.to }]);
      expect(placeholdersMatch(organic)).toBe(true);
      await expect(`${organic.sql}\n`).toMatchFileSnapshot(`queries/${name}.organic.sql`);
    },
  );

  it('reads posts and followers for a series only when their sums are asked', async () => {
    const spec = {
      ...base,
      dimensions: ['DAY'] as DimensionId[],
      sums: { organic: sumsOf('organic', ['impressions']) },
    };
    const ends = [{ bucket: '2026-01-01', lastDay: '2026-01-01' }];
    const series = compileOrganicQuery(spec, ends, { onlyAsked: true });
    expect(placeholdersMatch(series)).toBe(true);
    await expect(`${series.sql}\n`).toMatchFileSnapshot('queries/time-series-day-only-asked.organic.sql');
    expect(series.sql).not.toMatch(/organic_post|followers IS NOT NULL/);
    const withBoth = { ...spec, sums: { organic: sumsOf('organic', ['posts', 'followers']) } };
    expect(compileOrganicQuery(withBoth, ends, { onlyAsked: true }).sql).toMatch(
      /organic_post[^]*followers IS NOT NULL/,
    );
    // Not only what is asked: groups may exist through posts or followers alone, so both are read.
    expect(compileOrganicQuery(spec, ends).sql).toMatch(/organic_post[^]*followers IS NOT NULL/);
  });

  it('compiles the facts path of the overview (what the rollups answer instead) into the reviewed SQL', async () => {
    const facts = compilePaidQuery(base, PAID_FACTS);
    expect(placeholdersMatch(facts)).toBe(true);
    await expect(`${facts.sql}\n`).toMatchFileSnapshot('queries/overview.paid-facts.sql');
  });

  it('compiles the whole-period double-count check into the reviewed SQL', async () => {
    const check = compileDoubleCountQuery(base);
    expect(placeholdersMatch(check)).toBe(true);
    await expect(`${check.sql}\n`).toMatchFileSnapshot('queries/overview.double-count.sql');
  });

  it.each(AUDIENCE_SHAPES)(
    'compiles the %s audience shape into the reviewed SQL',
    async (name, dimensions, extra = {}) => {
      const spec = { ...base, ...extra, dimensions };
      const groups = compileAudienceQuery(spec);
      const totals = compileAudienceQuery(spec, { totals: true });
      for (const query of [groups, totals]) expect(placeholdersMatch(query)).toBe(true);
      await expect(`${groups.sql}\n`).toMatchFileSnapshot(`queries/${name}.audience.sql`);
      await expect(`${totals.sql}\n`).toMatchFileSnapshot(`queries/${name}.audience-totals.sql`);
      // One row: the partial sums (per currency) are summed without any group.
      expect(totals.sql.split(') AS facts').at(-1)).not.toContain('GROUP BY');
    },
  );

  it('reads audience facts by the dimension each catalogue audience dimension names', () => {
    const audience = DIMENSIONS.filter((dimension) => dimension.source === 'audience').map(({ id }) => id);
    expect(Object.keys(AUDIENCE_DIMENSIONS).sort()).toEqual([...audience].sort());
    for (const id of audience) {
      expect(compileAudienceQuery({ ...base, dimensions: [id] }).params).toContain(id.toLowerCase());
    }
  });

  it('splits audience facts by exactly one audience dimension', () => {
    expect(() => compileAudienceQuery({ ...base, dimensions: ['AGE', 'GENDER'] })).toThrow('exactly one');
    expect(() => compileAudienceQuery({ ...base, dimensions: ['CAMPAIGN'] })).toThrow('exactly one');
  });

  it('binds values as parameters, never into the SQL text', () => {
    const hostile = "x' OR 1=1 --";
    const query = compilePaidQuery({
      ...base,
      currency: hostile,
      dimensions: ['AD'],
      filter: { ads: [hostile] },
      platforms: ['FACEBOOK'],
    });
    expect(query.sql).not.toContain(hostile);
    expect(query.params).toContain(hostile);
    const audience = compileAudienceQuery({
      ...base,
      currency: hostile,
      dimensions: ['AGE', 'AD'],
      filter: { ads: [hostile] },
      platforms: ['FACEBOOK'],
    });
    expect(audience.sql).not.toContain(hostile);
    expect(audience.params).toContain(hostile);
  });

  it('refuses a dimension it cannot split facts by', () => {
    expect(() => compilePaidQuery({ ...base, dimensions: ['AGE'] })).toThrow('cannot split facts by AGE');
  });
});
