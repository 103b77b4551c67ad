import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { apiKeyStore } from '../../auth/api-key.store';
import { byTestId, render } from '../../../testing/render.util';
import { WorkspaceSwitcher } from './WorkspaceSwitcher';

async function choose(select: HTMLSelectElement, value: string) {
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('WorkspaceSwitcher', () => {
  it('lists the workspaces this browser keeps a key for, and switches the key sent', async () => {
    apiKeyStore.connect('k-north', { id: 'w-north', name: 'Northwind' });
    apiKeyStore.connect('k-acme', { id: 'w-acme', name: 'Acme' });
    const view = await render(<WorkspaceSwitcher workspaceName="Acme Studio" />);
    const select = byTestId(view, 'workspace-switcher') as HTMLSelectElement;
    expect([...select.options].map((option) => option.textContent)).toEqual([
      'Northwind',
      'Acme Studio',
      'Add a workspace key…',
    ]);
    expect(select.value).toBe('k-acme');
    await choose(select, 'k-north');
    expect(apiKeyStore.snapshot().apiKey).toBe('k-north');
    await choose(select, '+add');
    expect(apiKeyStore.snapshot()).toMatchObject({ apiKey: 'k-north', adding: true });
    apiKeyStore.cancelAdding();
  });
});
