import { beforeEach, describe, expect, it } from 'vitest';
import { ApiKeyStore } from './api-key.store';

const acme = { id: 'w-acme', name: 'Acme' };
const northwind = { id: 'w-north', name: 'Northwind' };

describe('ApiKeyStore', () => {
  beforeEach(() => window.localStorage.clear());

  it('keeps one key per workspace and switches between them', () => {
    const store = new ApiKeyStore(window.localStorage);
    store.connect('k-acme');
    store.describe('k-acme', acme);
    store.save('k-north', northwind);
    expect(store.snapshot().apiKey).toBe('k-acme');
    store.switchTo('k-north');
    expect(store.snapshot().apiKey).toBe('k-north');
    store.connect('k-acme-2');
    store.describe('k-acme-2', acme);
    expect(store.snapshot().saved).toEqual([
      { apiKey: 'k-acme-2', workspaceId: 'w-acme', name: 'Acme' },
      { apiKey: 'k-north', workspaceId: 'w-north', name: 'Northwind' },
    ]);
    store.switchTo('unknown');
    expect(store.snapshot().apiKey).toBe('k-acme-2');
  });

  it('reads back what it kept, and takes a key kept before workspaces were named', () => {
    const store = new ApiKeyStore(window.localStorage);
    store.connect('k-acme');
    store.describe('k-acme', acme);
    store.save('k-north', northwind);
    expect(new ApiKeyStore(window.localStorage).snapshot()).toMatchObject({
      apiKey: 'k-acme',
      saved: store.snapshot().saved,
    });

    window.localStorage.clear();
    window.localStorage.setItem('tandem.apiKey', 'k-old');
    expect(new ApiKeyStore(window.localStorage).snapshot().saved).toEqual([
      { apiKey: 'k-old', workspaceId: null, name: null },
    ]);
  });

  it('forgets only the refused key and keeps the others to go back to', () => {
    const store = new ApiKeyStore(window.localStorage);
    store.connect('k-acme', acme);
    store.connect('k-north', northwind);
    store.reject('refused');
    expect(store.snapshot()).toMatchObject({ apiKey: null, notice: 'refused', saved: [{ apiKey: 'k-acme' }] });
    expect(window.localStorage.getItem('tandem.apiKey')).toBeNull();
  });

  it('opens the connect screen to add a key while the active one stays', () => {
    const store = new ApiKeyStore(window.localStorage);
    store.connect('k-acme', acme);
    store.startAdding();
    expect(store.snapshot()).toMatchObject({ apiKey: 'k-acme', adding: true });
    store.cancelAdding();
    expect(store.snapshot().adding).toBe(false);
    store.startAdding();
    store.connect('k-north');
    expect(store.snapshot()).toMatchObject({ apiKey: 'k-north', adding: false });
  });
});
