import type { ReactNode } from 'react';
import type { WorkspaceQuery } from '../../../generated/graphql';
import { Notice } from '../../ui/components/Notice';
import { formatDay } from '../date-range.util';
import type { DashboardFilterControls } from '../hooks/useDashboardFilters';
import type { DashboardPeriod } from '../hooks/useDashboardPeriod';
import { describePlatforms } from '../platforms.util';
import { CompareSelect } from './CompareSelect';
import { CoverageStrip } from './CoverageStrip';
import { DateRangePicker } from './DateRangePicker';
import { PlatformFilter } from './PlatformFilter';

interface DashboardLayoutProps {
  title: string;
  /** One sentence under the title: what the page answers. */
  lead: string;
  workspace: WorkspaceQuery['workspace'];
  controls: DashboardFilterControls;
  period: DashboardPeriod;
  children: ReactNode;
}

const longDay = (day: string) => formatDay(day, { dateStyle: 'medium' });

/** What every dashboard page shows first: its scope in words, the shared filters, and what the data covers. */
export function DashboardLayout({ title, lead, workspace, controls, period, children }: DashboardLayoutProps) {
  const { filters } = controls;
  const platforms = filters.platforms.length > 0 ? filters.platforms : null;
  return (
    <div className="page">
      <div className="page__heading">
        <h1>{title}</h1>
        <p className="muted">{lead}</p>
        <p className="muted" data-testid="page-scope">
          {period.activePreset ? `Last ${period.activePreset} days of data, ` : ''}
          {period.label} · {describePlatforms(filters.platforms)} · money in {workspace.currency}
          {period.compareTo ? ` · compared with the ${period.compareLabel}` : ''}
        </p>
      </div>

      <div className="filters panel">
        <DateRangePicker
          range={period.range}
          activePreset={period.activePreset}
          onPreset={controls.choosePreset}
          onRange={controls.chooseRange}
        />
        <PlatformFilter
          selected={filters.platforms}
          onToggle={controls.togglePlatform}
          onShowAll={controls.showAllPlatforms}
        />
        <CompareSelect value={filters.compare} onChange={controls.setCompare} />
      </div>

      {period.runsPastData && period.dataThrough && (
        <Notice tone="info" testId="runs-past-data">
          Data goes through {longDay(period.dataThrough)}: the days after it show nothing yet, and totals for this range
          are short by those days.
        </Notice>
      )}
      {period.ready && <CoverageStrip range={period.range} compareTo={period.compareTo} platforms={platforms} />}
      {children}
    </div>
  );
}
