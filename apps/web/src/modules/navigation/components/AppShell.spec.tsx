import { MockedProvider } from '@apollo/client/testing/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ImportsDocument } from '../../../generated/graphql';
import { exportFormatsMock } from '../../../testing/export-formats.fixture';
import { overviewMock, seriesMock, workspaceMock } from '../../../testing/overview.fixture';
import { coverageMock, dataThroughMock } from '../../../testing/dashboard.fixture';
import { byTestId, click, render, settle, settleUntil } from '../../../testing/render.util';
import { AppShell } from './AppShell';

const mocks = [
  workspaceMock,
  overviewMock(['FACEBOOK'], 300),
  seriesMock(['FACEBOOK'], undefined, 'WEEK'),
  // the Overview may ask again when it is opened again (whether it does is Apollo's timing): same filters, same answer
  overviewMock(['FACEBOOK'], 300),
  seriesMock(['FACEBOOK'], undefined, 'WEEK'),
  { request: { query: ImportsDocument, variables: { first: 50 } }, result: { data: { imports: [] } } },
  exportFormatsMock,
  dataThroughMock(),
  coverageMock,
];

async function renderApp(hash: string) {
  window.history.replaceState(null, '', `/${hash}`);
  const view = await render(
    <MockedProvider mocks={mocks} mockLinkDefaultOptions={{ delay: 0 }}>
      <AppShell />
    </MockedProvider>,
  );
  await settleUntil(view, 'h1');
  await settle();
  return view;
}

/** Follows a link the way the browser does: the hash changes, then `hashchange` fires in a task of its own. */
async function follow(link: HTMLElement, view: HTMLElement, expectedTitle: string) {
  await click(link);
  for (let attempt = 0; attempt < 50 && view.querySelector('h1')?.textContent !== expectedTitle; attempt++)
    await settle(10);
  await settle();
}

describe('AppShell', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-29T12:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('keeps the Overview filters of the address across a visit to Imports', async () => {
    const view = await renderApp('#/overview?platforms=FACEBOOK&granularity=WEEK');
    await settleUntil(view, '[data-testid="kpi-paid-spend-value"]'); // the last day with data first, then the totals
    expect(byTestId(view, 'kpi-paid-spend-value').textContent).toBe('€300.00');

    await follow(byTestId(view, 'nav-imports'), view, 'Imports');
    expect(window.location.hash).toBe('#/imports');
    expect(view.querySelector('h1')?.textContent).toBe('Imports');
    expect(byTestId(view, 'nav-overview').getAttribute('href')).toBe('#/overview?platforms=FACEBOOK&granularity=WEEK');

    await follow(byTestId(view, 'nav-overview'), view, 'Overview');
    await settleUntil(view, '[data-testid="kpi-paid-spend-value"]');
    expect(window.location.hash).toBe('#/overview?platforms=FACEBOOK&granularity=WEEK');
    expect(byTestId(view, 'platform-FACEBOOK').getAttribute('aria-pressed')).toBe('true');
    expect(byTestId(view, 'granularity-WEEK').getAttribute('aria-pressed')).toBe('true');
    // Answers are cached by their variables: other filters would find no answer and show an error instead.
    expect(byTestId(view, 'kpi-paid-spend-value').textContent).toBe('€300.00');
    expect(view.querySelector('[role="alert"]')).toBeNull();
  });

  it('opens Imports from an Imports address that carries a query', async () => {
    const view = await renderApp('#/imports?from=mail');
    expect(view.querySelector('h1')?.textContent).toBe('Imports');
    expect(byTestId(view, 'nav-imports').getAttribute('aria-current')).toBe('page');
    expect(byTestId(view, 'nav-overview').getAttribute('href')).toBe('#/overview');
  });
});
