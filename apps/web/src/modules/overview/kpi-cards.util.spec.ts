import { describe, expect, it } from 'vitest';
import type { PaidTotalsFragment } from '../../generated/graphql';
import { organicTotals, paidTotals } from '../../testing/overview.fixture';
import { buildKpiCards } from './kpi-cards.util';

const format = { currency: 'USD', locale: 'en-US' };
const context = { format, series: undefined, previousIsAdjacent: true };

function card(testId: string, previous: PaidTotalsFragment | null | undefined, current = paidTotals(1000)) {
  const found = buildKpiCards({ side: 'paid', current, previous, ...context }).find((c) => c.testId === testId);
  if (!found) throw new Error(`no card ${testId}`);
  return found;
}

describe('buildKpiCards', () => {
  it('names each card by side and field and formats its value in its unit', () => {
    expect(card('kpi-paid-spend', undefined)).toMatchObject({
      label: 'Spend',
      value: '$1,000.00',
      rawValue: 1000,
      notReported: null,
      comparison: null,
    });
    expect(card('kpi-paid-cpm', undefined)).toMatchObject({ value: '$10.00', note: '1000 × spend ÷ impressions' });
    expect(card('kpi-paid-ctr', undefined).value).toBe('2%');
    const roas = buildKpiCards({
      side: 'paid',
      current: paidTotals(1000, { roas: 4 }),
      previous: undefined,
      ...context,
    }).find((c) => c.testId === 'kpi-paid-roas');
    expect(roas?.value).toBe('4.00×');
  });

  it('signs follower growth', () => {
    const cards = buildKpiCards({
      side: 'organic',
      current: organicTotals(2000, { followerGrowth: -40 }),
      previous: undefined,
      ...context,
    });
    expect(cards.find((c) => c.testId === 'kpi-organic-followerGrowth')?.value).toBe('-40');
  });

  it('says "Not reported", never 0 or a dash, when no export reports the measure, and tells why', () => {
    const reach = card('kpi-paid-reach', undefined);
    expect(reach).toMatchObject({ value: 'Not reported', rawValue: null });
    expect(reach.notReported).toMatch(/^No imported export reports reach for this range\. Reach counts unique people/);
    const cpc = card('kpi-paid-cpc', undefined, paidTotals(1000, { cpc: null, cpcCoverage: null }));
    expect(cpc.value).toBe('Not reported');
    expect(cpc.notReported).toBe('No imported export reports both spend and clicks for this range.');
    expect(cpc.coverage).toBeNull();
  });

  it('says what share of its denominator a ratio covers when it is not all of it', () => {
    expect(card('kpi-paid-roas', undefined).coverage).toBe('over 39% of spend (exports that report revenue)');
    expect(card('kpi-paid-roi', undefined).coverage).toBe('over 39% of spend (exports that report revenue)');
    expect(card('kpi-paid-cpc', undefined).coverage).toBeNull();
    const partialCpa = card('kpi-paid-cpa', undefined, paidTotals(1000, { cpaCoverage: 0.999 }));
    expect(partialCpa.coverage).toBe('over 99% of conversions (exports that report spend)');
  });

  it('marks more spend and a dearer CPM as bad news and more revenue as good news', () => {
    const previous = paidTotals(800, { revenue: 4800 });
    expect(card('kpi-paid-spend', previous).comparison).toEqual({
      kind: 'change',
      arrow: '▲',
      change: '25%',
      tone: 'bad',
      previousValue: '$800.00',
    });
    expect(card('kpi-paid-cpm', previous).comparison).toMatchObject({ arrow: '▲', tone: 'bad' });
    expect(card('kpi-paid-revenue', previous).comparison).toMatchObject({ arrow: '▲', change: '25%', tone: 'good' });
    expect(card('kpi-paid-cpa', paidTotals(1200)).comparison).toMatchObject({ arrow: '▼', tone: 'good' });
  });

  it('draws no arrow when either side is not reported', () => {
    const previous = paidTotals(800, { cpa: null });
    expect(card('kpi-paid-cpa', previous).comparison).toEqual({
      kind: 'previous-not-reported',
      title: 'No imported export reports both spend and conversions for the previous period.',
    });
    expect(card('kpi-paid-reach', previous).comparison).toBeNull();
    expect(card('kpi-paid-spend', null).comparison).toMatchObject({ kind: 'previous-not-reported' });
  });

  it('shows a dash for the change when the previous value is zero', () => {
    expect(card('kpi-paid-clicks', paidTotals(1000, { clicks: 0 })).comparison).toEqual({
      kind: 'change',
      arrow: '',
      change: '—',
      tone: 'neutral',
      previousValue: '0',
    });
  });

  it('sets follower growth beside the follower count’s own move when the two disagree', () => {
    const growth = (previousFollowers: number, previousIsAdjacent = true) =>
      buildKpiCards({
        side: 'organic',
        current: organicTotals(2000, { followers: 112_105, followerGrowth: 2266 }),
        previous: organicTotals(1500, { followers: previousFollowers }),
        format,
        series: undefined,
        previousIsAdjacent,
      }).find((c) => c.testId === 'kpi-organic-followerGrowth')!.reconciliation;
    expect(growth(110_237)).toMatch(
      /^The follower count moved \+1,868; the platforms’ daily follows minus unfollows add up to \+2,266\./,
    );
    expect(growth(112_105 - 2266)).toBeNull();
    expect(growth(110_237, false)).toBeNull();
  });

  it('draws each card’s figure per period, with gaps where a period does not report it', () => {
    const series = [
      {
        period: '2026-11-01',
        organic: organicTotals(10),
        paid: paidTotals(5),
        organicReported: [],
        paidReported: ['SPEND' as const],
      },
      { period: '2026-11-02', organic: organicTotals(10), paid: paidTotals(7), organicReported: [], paidReported: [] },
    ];
    const cards = buildKpiCards({
      side: 'paid',
      current: paidTotals(12),
      previous: undefined,
      format,
      series,
      previousIsAdjacent: false,
    });
    expect(cards.find((c) => c.testId === 'kpi-paid-spend')?.trend).toEqual([5, null]);
  });
});
