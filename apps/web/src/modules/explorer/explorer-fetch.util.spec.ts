import { describe, expect, it, vi } from 'vitest';
import { ApiKeyStore } from '../auth/api-key.store';
import { createAuthorizedFetch } from '../auth/authorized-fetch.util';
import { createExplorerFetcher, parseVariables } from './explorer-fetch.util';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('the explorer fetcher', () => {
  it('POSTs the operation to /graphql with the connected key', async () => {
    const store = new ApiKeyStore(window.localStorage);
    store.connect('tdm_explorer');
    const network = vi.fn<typeof fetch>(async () => json({ data: { __typename: 'Query' } }));
    const fetcher = createExplorerFetcher(createAuthorizedFetch(store, network));
    const answer = await fetcher({ query: '{ __typename }', variables: { first: 2 } });
    expect(answer).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
    const [url, init] = network.mock.calls[0] ?? [];
    const headers = new Headers(init?.headers);
    expect(url).toBe('/graphql');
    expect(init?.method).toBe('POST');
    expect(headers.get('Authorization')).toBe('Bearer tdm_explorer');
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(JSON.parse(init?.body as string)).toEqual({ query: '{ __typename }', variables: { first: 2 } });
  });

  it('hands back a refusal as the API sent it, JSON or not', async () => {
    const refused = createExplorerFetcher(async () =>
      json({ errors: [{ message: 'A valid API key is required' }] }, 401),
    );
    expect(await refused({ query: '{ x }' })).toEqual({
      status: 401,
      body: { errors: [{ message: 'A valid API key is required' }] },
    });
    const broken = createExplorerFetcher(async () => new Response('Bad gateway', { status: 502 }));
    expect(await broken({ query: '{ x }' })).toEqual({ status: 502, body: 'Bad gateway' });
  });
});

describe('parseVariables', () => {
  it('reads an empty box as no variables and a JSON object as the variables', () => {
    expect(parseVariables('  ')).toEqual({ ok: true, value: undefined });
    expect(parseVariables('{"first": 10}')).toEqual({ ok: true, value: { first: 10 } });
  });

  it('refuses anything but a JSON object, saying what it expects', () => {
    expect(parseVariables('[1]')).toEqual({
      ok: false,
      message: 'Variables must be a JSON object, e.g. {"first": 10}',
    });
    expect(parseVariables('{first: 10}').ok).toBe(false);
  });
});
