import { useSyncExternalStore } from 'react';
import { apiKeyStore } from '../api-key.store';

export function useApiKey() {
  const state = useSyncExternalStore(apiKeyStore.subscribe, apiKeyStore.snapshot);
  return {
    ...state,
    connect: (apiKey: string) => apiKeyStore.connect(apiKey),
    signOut: () => apiKeyStore.signOut(),
  };
}
