import { DashboardLayout } from '../modules/dashboard/components/DashboardLayout';
import type { DashboardPageProps } from '../modules/dashboard/dashboard-page.props';
import { EngagementsConversionsPanel } from '../modules/overview/components/EngagementsConversionsPanel';
import { KpiGroup } from '../modules/overview/components/KpiGroup';
import { useOverviewKpis } from '../modules/overview/hooks/useOverviewKpis';
import { useOverviewSeries } from '../modules/overview/hooks/useOverviewSeries';
import { WarningsNotice } from '../modules/ui/components/WarningsNotice';
import { Notice } from '../modules/ui/components/Notice';

export function OverviewPage({ workspace, controls, period }: DashboardPageProps) {
  const { filters } = controls;
  const series = useOverviewSeries({
    range: period.range,
    granularity: filters.granularity,
    platforms: filters.platforms,
    skip: !period.ready,
  });
  const kpis = useOverviewKpis({
    range: period.range,
    compareTo: period.compareTo,
    platforms: filters.platforms,
    format: { currency: workspace.currency },
    skip: !period.ready,
    series: series.series,
    previousIsAdjacent: period.compareMode === 'previous',
  });

  return (
    <DashboardLayout
      title="Overview"
      lead="Organic and paid results side by side, each against the comparison period."
      workspace={workspace}
      controls={controls}
      period={period}
    >
      {kpis.error && <Notice tone="error">Could not load the overview: {kpis.error.message}</Notice>}
      <WarningsNotice warnings={kpis.warnings} testId="overview-warnings" />

      <div
        className="kpi-groups"
        data-testid="overview-kpis"
        aria-busy={kpis.loading}
        data-state={kpis.loading || !period.ready ? 'loading' : 'ready'}
      >
        {!kpis.organicCards && <div className="skeleton skeleton--kpis" aria-hidden="true" />}
        {kpis.organicCards && (
          <KpiGroup
            title="Organic"
            hint="SMO"
            testId="kpi-group-organic"
            cards={kpis.organicCards}
            period={period.label}
            compareLabel={period.compareDates}
          />
        )}
        {kpis.paidCards && (
          <KpiGroup
            title="Paid"
            hint="SMM"
            testId="kpi-group-paid"
            cards={kpis.paidCards}
            period={period.label}
            compareLabel={period.compareDates}
          />
        )}
      </div>

      <EngagementsConversionsPanel
        series={series.series}
        request={series.request}
        loading={series.loading || !period.ready}
        error={series.error}
        period={period}
        format={{ currency: workspace.currency }}
        granularity={filters.granularity}
        onGranularity={controls.setGranularity}
      />
    </DashboardLayout>
  );
}
