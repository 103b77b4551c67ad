import type { WorkspaceQuery } from '../../generated/graphql';
import type { DashboardFilterControls } from './hooks/useDashboardFilters';
import type { DashboardPeriod } from './hooks/useDashboardPeriod';

/** What every dashboard page receives from the shell: the workspace, the shared filters, and the dates they resolve to. */
export interface DashboardPageProps {
  workspace: WorkspaceQuery['workspace'];
  controls: DashboardFilterControls;
  period: DashboardPeriod;
}
