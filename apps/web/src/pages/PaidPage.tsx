import { DashboardLayout } from '../modules/dashboard/components/DashboardLayout';
import type { DashboardPageProps } from '../modules/dashboard/dashboard-page.props';
import { AudiencePanel } from '../modules/paid/components/AudiencePanel';
import { CampaignsPanel } from '../modules/paid/components/CampaignsPanel';
import { SpendConversionsPanel } from '../modules/paid/components/SpendConversionsPanel';
import { usePaidBreakdown } from '../modules/paid/hooks/usePaidBreakdown';
import { usePaidView } from '../modules/paid/hooks/usePaidView';
import { drillLabel, paidRowsOf } from '../modules/paid/paid-rows.util';
import { paidCaption, paidScope, paidSort } from '../modules/paid/paid-view.util';

export function PaidPage({ workspace, controls, period }: DashboardPageProps) {
  const { filters } = controls;
  const paid = usePaidView();
  const scope = paidScope(paid.view);
  const sort = paidSort(paid.view);
  const campaigns = usePaidBreakdown({
    period,
    platforms: filters.platforms,
    by: scope.by,
    filter: scope.filter,
    sort,
  });
  const rows = campaigns.breakdown ? paidRowsOf(campaigns.breakdown.edges, scope.level) : undefined;
  const drilled = scope.level === 'AD_SET' || scope.level === 'AD';
  const drill = {
    campaign: drilled ? drillLabel(rows ?? [], 'CAMPAIGN', paid.view.campaign) : null,
    adSet: scope.level === 'AD' ? drillLabel(rows ?? [], 'AD_SET', paid.view.adSet) : null,
  };
  const shared = {
    caption: paidCaption(period, workspace.currency),
    format: { currency: workspace.currency },
    against: period.compareTo ? period.compareLabel : null,
  };

  return (
    <DashboardLayout
      title="Paid"
      lead="What the ads cost and brought back: campaigns down to their ads, who saw them, and spend against conversions over time."
      workspace={workspace}
      controls={controls}
      period={period}
    >
      <CampaignsPanel
        level={scope.level}
        result={campaigns}
        rows={rows}
        drill={drill}
        sort={sort}
        paid={paid}
        {...shared}
      />
      <AudiencePanel
        chosen={paid.audience}
        onChoose={paid.setAudience}
        period={period}
        platforms={filters.platforms}
        filter={scope.filter}
        scopeName={drill.adSet ?? drill.campaign}
        {...shared}
      />
      <SpendConversionsPanel
        period={period}
        platforms={filters.platforms}
        granularity={filters.granularity}
        onGranularity={controls.setGranularity}
        format={shared.format}
      />
    </DashboardLayout>
  );
}
