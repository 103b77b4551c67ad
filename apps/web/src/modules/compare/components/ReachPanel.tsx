import type { ReactNode } from 'react';
import type { Side } from '@tandem/metrics/catalogue.js';
import type { CompareReachQuery } from '../../../generated/graphql';
import { formatMetric, NOT_REPORTED, type FormatContext } from '../../dashboard/metric-format.util';
import { PLATFORM_LABELS } from '../../dashboard/platforms.util';
import type { DashboardPanelProps } from '../../organic/dashboard-panel.props';
import { captionOf } from '../../reports/report-caption.util';
import { DataTable, type TableColumn } from '../../reports/components/DataTable';
import { ReportPanel } from '../../reports/components/ReportPanel';
import { reachSentence } from '../compare-sentences.util';
import { sideMeasureLabel } from '../compare-sides.util';
import { useOrganicVsPaid } from '../hooks/useOrganicVsPaid';
import { ReachBars, REACH_MEASURES } from './ReachBars';
import { PanelFindings } from './PanelFindings';

type Split = CompareReachQuery['organicVsPaid']['total'];
type Row = Split & { id: string; name: string };

const figure = (value: number | null, unit: 'count' | 'percent', format: FormatContext) =>
  value === null ? <span className="not-reported">{NOT_REPORTED}</span> : formatMetric(value, unit, format);

function columnsOf(format: FormatContext): Array<TableColumn<Row>> {
  const sideColumn = (side: Side, field: 'impressions' | 'engagements' | 'reach'): TableColumn<Row> => ({
    id: `${side}.${field}`,
    label: sideMeasureLabel(side, field),
    numeric: true,
    cell: (row) => figure(row[side][field], 'count', format),
  });
  return [
    { id: 'platform', label: 'Platform', cell: (row) => row.name },
    ...REACH_MEASURES.flatMap((measure) => [
      sideColumn('organic', measure),
      sideColumn('paid', measure),
      {
        id: `paidShare.${measure}`,
        label: `Paid share of ${measure}`,
        numeric: true,
        cell: (row: Row) => figure(row.paidShare[measure], 'percent', format),
      },
    ]),
    // Reach is never summed, so it has no share: people reached organically and by ads overlap.
    sideColumn('organic', 'reach'),
    sideColumn('paid', 'reach'),
  ];
}

/** Reach: what each side was seen and engaged with, per platform and in all. */
export function ReachPanel({ period, platforms, format }: DashboardPanelProps) {
  const { split, loading, error, request } = useOrganicVsPaid({ range: period.range, platforms, skip: !period.ready });
  const rows: Row[] = split
    ? [
        ...split.byPlatform.map((entry) => ({ ...entry, id: entry.platform, name: PLATFORM_LABELS[entry.platform] })),
        { ...split.total, id: 'total', name: 'All platforms asked' },
      ]
    : [];
  const findings = (children: ReactNode) =>
    split && (
      <PanelFindings testId="compare-reach" sentence={reachSentence(split.total, format)} warnings={split.warnings}>
        {children}
      </PanelFindings>
    );
  return (
    <ReportPanel
      title="Reach: organic vs paid exposure"
      caption={captionOf(
        period.label,
        'impressions and engagements (counts) per platform, and the paid share of each',
        'reach only where one export gives it for exactly the scope, never summed',
      )}
      testId="compare-reach"
      request={period.ready ? request : null}
      loading={loading || !period.ready}
      error={error}
      empty={
        split?.byPlatform.length === 0 && (
          <p className="muted">
            No organic or paid facts in this period. Upload a Meta Ads Manager export and a Facebook Page or Instagram
            daily export (Meta Business Suite → Insights → Export data).
          </p>
        )
      }
      chart={split && findings(<ReachBars platforms={split.byPlatform} format={format} />)}
      table={
        split
          ? findings(
              <DataTable
                caption="Organic and paid exposure per platform"
                columns={columnsOf(format)}
                rows={rows}
                rowKey={(row) => row.id}
                testId="compare-reach-table"
              />,
            )
          : null
      }
    />
  );
}
