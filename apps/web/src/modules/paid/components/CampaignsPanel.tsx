import type { BreakdownSort } from '../../../generated/graphql';
import type { FormatContext } from '../../dashboard/metric-format.util';
import { DataTable, type TableColumn } from '../../reports/components/DataTable';
import { ReportPanel } from '../../reports/components/ReportPanel';
import { WarningsNotice } from '../../ui/components/WarningsNotice';
import type { usePaidBreakdown } from '../hooks/usePaidBreakdown';
import type { PaidViewControls } from '../hooks/usePaidView';
import { nameColumn, objectiveColumn, paidMetricColumns } from '../paid-columns';
import { coverageNote, type PaidRow } from '../paid-rows.util';
import { dimensionPlural, PAID_TABLE_FIELDS, type PaidLevel } from '../paid-view.util';
import { PaidBreadcrumb } from './PaidBreadcrumb';
import { PaidSortControl } from './PaidSortControl';
import { PaidTableFooter } from './PaidTableFooter';
import { SegmentedChoice } from './SegmentedChoice';

interface CampaignsPanelProps {
  level: PaidLevel;
  result: ReturnType<typeof usePaidBreakdown>;
  rows: PaidRow[] | undefined;
  /** Names of the campaign and ad set drilled into, when drilled. */
  drill: { campaign: string | null; adSet: string | null };
  sort: BreakdownSort;
  paid: PaidViewControls;
  caption: string;
  format: FormatContext;
  against: string | null;
}

const GROUPS = [
  { value: 'campaign', label: 'Campaigns' },
  { value: 'objective', label: 'Objectives' },
] as const;

/** What to upload when a level has no rows: the export, and the column that gives the level. */
const EMPTY: Readonly<Record<PaidLevel, string>> = {
  CAMPAIGN:
    'No campaigns in this period. Upload an ads export with the Campaign name column: a Meta Ads Manager export, a Google Ads report, a TikTok Ads Manager export or a LinkedIn Campaign Manager report.',
  OBJECTIVE:
    'No campaigns in this period. Upload an ads export with the Campaign name and Objective columns, such as a Meta Ads Manager export.',
  AD_SET:
    'No ad sets of this campaign in this period: its exports give campaign totals only. Upload a Meta Ads Manager export at the ad set level, with the Ad set name column.',
  AD: 'No ads of this ad set in this period: its exports stop at the ad set. Upload a Meta Ads Manager export at the ad level, with the Ad name column.',
};

function titleOf(level: PaidLevel, drill: CampaignsPanelProps['drill']): string {
  switch (level) {
    case 'CAMPAIGN':
      return 'Campaigns';
    case 'OBJECTIVE':
      return 'Campaigns by objective';
    case 'AD_SET':
      return `Ad sets of ${drill.campaign ?? 'the campaign'}`;
    case 'AD':
      return `Ads of ${drill.adSet ?? 'the ad set'}`;
  }
}

function levelColumns(level: PaidLevel, paid: PaidViewControls): Array<TableColumn<PaidRow>> {
  switch (level) {
    case 'OBJECTIVE':
      return [nameColumn('OBJECTIVE')];
    case 'CAMPAIGN':
      return [nameColumn('CAMPAIGN', (row) => paid.open(row.id)), objectiveColumn];
    case 'AD_SET':
      return [nameColumn('AD_SET', (row) => paid.open(paid.view.campaign, row.id))];
    case 'AD':
      return [nameColumn('AD')];
  }
}

const anyPartial = (rows: readonly PaidRow[]) =>
  rows.some((row) => PAID_TABLE_FIELDS.some((field) => coverageNote(field, row.paid) !== null));

/** Campaigns (or objectives) with every paid metric, sortable and paged; a campaign opens its ad sets, an ad set its ads. */
export function CampaignsPanel(props: CampaignsPanelProps) {
  const { level, result, rows, drill, sort, paid, caption, format, against } = props;
  const { breakdown } = result;
  const title = titleOf(level, drill);
  const columns = [...levelColumns(level, paid), ...paidMetricColumns({ format, against, sort })];
  const breadcrumb = level !== 'OBJECTIVE' && (
    <PaidBreadcrumb
      campaign={drill.campaign}
      adSet={drill.adSet}
      onAllCampaigns={() => paid.open('')}
      onCampaign={() => paid.open(paid.view.campaign)}
    />
  );
  return (
    <ReportPanel
      title={title}
      caption={caption}
      testId="paid-campaigns"
      request={result.request}
      loading={result.loading}
      error={result.error}
      controls={
        <div className="paid-controls">
          <SegmentedChoice
            label="Rows per"
            options={GROUPS}
            value={level === 'OBJECTIVE' ? 'objective' : 'campaign'}
            onChange={paid.setGroup}
            testId="paid-group"
          />
          <PaidSortControl sort={sort} onMetric={paid.setSort} onOrder={paid.setOrder} />
        </div>
      }
      empty={
        breakdown?.totalCount === 0 ? (
          <>
            {breadcrumb}
            <p className="muted" data-testid="paid-campaigns-empty">
              {EMPTY[level]}
            </p>
          </>
        ) : undefined
      }
      table={
        breakdown && rows ? (
          <>
            {breadcrumb}
            <WarningsNotice warnings={breakdown.warnings} testId="paid-campaigns-warnings" />
            <DataTable
              caption={`${title}, ${caption}`}
              columns={columns}
              rows={rows}
              rowKey={(row) => row.rowKey}
              testId="paid-campaigns-table"
              rowTestId="paid-row"
            />
            {anyPartial(rows) && (
              <p className="muted paid-footnote" data-testid="paid-coverage-note">
                A ratio marked “over n% of …” is computed only over the exports that report both of its figures: the
                rest of its base is left out, not counted as zero.
              </p>
            )}
            <PaidTableFooter
              shown={rows.length}
              total={breakdown.totalCount}
              noun={dimensionPlural(level)}
              hasMore={breakdown.pageInfo.hasNextPage}
              loadingMore={result.loadingMore}
              onMore={result.showMore}
              testId="paid-campaigns"
            />
          </>
        ) : null
      }
    />
  );
}
