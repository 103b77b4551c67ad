import type { OrganicTopPostsQuery, PostSort } from '../../../generated/graphql';
import { formatDay } from '../../dashboard/date-range.util';
import { NOT_REPORTED } from '../../dashboard/metric-format.util';
import { PLATFORM_LABELS } from '../../dashboard/platforms.util';
import { DataTable, type TableColumn } from '../../reports/components/DataTable';
import { ReportPanel } from '../../reports/components/ReportPanel';
import type { DashboardPanelProps } from '../dashboard-panel.props';
import { useTopPosts } from '../hooks/useTopPosts';
import { organicColumns } from '../organic-columns';
import { captionOf, notCompared } from '../../reports/report-caption.util';
import { POST_SORT_LABELS, truncateText } from '../top-posts.util';

type Post = OrganicTopPostsQuery['topPosts']['edges'][number]['node'];

interface TopPostsPanelProps extends DashboardPanelProps {
  sortBy: PostSort;
  onSort: (sortBy: PostSort) => void;
}

const POST_COLUMNS: ReadonlyArray<TableColumn<Post>> = [
  {
    id: 'text',
    label: 'Post',
    cell: (post) => (
      <>
        <span className="organic-post-text" title={post.text ?? undefined}>
          {post.text ? truncateText(post.text) : <span className="not-reported">No text in the export</span>}
        </span>
        <br />
        <small className="muted">
          {PLATFORM_LABELS[post.platform]} · {post.account.name}
        </small>
      </>
    ),
  },
  { id: 'type', label: 'Type', cell: (post) => post.type ?? <span className="not-reported">{NOT_REPORTED}</span> },
  {
    id: 'link',
    label: 'Link',
    cell: (post) =>
      post.permalink ? (
        <a href={post.permalink} target="_blank" rel="noopener noreferrer">
          Open<span className="visually-hidden"> the post on {PLATFORM_LABELS[post.platform]} (new tab)</span>
        </a>
      ) : (
        <span className="not-reported">{NOT_REPORTED}</span>
      ),
  },
  { id: 'published', label: 'Published', cell: (post) => formatDay(post.publishedOn, { dateStyle: 'medium' }) },
];

function SortSelect({ value, onChange }: { value: PostSort; onChange: (sortBy: PostSort) => void }) {
  return (
    <label className="field field--inline">
      Sort by
      <select
        value={value}
        onChange={(event) => onChange(event.target.value as PostSort)}
        data-testid="organic-posts-sort"
      >
        {Object.entries(POST_SORT_LABELS).map(([sort, label]) => (
          <option key={sort} value={sort}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Posts published in the range with their lifetime figures, best first, a page at a time. */
export function TopPostsPanel({ period, platforms, format, sortBy, onSort }: TopPostsPanelProps) {
  const { posts, totalCount, hasMore, showMore, loadingMore, loading, error, request } = useTopPosts({
    range: period.range,
    platforms,
    sortBy,
    skip: !period.ready,
  });
  const columns = [
    ...POST_COLUMNS,
    ...organicColumns<Post>({
      fields: ['impressions', 'reach', 'engagements', 'engagementRate'],
      format,
      figures: (post) => post,
    }),
  ];
  return (
    <ReportPanel
      title="Top posts"
      caption={captionOf(
        `Posts published ${period.label}`,
        `${POST_SORT_LABELS[sortBy].toLowerCase()} first`,
        'lifetime figures as of each post’s latest export (counts and percent)',
        notCompared(period),
      )}
      testId="organic-top-posts"
      request={period.ready ? request : null}
      loading={loading || !period.ready}
      error={error}
      controls={<SortSelect value={sortBy} onChange={onSort} />}
      empty={
        posts?.length === 0 && (
          <p className="muted" data-testid="organic-top-posts-empty">
            No posts published in this period. Upload a Facebook Page or Instagram post-level export (Meta Business
            Suite → Insights → Content), a LinkedIn Page content export, X post activity or a TikTok Studio content
            download.
          </p>
        )
      }
      table={
        posts ? (
          <>
            <DataTable
              caption="Top posts"
              columns={columns}
              rows={posts}
              rowKey={(post) => post.id}
              testId="organic-top-posts-table"
              rowTestId="organic-post-row"
            />
            <p className="organic-more muted">
              {posts.length.toLocaleString()} of {totalCount.toLocaleString()} posts
              {hasMore && (
                <button
                  type="button"
                  className="button"
                  onClick={showMore}
                  disabled={loadingMore}
                  data-testid="organic-top-posts-more"
                >
                  {loadingMore ? 'Loading…' : 'Show more'}
                </button>
              )}
            </p>
          </>
        ) : null
      }
    />
  );
}
