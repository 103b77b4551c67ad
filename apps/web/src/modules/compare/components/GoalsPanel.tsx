import type { Granularity } from '../../../generated/graphql';
import type { DashboardPanelProps } from '../../organic/dashboard-panel.props';
import { kpiDefinition } from '../../dashboard/kpi-definitions.util';
import { captionOf } from '../../reports/report-caption.util';
import { ReportPanel } from '../../reports/components/ReportPanel';
import { goalsSentence } from '../compare-sentences.util';
import { SIDE_NAMES } from '../compare-sides.util';
import { useCompareGrowth } from '../hooks/useCompareGrowth';
import { CompareFigures } from './CompareFigures';
import { PanelFindings } from './PanelFindings';

/** Goals: what each side is for, in its own unit — the audience organic builds, the conversions ads buy. */
export function GoalsPanel({
  period,
  platforms,
  format,
  granularity,
}: DashboardPanelProps & { granularity: Granularity }) {
  const { series, loading, error, request } = useCompareGrowth({
    range: period.range,
    granularity,
    platforms,
    skip: !period.ready,
  });
  const growth = kpiDefinition('organic', 'followerGrowth');
  const conversions = kpiDefinition('paid', 'conversions');
  return (
    <ReportPanel
      title="Goals: audience gained vs conversions"
      caption={captionOf(
        period.label,
        'net new followers (people) against paid conversions (count)',
        'organic vs paid over the same dates',
      )}
      testId="compare-goals"
      request={period.ready ? request : null}
      loading={loading || !period.ready}
      error={error}
      empty={
        series &&
        series.followersGained === null &&
        series.conversions === null && (
          <p className="muted">
            Neither side is reported for this period. Upload an organic daily export with follows (Meta Business Suite →
            Insights → Export data) and a paid export with conversions (Meta Ads Manager with the Purchases column).
          </p>
        )
      }
      table={
        series ? (
          <PanelFindings testId="compare-goals" sentence={goalsSentence(series, format)}>
            <CompareFigures
              testId="compare-goals"
              format={format}
              figures={[
                {
                  id: 'organic',
                  label: `${SIDE_NAMES.organic}: ${growth.label} (${growth.note})`,
                  value: series.followersGained,
                  unit: growth.unit,
                },
                {
                  id: 'paid',
                  label: `${SIDE_NAMES.paid}: ${conversions.label}`,
                  value: series.conversions,
                  unit: conversions.unit,
                },
              ]}
            />
          </PanelFindings>
        ) : null
      }
    />
  );
}
