import { DashboardLayout } from '../modules/dashboard/components/DashboardLayout';
import type { DashboardPageProps } from '../modules/dashboard/dashboard-page.props';
import { useAddressParam } from '../modules/navigation/hooks/useAddressParam';
import { EngagementRatePanel } from '../modules/organic/components/EngagementRatePanel';
import { FollowersPanel } from '../modules/organic/components/FollowersPanel';
import { HashtagsPanel } from '../modules/organic/components/HashtagsPanel';
import { TopPostsPanel } from '../modules/organic/components/TopPostsPanel';
import { DEFAULT_POST_SORT, postSortOf } from '../modules/organic/top-posts.util';

export function OrganicPage({ workspace, controls, period }: DashboardPageProps) {
  const { filters } = controls;
  const [postSort, setPostSort] = useAddressParam('posts', DEFAULT_POST_SORT);
  const panel = { period, platforms: filters.platforms, format: { currency: workspace.currency } };
  return (
    <DashboardLayout
      title="Organic"
      lead="The brand’s own audience and posts (SMO): followers, engagement, the posts and hashtags that worked."
      workspace={workspace}
      controls={controls}
      period={period}
    >
      <FollowersPanel {...panel} granularity={filters.granularity} onGranularity={controls.setGranularity} />
      <EngagementRatePanel {...panel} granularity={filters.granularity} />
      <TopPostsPanel {...panel} sortBy={postSortOf(postSort)} onSort={setPostSort} />
      <HashtagsPanel {...panel} />
    </DashboardLayout>
  );
}
