import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextResponseForOperation } from '@apollo/server';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

/** Compiled operations kept per process; past it the oldest is dropped (a client can send any number of documents). */
const COMPILED_QUERIES_KEPT = 500;

/**
 * Runs queries compiled by graphql-jit instead of graphql-js's interpreter. graphql-js walks every field of an answer
 * with a resolve info, an argument object and a path each: ~30 ms for a three-year series by day (1,096 points, ~20,000
 * fields), more than its SQL. A compiled query reads the same resolvers in a function made for its selection.
 *
 * Only the answer of a query that succeeds is taken from the compiled run: one with an error is answered by Apollo's
 * own execution, run again (queries only read), so errors keep exactly the shape, codes and masking every other
 * error has (graphql-errors.util.ts). Mutations are never compiled. Validation and the cost and depth checks
 * (query-limits.plugin.ts) have run before this hook, whichever executes.
 */
export function compiledQueriesPlugin(): ApolloServerPlugin<BaseContext> {
  const compiled = new Map<string, CompiledQuery>();
  const compiledFor = (request: GraphQLRequestContextResponseForOperation<BaseContext>) => {
    const key = `${request.queryHash}:${request.operationName ?? ''}`;
    const known = compiled.get(key);
    if (known) return known;
    const made = compileQuery(request.schema, request.document, request.operationName ?? undefined);
    if (!isCompiledQuery(made)) return undefined;
    if (compiled.size >= COMPILED_QUERIES_KEPT) compiled.delete(compiled.keys().next().value!);
    compiled.set(key, made);
    return made;
  };
  return {
    async requestDidStart() {
      return {
        async responseForOperation(request) {
          if (request.operation?.operation !== 'query') return null;
          const query = compiledFor(request);
          if (!query) return null;
          const result = await query.query(undefined, request.contextValue, request.request.variables ?? {});
          if (result.errors?.length) return null;
          return { http: request.response.http, body: { kind: 'single', singleResult: { data: result.data } } };
        },
      };
    },
  };
}
