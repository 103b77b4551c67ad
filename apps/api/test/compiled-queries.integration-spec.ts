import { GraphQLSchemaHost } from '@nestjs/graphql';
import { summarise } from '@tandem/metrics/summary.js';
import { execute, type GraphQLObjectType, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compiledQueriesPlugin } from '../src/core/graphql/compiled-queries.plugin.js';
import { ApiKeysService } from '../src/modules/workspaces/api-keys.service.js';
import { compiledAnswer } from './support/compiled-query.js';
import { TestApp } from './support/test-app.js';

/**
 * Queries are answered by graphql-jit (compiled-queries.plugin.ts): each answer here must equal, field for field and in
 * the same order, what graphql-js's interpreter answers over the same schema, resolvers and data. The queries use
 * what the dashboard's do: variables with defaults, enums, the Date scalar, lists, nullable objects, fragments,
 * aliases, `@include`/`@skip` and `__typename`.
 */
const RANGE = { from: '2026-03-01', to: '2026-03-31' };

const QUERIES: [name: string, query: string, variables: Record<string, unknown>][] = [
  [
    'overview compared, fragments and aliases',
    `fragment Paid on PaidSummary { spend clicks roas ctr }
     query ($range: DateRange!, $previous: DateRange) {
       overview(range: $range, compareTo: $previous) {
         paid { ...Paid } organic { followers engagementRate posts } warnings
         previous { paid { ...Paid } }
       }
       march: overview(range: { from: "2026-03-01", to: "2026-03-15" }, platforms: [FACEBOOK]) { paid { spend } }
     }`,
    { range: RANGE, previous: { from: '2026-02-01', to: '2026-02-28' } },
  ],
  [
    'series by week with directives',
    `query ($range: DateRange!, $withOrganic: Boolean = true, $noPaid: Boolean!) {
       timeSeries(range: $range, granularity: WEEK) {
         __typename period paidReported organicReported
         organic @include(if: $withOrganic) { impressions followers }
         paid @skip(if: $noPaid) { spend cpa }
       }
     }`,
    { range: RANGE, noPaid: false },
  ],
  [
    'breakdown paged, keys and previous',
    `query ($range: DateRange!, $first: Int) {
       breakdown(range: $range, by: [CAMPAIGN, DAY], first: $first, compareTo: { from: "2026-02-01", to: "2026-02-28" }) {
         totalCount pageInfo { hasNextPage endCursor }
         edges { cursor node { key { dimension id label } paid { spend conversions } previous { paid { spend } } } }
         warnings
       }
     }`,
    { range: RANGE, first: 3 },
  ],
  [
    'posts, hashtags, coverage and metrics',
    `query ($range: DateRange!) {
       topPosts(range: $range, first: 2) { totalCount edges { node { id platform permalink publishedAt } } }
       hashtags(range: $range) { __typename }
       coverage(range: $range) { __typename }
       metrics { id unit platforms }
     }`,
    { range: { from: '2026-02-01', to: '2026-03-31' } },
  ],
];

type Summary = Record<string, number | null>;

/** What the selected-fields test reads of its two answers. */
interface Answer {
  overview: { paid: Summary; previous: { organic: Summary } };
  timeSeries: { period: string; organic: Summary; paidReported: string[] }[];
  breakdown: { edges: { node: { key: { id: string }[]; paid: Summary } }[] };
}

