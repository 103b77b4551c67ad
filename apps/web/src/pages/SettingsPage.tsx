import type { ApiKeyRole } from '../generated/graphql';
import { ApiKeysPanel } from '../modules/settings/components/ApiKeysPanel';
import { AuditLogPanel } from '../modules/settings/components/AuditLogPanel';
import { CreateWorkspaceForm } from '../modules/settings/components/CreateWorkspaceForm';
import { WorkspaceSettingsForm } from '../modules/settings/components/WorkspaceSettingsForm';
import { useWorkspaceSettings } from '../modules/settings/hooks/useWorkspaceSettings';
import { Notice } from '../modules/ui/components/Notice';

/** Workspace settings, keys, the audit log and new workspaces: an owner's page. */
export function SettingsPage({ keyRole }: { keyRole: ApiKeyRole }) {
  return (
    <div className="page">
      <div className="page__heading">
        <h1>Settings</h1>
        <p className="muted">
          The workspace’s currency, time zone and organic cost, its API keys, and who changed what.
        </p>
      </div>
      {keyRole === 'OWNER' ? (
        <OwnerSettings />
      ) : (
        <Notice tone="info" testId="settings-role-notice">
          This API key is a {keyRole.toLowerCase()} key. Settings, keys and the audit log are for owner keys: ask an
          owner of this workspace to change a setting or to issue you a key.
        </Notice>
      )}
    </div>
  );
}

function OwnerSettings() {
  const { workspace, error, save, saving, saveError } = useWorkspaceSettings();
  return (
    <>
      <section className="panel" aria-labelledby="settings-workspace">
        <h2 id="settings-workspace">Workspace</h2>
        {error && <Notice tone="error">Could not load the settings: {error.message}</Notice>}
        {workspace && (
          <WorkspaceSettingsForm
            key={workspace.id}
            workspace={workspace}
            saving={saving}
            error={saveError}
            onSave={save}
          />
        )}
      </section>
      <ApiKeysPanel />
      <AuditLogPanel />
      <CreateWorkspaceForm />
    </>
  );
}
