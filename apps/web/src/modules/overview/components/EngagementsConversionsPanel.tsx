import type { DateRange, Granularity, Platform } from '../../../generated/graphql';
import { Notice } from '../../ui/components/Notice';
import { useEngagementsConversionsSeries } from '../hooks/useEngagementsConversionsSeries';
import { GRANULARITY_LABELS, hasReportedPoint } from '../series.util';
import { EngagementsConversionsChart } from './EngagementsConversionsChart';
import { GranularityPicker } from './GranularityPicker';

interface EngagementsConversionsPanelProps {
  range: DateRange;
  periodLabel: string;
  platforms: Platform[];
  granularity: Granularity;
  onGranularity: (granularity: Granularity) => void;
}

export function EngagementsConversionsPanel({
  range,
  periodLabel,
  platforms,
  granularity,
  onGranularity,
}: EngagementsConversionsPanelProps) {
  const { points, loading, error } = useEngagementsConversionsSeries({ range, granularity, platforms });
  return (
    <section className="panel" data-testid="engagements-conversions-chart" aria-busy={loading}>
      <div className="panel__heading">
        <div>
          <h2>Organic engagements vs paid conversions</h2>
          <p className="muted">
            Per {GRANULARITY_LABELS[granularity].toLowerCase()} · {periodLabel}
          </p>
        </div>
        <GranularityPicker value={granularity} onChange={onGranularity} />
      </div>
      {error && <Notice tone="error">Could not load the chart: {error.message}</Notice>}
      {!points && loading && <p className="muted">Loading…</p>}
      {points && points.length === 0 && <p className="muted">No data in this period.</p>}
      {points && points.length > 0 && !hasReportedPoint(points) && (
        <p className="muted" data-testid="engagements-conversions-not-reported">
          Not reported: no imported export gives engagements or conversions in this period.
        </p>
      )}
      {points && hasReportedPoint(points) && <EngagementsConversionsChart points={points} />}
    </section>
  );
}
