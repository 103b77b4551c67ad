import { CostPanel } from '../modules/compare/components/CostPanel';
import { GoalsPanel } from '../modules/compare/components/GoalsPanel';
import { ReachPanel } from '../modules/compare/components/ReachPanel';
import { ReturnPanel } from '../modules/compare/components/ReturnPanel';
import { TimeFramePanel } from '../modules/compare/components/TimeFramePanel';
import { DashboardLayout } from '../modules/dashboard/components/DashboardLayout';
import type { DashboardPageProps } from '../modules/dashboard/dashboard-page.props';

export function ComparePage({ workspace, controls, period }: DashboardPageProps) {
  const { filters } = controls;
  const panel = { period, platforms: filters.platforms, format: { currency: workspace.currency } };
  return (
    <DashboardLayout
      title="Organic vs paid"
      lead="The five ways organic and paid social differ: what each is for, what it costs, how fast it works, how far it goes and what it returns."
      workspace={workspace}
      controls={controls}
      period={period}
    >
      <div className="compare-panels">
        <GoalsPanel {...panel} granularity={filters.granularity} />
        <CostPanel {...panel} keyRole={workspace.keyRole} />
        <TimeFramePanel {...panel} granularity={filters.granularity} onGranularity={controls.setGranularity} />
        <ReachPanel {...panel} />
        <ReturnPanel {...panel} />
      </div>
    </DashboardLayout>
  );
}
