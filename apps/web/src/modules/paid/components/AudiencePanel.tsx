import type { BreakdownFilter, Dimension, Platform } from '../../../generated/graphql';
import type { DashboardPeriod } from '../../dashboard/hooks/useDashboardPeriod';
import type { FormatContext } from '../../dashboard/metric-format.util';
import { DataTable } from '../../reports/components/DataTable';
import { ReportPanel } from '../../reports/components/ReportPanel';
import { WarningsNotice } from '../../ui/components/WarningsNotice';
import { usePaidBreakdown } from '../hooks/usePaidBreakdown';
import { nameColumn, paidMetricColumns } from '../paid-columns';
import { paidRowsOf } from '../paid-rows.util';
import { dimensionLabel } from '../paid-view.util';
import { PaidTableFooter } from './PaidTableFooter';
import { SegmentedChoice } from './SegmentedChoice';

/** The audience splits the exports can carry, and the breakdown that gives each in Meta Ads Manager. */
const AUDIENCE_EXPORTS = {
  AGE: 'by Age (or Age and Gender)',
  GENDER: 'by Gender (or Age and Gender)',
  REGION: 'by Region',
  COUNTRY: 'by Country',
  PLACEMENT: 'by Placement',
  DEVICE: 'by Impression device',
} as const satisfies Partial<Record<Dimension, string>>;

type AudienceDimension = keyof typeof AUDIENCE_EXPORTS;

const AUDIENCE_OPTIONS = (Object.keys(AUDIENCE_EXPORTS) as AudienceDimension[]).map((dimension) => ({
  value: dimension,
  label: dimensionLabel(dimension),
}));

const audienceOf = (chosen: string): AudienceDimension =>
  chosen in AUDIENCE_EXPORTS ? (chosen as AudienceDimension) : 'AGE';

interface AudiencePanelProps {
  /** `AGE`, `REGION`… as the address holds it; anything else is age. */
  chosen: string;
  onChoose: (dimension: AudienceDimension) => void;
  period: DashboardPeriod;
  platforms: readonly Platform[];
  /** The campaign or ad set drilled into, so the audience is theirs. */
  filter: BreakdownFilter | null;
  /** "Summer sale", when drilled into one. */
  scopeName: string | null;
  caption: string;
  format: FormatContext;
  against: string | null;
}

/** Who saw the ads, one audience split at a time; audience exports are stored per split, not per combination. */
export function AudiencePanel({
  chosen,
  onChoose,
  period,
  platforms,
  filter,
  scopeName,
  caption,
  format,
  against,
}: AudiencePanelProps) {
  const dimension = audienceOf(chosen);
  const result = usePaidBreakdown({ period, platforms, by: [dimension], filter, sort: null });
  const { breakdown } = result;
  const rows = breakdown ? paidRowsOf(breakdown.edges, dimension) : undefined;
  const title = `Audience by ${dimensionLabel(dimension).toLowerCase()}`;
  const fullCaption = scopeName ? `${caption} · ${scopeName} only` : caption;
  return (
    <ReportPanel
      title={title}
      caption={fullCaption}
      testId="paid-audience"
      request={result.request}
      loading={result.loading}
      error={result.error}
      controls={
        <SegmentedChoice
          label="Audience split"
          options={AUDIENCE_OPTIONS}
          value={dimension}
          onChange={onChoose}
          testId="paid-audience"
        />
      }
      empty={
        breakdown?.totalCount === 0 ? (
          <p className="muted" data-testid="paid-audience-empty">
            No {dimensionLabel(dimension).toLowerCase()} segments in this period
            {scopeName ? ` for ${scopeName}` : ''}: no imported export is broken down this way for these dates. Upload a
            Meta Ads Manager export broken down {AUDIENCE_EXPORTS[dimension]} (Breakdown › By delivery) that covers
            them.
          </p>
        ) : undefined
      }
      table={
        breakdown && rows ? (
          <>
            <WarningsNotice warnings={breakdown.warnings} testId="paid-audience-warnings" />
            <DataTable
              caption={`${title}, ${fullCaption}`}
              columns={[nameColumn(dimension), ...paidMetricColumns({ format, against })]}
              rows={rows}
              rowKey={(row) => row.rowKey}
              testId="paid-audience-table"
              rowTestId="paid-audience-row"
            />
            <PaidTableFooter
              shown={rows.length}
              total={breakdown.totalCount}
              noun={`${dimensionLabel(dimension).toLowerCase()} segments`}
              hasMore={breakdown.pageInfo.hasNextPage}
              loadingMore={result.loadingMore}
              onMore={result.showMore}
              testId="paid-audience"
            />
          </>
        ) : null
      }
    />
  );
}
