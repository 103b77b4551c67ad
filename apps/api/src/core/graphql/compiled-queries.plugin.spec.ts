import type { GraphQLRequestContextResponseForOperation, GraphQLRequestListener } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import {
  getOperationAST,
  GraphQLError,
  GraphQLInt,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { compiledQueriesPlugin } from './compiled-queries.plugin.js';

/** A schema whose resolvers count their calls: a query's answer, a failing field, and a mutation. */
function counted() {
  const calls = { hello: 0, broken: 0, touch: 0 };
  const query = new GraphQLObjectType({
    name: 'Query',
    fields: {
      hello: {
        type: GraphQLString,
        args: { name: { type: GraphQLString } },
        resolve: (_, { name }: { name?: string }) => (calls.hello++, `hello ${name ?? 'you'}`),
      },
      broken: {
        type: GraphQLString,
        resolve: () => {
          calls.broken++;
          throw new GraphQLError('broken');
        },
      },
    },
  });
  const mutation = new GraphQLObjectType({
    name: 'Mutation',
    fields: { touch: { type: GraphQLInt, resolve: () => ++calls.touch } },
  });
  const schema = new GraphQLSchema({ query, mutation });
  return { schema, calls };
}

async function respond(
  plugin: ReturnType<typeof compiledQueriesPlugin>,
  schema: unknown,
  query: string,
  variables = {},
) {
  const document = parse(query);
  const operation = getOperationAST(document);
  const listener = (await plugin.requestDidStart!({} as never)) as GraphQLRequestListener<object>;
  const request = {
    schema,
    document,
    operation: operation ?? undefined,
    operationName: operation?.name?.value ?? null,
    queryHash: query,
    request: { variables },
    contextValue: {},
    response: { http: { status: undefined, headers: new HeaderMap() } },
  } as unknown as GraphQLRequestContextResponseForOperation<object>;
  return listener.responseForOperation!(request);
}

describe('compiledQueriesPlugin', () => {
  it('answers a query from its compiled form, variables included', async () => {
    const { schema, calls } = counted();
    const plugin = compiledQueriesPlugin();
    const query = 'query ($name: String) { hello(name: $name) }';
    const answer = await respond(plugin, schema, query, { name: 'Ann' });
    expect(answer?.body).toEqual({ kind: 'single', singleResult: { data: { hello: 'hello Ann' } } });
    await respond(plugin, schema, query, { name: 'Bo' });
    expect(calls.hello).toBe(2);
  });

  it("leaves a query that fails to Apollo's own execution, which shapes its errors", async () => {
    const { schema, calls } = counted();
    expect(await respond(compiledQueriesPlugin(), schema, '{ hello broken }')).toBeNull();
    expect(calls.broken).toBe(1);
  });

  it('never runs a mutation: a second run after an error would repeat what it changed', async () => {
    const { schema, calls } = counted();
    expect(await respond(compiledQueriesPlugin(), schema, 'mutation { touch }')).toBeNull();
    expect(calls.touch).toBe(0);
  });

  it('leaves a document without a resolvable operation to Apollo, which refuses it', async () => {
    const { schema } = counted();
    expect(await respond(compiledQueriesPlugin(), schema, 'query A { hello } query B { hello }')).toBeNull();
  });
});
