import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp } from './support/test-app.js';

/** What a browser sends when a person types the address in. */
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('GET /graphql from a browser', () => {
  let tandem: TestApp;

  beforeAll(async () => {
    tandem = await TestApp.start('embedded', { redisDb: 41 });
  });

  afterAll(async () => tandem?.close());

  // `apollo-require-preflight`: Apollo's CSRF prevention answers a plain GET operation 400 (as before this redirect).
  const get = (path: string, accept: string, key?: string) =>
    fetch(`${tandem.baseUrl}${path}`, {
      redirect: 'manual',
      headers: { accept, 'apollo-require-preflight': 'true', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    });

  it('redirects a page visit to the API explorer, with no data and no key needed', async () => {
    const response = await get('/graphql', BROWSER_ACCEPT);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/#/explorer');
  });

  it('still refuses a POST without a key', async () => {
    const refused = await tandem.graphql(undefined, '{ __typename }');
    expect(refused.status).toBe(401);
    expect(refused.data).toBeUndefined();
  });

  it('still refuses a GET operation without a key, even from a browser', async () => {
    const query = `?query=${encodeURIComponent('{ __typename }')}`;
    const fromBrowser = await get(`/graphql${query}`, BROWSER_ACCEPT);
    expect(fromBrowser.status).toBe(401);
    expect(await fromBrowser.json()).toEqual({
      errors: [expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } })],
    });
    expect((await get(`/graphql${query}`, 'application/json')).status).toBe(401);
  });

  it('keeps API clients that ask for JSON on the key check, and answers them with a key', async () => {
    expect((await get('/graphql', 'application/json')).status).toBe(401);
    const key = await tandem.workspaceKey('explorer');
    const answered = await get(`/graphql?query=${encodeURIComponent('{ __typename }')}`, 'application/json', key);
    expect(answered.status).toBe(200);
    expect(await answered.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
