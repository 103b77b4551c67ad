import { MockedProvider } from '@apollo/client/testing/react';
import { MEASURES, RATIOS } from '@tandem/metrics/catalogue.js';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withDashboard } from '../testing/dashboard-page.util';
import { coverageMock, dataThroughMock } from '../testing/dashboard.fixture';
import { overviewMock, seriesMock } from '../testing/overview.fixture';
import { byTestId, click, render, settle, typeInto } from '../testing/render.util';
import { OverviewPage } from './OverviewPage';

const last7Days = { from: '2026-11-23', to: '2026-11-29' };
const september = { from: '2026-09-01', to: '2026-09-30' };
const mocks = [
  overviewMock(null, 1200),
  overviewMock(['FACEBOOK'], 300),
  overviewMock(null, 700, last7Days, { from: '2026-11-16', to: '2026-11-22' }),
  overviewMock(['FACEBOOK', 'INSTAGRAM'], 450, september, null),
  overviewMock(null, 1500, { from: '2026-10-31', to: '2026-11-29' }, { from: '2025-10-31', to: '2025-11-29' }),
  seriesMock(null),
  seriesMock(['FACEBOOK']),
  seriesMock(null, last7Days),
  seriesMock(['FACEBOOK', 'INSTAGRAM'], september, 'WEEK'),
  dataThroughMock(),
  coverageMock,
];

const OverviewWithFilters = withDashboard(OverviewPage);

/**
 * Opens the overview at the given address, as a bookmark or a shared link would.
 * `showWarnings: false` where a test walks through filters it has no answers for.
 */
