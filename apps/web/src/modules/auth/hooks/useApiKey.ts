import { useSyncExternalStore } from 'react';
import { apiKeyStore } from '../api-key.store';

/** The keys the browser keeps, and what can be done with them. */
export function useApiKey() {
  const state = useSyncExternalStore(apiKeyStore.subscribe, apiKeyStore.snapshot);
  return {
    ...state,
    connect: (apiKey: string) => apiKeyStore.connect(apiKey),
    switchTo: (apiKey: string) => apiKeyStore.switchTo(apiKey),
    startAdding: () => apiKeyStore.startAdding(),
    cancelAdding: () => apiKeyStore.cancelAdding(),
    signOut: () => apiKeyStore.signOut(),
  };
}
