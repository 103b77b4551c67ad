import { buildClientSchema, getIntrospectionQuery, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import { authorizedFetch } from '../auth/authorized-fetch.util';

/** One GraphQL operation as the explorer sends it. */
export interface ExplorerRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

/** The HTTP status and the body as the API sent it: JSON when it parses, the raw text otherwise. */
export interface ExplorerAnswer {
  status: number;
  body: unknown;
}

export type ExplorerFetcher = (request: ExplorerRequest) => Promise<ExplorerAnswer>;

/** POSTs to /graphql with the connected key (`authorizedFetch` sends it, and brings the connect screen back on 401). */
export function createExplorerFetcher(send: typeof fetch = authorizedFetch): ExplorerFetcher {
  return async (request) => {
    const response = await send('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify(request),
    });
    const text = await response.text();
    try {
      return { status: response.status, body: JSON.parse(text) as unknown };
    } catch {
      return { status: response.status, body: text };
    }
  };
}

/** The API's schema, read by introspection with the same key: it drives completion, checks and hover docs. */
export async function loadSchema(fetcher: ExplorerFetcher): Promise<GraphQLSchema> {
  const { status, body } = await fetcher({ query: getIntrospectionQuery() });
  const data = (body as { data?: IntrospectionQuery } | null)?.data;
  if (!data) throw new Error(`The schema could not be read (${status})`);
  return buildClientSchema(data);
}

export type ParsedVariables = { ok: true; value: Record<string, unknown> | undefined } | { ok: false; message: string };

/** The variables box: empty means none; anything else must be a JSON object. */
export function parseVariables(text: string): ParsedVariables {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      return { ok: true, value: value as Record<string, unknown> };
    }
  } catch {
    // told below
  }
  return { ok: false, message: 'Variables must be a JSON object, e.g. {"first": 10}' };
}
