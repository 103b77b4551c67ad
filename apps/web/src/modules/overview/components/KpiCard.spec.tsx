import { describe, expect, it } from 'vitest';
import { byTestId, render } from '../../../testing/render.util';
import type { KpiCardModel } from '../kpi-cards.util';
import { KpiCard } from './KpiCard';

const spend: KpiCardModel = {
  testId: 'kpi-paid-spend',
  label: 'Spend',
  rawValue: 1200,
  value: '$1,200.00',
  note: undefined,
  comparison: { arrow: '▲', change: '20%', tone: 'bad', previousValue: '$1,000.00' },
};

describe('KpiCard', () => {
  it('shows the value with its period and the rise against the previous period', async () => {
    const view = await render(<KpiCard card={spend} period="Nov 1 – 30, 2026" compareLabel="Oct 2 – 31, 2026" />);
    expect(byTestId(view, 'kpi-paid-spend-value').textContent).toBe('$1,200.00');
    expect(byTestId(view, 'kpi-paid-spend').textContent).toContain('Nov 1 – 30, 2026');
    const change = byTestId(view, 'kpi-paid-spend-change');
    expect(change.textContent).toBe('▲ 20% vs $1,000.00 in Oct 2 – 31, 2026');
    expect(change.className).toContain('kpi-card__change--bad');
  });

  it('shows a fall in green when it is good news', async () => {
    const cpa = {
      ...spend,
      testId: 'kpi-paid-cpa',
      comparison: { arrow: '▼', change: '10%', tone: 'good', previousValue: '$22.00' },
    } as const;
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
});
