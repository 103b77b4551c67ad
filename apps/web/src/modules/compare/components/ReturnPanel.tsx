import type { DashboardPanelProps } from '../../organic/dashboard-panel.props';
import { kpiDefinition } from '../../dashboard/kpi-definitions.util';
import { coveragePhrase } from '../../organic/organic-kpis.util';
import { captionOf } from '../../reports/report-caption.util';
import { ReportPanel } from '../../reports/components/ReportPanel';
import { returnSentence } from '../compare-sentences.util';
import { SIDE_NAMES } from '../compare-sides.util';
import { useCompareReturn } from '../hooks/useCompareReturn';
import { CompareFigures, type CompareFigure } from './CompareFigures';
import { PanelFindings } from './PanelFindings';

const RETURN_METRICS = [
  { side: 'paid', field: 'roas' },
  { side: 'paid', field: 'roi' },
  { side: 'organic', field: 'engagementRate' },
] as const;

/** Return: what ads gave back for their spend next to how much the organic posts engaged their viewers. */
export function ReturnPanel({ period, platforms, format }: DashboardPanelProps) {
  const { figures, loading, error, request } = useCompareReturn({
    range: period.range,
    platforms,
    skip: !period.ready,
  });
  const items: CompareFigure[] = RETURN_METRICS.map(({ side, field }) => {
    const definition = kpiDefinition(side, field);
    const totals: Readonly<Record<string, number | null>> | undefined = figures?.[side];
    return {
      id: `${side}-${field}`,
      label: `${SIDE_NAMES[side]}: ${definition.label} (${definition.note})`,
      value: totals?.[field],
      unit: definition.unit,
      note: coveragePhrase(side, field, totals?.[`${field}Coverage`]),
    };
  });
  return (
    <ReportPanel
      title="Return: ROAS and ROI vs engagement rate"
      caption={captionOf(
        period.label,
        'ROAS as a multiple of spend, ROI and engagement rate in percent, each over the facts that report both of its figures',
        'organic vs paid over the same dates',
      )}
      testId="compare-return"
      request={period.ready ? request : null}
      loading={loading || !period.ready}
      error={error}
      table={
        figures ? (
          <PanelFindings testId="compare-return" sentence={returnSentence(figures, format)} warnings={figures.warnings}>
            <CompareFigures testId="compare-return" figures={items} format={format} />
          </PanelFindings>
        ) : null
      }
    />
  );
}
