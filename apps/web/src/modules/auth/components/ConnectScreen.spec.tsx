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
});
