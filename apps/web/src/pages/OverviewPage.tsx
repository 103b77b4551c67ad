import type { WorkspaceQuery } from '../generated/graphql';
import { CompareToggle } from '../modules/overview/components/CompareToggle';
import { DateRangePicker } from '../modules/overview/components/DateRangePicker';
import { EngagementsConversionsPanel } from '../modules/overview/components/EngagementsConversionsPanel';
import { KpiGroup } from '../modules/overview/components/KpiGroup';
import { PlatformFilter } from '../modules/overview/components/PlatformFilter';
import type { OverviewFilterControls } from '../modules/overview/hooks/useOverviewFilters';
import { useOverviewKpis } from '../modules/overview/hooks/useOverviewKpis';
import { useOverviewPeriod } from '../modules/overview/hooks/useOverviewPeriod';
import { describePlatforms } from '../modules/overview/platforms.util';
import { Notice } from '../modules/ui/components/Notice';
import { WarningsNotice } from '../modules/ui/components/WarningsNotice';

interface OverviewPageProps {
  workspace: WorkspaceQuery['workspace'];
  controls: OverviewFilterControls;
}

export function OverviewPage({ workspace, controls }: OverviewPageProps) {
  const { filters } = controls;
  const period = useOverviewPeriod(filters.period, filters.compare, workspace.timeZone);
  const kpis = useOverviewKpis({
    range: period.range,
    compareTo: period.compareTo,
    platforms: filters.platforms,
    format: { currency: workspace.currency },
  });

  return (
    <div className="page">
      <div className="page__heading">
        <h1>Overview</h1>
        <p className="muted" data-testid="overview-scope">
          {period.label} · {describePlatforms(filters.platforms)} · money in {workspace.currency}
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
        <CompareToggle checked={filters.compare} compareLabel={period.compareLabel} onChange={controls.setCompare} />
      </div>

      {kpis.error && <Notice tone="error">Could not load the overview: {kpis.error.message}</Notice>}
      <WarningsNotice warnings={kpis.warnings} testId="overview-warnings" />

      <div
        className="kpi-groups"
        data-testid="overview-kpis"
        aria-busy={kpis.loading}
        data-state={kpis.loading ? 'loading' : 'ready'}
      >
        {!kpis.organicCards && kpis.loading && <p className="muted">Loading…</p>}
        {kpis.organicCards && (
          <KpiGroup
            title="Organic (SMO)"
            testId="kpi-group-organic"
            cards={kpis.organicCards}
            period={period.label}
            compareLabel={period.compareLabel}
          />
        )}
        {kpis.paidCards && (
          <KpiGroup
            title="Paid (SMM)"
            testId="kpi-group-paid"
            cards={kpis.paidCards}
            period={period.label}
            compareLabel={period.compareLabel}
          />
        )}
      </div>

      <EngagementsConversionsPanel
        range={period.range}
        periodLabel={period.label}
        platforms={filters.platforms}
        granularity={filters.granularity}
        onGranularity={controls.setGranularity}
      />
    </div>
  );
}
