import { describe, expect, it } from 'vitest';
import type { PaidTotalsFragment } from '../../generated/graphql';
import { buildKpiCards } from './kpi-cards.util';
import { PAID_KPIS } from './kpi-definitions.util';

const paid = (patch: Partial<PaidTotalsFragment>): PaidTotalsFragment => ({
  spend: 1000,
  impressions: 50_000,
  clicks: 1000,
  conversions: 50,
  revenue: 4000,
  ctr: 0.02,
  cpc: 1,
  cpa: 20,
  roas: 4,
  roi: 3,
  ...patch,
});
const format = { currency: 'USD', locale: 'en-US' };

function card(testId: string, previous: PaidTotalsFragment | null | undefined, current = paid({})) {
  return buildKpiCards({ group: 'paid', definitions: PAID_KPIS, current, previous, format }).find(
    (c) => c.testId === testId,
  );
}

describe('buildKpiCards', () => {
  it('names each card by group and metric and formats its value', () => {
    expect(card('kpi-paid-spend', undefined)).toMatchObject({
      label: 'Spend',
      value: '$1,000.00',
      rawValue: 1000,
      comparison: null,
    });
    expect(card('kpi-paid-roas', undefined)?.value).toBe('4.00×');
  });

  it('marks more spend as bad news and more revenue as good news', () => {
    const previous = paid({ spend: 800, revenue: 3200 });
    expect(card('kpi-paid-spend', previous)?.comparison).toEqual({
      arrow: '▲',
      change: '25%',
      tone: 'bad',
      previousValue: '$800.00',
    });
    expect(card('kpi-paid-revenue', previous)?.comparison).toMatchObject({ arrow: '▲', change: '25%', tone: 'good' });
  });

  it('shows a dash when the previous value is unknown or zero', () => {
    expect(card('kpi-paid-cpa', paid({ cpa: null }))?.comparison).toMatchObject({
      arrow: '',
      change: '—',
      previousValue: '—',
    });
    expect(card('kpi-paid-clicks', paid({ clicks: 0 }))?.comparison).toMatchObject({ change: '—', tone: 'neutral' });
  });

  it('shows dashes when comparing but the API had no previous totals', () => {
    expect(card('kpi-paid-spend', null)?.comparison).toMatchObject({ change: '—', previousValue: '—' });
  });
});
