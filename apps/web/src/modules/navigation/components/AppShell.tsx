import { lazy, Suspense, useEffect } from 'react';
import { apiKeyStore } from '../../auth/api-key.store';
import { useApiKey } from '../../auth/hooks/useApiKey';
import { useDashboardFilters, type DashboardFilterControls } from '../../dashboard/hooks/useDashboardFilters';
import { useDashboardPeriod } from '../../dashboard/hooks/useDashboardPeriod';
import { Notice } from '../../ui/components/Notice';
import { useWorkspace } from '../../workspace/hooks/useWorkspace';
import { useHashRoute } from '../hooks/useHashRoute';
import type { Route } from '../routes.util';
import { AppHeader } from './AppHeader';
import type { WorkspaceQuery } from '../../../generated/graphql';

/** Each page is its own chunk, loaded when first opened: the first screen downloads only what it draws. */
const OverviewPage = lazy(() => import('../../../pages/OverviewPage').then((page) => ({ default: page.OverviewPage })));
const PaidPage = lazy(() => import('../../../pages/PaidPage').then((page) => ({ default: page.PaidPage })));
const OrganicPage = lazy(() => import('../../../pages/OrganicPage').then((page) => ({ default: page.OrganicPage })));
const ComparePage = lazy(() => import('../../../pages/ComparePage').then((page) => ({ default: page.ComparePage })));
const ImportsPage = lazy(() => import('../../../pages/ImportsPage').then((page) => ({ default: page.ImportsPage })));
const ExplorerPage = lazy(() => import('../../../pages/ExplorerPage').then((page) => ({ default: page.ExplorerPage })));
const SettingsPage = lazy(() => import('../../../pages/SettingsPage').then((page) => ({ default: page.SettingsPage })));

const DASHBOARD_PAGES = { overview: OverviewPage, paid: PaidPage, organic: OrganicPage, compare: ComparePage };

interface WorkspacePagesProps {
  route: Route;
  workspace: WorkspaceQuery['workspace'];
  controls: DashboardFilterControls;
}

/** The open page; the dashboard pages get the shared filters and the dates they resolve to. */
function WorkspacePages({ route, workspace, controls }: WorkspacePagesProps) {
  const period = useDashboardPeriod(controls.filters, workspace.timeZone);
  if (route === 'imports') return <ImportsPage keyRole={workspace.keyRole} />;
  if (route === 'explorer') return <ExplorerPage />;
  if (route === 'settings') return <SettingsPage keyRole={workspace.keyRole} />;
  const Page = DASHBOARD_PAGES[route];
  return <Page workspace={workspace} controls={controls} period={period} />;
}

export function AppShell() {
  const route = useHashRoute();
  const { apiKey, signOut } = useApiKey();
  const { workspace, error } = useWorkspace();
  useEffect(() => {
    if (apiKey && workspace) apiKeyStore.describe(apiKey, { id: workspace.id, name: workspace.name });
  }, [apiKey, workspace]);
  const controls = useDashboardFilters();

  return (
    <div className="app">
      <AppHeader route={route} workspaceName={workspace?.name} dashboardQuery={controls.query} onSignOut={signOut} />
      <main className="app__main">
        {error && <Notice tone="error">Could not reach the API: {error.message}</Notice>}
        {!workspace && !error && <p className="muted">Loading…</p>}
        {workspace && (
          <Suspense fallback={<div className="page-skeleton" aria-busy="true" />}>
            <WorkspacePages route={route} workspace={workspace} controls={controls} />
          </Suspense>
        )}
      </main>
    </div>
  );
}
