import type { ChangeEvent } from 'react';
import { useApiKey } from '../../auth/hooks/useApiKey';

const ADD_KEY = '+add';

/** The workspace open now, and the others this browser keeps a key for: choosing one switches the key sent. */
export function WorkspaceSwitcher({ workspaceName }: { workspaceName: string | undefined }) {
  const { apiKey, saved, switchTo, startAdding } = useApiKey();
  const choose = (event: ChangeEvent<HTMLSelectElement>) => {
    if (event.target.value === ADD_KEY) startAdding();
    else switchTo(event.target.value);
  };
  return (
    <label className="app-header__workspace">
      <span className="visually-hidden">Workspace</span>
      <select value={apiKey ?? ''} onChange={choose} data-testid="workspace-switcher">
        {saved.map((entry) => (
          <option key={entry.apiKey} value={entry.apiKey}>
            {(entry.apiKey === apiKey ? workspaceName : undefined) ?? entry.name ?? 'Unnamed workspace'}
          </option>
        ))}
        <option value={ADD_KEY}>Add a workspace key…</option>
      </select>
    </label>
  );
}
