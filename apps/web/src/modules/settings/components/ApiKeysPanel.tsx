import { useState } from 'react';
import type { ApiKeyFieldsFragment, ApiKeyRole } from '../../../generated/graphql';
import { formatDateTime } from '../../imports/import-status.util';
import { DataTable, type TableColumn } from '../../reports/components/DataTable';
import { Notice } from '../../ui/components/Notice';
import { useApiKeys } from '../hooks/useApiKeys';
import { CreateApiKeyForm } from './CreateApiKeyForm';
import { RevokeKeyButton } from './RevokeKeyButton';
import { SecretOnce } from './SecretOnce';

/** The workspace's keys: issue one for a person or a program, see when each was last used, revoke one. */
export function ApiKeysPanel() {
  const { keys, error, create, revoke, busy, actionError } = useApiKeys();
  const [issued, setIssued] = useState<{ name: string; secret: string }>();

  const onCreate = async (name: string, role: ApiKeyRole) => {
    const secret = await create(name, role);
    if (secret) setIssued({ name, secret });
  };
  const columns: TableColumn<ApiKeyFieldsFragment>[] = [
    { id: 'name', label: 'Name', cell: (key) => key.name },
    { id: 'role', label: 'Role', cell: (key) => key.role.toLowerCase() },
    { id: 'prefix', label: 'Key', cell: (key) => <code>{key.prefix}…</code> },
    { id: 'created', label: 'Created', cell: (key) => formatDateTime(key.createdAt) },
    { id: 'used', label: 'Last used', cell: (key) => (key.lastUsedAt ? formatDateTime(key.lastUsedAt) : 'Never') },
    {
      id: 'state',
      label: 'State',
      cell: (key) =>
        key.revokedAt ? (
          `Revoked ${formatDateTime(key.revokedAt)}`
        ) : (
          <RevokeKeyButton name={key.name} disabled={busy} onRevoke={() => revoke(key.id)} />
        ),
    },
  ];

  return (
    <section className="panel" aria-labelledby="settings-keys">
      <h2 id="settings-keys">API keys</h2>
      <CreateApiKeyForm busy={busy} onCreate={onCreate} />
      {issued && (
        <SecretOnce
          what={`The key “${issued.name}”`}
          secret={issued.secret}
          onDone={() => setIssued(undefined)}
          testId="new-key"
        />
      )}
      {actionError && <Notice tone="error">{actionError.message}</Notice>}
      {error && <Notice tone="error">Could not load the keys: {error.message}</Notice>}
      {keys && (
        <DataTable
          caption="API keys of this workspace"
          columns={columns}
          rows={keys}
          rowKey={(key) => key.id}
          testId="api-keys"
          rowTestId="api-key-row"
        />
      )}
    </section>
  );
}
