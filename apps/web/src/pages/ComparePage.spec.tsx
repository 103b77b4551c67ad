import { MockedProvider } from '@apollo/client/testing/react';
import { describe, expect, it, vi } from 'vitest';
import type { WorkspaceQuery } from '../generated/graphql';
import { useDashboardFilters } from '../modules/dashboard/hooks/useDashboardFilters';
import { costMock, growthMock, reachMock, returnMock, setCostMock } from '../testing/compare.fixture';
import { coverageMock } from '../testing/dashboard.fixture';
import { weekPeriod } from '../testing/organic.fixture';
import { workspace } from '../testing/overview.fixture';
import { byTestId, click, render, settle, typeInto } from '../testing/render.util';
import { ComparePage } from './ComparePage';

// uPlot draws on a canvas jsdom lacks; the time frame's figures are checked through its table alternative.
vi.mock('../modules/reports/components/TimeChart', () => ({
  TimeChart: ({ testId }: { testId: string }) => <div data-testid={testId} />,
}));

const mocks = [coverageMock, growthMock, costMock(), reachMock, returnMock, setCostMock, costMock(1500)];

function Compare({ keyRole }: { keyRole: WorkspaceQuery['workspace']['keyRole'] }) {
  return <ComparePage workspace={{ ...workspace, keyRole }} controls={useDashboardFilters()} period={weekPeriod} />;
}

async function renderCompare(keyRole: WorkspaceQuery['workspace']['keyRole'] = 'OWNER') {
  window.history.replaceState(null, '', '/#/compare');
  const view = await render(
    <MockedProvider mocks={mocks} mockLinkDefaultOptions={{ delay: 0 }}>
      <Compare keyRole={keyRole} />
    </MockedProvider>,
  );
  await settle();
  return view;
}

const sentence = (view: HTMLElement, panel: string) => byTestId(view, `${panel}-sentence`).textContent;

describe('ComparePage', () => {
  it('sums up each contrast in one sentence computed from its figures', async () => {
    const view = await renderCompare();
    expect(sentence(view, 'compare-goals')).toBe('Paid brought 412 conversions; organic gained 1,868 followers.');
    expect(sentence(view, 'compare-time-frame')).toBe(
      'Organic gained half of its 1,868 new followers by the end of Nov 26; paid brought 24.27% of its 412 conversions on Nov 26 alone.',
    );
    expect(sentence(view, 'compare-reach')).toBe(
      'Paid brought 75% of impressions (120,000 of 160,000) and 60% of engagements (3,000 of 5,000).',
    );
    expect(sentence(view, 'compare-return')).toBe(
      'Ads returned 2.40× their spend in revenue (ROI 140%); organic posts drew an engagement rate of 3.2% (engagements ÷ impressions).',
    );
  });

  it('says that no organic cost is entered, how to enter it, and what is still known', async () => {
    const view = await renderCompare();
    expect(sentence(view, 'compare-cost')).toBe(
      'No organic cost is entered for Nov 2026, so organic cost per engagement and per follower gained are not reported; paid: €4,120.00 of ad spend, €10.00 per conversion (CPA).',
    );
    expect(byTestId(view, 'compare-cost-missing').textContent).toContain('setOrganicCost');
    expect(byTestId(view, 'compare-cost-organic-cost-per-follower').textContent).toContain('Not reported');
    expect(byTestId(view, 'compare-cost-paid-cost-per-engagement').textContent).toContain('over 90% of engagements');
  });

  it('lets a key that may set the organic cost enter it, then compares with it', async () => {
    const view = await renderCompare();
    await typeInto(byTestId(view, 'compare-cost-amount') as HTMLInputElement, '3000');
    await click(byTestId(view, 'compare-cost-save'));
    await settle();
    await settle();
    expect(byTestId(view, 'compare-cost-form').textContent).toContain('Saved €3,000.00 for Nov 2026.');
    expect(sentence(view, 'compare-cost')).toBe(
      'Organic cost €1,500.00 against €4,120.00 of ad spend: €0.80 per follower gained against €10.00 per conversion (CPA).',
    );
    expect(view.querySelector('[data-testid="compare-cost-missing"]')).toBeNull();
  });

  it('offers no cost form to a viewer key, and says who can enter the cost', async () => {
    const view = await renderCompare('VIEWER');
    expect(view.querySelector('[data-testid="compare-cost-form"]')).toBeNull();
    expect(byTestId(view, 'compare-cost-missing').textContent).toContain('an analyst or owner key can');
  });

  it('shows the warnings of each API inside its panel', async () => {
    const view = await renderCompare();
    expect(byTestId(view, 'compare-cost-warnings').textContent).toContain('whole workspace');
    expect(byTestId(view, 'compare-reach-warnings').textContent).toContain('left out of money totals');
    expect(view.querySelector('[data-testid="compare-return-warnings"]')).toBeNull();
  });

  it('says what share of spend ROAS is computed over', async () => {
    const view = await renderCompare();
    expect(byTestId(view, 'compare-return-paid-roas').textContent).toContain(
      'over 39% of spend (exports that report revenue)',
    );
  });

  it('lists organic and paid exposure per platform as a table, with "Not reported" for what an export lacks', async () => {
    const view = await renderCompare();
    expect(byTestId(view, 'compare-reach-bars').textContent).toContain('Instagram');
    await click(byTestId(view, 'compare-reach-as-table'));
    const rows = [...byTestId(view, 'compare-reach-table').querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    );
    expect(rows[1]).toEqual([
      'Instagram',
      '10,000',
      '30,000',
      '75%',
      '500',
      'Not reported',
      'Not reported',
      '7,000',
      'Not reported',
    ]);
    expect(rows[2]![0]).toBe('All platforms asked');
    expect(sentence(view, 'compare-reach')).toContain('75% of impressions');
  });
});