async function renderOverview(hash = '', { showWarnings = true, answers = mocks } = {}) {
  window.history.replaceState(null, '', `/${hash}`);
  const view = await render(
    <MockedProvider mocks={answers} mockLinkDefaultOptions={{ delay: 0 }} showWarnings={showWarnings}>
      <OverviewWithFilters />
    </MockedProvider>,
  );
  await settle(); // the last day with data first: presets end there
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
    expect(byTestId(view, 'kpi-paid-roas-value').textContent).toBe('12.82×');
  });

  it('draws a card for every measure and ratio of the metric catalogue', async () => {
    const view = await renderOverview();
    for (const entry of [...MEASURES, ...RATIOS]) {
      const card = byTestId(view, `kpi-${entry.side}-${entry.field}`);
      expect(card.querySelector('h3')?.textContent).toBe(entry.label);
    }
    expect(byTestId(view, 'kpi-paid-cpm-value').textContent).toBe('€12.00');
    expect(byTestId(view, 'kpi-paid-cpm').textContent).toContain('1000 × spend ÷ impressions');
    expect(byTestId(view, 'kpi-paid-cpm-change').className).toContain('--bad');
  });

  it('says "Not reported", with why, where no export reports a measure, and compares nothing there', async () => {
    const view = await renderOverview();
    const reach = byTestId(view, 'kpi-paid-reach-value');
    expect(reach.textContent).toBe('Not reported');
    expect(reach.title).toContain('No imported export reports reach for this range.');
    expect(view.querySelector('[data-testid="kpi-paid-reach-change"]')).toBeNull();
    expect(byTestId(view, 'kpi-paid-frequency-value').textContent).toBe('Not reported');
    expect(byTestId(view, 'overview-kpis').textContent).not.toContain('—');
  });

  it('draws no arrow when the previous period does not report the measure', async () => {
    const view = await renderOverview();
    expect(byTestId(view, 'kpi-organic-videoViews-value').textContent).toBe('900');
    expect(byTestId(view, 'kpi-organic-videoViews-change').textContent).toMatch(/^Not reported in Oct 1\s–\s30, 2026$/);
  });

  it('says what share of spend ROAS and ROI are computed over', async () => {
    const view = await renderOverview();
    expect(byTestId(view, 'kpi-paid-roas-coverage').textContent).toBe(
      'over 39% of spend (exports that report revenue)',
    );
    expect(byTestId(view, 'kpi-paid-roi-coverage').textContent).toBe('over 39% of spend (exports that report revenue)');
    expect(view.querySelector('[data-testid="kpi-paid-cpc-coverage"]')).toBeNull();
  });

  it('shows the warnings of the overview', async () => {
    const view = await renderOverview();
    expect(byTestId(view, 'overview-warnings').textContent).toContain('left out of money totals');
  });

  it('asks again for the chosen platforms only', async () => {
    const view = await renderOverview();
    await click(byTestId(view, 'platform-FACEBOOK'));
    await settle();
    await settle();
    expect(byTestId(view, 'kpi-paid-spend-value').textContent).toBe('€300.00');
    expect(byTestId(view, 'page-scope').textContent).toContain('Facebook');
  });

  it('opens with the filters a shared link names', async () => {
    const view = await renderOverview(
      '#/overview?from=2026-09-01&to=2026-09-30&platforms=FACEBOOK,INSTAGRAM&compare=0&granularity=WEEK',
    );
    expect((byTestId(view, 'range-from') as HTMLInputElement).value).toBe('2026-09-01');
    expect((byTestId(view, 'range-to') as HTMLInputElement).value).toBe('2026-09-30');
    expect(byTestId(view, 'range-preset-30').getAttribute('aria-pressed')).toBe('false');
    expect(byTestId(view, 'platform-INSTAGRAM').getAttribute('aria-pressed')).toBe('true');
    expect(byTestId(view, 'compare-off').getAttribute('aria-pressed')).toBe('true');
    expect(byTestId(view, 'granularity-WEEK').getAttribute('aria-pressed')).toBe('true');
    expect(byTestId(view, 'page-scope').textContent).toMatch(/^Sep 1\s–\s30, 2026 · Facebook, Instagram/);
    expect(byTestId(view, 'kpi-paid-spend-value').textContent).toBe('€450.00');
  });

  it('opens with a rolling preset from the link', async () => {
    const view = await renderOverview('#/overview?period=last7');
    expect(byTestId(view, 'range-preset-7').getAttribute('aria-pressed')).toBe('true');
    expect((byTestId(view, 'range-from') as HTMLInputElement).value).toBe('2026-11-23');
    expect(byTestId(view, 'kpi-paid-spend-value').textContent).toBe('€700.00');
  });

  it('ignores the invalid parts of a link one by one and tidies the address', async () => {
    const view = await renderOverview(
      '#/overview?platforms=MYSPACE,FACEBOOK&granularity=YEAR&from=2026-10-05&to=2026-10-01&compare=maybe',
    );
    expect(byTestId(view, 'kpi-paid-spend-value').textContent).toBe('€300.00');
    expect(byTestId(view, 'range-preset-30').getAttribute('aria-pressed')).toBe('true');
    expect(byTestId(view, 'compare-previous').getAttribute('aria-pressed')).toBe('true');
    expect(byTestId(view, 'granularity-DAY').getAttribute('aria-pressed')).toBe('true');
    expect(window.location.hash).toBe('#/overview?platforms=FACEBOOK');
  });

  it('writes each changed filter into the address, without adding history entries', async () => {
    const view = await renderOverview('#/overview', { showWarnings: false });
    const entries = window.history.length;
    await click(byTestId(view, 'platform-FACEBOOK'));
    expect(window.location.hash).toBe('#/overview?platforms=FACEBOOK');
    await click(byTestId(view, 'compare-off'));
    await click(byTestId(view, 'granularity-MONTH'));
    await click(byTestId(view, 'range-preset-7'));
    expect(window.location.hash).toBe('#/overview?period=last7&platforms=FACEBOOK&compare=0&granularity=MONTH');
    await typeInto(byTestId(view, 'range-to') as HTMLInputElement, '2026-11-20');
    expect(window.location.hash).toBe(
      '#/overview?from=2026-11-20&to=2026-11-20&platforms=FACEBOOK&compare=0&granularity=MONTH',
    );
    expect(window.history.length).toBe(entries);
  });

  it('leaves the address clean once the filters are back to their defaults', async () => {
    const view = await renderOverview('#/overview?platforms=FACEBOOK');
    await click(byTestId(view, 'platform-FACEBOOK'));
    expect(window.location.hash).toBe('#/overview');
  });

  it('follows the address when it changes under it, as Back and Forward do', async () => {
    const view = await renderOverview('#/overview');
    expect(byTestId(view, 'kpi-paid-spend-value').textContent).toBe('€1,200.00');
    await act(async () => {
      window.location.hash = '#/overview?platforms=FACEBOOK';
    });
    await settle(); // the browser fires hashchange in a task of its own
    expect(byTestId(view, 'platform-FACEBOOK').getAttribute('aria-pressed')).toBe('true');
    // Data through first, then the totals: a slow machine needs more than one turn.
    const spend = () => view.querySelector('[data-testid="kpi-paid-spend-value"]')?.textContent;
    for (let tries = 0; tries < 300 && spend() !== '€300.00'; tries++) await settle(10);
    expect(spend()).toBe('€300.00');
  });

  it('ends the presets at the last day with data, not at today, and says so', async () => {
    const answers = [dataThroughMock('2026-11-20'), coverageMock];
    const view = await renderOverview('#/overview?period=last7', { showWarnings: false, answers });
    expect((byTestId(view, 'range-from') as HTMLInputElement).value).toBe('2026-11-14');
    expect((byTestId(view, 'range-to') as HTMLInputElement).value).toBe('2026-11-20');
    expect(byTestId(view, 'page-scope').textContent).toMatch(/^Last 7 days of data, Nov 14\s–\s20, 2026/);
  });

  it('says plainly when a chosen range runs past the last day with data', async () => {
    const answers = [dataThroughMock('2026-11-20'), coverageMock];
    const view = await renderOverview('#/overview?from=2026-11-01&to=2026-11-29', { showWarnings: false, answers });
    expect(byTestId(view, 'runs-past-data').textContent).toMatch(/^Data goes through Nov 20, 2026/);
  });

  it('compares with the same dates last year when asked', async () => {
    const view = await renderOverview('#/overview?compare=year');
    expect(byTestId(view, 'compare-year').getAttribute('aria-pressed')).toBe('true');
    expect(byTestId(view, 'kpi-paid-spend-value').textContent).toBe('€1,500.00');
    expect(byTestId(view, 'kpi-paid-spend-change').textContent).toMatch(/in Oct 31\s–\sNov 29, 2025$/);
    expect(byTestId(view, 'page-scope').textContent).toContain('compared with the same dates last year');
  });
});
