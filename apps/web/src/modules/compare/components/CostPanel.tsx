import type { ApiKeyRole, CompareCostQuery } from '../../../generated/graphql';
import { kpiDefinition } from '../../dashboard/kpi-definitions.util';
import { formatShare } from '../../dashboard/metric-format.util';
import type { DashboardPanelProps } from '../../organic/dashboard-panel.props';
import { coveragePhrase } from '../../organic/organic-kpis.util';
import { captionOf } from '../../reports/report-caption.util';
import { ReportPanel } from '../../reports/components/ReportPanel';
import { costSentence, listOf, monthLabel } from '../compare-sentences.util';
import { useCostComparison } from '../hooks/useCostComparison';
import { CompareFigures, type CompareFigure } from './CompareFigures';
import { OrganicCostForm } from './OrganicCostForm';
import { PanelFindings } from './PanelFindings';

/** setOrganicCost needs an ANALYST key or above (schema.graphql, Mutation). */
const mayEnterCost = (role: ApiKeyRole) => role !== 'VIEWER';

type Costs = CompareCostQuery['costComparison'];

function figuresOf({ organic, paid }: Costs): CompareFigure[] {
  const money = 'money' as const;
  const cpa = kpiDefinition('paid', 'cpa');
  const paidPerEngagement = kpiDefinition('paid', 'costPerEngagement');
  const organicCoverage =
    organic.cost !== null && organic.costCoverage < 1
      ? `over ${formatShare(organic.costCoverage)} of the range’s days`
      : null;
  return [
    {
      id: 'organic-cost',
      label: 'Organic: cost (entered monthly, prorated to the range)',
      value: organic.cost,
      unit: money,
      note: organicCoverage,
    },
    { id: 'paid-spend', label: `Paid: ${kpiDefinition('paid', 'spend').label}`, value: paid.spend, unit: money },
    {
      id: 'organic-cost-per-engagement',
      label: 'Organic: cost per engagement',
      value: organic.costPerEngagement,
      unit: money,
      note: organicCoverage,
    },
    {
      id: 'paid-cost-per-engagement',
      label: `Paid: ${paidPerEngagement.label} (${paidPerEngagement.note})`,
      value: paid.costPerEngagement,
      unit: money,
      note: coveragePhrase('paid', 'costPerEngagement', paid.costPerEngagementCoverage),
    },
    {
      id: 'organic-cost-per-follower',
      label: 'Organic: cost per follower gained',
      value: organic.costPerFollowerGained,
      unit: money,
      note: organicCoverage,
    },
    {
      id: 'paid-cpa',
      label: `Paid: ${cpa.label} (${cpa.note})`,
      value: paid.cpa,
      unit: money,
      note: coveragePhrase('paid', 'cpa', paid.cpaCoverage),
    },
  ];
}

function MissingCost({ costs, canEnter }: { costs: Costs; canEnter: boolean }) {
  const months = listOf(costs.organic.missingMonths.map(monthLabel));
  return (
    <p className="compare-note" data-testid="compare-cost-missing">
      No organic cost is entered for {months}. Enter what the organic work (people, tools, agency) cost each month
      {canEnter
        ? ' below, or with the setOrganicCost(month, amount) GraphQL mutation.'
        : ': an analyst or owner key can, here or with the setOrganicCost(month, amount) GraphQL mutation.'}{' '}
      Until then organic cost ratios are not reported for those months.
    </p>
  );
}

interface CostPanelProps extends DashboardPanelProps {
  keyRole: ApiKeyRole;
}

/** Cost: the organic effort's entered cost next to ad spend, per engagement and per result on each side. */
export function CostPanel({ period, platforms, format, keyRole }: CostPanelProps) {
  const { costs, loading, error, request } = useCostComparison({ range: period.range, platforms, skip: !period.ready });
  const canEnter = mayEnterCost(keyRole);
  const missing = costs?.organic.missingMonths ?? [];
  return (
    <ReportPanel
      title="Cost: organic effort vs ad spend"
      caption={captionOf(
        period.label,
        `money in ${format.currency}; the organic cost is entered per month and prorated by the range’s days`,
        'cost per follower gained against cost per conversion',
      )}
      testId="compare-cost"
      request={period.ready ? request : null}
      loading={loading || !period.ready}
      error={error}
      table={
        costs ? (
          <PanelFindings testId="compare-cost" sentence={costSentence(costs, format)} warnings={costs.warnings}>
            <CompareFigures testId="compare-cost" figures={figuresOf(costs)} format={format} />
            {missing.length > 0 && <MissingCost costs={costs} canEnter={canEnter} />}
            {canEnter && (
              <OrganicCostForm
                months={costs.organic.months.map((month) => month.month)}
                initialMonth={missing[0] ?? costs.organic.months[0]?.month ?? period.range.from.slice(0, 7)}
                currency={format.currency}
              />
            )}
          </PanelFindings>
        ) : null
      }
    />
  );
}
