import { MockedProvider } from '@apollo/client/testing/react';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withDashboard } from '../testing/dashboard-page.util';
import { coverageMock, dataThroughMock } from '../testing/dashboard.fixture';
import { breakdownMock, paidFigures, seriesMock, type RowSpec } from '../testing/paid.fixture';
import { byTestId, click, render, settle } from '../testing/render.util';
import FakeUPlot from '../testing/uplot.mock';
import { PaidPage } from './PaidPage';

const summerSale: RowSpec = {
  key: [
    ['CAMPAIGN', 'c1', 'Summer sale'],
    ['OBJECTIVE', 'SALES', 'Sales (OUTCOME_SALES)'],
  ],
  paid: paidFigures(1200, { conversions: null, cpa: null, cpaCoverage: null }),
  previous: paidFigures(1000, { impressions: 125_000 }),
};
const brand: RowSpec = {
  key: [
    ['CAMPAIGN', 'c2', 'Brand awareness'],
    ['OBJECTIVE', 'AWARENESS', 'Awareness'],
  ],
  paid: paidFigures(300, { revenue: null, roas: null, roasCoverage: null, roi: null, roiCoverage: null }),
};
const retargeting: RowSpec = {
  key: [
    ['CAMPAIGN', 'c3', 'Retargeting'],
    ['OBJECTIVE', 'SALES', 'Sales (OUTCOME_SALES)'],
  ],
  paid: paidFigures(90),
};
const lookalike = (extra: Array<RowSpec['key'][number]> = []): RowSpec => ({
  key: [['CAMPAIGN', 'c1', 'Summer sale'], ['AD_SET', 's1', 'Lookalike 1%'], ...extra],
  paid: paidFigures(700),
});
const inCampaign = { campaigns: ['c1'] };
const inAdSet = { campaigns: ['c1'], adSets: ['s1'] };
const noAge = (filter: object | null = null) =>
  breakdownMock({ by: ['AGE'], rows: [], filter, sort: null, warnings: ['No age segments to show'] });

const mocks = [
  dataThroughMock(),
  coverageMock,
  breakdownMock({ by: ['CAMPAIGN', 'OBJECTIVE'], rows: [summerSale, brand], totalCount: 51, endCursor: 'page-1' }),
  breakdownMock({ by: ['CAMPAIGN', 'OBJECTIVE'], rows: [retargeting], totalCount: 51, after: 'page-1' }),
  breakdownMock({
    by: ['CAMPAIGN', 'OBJECTIVE'],
    rows: [brand, summerSale],
    sort: { metric: 'paid.roas', descending: true },
  }),
  breakdownMock({
    by: ['CAMPAIGN', 'OBJECTIVE'],
    rows: [summerSale, brand],
    sort: { metric: 'paid.roas', descending: false },
  }),
  breakdownMock({
    by: ['OBJECTIVE'],
    rows: [{ key: [['OBJECTIVE', 'SALES', 'Sales (OUTCOME_SALES)']], paid: paidFigures(1290) }],
  }),
  breakdownMock({ by: ['CAMPAIGN', 'AD_SET'], rows: [lookalike()], filter: inCampaign }),
  breakdownMock({
    by: ['CAMPAIGN', 'AD_SET', 'AD'],
    rows: [lookalike([['AD', 'a1', 'Red dress video']])],
    filter: inAdSet,
  }),
  noAge(),
  noAge(inCampaign),
  noAge(inAdSet),
  breakdownMock({
    by: ['REGION'],
    rows: [{ key: [['REGION', 'Bavaria', 'Bavaria']], paid: paidFigures(400) }],
    sort: null,
  }),
  seriesMock([
    { period: '2026-11-27', spend: 100, conversions: 4, reported: ['SPEND', 'CONVERSIONS'] },
    { period: '2026-11-28', spend: 50, conversions: 0, reported: ['SPEND'] },
  ]),
  seriesMock(
    [
      { period: '2026-10-01', spend: 900, conversions: 30, reported: ['SPEND', 'CONVERSIONS'] },
      { period: '2026-11-01', spend: 800, conversions: 20, reported: ['SPEND', 'CONVERSIONS'] },
    ],
    'MONTH',
  ),
];

const PaidUnderTest = withDashboard(PaidPage);

/** Opens the Paid page at the given address, as a bookmark or a shared link would. */
async function renderPaid(hash = '#/paid') {
  window.history.replaceState(null, '', `/${hash}`);
  const view = await render(
    <MockedProvider mocks={mocks} mockLinkDefaultOptions={{ delay: 0 }}>
      <PaidUnderTest />
    </MockedProvider>,
  );
  await settle();
  await settle();
  return view;
}

