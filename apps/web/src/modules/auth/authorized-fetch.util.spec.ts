import { describe, expect, it, vi } from 'vitest';
import { ApiKeyStore } from './api-key.store';
import { createAuthorizedFetch, REJECTED_KEY_NOTICE } from './authorized-fetch.util';

function storeWithKey(apiKey: string): ApiKeyStore {
  const store = new ApiKeyStore(window.localStorage);
  store.connect(apiKey);
  return store;
}

describe('authorizedFetch', () => {
  it('sends the key as a Bearer token', async () => {
    const send = vi.fn<typeof fetch>(async () => new Response('{}'));
    await createAuthorizedFetch(storeWithKey('k1'), send)('/graphql', { method: 'POST' });
    const init = send.mock.calls[0]?.[1];
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer k1');
    expect(init?.method).toBe('POST');
  });

  it('forgets a refused key and says why', async () => {
    const store = storeWithKey('wrong');
    await createAuthorizedFetch(store, async () => new Response('', { status: 401 }))('/graphql');
    expect(store.snapshot()).toMatchObject({ apiKey: null, notice: REJECTED_KEY_NOTICE });
    expect(window.localStorage.getItem('tandem.apiKey')).toBeNull();
  });

  it('keeps a new key when a request made with the old one is refused late', async () => {
    const store = storeWithKey('old');
    const authorizedFetch = createAuthorizedFetch(store, async () => {
      store.connect('new');
      return new Response('', { status: 401 });
    });
    await authorizedFetch('/graphql');
    expect(store.snapshot().apiKey).toBe('new');
  });
});
