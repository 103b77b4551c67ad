import { describe, expect, it } from 'vitest';
import { byTestId, click, render, typeInto } from '../../../testing/render.util';
import { apiKeyStore } from '../api-key.store';
import { ConnectScreen } from './ConnectScreen';

describe('ConnectScreen', () => {
  it('keeps the entered key in localStorage', async () => {
    const view = await render(<ConnectScreen />);
    await typeInto(byTestId(view, 'connect-key-input') as HTMLInputElement, '  tdm_secret  ');
    await click(byTestId(view, 'connect-submit'));
    expect(window.localStorage.getItem('tandem.apiKey')).toBe('tdm_secret');
    expect(apiKeyStore.snapshot().apiKey).toBe('tdm_secret');
  });

  it('cannot connect without a key', async () => {
    const view = await render(<ConnectScreen />);
    expect((byTestId(view, 'connect-submit') as HTMLButtonElement).disabled).toBe(true);
  });

  it('says why it is back after the API refused the key', async () => {
    apiKeyStore.reject('The API did not accept this key (401).');
    const view = await render(<ConnectScreen />);
    expect(byTestId(view, 'connect-notice').textContent).toContain('401');
  });

  it('offers the other workspaces this browser keeps a key for once the active key is gone', async () => {
    apiKeyStore.connect('k-north', { id: 'w-north', name: 'Northwind' });
    apiKeyStore.connect('k-acme', { id: 'w-acme', name: 'Acme' });
    apiKeyStore.reject('refused');
    const view = await render(<ConnectScreen />);
    const saved = byTestId(view, 'connect-saved');
    expect([...saved.querySelectorAll('button')].map((button) => button.textContent)).toEqual(['Northwind']);
    await click(saved.querySelector('button')!);
    expect(apiKeyStore.snapshot().apiKey).toBe('k-north');
  });

  it('goes back to the open workspace when adding a key is cancelled', async () => {
    apiKeyStore.connect('k-acme', { id: 'w-acme', name: 'Acme' });
    apiKeyStore.startAdding();
    const view = await render(<ConnectScreen />);
    expect(view.querySelector('[data-testid="connect-saved"]')).toBeNull();
    await click(byTestId(view, 'connect-cancel'));
    expect(apiKeyStore.snapshot()).toMatchObject({ apiKey: 'k-acme', adding: false });
  });
});