const rowsOf = (view: HTMLElement, testId = 'paid-row') => [
  ...view.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`),
];

/** The text of a row's cell under the header that starts with `column` (a sorted header ends with ↓ or ↑). */
function cell(row: HTMLElement, column: string): string {
  const headers = [...row.closest('table')!.querySelectorAll('th')].map((th) => th.textContent ?? '');
  const index = headers.findIndex((header) => header.replace(/ [↓↑]$/, '') === column);
  if (index < 0) throw new Error(`no column ${column} in ${headers.join(', ')}`);
  return row.querySelectorAll('td')[index]!.textContent ?? '';
}

async function choose(select: HTMLElement, value: string) {
  await act(async () => {
    (select as HTMLSelectElement).value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

describe('PaidPage', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-29T12:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('shows each campaign with its objective, its figures and their changes, and "Not reported" where no export gives one', async () => {
    const view = await renderPaid();
    const [sale] = rowsOf(view);
    expect(cell(sale!, 'Campaign')).toBe('Summer sale');
    expect(cell(sale!, 'Objective')).toBe('Sales (OUTCOME_SALES)');
    expect(cell(sale!, 'Spend')).toBe('€1,200.00▲ 20%');
    expect(cell(sale!, 'Impressions')).toBe('100,000▼ 20%');
    expect(cell(sale!, 'Conversions')).toMatch(/^Not reported/);
    expect(cell(sale!, 'CPA')).toMatch(/^Not reported/);
    expect(byTestId(view, 'paid-campaigns').querySelector('p')?.textContent).toMatch(
      /^Oct 31\s–\sNov 29, 2026 · money in EUR · changes vs the previous period \(Oct 1\s–\s30, 2026\)$/,
    );
  });

  it('says when a ratio covers only part of its base', async () => {
    const view = await renderPaid();
    const [sale, brandRow] = rowsOf(view);
    expect(cell(sale!, 'ROAS')).toContain('over 39% of spend');
    expect(sale!.querySelector('.paid-coverage')?.getAttribute('title')).toBe(
      'over 39% of spend (exports that report revenue)',
    );
    expect(cell(sale!, 'CPC')).not.toContain('over');
    expect(cell(brandRow!, 'ROAS')).toMatch(/^Not reported/);
    expect(byTestId(view, 'paid-coverage-note').textContent).toContain('only over the exports that report both');
  });

  it('shows the total and the next page after the last row’s cursor', async () => {
    const view = await renderPaid();
    expect(byTestId(view, 'paid-campaigns-total').textContent).toBe('Showing 2 of 51 campaigns');
    await click(byTestId(view, 'paid-campaigns-more'));
    await settle();
    expect(rowsOf(view).map((row) => cell(row, 'Campaign'))).toEqual(['Summer sale', 'Brand awareness', 'Retargeting']);
    expect(byTestId(view, 'paid-campaigns-total').textContent).toBe('Showing 3 of 51 campaigns');
  });

  it('asks the server for the order chosen, and keeps it in the address', async () => {
    const view = await renderPaid();
    await choose(byTestId(view, 'paid-sort'), 'paid.roas');
    expect(rowsOf(view).map((row) => cell(row, 'Campaign'))).toEqual(['Brand awareness', 'Summer sale']);
    await choose(byTestId(view, 'paid-sort-order'), 'asc');
    expect(rowsOf(view).map((row) => cell(row, 'Campaign'))).toEqual(['Summer sale', 'Brand awareness']);
    expect(window.location.hash).toBe('#/paid?order=asc&sort=paid.roas');
    expect([...view.querySelectorAll('th')].some((th) => th.textContent === 'ROAS ↑')).toBe(true);
  });

  it('asks for rows per objective when grouped by objective, and keeps the choice in the address', async () => {
    const view = await renderPaid();
    await click(byTestId(view, 'paid-group-objective'));
    await settle();
    expect(window.location.hash).toBe('#/paid?group=objective');
    expect(byTestId(view, 'paid-group-objective').getAttribute('aria-pressed')).toBe('true');
    const [sales] = rowsOf(view);
    expect(cell(sales!, 'Objective')).toBe('Sales (OUTCOME_SALES)');
    expect(cell(sales!, 'Spend')).toContain('€1,290.00');
    expect(view.querySelector('[data-testid="paid-breadcrumb"]')).toBeNull();
  });

  it('opens a campaign’s ad sets with the campaign filter, and the breadcrumb goes back to all campaigns', async () => {
    const view = await renderPaid();
    await click(rowsOf(view)[0]!.querySelector<HTMLElement>('[data-testid="paid-open"]')!);
    await settle();
    expect(window.location.hash).toBe('#/paid?campaign=c1');
    expect(byTestId(view, 'paid-campaigns').querySelector('h2')?.textContent).toBe('Ad sets of Summer sale');
    expect(byTestId(view, 'paid-breadcrumb').textContent).toBe('All campaignsSummer sale');
    expect(rowsOf(view).map((row) => cell(row, 'Ad set'))).toEqual(['Lookalike 1%']);
    expect(byTestId(view, 'paid-audience').querySelector('p')?.textContent).toContain('Summer sale only');

    await click(byTestId(view, 'paid-breadcrumb-all'));
    await settle();
    expect(window.location.hash).toBe('#/paid');
    expect(rowsOf(view).map((row) => cell(row, 'Campaign'))).toEqual(['Summer sale', 'Brand awareness']);
  });

  it('goes back up the drill-down with the browser’s Back', async () => {
    const view = await renderPaid();
    await click(rowsOf(view)[0]!.querySelector<HTMLElement>('[data-testid="paid-open"]')!);
    await settle();
    await click(rowsOf(view)[0]!.querySelector<HTMLElement>('[data-testid="paid-open"]')!);
    await settle();
    expect(window.location.hash).toBe('#/paid?adSet=s1&campaign=c1');
    await act(async () => window.history.back());
    await settle();
    await settle();
    expect(window.location.hash).toBe('#/paid?campaign=c1');
    expect(rowsOf(view).map((row) => cell(row, 'Ad set'))).toEqual(['Lookalike 1%']);
  });

  it('opens an ad set’s ads from a link that names the campaign and the ad set', async () => {
    const view = await renderPaid('#/paid?campaign=c1&adSet=s1');
    expect(byTestId(view, 'paid-breadcrumb').textContent).toBe('All campaignsSummer saleLookalike 1%');
    const [ad] = rowsOf(view);
    expect(cell(ad!, 'Ad')).toBe('Red dress video');
    expect(ad!.querySelector('button')).toBeNull();
    await click(byTestId(view, 'paid-breadcrumb-campaign'));
    await settle();
    expect(window.location.hash).toBe('#/paid?campaign=c1');
    expect(rowsOf(view).map((row) => cell(row, 'Ad set'))).toEqual(['Lookalike 1%']);
  });

  it('names the export to upload when no audience segments are in the range', async () => {
    const view = await renderPaid();
    expect(byTestId(view, 'paid-audience-empty').textContent).toContain(
      'Upload a Meta Ads Manager export broken down by Age (or Age and Gender)',
    );
  });

  it('shows the audience split the address names, and writes the one chosen', async () => {
    const view = await renderPaid('#/paid?audience=REGION');
    expect(byTestId(view, 'paid-audience-REGION').getAttribute('aria-pressed')).toBe('true');
    const [bavaria] = rowsOf(view, 'paid-audience-row');
    expect(cell(bavaria!, 'Region')).toBe('Bavaria');
    await click(byTestId(view, 'paid-audience-AGE'));
    await settle();
    expect(window.location.hash).toBe('#/paid');
    expect(byTestId(view, 'paid-audience-empty').textContent).toContain('No age segments');
  });

  it('draws spend as bars against conversions, with a gap where a period does not report them', async () => {
    const view = await renderPaid();
    const drawn = FakeUPlot.drawn.at(-1)!;
    expect(drawn.data.slice(1)).toEqual([
      [100, 50],
      [4, null],
    ]);
    await click(byTestId(view, 'paid-spend-conversions-as-table'));
    const [, secondDay] = [...byTestId(view, 'paid-spend-conversions-table').querySelectorAll('tbody tr')];
    expect(secondDay?.textContent).toBe('Nov 28€50.00Not reported');
  });

  it('marks the month not over yet in the table alternative', async () => {
    const view = await renderPaid('#/paid?granularity=MONTH');
    await click(byTestId(view, 'paid-spend-conversions-as-table'));
    const periods = [...byTestId(view, 'paid-spend-conversions-table').querySelectorAll('tbody tr td:first-child')];
    expect(periods.map((td) => td.textContent)).toEqual(['Oct 2026', 'Nov 2026 (not over yet)']);
    expect(byTestId(view, 'paid-spend-conversions').querySelector('p')?.textContent).toContain(
      'shaded: a month not over yet',
    );
  });
});
