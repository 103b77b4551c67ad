const ACTIVE_KEY = 'tandem.apiKey';
const SAVED_KEYS = 'tandem.workspaceKeys';

/** A key the browser keeps, with the workspace it opens once the API has said which (null until then). */
export interface SavedKey {
  apiKey: string;
  workspaceId: string | null;
  name: string | null;
}

export interface WorkspaceOfKey {
  id: string;
  name: string;
}

export interface ApiKeyState {
  /** The key every request sends; null shows the connect screen. */
  apiKey: string | null;
  /** Why the connect screen is shown again, e.g. after the API refused the key. */
  notice: string | null;
  /** One key per workspace, the active one included, in the order they were added. */
  saved: readonly SavedKey[];
  /** The connect screen is open to add a key while another stays active. */
  adding: boolean;
}

/**
 * The API keys the browser sends, kept in `localStorage` and observable by React (`useSyncExternalStore`): one per
 * workspace, one of them active. Switching workspaces is switching the active key (the Apollo client is made per key).
 */
export class ApiKeyStore {
  private state: ApiKeyState;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly storage: Storage) {
    const apiKey = storage.getItem(ACTIVE_KEY);
    const saved = readSaved(storage.getItem(SAVED_KEYS));
    const known = apiKey === null || saved.some((entry) => entry.apiKey === apiKey);
    this.state = {
      apiKey,
      notice: null,
      saved: known ? saved : [...saved, { apiKey, workspaceId: null, name: null }],
      adding: false,
    };
  }

  snapshot = (): ApiKeyState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Keeps the key and makes it the active one. */
  connect(apiKey: string, workspace?: WorkspaceOfKey): void {
    this.update({ apiKey, notice: null, adding: false, saved: withKey(this.state.saved, apiKey, workspace) });
  }

  /** Keeps the key of another workspace (one just created) without leaving this one. */
  save(apiKey: string, workspace: WorkspaceOfKey): void {
    this.update({ ...this.state, saved: withKey(this.state.saved, apiKey, workspace) });
  }

  /** Names the workspace a key opens, once the API has said; an older key of that workspace is dropped. */
  describe(apiKey: string, workspace: WorkspaceOfKey): void {
    const saved = withKey(this.state.saved, apiKey, workspace);
    if (JSON.stringify(saved) !== JSON.stringify(this.state.saved)) this.update({ ...this.state, saved });
  }

  switchTo(apiKey: string): void {
    if (this.state.saved.some((entry) => entry.apiKey === apiKey))
      this.update({ ...this.state, apiKey, adding: false });
  }

  startAdding(): void {
    this.update({ ...this.state, adding: true, notice: null });
  }

  cancelAdding(): void {
    this.update({ ...this.state, adding: false });
  }

  /** Forgets the active key; the others stay, offered on the connect screen. */
  signOut(): void {
    this.forget(null);
  }

  /** The API refused the key: forget it and say why. */
  reject(notice: string): void {
    this.forget(notice);
  }

  private forget(notice: string | null): void {
    const saved = this.state.saved.filter((entry) => entry.apiKey !== this.state.apiKey);
    this.update({ apiKey: null, notice, saved, adding: false });
  }

  private update(state: ApiKeyState): void {
    this.state = state;
    if (state.apiKey === null) this.storage.removeItem(ACTIVE_KEY);
    else this.storage.setItem(ACTIVE_KEY, state.apiKey);
    this.storage.setItem(SAVED_KEYS, JSON.stringify(state.saved));
    this.listeners.forEach((listener) => listener());
  }
}

/** The list with this key in it (described when the workspace is known), in place of any other key of its workspace. */
function withKey(saved: readonly SavedKey[], apiKey: string, workspace?: WorkspaceOfKey): SavedKey[] {
  const entry: SavedKey = workspace
    ? { apiKey, workspaceId: workspace.id, name: workspace.name }
    : (saved.find((other) => other.apiKey === apiKey) ?? { apiKey, workspaceId: null, name: null });
  const replaces = (other: SavedKey) =>
    other.apiKey === apiKey || (entry.workspaceId !== null && other.workspaceId === entry.workspaceId);
  const at = saved.findIndex(replaces);
  const others = saved.filter((other) => !replaces(other));
  return at < 0 ? [...others, entry] : [...others.slice(0, at), entry, ...others.slice(at)];
}

function readSaved(text: string | null): SavedKey[] {
  try {
    const parsed: unknown = JSON.parse(text ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isSavedKey) : [];
  } catch {
    return [];
  }
}

function isSavedKey(value: unknown): value is SavedKey {
  return typeof value === 'object' && value !== null && typeof (value as SavedKey).apiKey === 'string';
}

export const apiKeyStore = new ApiKeyStore(window.localStorage);
