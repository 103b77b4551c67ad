import { useState, type FormEvent } from 'react';
import type { ApiKeyRole } from '../../../generated/graphql';
import { ROLE_LABELS } from '../roles.util';

interface CreateApiKeyFormProps {
  busy: boolean;
  onCreate: (name: string, role: ApiKeyRole) => Promise<void>;
}

export function CreateApiKeyForm({ busy, onCreate }: CreateApiKeyFormProps) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<ApiKeyRole>('VIEWER');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await onCreate(name.trim(), role);
    setName('');
  };

  return (
    <form
      className="settings-form settings-form--inline"
      onSubmit={(event) => void submit(event).catch(() => undefined)}
      data-testid="create-key"
    >
      <label className="field">
        Name
        <input
          value={name}
          required
          maxLength={100}
          placeholder="e.g. Client dashboard"
          onChange={(event) => setName(event.target.value)}
          data-testid="create-key-name"
        />
      </label>
      <label className="field">
        Role
        <select
          value={role}
          onChange={(event) => setRole(event.target.value as ApiKeyRole)}
          data-testid="create-key-role"
        >
          {Object.entries(ROLE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <button
        type="submit"
        className="button button--primary"
        disabled={busy || !name.trim()}
        data-testid="create-key-submit"
      >
        Create key
      </button>
    </form>
  );
}
