import type { ComponentType } from 'react';
import type { DashboardPageProps } from '../modules/dashboard/dashboard-page.props';
import { useDashboardFilters } from '../modules/dashboard/hooks/useDashboardFilters';
import { useDashboardPeriod } from '../modules/dashboard/hooks/useDashboardPeriod';
import { workspace } from './overview.fixture';

/** A dashboard page as the shell gives it: the filters from the address, the dates they resolve to. */
export function withDashboard(Page: ComponentType<DashboardPageProps>) {
  return function DashboardPageUnderTest() {
    const controls = useDashboardFilters();
    const period = useDashboardPeriod(controls.filters, workspace.timeZone);
    return <Page workspace={workspace} controls={controls} period={period} />;
  };
}
