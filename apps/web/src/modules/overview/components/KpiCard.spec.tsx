import { describe, expect, it } from 'vitest';
import { byTestId, render } from '../../../testing/render.util';
import type { KpiCardModel } from '../kpi-cards.util';
import { KpiCard } from './KpiCard';

const spend: KpiCardModel = {
  testId: 'kpi-paid-spend',
  label: 'Spend',
  description: 'Amount spent on ads.',
  rawValue: 1200,
  value: '$1,200.00',
  notReported: null,
  trend: null,
  reconciliation: null,
  note: undefined,
  coverage: null,
  comparison: { kind: 'change', arrow: '▲', change: '20%', tone: 'bad', previousValue: '$1,000.00' },
};

describe('KpiCard', () => {
  it('shows the value with its period and the rise against the previous period', async () => {
    const view = await render(<KpiCard card={spend} period="Nov 1 – 30, 2026" compareLabel="Oct 2 – 31, 2026" />);
    expect(byTestId(view, 'kpi-paid-spend-value').textContent).toBe('$1,200.00');
    expect(byTestId(view, 'kpi-paid-spend').textContent).toContain('Nov 1 – 30, 2026');
    expect(byTestId(view, 'kpi-paid-spend').querySelector('h3')?.title).toBe('Amount spent on ads.');
    const change = byTestId(view, 'kpi-paid-spend-change');
    expect(change.textContent).toBe('▲ 20% vs $1,000.00 in Oct 2 – 31, 2026');
    expect(change.className).toContain('kpi-card__change--bad');
  });

  it('shows a fall in green when it is good news', async () => {
    const cpa: KpiCardModel = {
      ...spend,
      testId: 'kpi-paid-cpa',
      comparison: { kind: 'change', arrow: '▼', change: '10%', tone: 'good', previousValue: '$22.00' },
    };
    const view = await render(<KpiCard card={cpa} period="Nov 2026" compareLabel="Oct 2026" />);
    const change = byTestId(view, 'kpi-paid-cpa-change');
    expect(change.textContent).toContain('▼ 10%');
    expect(change.className).toContain('kpi-card__change--good');
  });

  it('leaves the comparison out when not comparing', async () => {
    const view = await render(
      <KpiCard card={{ ...spend, comparison: null }} period="Nov 2026" compareLabel="Oct 2026" />,
    );
    expect(view.querySelector('[data-testid="kpi-paid-spend-change"]')).toBeNull();
    expect(byTestId(view, 'kpi-paid-spend').dataset.value).toBe('1200');
  });

  it('says "Not reported" with the reason in its tooltip, and no comparison', async () => {
    const reach: KpiCardModel = {
      ...spend,
      testId: 'kpi-paid-reach',
      label: 'Reach',
      rawValue: null,
      value: 'Not reported',
      notReported: 'No imported export reports reach for this range.',
      comparison: null,
    };
    const view = await render(<KpiCard card={reach} period="Nov 2026" compareLabel="Oct 2026" />);
    const value = byTestId(view, 'kpi-paid-reach-value');
    expect(value.textContent).toBe('Not reported');
    expect(value.title).toBe('No imported export reports reach for this range.');
    expect(value.className).toContain('kpi-card__value--not-reported');
    expect(byTestId(view, 'kpi-paid-reach').dataset.value).toBe('');
    expect(view.querySelector('[data-testid="kpi-paid-reach-change"]')).toBeNull();
  });

  it('says what share a ratio covers, and draws no arrow when the previous period has no figure', async () => {
    const roas: KpiCardModel = {
      ...spend,
      testId: 'kpi-paid-roas',
      label: 'ROAS',
      value: '12.82×',
      note: 'revenue ÷ spend',
      coverage: 'over 39% of spend (exports that report revenue)',
      comparison: { kind: 'previous-not-reported', title: 'No imported export reports both revenue and spend.' },
    };
    const view = await render(<KpiCard card={roas} period="Nov 2026" compareLabel="Oct 2026" />);
    expect(byTestId(view, 'kpi-paid-roas-coverage').textContent).toBe(
      'over 39% of spend (exports that report revenue)',
    );
    const change = byTestId(view, 'kpi-paid-roas-change');
    expect(change.textContent).toBe('Not reported in Oct 2026');
    expect(change.textContent).not.toMatch(/[▲▼]/);
    expect(change.title).toBe('No imported export reports both revenue and spend.');
  });
});
