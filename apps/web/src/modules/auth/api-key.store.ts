const STORAGE_KEY = 'tandem.apiKey';

export interface ApiKeyState {
  apiKey: string | null;
  /** Why the connect screen is shown again, e.g. after the API refused the key. */
  notice: string | null;
}

/** The API key the browser sends, kept in `localStorage` and observable by React (`useSyncExternalStore`). */
export class ApiKeyStore {
  private state: ApiKeyState;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly storage: Storage) {
    this.state = { apiKey: storage.getItem(STORAGE_KEY), notice: null };
  }

  snapshot = (): ApiKeyState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  connect(apiKey: string): void {
    this.storage.setItem(STORAGE_KEY, apiKey);
    this.update({ apiKey, notice: null });
  }

  signOut(): void {
    this.forget(null);
  }

  /** The API refused the key: forget it and say why. */
  reject(notice: string): void {
    this.forget(notice);
  }

  private forget(notice: string | null): void {
    this.storage.removeItem(STORAGE_KEY);
    this.update({ apiKey: null, notice });
  }

  private update(state: ApiKeyState): void {
    this.state = state;
    this.listeners.forEach((listener) => listener());
  }
}

export const apiKeyStore = new ApiKeyStore(window.localStorage);
