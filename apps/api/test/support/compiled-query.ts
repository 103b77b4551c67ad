import { type GraphQLRequestListener, HeaderMap } from '@apollo/server';
import { getOperationAST, type GraphQLSchema, parse } from 'graphql';
import type { compiledQueriesPlugin } from '../../src/core/graphql/compiled-queries.plugin.js';

/**
 * What compiled-queries.plugin.ts answers for `query` over `schema` as Apollo asks it (after parsing, validation and
 * the cost check): the response it sends instead of executing, or null when it leaves the query to Apollo.
 */
export async function compiledAnswer(
  plugin: ReturnType<typeof compiledQueriesPlugin>,
  schema: GraphQLSchema,
  query: string,
  variables: Record<string, unknown> = {},
  contextValue: object = {},
) {
  const document = parse(query);
  const operation = getOperationAST(document);
  const listener = (await plugin.requestDidStart!({} as never)) as GraphQLRequestListener<object>;
  return listener.responseForOperation!({
    schema,
    source: query,
    document,
    operation: operation ?? undefined,
    operationName: operation?.name?.value ?? null,
    queryHash: query,
    request: { variables },
    contextValue,
    response: { http: { status: undefined, headers: new HeaderMap() } },
  } as never);
}
