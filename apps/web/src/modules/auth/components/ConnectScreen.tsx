import { useState, type FormEvent } from 'react';
import { useApiKey } from '../hooks/useApiKey';

export function ConnectScreen() {
  const { apiKey: activeKey, notice, saved, adding, connect, switchTo, cancelAdding } = useApiKey();
  const [apiKey, setApiKey] = useState('');
  const others = saved.filter((entry) => entry.apiKey !== activeKey);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (apiKey.trim()) connect(apiKey.trim());
  };

  return (
    <main className="connect">
      <form className="connect-card" onSubmit={submit}>
        <h1 className="brand">Tandem</h1>
        <p className="muted">
          Organic and paid social results side by side. Connect with an API key of your workspace.
        </p>
        {notice && (
          <p className="notice notice--error" role="alert" data-testid="connect-notice">
            {notice}
          </p>
        )}
        <label className="field">
          <span>API key</span>
          <input
            type="password"
            autoComplete="off"
            autoFocus
            value={apiKey}
            onChange={(event) => setApiKey(event.target.value)}
            data-testid="connect-key-input"
          />
        </label>
        <button type="submit" className="button button--primary" disabled={!apiKey.trim()} data-testid="connect-submit">
          Connect
        </button>
        {adding && (
          <button type="button" className="button button--quiet" onClick={cancelAdding} data-testid="connect-cancel">
            Cancel
          </button>
        )}
        {!adding && others.length > 0 && (
          <nav aria-label="Saved workspaces" data-testid="connect-saved">
            <p className="muted">Or open a workspace this browser has a key for:</p>
            {others.map((entry) => (
              <button
                key={entry.apiKey}
                type="button"
                className="button button--quiet"
                onClick={() => switchTo(entry.apiKey)}
              >
                {entry.name ?? 'Unnamed workspace'}
              </button>
            ))}
          </nav>
        )}
      </form>
    </main>
  );
}
