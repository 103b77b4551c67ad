import { ImportsPage } from '../../../pages/ImportsPage';
import { OverviewPage } from '../../../pages/OverviewPage';
import { useApiKey } from '../../auth/hooks/useApiKey';
import { useOverviewFilters } from '../../overview/hooks/useOverviewFilters';
import { Notice } from '../../ui/components/Notice';
import { useWorkspace } from '../../workspace/hooks/useWorkspace';
import { useHashRoute } from '../hooks/useHashRoute';
import { AppHeader } from './AppHeader';

export function AppShell() {
  const route = useHashRoute();
  const { signOut } = useApiKey();
  const { workspace, error } = useWorkspace();
  const overviewControls = useOverviewFilters();

  return (
    <div className="app">
      <AppHeader
        route={route}
        workspaceName={workspace?.name}
        overviewQuery={overviewControls.query}
        onSignOut={signOut}
      />
      <main className="app__main">
        {error && <Notice tone="error">Could not reach the API: {error.message}</Notice>}
        {!workspace && !error && <p className="muted">Loading…</p>}
        {workspace && route === 'overview' && <OverviewPage workspace={workspace} controls={overviewControls} />}
        {workspace && route === 'imports' && <ImportsPage keyRole={workspace.keyRole} />}
      </main>
    </div>
  );
}
