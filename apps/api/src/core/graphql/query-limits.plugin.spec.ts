import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getIntrospectionQuery, getOperationAST, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_COST,
  MAX_QUERY_DEPTH,
  operationCost,
  QUERY_TOO_DEEP,
  queryDepthRule,
  ROOT_FIELD_COST,
} from './query-limits.plugin.js';

const schema = buildSchema(readFileSync(path.resolve(import.meta.dirname, '../../../../../schema.graphql'), 'utf8'));

const depthErrors = (query: string) => validate(schema, parse(query), [...specifiedRules, queryDepthRule]);

/** A valid query `depth` levels deep: `__type` lookups count like any field (only `__schema` is exempt). */
const nested = (depth: number) =>
  `{ __type(name: "Query") { ${'ofType { '.repeat(depth - 2)}name${' }'.repeat(depth - 2)} } }`;

const cost = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  return operationCost(schema, document, getOperationAST(document)!, variables);
};

describe('queryDepthRule', () => {
  it(`accepts ${MAX_QUERY_DEPTH} levels and refuses one more, with code BAD_USER_INPUT and the limit`, () => {
    expect(depthErrors(nested(MAX_QUERY_DEPTH))).toEqual([]);
    const [refusal, ...others] = depthErrors(nested(MAX_QUERY_DEPTH + 1));
    expect(others).toEqual([]);
    expect(refusal?.message).toMatch(/more than 8 levels deep/);
    expect(refusal?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: QUERY_TOO_DEEP, limit: MAX_QUERY_DEPTH });
  });

  it('counts the fields inside fragments, not the fragments themselves', () => {
    const spread = `{ ...Root } fragment Root on Query { __type(name: "Query") { ...Wrapped } }
      fragment Wrapped on __Type { ofType { ofType { ofType { ofType { ofType { ofType { ...Leaf } } } } } } }
      fragment Leaf on __Type { ofType { name } }`;
    expect(depthErrors(spread)).toHaveLength(1);
    expect(depthErrors(spread.replace('ofType { name }', 'name'))).toEqual([]);
  });

  it("exempts GraphQL's full introspection query, which GraphiQL and codegen send", () => {
    expect(depthErrors(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }))).toEqual([]);
  });

  it('leaves a cyclic or unknown fragment to the standard rules', () => {
    expect(depthErrors('{ ...A } fragment A on Query { ...A }').map((error) => error.message)).toEqual([
      'Cannot spread fragment "A" within itself.',
    ]);
    expect(depthErrors('{ ...Missing }').map((error) => error.message)).toEqual(['Unknown fragment "Missing".']);
  });
});

describe('operationCost', () => {
  it('charges a root field and each listed object, and nothing for scalars and single objects', () => {
    expect(cost('{ workspace { name currency } }')).toBe(ROOT_FIELD_COST);
    expect(cost('{ imports { id fileName } }')).toBe(ROOT_FIELD_COST + 50);
    const overview = `{ overview(range: { from: "2026-01-01", to: "2026-01-31" }, compareTo: { from: "2025-12-01", to: "2025-12-31" }) {
      organic { followers } paid { spend } previous { organic { posts } paid { roas } } warnings } }`;
    expect(cost(overview)).toBe(ROOT_FIELD_COST);
  });

  it('multiplies by the page size asked for, from a variable too', () => {
    expect(cost('query ($n: Int) { imports(first: $n) { id } }', { n: 10 })).toBe(ROOT_FIELD_COST + 10);
    expect(cost('{ imports(first: 2) { errors(first: 3) { message } } }')).toBe(ROOT_FIELD_COST + 2 * (1 + 3));
  });

  it('prices nested pages and alias floods over the budget', () => {
    expect(cost('{ imports(first: 100) { errors(first: 100) { message } } }')).toBe(10_150);
    const aliases = (count: number) =>
      `{ ${Array.from({ length: count }, (_, index) => `w${index}: workspace { name }`).join(' ')} }`;
    expect(cost(aliases(20))).toBe(MAX_QUERY_COST);
    expect(cost(aliases(21))).toBeGreaterThan(MAX_QUERY_COST);
  });

  it('charges nothing for introspection', () => {
    expect(cost(getIntrospectionQuery())).toBe(0);
    expect(cost('{ __typename __type(name: "Import") { fields { name } } }')).toBe(0);
  });

  it('leaves variables that do not fit the operation to execution, which refuses them', () => {
    const query = 'query ($range: DateRange!) { overview(range: $range) { warnings } }';
    expect(cost(query)).toBeUndefined();
    expect(cost(query, { range: { from: '2026-02-01' } })).toBeUndefined();
    expect(cost(query, { range: { from: '2026-02-01', to: '2026-03-01' } })).toBe(ROOT_FIELD_COST);
  });
});
