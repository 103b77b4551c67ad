import { MockedProvider } from '@apollo/client/testing/react';
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useDashboardFilters } from '../modules/dashboard/hooks/useDashboardFilters';
import {
  emptyOrganicMocks,
  engagementRateMock,
  followersMock,
  hashtagsMock,
  topPostsMock,
  weekPeriod,
} from '../testing/organic.fixture';
import { coverageMock } from '../testing/dashboard.fixture';
import { workspace } from '../testing/overview.fixture';
import { byTestId, click, render, settle } from '../testing/render.util';
import { OrganicPage } from './OrganicPage';

// uPlot draws on a canvas jsdom lacks; the charts' figures are checked through their table alternative.
vi.mock('../modules/reports/components/TimeChart', () => ({
  TimeChart: ({ testId }: { testId: string }) => <div data-testid={testId} />,
}));

const mocks = [
  coverageMock,
  followersMock,
  engagementRateMock,
  topPostsMock(),
  topPostsMock('ENGAGEMENTS', 'cursor-p2'),
  topPostsMock('IMPRESSIONS'),
  hashtagsMock,
];

function Organic() {
  return <OrganicPage workspace={workspace} controls={useDashboardFilters()} period={weekPeriod} />;
}

async function renderOrganic(answers: readonly unknown[] = mocks) {
  window.history.replaceState(null, '', '/#/organic');
  const view = await render(
    <MockedProvider mocks={answers as never} mockLinkDefaultOptions={{ delay: 0 }}>
      <Organic />
    </MockedProvider>,
  );
  await settle();
  return view;
}

const rowsOf = (view: HTMLElement) => [...view.querySelectorAll<HTMLElement>('[data-testid="organic-post-row"]')];
const headersOf = (table: HTMLElement) => [...table.querySelectorAll('th')].map((th) => th.textContent);

describe('OrganicPage', () => {
  it('lists top posts with "Not reported" where the export gives no reach, never 0', async () => {
    const view = await renderOrganic();
    const [first, second] = rowsOf(view);
    expect(rowsOf(view)).toHaveLength(2);
    expect(headersOf(byTestId(view, 'organic-top-posts-table'))).toEqual([
      'Post',
      'Type',
      'Link',
      'Published',
      'Impressions',
      'Reach (unique people)',
      'Engagements',
      'Engagement rate (engagements ÷ impressions)',
    ]);
    expect(first!.textContent).toContain('8,000');
    expect(first!.textContent).toContain('6%');
    const cells = [...second!.querySelectorAll('td')].map((cell) => cell.textContent);
    expect(cells.slice(4)).toEqual(['Not reported', 'Not reported', '600', 'Not reported']);
    expect(second!.textContent).not.toMatch(/\b0\b/);
  });

  it('shortens a post’s text, keeps the whole of it in the title, and opens its link in a new tab', async () => {
    const view = await renderOrganic();
    const text = rowsOf(view)[0]!.querySelector<HTMLElement>('.organic-post-text')!;
    expect(text.textContent).toMatch(/…$/);
    expect(text.textContent!.length).toBeLessThanOrEqual(81);
    expect(text.title).toContain('#autumn #knit');
    const link = rowsOf(view)[0]!.querySelector('a')!;
    expect(link.href).toBe('https://www.instagram.com/p/p1/');
    expect(link.target).toBe('_blank');
    expect(link.rel).toContain('noopener');
  });

  it('asks the next page of posts after the last one shown when "Show more" is clicked', async () => {
    const view = await renderOrganic();
    expect(byTestId(view, 'organic-top-posts').textContent).toContain('2 of 3 posts');
    await click(byTestId(view, 'organic-top-posts-more'));
    await settle();
    expect(rowsOf(view)).toHaveLength(3);
    expect(rowsOf(view)[2]!.textContent).toContain('Facebook');
    expect(view.querySelector('[data-testid="organic-top-posts-more"]')).toBeNull();
  });

  it('orders the posts as chosen and keeps the choice in the address', async () => {
    const view = await renderOrganic();
    const select = byTestId(view, 'organic-posts-sort') as HTMLSelectElement;
    await act(async () => {
      select.value = 'IMPRESSIONS';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(window.location.hash).toBe('#/organic?posts=IMPRESSIONS');
    expect(rowsOf(view)).toHaveLength(2);
    expect(byTestId(view, 'organic-top-posts').querySelector('.muted')!.textContent).toContain(
      'most impressions first',
    );
  });

  it('lists hashtags with their posts, impressions, engagements and engagement rate', async () => {
    const view = await renderOrganic();
    const table = byTestId(view, 'organic-hashtags-table');
    expect(headersOf(table)).toEqual([
      'Hashtag',
      'Posts (published in the period)',
      'Impressions',
      'Engagements',
      'Engagement rate (engagements ÷ impressions)',
    ]);
    const [autumn, knit] = [...table.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    );
    expect(autumn).toEqual([
      '#autumn',
      '4',
      '12,000',
      '420',
      '3.5%over 80% of impressions (exports that report engagements)',
    ]);
    expect(knit).toEqual(['#knit', '1', 'Not reported', '30', 'Not reported']);
  });

  it('offers the engagement rate as a table with both rates named by their formula, and gaps as "Not reported"', async () => {
    const view = await renderOrganic();
    expect(byTestId(view, 'organic-engagement-rate-chart')).toBeTruthy();
    await click(byTestId(view, 'organic-engagement-rate-as-table'));
    const table = byTestId(view, 'organic-engagement-rate-table');
    expect(headersOf(table)).toEqual([
      'Day',
      'Engagement rate (engagements ÷ impressions)',
      'Engagement rate by reach (engagements ÷ reach)',
    ]);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    );
    expect(rows[0]).toEqual(['Nov 23', '5%over 80% of impressions (exports that report engagements)', '12.5%']);
    expect(rows[2]).toEqual(['Nov 25', '5%over 80% of impressions (exports that report engagements)', 'Not reported']);
    expect(rows[6]).toEqual(['Nov 29', 'Not reported', 'Not reported']);
  });

  it('shows followers (at period end) and follower growth (net change) per platform, with gaps where not reported', async () => {
    const view = await renderOrganic();
    expect(byTestId(view, 'organic-followers').textContent).toContain('the last known count at each period’s end');
    await click(byTestId(view, 'organic-followers-as-table'));
    const table = byTestId(view, 'organic-followers-table');
    expect(headersOf(table)).toEqual([
      'Day',
      'Facebook: Followers (at end of period)',
      'Facebook: Follower growth (net change)',
      'Instagram: Followers (at end of period)',
      'Instagram: Follower growth (net change)',
    ]);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    );
    expect(rows[2]).toEqual(['Nov 25', 'Not reported', 'Not reported', 'Not reported', 'Not reported']);
    expect(rows[4]).toEqual(['Nov 27', '5,030', '+10', '1,200', '-3']);
  });

  it('names the export to upload where nothing was imported', async () => {
    const view = await renderOrganic(emptyOrganicMocks);
    expect(byTestId(view, 'organic-top-posts-empty').textContent).toContain(
      'Upload a Facebook Page or Instagram post-level export (Meta Business Suite → Insights → Content)',
    );
    expect(byTestId(view, 'organic-hashtags-empty').textContent).toContain('post-level export');
    expect(byTestId(view, 'organic-followers-empty').textContent).toContain('Upload');
    expect(byTestId(view, 'organic-engagement-rate-empty').textContent).toContain('Upload');
    expect(view.querySelector('[data-testid="organic-post-row"]')).toBeNull();
  });
});
