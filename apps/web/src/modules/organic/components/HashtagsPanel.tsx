import type { OrganicHashtagsQuery } from '../../../generated/graphql';
import { DataTable, type TableColumn } from '../../reports/components/DataTable';
import { ReportPanel } from '../../reports/components/ReportPanel';
import type { DashboardPanelProps } from '../dashboard-panel.props';
import { HASHTAGS_SHOWN, useHashtags } from '../hooks/useHashtags';
import { organicColumns } from '../organic-columns';
import { captionOf, notCompared } from '../../reports/report-caption.util';

type Hashtag = OrganicHashtagsQuery['hashtags'][number];

const hashtagColumn: TableColumn<Hashtag> = { id: 'hashtag', label: 'Hashtag', cell: (row) => `#${row.hashtag}` };

/** Hashtags of the posts published in the range, the most engaging first. */
export function HashtagsPanel({ period, platforms, format }: DashboardPanelProps) {
  const { hashtags, loading, error, request } = useHashtags({ range: period.range, platforms, skip: !period.ready });
  const columns = [
    hashtagColumn,
    ...organicColumns<Hashtag>({
      fields: ['posts', 'impressions', 'engagements', 'engagementRate'],
      format,
      figures: (row) => row,
    }),
  ];
  return (
    <ReportPanel
      title="Hashtags"
      caption={captionOf(
        `Posts published ${period.label} that carry each hashtag`,
        `the ${HASHTAGS_SHOWN} most engaging`,
        'lifetime figures as of each post’s latest export (counts and percent)',
        notCompared(period),
      )}
      testId="organic-hashtags"
      request={period.ready ? request : null}
      loading={loading || !period.ready}
      error={error}
      empty={
        hashtags?.length === 0 && (
          <p className="muted" data-testid="organic-hashtags-empty">
            No hashtags in the posts of this period. Hashtags are read from captions: upload a Facebook Page or
            Instagram post-level export (Meta Business Suite → Insights → Content).
          </p>
        )
      }
      table={
        hashtags ? (
          <DataTable
            caption="Hashtags"
            columns={columns}
            rows={hashtags}
            rowKey={(row) => row.hashtag}
            testId="organic-hashtags-table"
          />
        ) : null
      }
    />
  );
}
