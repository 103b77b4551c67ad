import { buildSchema, execute, type GraphQLResolveInfo, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fieldsSelectedOn } from './selected-fields.util.js';

const schema = buildSchema(`
  type Summary { spend: Float clicks: Float roas: Float }
  type Point { period: String paid: Summary }
  type Totals { paid: Summary previous: Totals }
  type Query { series: [Point!]! totals: Totals }
`);

/** The Summary fields the query's root field selects, as its resolver sees them. */
function summaryFieldsOf(query: string, variableValues: Record<string, unknown> = {}): string[] {
  let seen: Set<string> | undefined;
  const capture = (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
    seen = fieldsSelectedOn(info, 'Summary');
    return null;
  };
  execute({ schema, document: parse(query), rootValue: { series: capture, totals: capture }, variableValues });
  return [...seen!].sort();
}

describe('fieldsSelectedOn', () => {
  it('collects the fields of a type at any depth, by name whatever their alias', () => {
    expect(summaryFieldsOf('{ totals { paid { spend } previous { previous { paid { total: clicks } } } } }')).toEqual([
      'clicks',
      'spend',
    ]);
  });

  it('follows named and inline fragments, on the type or around it', () => {
    const query = `fragment P on Point { paid { ...S } }
      fragment S on Summary { roas }
      { series { ...P paid { ... on Summary { spend } } } }`;
    expect(summaryFieldsOf(query)).toEqual(['roas', 'spend']);
  });

  it('leaves out what @skip and @include leave out', () => {
    const query = `query ($no: Boolean!) { series { paid { spend clicks @skip(if: true) roas @include(if: $no) } } }`;
    expect(summaryFieldsOf(query, { no: false })).toEqual(['spend']);
    expect(summaryFieldsOf(query, { no: true })).toEqual(['roas', 'spend']);
  });

  it('finds nothing when the type is not selected', () => {
    expect(summaryFieldsOf('{ series { period } }')).toEqual([]);
  });
});
