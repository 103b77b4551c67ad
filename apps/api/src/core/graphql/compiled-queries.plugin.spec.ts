import { GraphQLError, GraphQLInt, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { describe, expect, it } from 'vitest';
import { compiledAnswer } from '../../../test/support/compiled-query.js';
import { compiledQueriesPlugin } from './compiled-queries.plugin.js';

/** A schema whose resolvers count their calls: a query's answer, a failing field, and a mutation. */
function counted(greeting = 'hello') {
  const calls = { hello: 0, broken: 0, touch: 0 };
  const query = new GraphQLObjectType({
    name: 'Query',
    fields: {
      hello: {
        type: GraphQLString,
        args: { name: { type: GraphQLString } },
        resolve: (_, { name }: { name?: string }) => (calls.hello++, `${greeting} ${name ?? 'you'}`),
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

describe('compiledQueriesPlugin', () => {
  it('answers a query from its compiled form, variables included', async () => {
    const { schema, calls } = counted();
    const plugin = compiledQueriesPlugin();
    const query = 'query ($name: String) { hello(name: $name) }';
    const answer = await compiledAnswer(plugin, schema, query, { name: 'Ann' });
    expect(answer?.body).toEqual({ kind: 'single', singleResult: { data: { hello: 'hello Ann' } } });
    await compiledAnswer(plugin, schema, query, { name: 'Bo' });
    expect(calls.hello).toBe(2);
  });

  it("leaves a query that fails to Apollo's own execution, which shapes its errors", async () => {
    const { schema, calls } = counted();
    expect(await compiledAnswer(compiledQueriesPlugin(), schema, '{ hello broken }')).toBeNull();
    expect(calls.broken).toBe(1);
  });

  it('never runs a mutation: a second run after an error would repeat what it changed', async () => {
    const { schema, calls } = counted();
    expect(await compiledAnswer(compiledQueriesPlugin(), schema, 'mutation { touch }')).toBeNull();
    expect(calls.touch).toBe(0);
  });

  it('leaves a document without a resolvable operation to Apollo, which refuses it', async () => {
    const { schema } = counted();
    expect(await compiledAnswer(compiledQueriesPlugin(), schema, 'query A { hello } query B { hello }')).toBeNull();
  });

  it('leaves variables graphql-js refuses to Apollo, before any resolver runs', async () => {
    const { schema, calls } = counted();
    const answer = await compiledAnswer(
      compiledQueriesPlugin(),
      schema,
      'query ($name: String) { hello(name: $name) }',
      {
        name: 7,
      },
    );
    expect(answer).toBeNull();
    expect(calls.hello).toBe(0);
  });

  it('leaves a document naming __proto__ to Apollo: a compiled answer object would take it for its prototype', async () => {
    const { schema, calls } = counted();
    expect(await compiledAnswer(compiledQueriesPlugin(), schema, '{ __proto__: hello }')).toBeNull();
    expect(calls.hello).toBe(0);
  });

  it("answers each schema's query with that schema's resolvers (two apps in one process share the plugin)", async () => {
    const plugin = compiledQueriesPlugin();
    const [english, french] = [counted('hello'), counted('bonjour')];
    await compiledAnswer(plugin, english.schema, '{ hello }');
    const answer = await compiledAnswer(plugin, french.schema, '{ hello }');
    expect(answer?.body).toEqual({ kind: 'single', singleResult: { data: { hello: 'bonjour you' } } });
  });
});