describe('compiled queries (embedded)', () => {
  let tandem: TestApp;
  let key: string;

  beforeAll(async () => {
    tandem = await TestApp.start('embedded', { redisDb: 19 });
    key = await tandem.workspaceKey('compiled');
    for (const fixture of ['paid-small.csv', 'organic-small.csv', 'instagram-posts.csv'])
      expect((await tandem.importFixture(key, fixture)).status).toBe('COMPLETED');
  });

  afterAll(() => tandem.close());

  it.each(QUERIES)('answers %s exactly as the interpreter does', async (_name, query, variables) => {
    const answered = await tandem.graphql(key, query, variables);
    const schema = tandem.app.get(GraphQLSchemaHost).schema;
    const contextValue = { req: { auth: await tandem.app.get(ApiKeysService).authenticate(key) } };
    const interpreted = await execute({ schema, document: parse(query), variableValues: variables, contextValue });
    // The compiled run itself answers (null would mean Apollo's interpreter did), and both agree with graphql-js.
    const compiled = await compiledAnswer(compiledQueriesPlugin(), schema, query, variables, contextValue);
    expect(interpreted.errors).toBeUndefined();
    expect(answered.errors).toBeUndefined();
    expect(JSON.stringify(answered.data)).toBe(JSON.stringify(interpreted.data));
    expect(JSON.stringify(compiled?.body)).toBe(
      JSON.stringify({ kind: 'single', singleResult: { data: interpreted.data } }),
    );
  });

  it('sums only the fields a query selects, and answers them as a query selecting every field does', async () => {
    const [paid, organic] = (['paid', 'organic'] as const).map((side) => Object.keys(summarise(side, {})).join(' '));
    const compared = `compareTo: { from: "2026-02-01", to: "2026-02-28" }`;
    const full = await tandem.graphql<Answer>(
      key,
      `query ($range: DateRange!) {
        overview(range: $range, ${compared}) { paid { ${paid} } previous { organic { ${organic} } } }
        timeSeries(range: $range, granularity: WEEK) { period paidReported organic { ${organic} } paid { ${paid} } }
        breakdown(range: $range, by: [CAMPAIGN], sort: { metric: "paid.roas" }) { edges { node { key { id } paid { ${paid} } } } }
      }`,
      { range: RANGE },
    );
    // Through a named fragment, an inline fragment, an alias and a skipped field; the breakdown sorted by a ratio it
    // does not select; the series listing the paid measures reported (so reading them all).
    const asked = await tandem.graphql<Answer>(
      key,
      `fragment Money on PaidSummary { spend roasCoverage }
      query ($range: DateRange!, $skip: Boolean = true) {
        overview(range: $range, ${compared}) { paid { ...Money } previous { organic { ... on OrganicSummary { rate: engagementRate } } } }
        timeSeries(range: $range, granularity: WEEK) { period organic { followers reach @skip(if: $skip) } paidReported }
        breakdown(range: $range, by: [CAMPAIGN], sort: { metric: "paid.roas" }) { edges { node { key { id } paid { clicks } } } }
      }`,
      { range: RANGE },
    );
    expect(full.errors).toBeUndefined();
    expect(asked.errors).toBeUndefined();
    const [f, a] = [full.data!, asked.data!];
    expect(f.overview.paid.spend).toBeGreaterThan(0);
    expect(a.overview.paid).toEqual({ spend: f.overview.paid.spend, roasCoverage: f.overview.paid.roasCoverage });
    expect(a.overview.previous.organic).toEqual({ rate: f.overview.previous.organic.engagementRate });
    expect(a.timeSeries).toEqual(
      f.timeSeries.map(({ period, organic, paidReported }) => ({
        period,
        organic: { followers: organic.followers },
        paidReported,
      })),
    );
    expect(a.timeSeries.some((point) => point.paidReported.length > 0)).toBe(true);
    expect(a.breakdown.edges).toEqual(
      f.breakdown.edges.map(({ node }) => ({ node: { key: node.key, paid: { clicks: node.paid.clicks } } })),
    );
  });

  it("reads data fields as properties, without Nest's resolver, and keeps every resolver of its own", async () => {
    // An audited mutation first: auditing must not wrap the schema's fields (as Apollo's willResolveField would).
    const mutation = await tandem.graphql(key, 'mutation { setOrganicCost(month: "2026-01", amount: 10) { id } }');
    expect(mutation.errors).toBeUndefined();
    const schema = tandem.app.get(GraphQLSchemaHost).schema;
    const fieldsOf = (name: string) => (schema.getType(name) as GraphQLObjectType).getFields();
    expect(Object.values(fieldsOf('SeriesPoint')).map((field) => field.resolve)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(fieldsOf('PaidSummary').spend?.resolve).toBeUndefined();
    expect(fieldsOf('Query').timeSeries?.resolve).toBeTypeOf('function');
    expect(fieldsOf('Workspace').organicCosts?.resolve).toBeTypeOf('function');
  });

  it('answers a query that fails with the error every other path gives', async () => {
    const answer = await tandem.graphql(
      key,
      'query { overview(range: { from: "2026-03-31", to: "2026-03-01" }) { paid { spend } } }',
    );
    expect(answer.data).toBeNull();
    expect(answer.errors).toEqual([
      expect.objectContaining({ path: ['overview'], extensions: { code: 'BAD_USER_INPUT' } }),
    ]);
  });
});
