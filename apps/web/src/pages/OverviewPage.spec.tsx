import { MockedProvider } from '@apollo/client/testing/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EngagementsConversionsSeriesDocument, OverviewDocument, type Platform } from '../generated/graphql';
import { useOverviewFilters } from '../modules/overview/hooks/useOverviewFilters';
import { byTestId, click, render, settle } from '../testing/render.util';
import { OverviewPage } from './OverviewPage';

const workspace = { __typename: 'Workspace', id: 'ws-1', name: 'Acme', currency: 'EUR', timeZone: 'UTC' } as const;
const last30Days = { from: '2026-10-31', to: '2026-11-29' };
const the30DaysBefore = { from: '2026-10-01', to: '2026-10-30' };

const organic = (engagements: number) => ({
  __typename: 'OrganicSummary',
  followers: 5000,
  followerGrowth: 120,
  impressions: 40_000,
  engagements,
  engagementRate: engagements / 40_000,
  posts: 12,
});
const paid = (spend: number) => ({
  __typename: 'PaidSummary',
  spend,
  impressions: 100_000,
  clicks: 2000,
  conversions: 80,
  revenue: 6000,
  ctr: 0.02,
  cpc: spend / 2000,
  cpa: spend / 80,
  roas: 6000 / spend,
  roi: (6000 - spend) / spend,
});

function overviewMock(platforms: Platform[] | null, spend: number) {
  return {
    request: { query: OverviewDocument, variables: { range: last30Days, compareTo: the30DaysBefore, platforms } },
    result: {
      data: {
        overview: {
          __typename: 'Overview',
          organic: organic(2000),
          paid: paid(spend),
          previous: { __typename: 'OverviewTotals', organic: organic(1600), paid: paid(1000) },
          warnings: ['3 rows in GBP are left out of money totals until a rate is known.'],
        },
      },
    },
  };
}

function seriesMock(platforms: Platform[] | null) {
  return {
    request: {
      query: EngagementsConversionsSeriesDocument,
      variables: { range: last30Days, granularity: 'DAY', platforms },
    },
    result: { data: { timeSeries: [] } },
  };
}

const mocks = [overviewMock(null, 1200), overviewMock(['FACEBOOK'], 300), seriesMock(null), seriesMock(['FACEBOOK'])];

function OverviewWithFilters() {
  return <OverviewPage workspace={workspace} controls={useOverviewFilters()} />;
}

async function renderOverview() {
  const view = await render(
    <MockedProvider mocks={mocks} mockLinkDefaultOptions={{ delay: 0 }}>
      <OverviewWithFilters />
    </MockedProvider>,
  );
  await settle();
  return view;
}

describe('OverviewPage', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-29T12:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('shows the last 30 days against the 30 days before, in the workspace currency', async () => {
    const view = await renderOverview();
    expect(byTestId(view, 'kpi-paid-spend-value').textContent).toBe('€1,200.00');
    expect(byTestId(view, 'kpi-paid-spend-change').textContent).toMatch(/^▲ 20% vs €1,000.00 in Oct 1\s–\s30, 2026$/);
    expect(byTestId(view, 'kpi-paid-spend-change').className).toContain('--bad');
    expect(byTestId(view, 'kpi-organic-engagements-change').textContent).toMatch(/^▲ 25%/);
    expect(byTestId(view, 'kpi-organic-engagements-change').className).toContain('--good');
    expect(byTestId(view, 'kpi-paid-roas-value').textContent).toBe('5.00×');
  });

  it('shows the warnings of the overview', async () => {
    const view = await renderOverview();
    expect(byTestId(view, 'overview-warnings').textContent).toContain('left out of money totals');
  });

  it('asks again for the chosen platforms only', async () => {
    const view = await renderOverview();
    await click(byTestId(view, 'platform-FACEBOOK'));
    await settle();
    expect(byTestId(view, 'kpi-paid-spend-value').textContent).toBe('€300.00');
    expect(byTestId(view, 'overview-scope').textContent).toContain('Facebook');
  });
});
