import { apiKeyStore, type ApiKeyStore } from './api-key.store';

export const REJECTED_KEY_NOTICE = 'The API did not accept this key (401). Enter a valid API key to continue.';

/** `fetch` that sends `Authorization: Bearer <key>` and, on a 401 for the current key, brings the connect screen back. */
export function createAuthorizedFetch(
  store: ApiKeyStore,
  send: typeof fetch = (...args) => fetch(...args),
): typeof fetch {
  return async (input, init = {}) => {
    const { apiKey } = store.snapshot();
    const headers = new Headers(init.headers);
    if (apiKey) headers.set('Authorization', `Bearer ${apiKey}`);
    const response = await send(input, { ...init, headers });
    if (response.status === 401 && store.snapshot().apiKey === apiKey) store.reject(REJECTED_KEY_NOTICE);
    return response;
  };
}

export const authorizedFetch = createAuthorizedFetch(apiKeyStore);
