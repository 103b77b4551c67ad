import type { Granularity } from '../../../generated/graphql';
import { kpiDefinition } from '../../dashboard/kpi-definitions.util';
import { GranularityPicker } from '../../dashboard/components/GranularityPicker';
import { GRANULARITY_LABELS, unfinishedFrom } from '../../dashboard/granularity.util';
import { formatMetric, NOT_REPORTED, type FormatContext } from '../../dashboard/metric-format.util';
import { PLATFORM_LABELS } from '../../dashboard/platforms.util';
import { DataTable, type TableColumn } from '../../reports/components/DataTable';
import { ReportPanel } from '../../reports/components/ReportPanel';
import { TimeChart } from '../../reports/components/TimeChart';
import type { DashboardPanelProps } from '../dashboard-panel.props';
import { useOrganicFollowers } from '../hooks/useOrganicFollowers';
import { labelWithNote } from '../organic-kpis.util';
import { PLATFORM_COLORS, type PlatformFollowers } from '../organic-series.util';
import { captionOf, notCompared, periodColumn, unfinishedNote } from '../../reports/report-caption.util';

interface FollowersPanelProps extends DashboardPanelProps {
  granularity: Granularity;
  onGranularity: (granularity: Granularity) => void;
}

type Measure = 'followers' | 'followerGrowth';
const MEASURES: readonly Measure[] = ['followers', 'followerGrowth'];

interface PeriodRow {
  period: string;
  index: number;
}

function figure(value: number | null | undefined, measure: Measure, format: FormatContext) {
  if (value === null || value === undefined) return <span className="not-reported">{NOT_REPORTED}</span>;
  return formatMetric(value, kpiDefinition('organic', measure).unit, format);
}

function tableColumns(
  lines: readonly PlatformFollowers[],
  periods: readonly string[],
  granularity: Granularity,
  unfinished: number | null,
  format: FormatContext,
): Array<TableColumn<PeriodRow>> {
  const platformColumns = lines.flatMap((line) =>
    MEASURES.map((measure): TableColumn<PeriodRow> => ({
      id: `${line.platform}.${measure}`,
      label: `${PLATFORM_LABELS[line.platform]}: ${labelWithNote('organic', measure)}`,
      numeric: true,
      cell: ({ index }) => figure(line[measure][index], measure, format),
    })),
  );
  return [periodColumn(granularity, periods, unfinished), ...platformColumns];
}

/** Followers (a count at each period's end) and follower growth (a net change) per platform, over time. */
export function FollowersPanel({ period, platforms, format, granularity, onGranularity }: FollowersPanelProps) {
  const { periods, lines, loading, error, request } = useOrganicFollowers({
    range: period.range,
    granularity,
    platforms,
    skip: !period.ready,
  });
  const unfinished = unfinishedFrom(periods, granularity, period.lastDay);
  const per = GRANULARITY_LABELS[granularity].toLowerCase();
  const chartOf = (measure: Measure) => (
    <TimeChart
      testId={`organic-${measure === 'followers' ? 'followers' : 'follower-growth'}-chart`}
      periods={periods}
      unfinishedFrom={unfinished}
      lines={(lines ?? []).map((line) => ({
        label: PLATFORM_LABELS[line.platform],
        values: line[measure],
        color: PLATFORM_COLORS[line.platform],
        axis: 'left',
        format: (value) => formatMetric(value, kpiDefinition('organic', measure).unit, format),
      }))}
    />
  );
  return (
    <ReportPanel
      title="Followers and follower growth"
      caption={captionOf(
        period.label,
        `per ${per}, per platform`,
        'followers: the last known count at each period’s end; growth: the net change within each period (people)',
        unfinishedNote(unfinished, granularity),
        notCompared(period),
      )}
      testId="organic-followers"
      request={period.ready ? request : null}
      loading={loading || !period.ready}
      error={error}
      controls={<GranularityPicker value={granularity} onChange={onGranularity} />}
      empty={
        lines?.length === 0 && (
          <p className="muted" data-testid="organic-followers-empty">
            No follower counts in this period. Upload a Facebook Page or Instagram daily export with follows (Meta
            Business Suite → Insights → Export data), a LinkedIn Page followers export or a TikTok Studio followers
            download.
          </p>
        )
      }
      chart={
        lines && (
          <div className="organic-charts">
            <h3>{labelWithNote('organic', 'followers')}</h3>
            {chartOf('followers')}
            <h3>
              {labelWithNote('organic', 'followerGrowth')} per {per}
            </h3>
            {chartOf('followerGrowth')}
          </div>
        )
      }
      table={
        lines ? (
          <DataTable
            caption={`Followers and follower growth per ${per} and platform`}
            columns={tableColumns(lines, periods, granularity, unfinished, format)}
            rows={periods.map((period, index) => ({ period, index }))}
            rowKey={(row) => row.period}
            testId="organic-followers-table"
          />
        ) : null
      }
    />
  );
}
