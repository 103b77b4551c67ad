import { buildSchema, getIntrospectionQuery, graphqlSync } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiKeyStore } from '../modules/auth/api-key.store';
import { DEFAULT_QUERY } from '../modules/explorer/hooks/useExplorer';
import { byTestId, click, render, settle } from '../testing/render.util';
import { ExplorerPage } from './ExplorerPage';

const schema = buildSchema('type Query { workspace: Workspace } type Workspace { name: String }');
const introspection = graphqlSync({ schema, source: getIntrospectionQuery() });

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** The API as the explorer meets it: introspection first, then the operations it runs. */
function stubApi() {
  const send = vi.fn<typeof fetch>(async (_url, init) => {
    const { query } = JSON.parse(init?.body as string) as { query: string };
    return query === getIntrospectionQuery() ? json(introspection) : json({ data: { workspace: { name: 'Acme' } } });
  });
  vi.stubGlobal('fetch', send);
  return send;
}

describe('ExplorerPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads the schema and runs the query with the connected key, showing the answer', async () => {
    apiKeyStore.connect('tdm_page');
    const send = stubApi();
    const view = await render(<ExplorerPage />);
    await settle();
    expect(byTestId(view, 'explorer').querySelector('.cm-editor')).not.toBeNull();
    await click(byTestId(view, 'explorer-run'));
    await settle();
    const [url, init] = send.mock.calls[1] ?? [];
    expect(url).toBe('/graphql');
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer tdm_page');
    expect(JSON.parse(init?.body as string)).toEqual({ query: DEFAULT_QUERY });
    expect(byTestId(view, 'explorer-status').textContent).toMatch(/^HTTP 200 · \d+ ms$/);
    expect(JSON.parse(byTestId(view, 'explorer-result').textContent!)).toEqual({
      data: { workspace: { name: 'Acme' } },
    });
  });

  it('refuses variables that are not a JSON object before sending anything', async () => {
    const send = stubApi();
    window.history.replaceState(null, '', '#/explorer?variables=%5B1%5D');
    const view = await render(<ExplorerPage />);
    await settle();
    await click(byTestId(view, 'explorer-run'));
    expect(byTestId(view, 'explorer-error').textContent).toBe('Variables must be a JSON object, e.g. {"first": 10}');
    expect(send).toHaveBeenCalledOnce(); // the introspection only
  });
});
