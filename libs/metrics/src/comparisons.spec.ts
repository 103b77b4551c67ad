import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cumulate,
  daysBetween,
  monthsOf,
  organicCostRatios,
  paidShare,
  parseMonth,
  prorateMonthlyCosts,
  sumReported,
} from './comparisons.js';
import { fromScaled, toScaled } from './decimal.js';

/** A day between 2000-01-01 and 2040-12-31. */
const day = fc
  .integer({ min: Date.UTC(2000, 0, 1) / 86_400_000, max: Date.UTC(2040, 11, 31) / 86_400_000 })
  .map((days) => new Date(days * 86_400_000).toISOString().slice(0, 10));
const range = fc.tuple(day, day).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));
/** A money amount with up to two decimals, as a workspace enters it. */
const amount = fc.integer({ min: 0, max: 10_000_000 }).map((cents) => fromScaled(BigInt(cents) * 10_000n));
/** The last day of a `YYYY-MM` month. */
const lastDayOf = (month: string) => {
  const last = new Date(Date.parse(`${month}-01T00:00:00Z`));
  last.setUTCMonth(last.getUTCMonth() + 1, 0);
  return last.toISOString().slice(0, 10);
};
const nullable = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });

describe('paidShare', () => {
  it('is the paid part of the whole both sides report, null when a side does not report it', () => {
    expect(paidShare(300, 100)).toBe(0.25);
    expect(paidShare(0, 100)).toBe(1);
    expect(paidShare(100, 0)).toBe(0);
    expect(paidShare(null, 100)).toBeNull();
    expect(paidShare(100, null)).toBeNull();
    expect(paidShare(0, 0)).toBeNull();
    expect(paidShare(-5, 10)).toBeNull();
  });

  it('stays within 0..1, and the organic share is its complement', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (organic, paid) => {
        const share = paidShare(organic, paid);
        if (organic + paid === 0) return expect(share).toBeNull();
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(1);
        expect(share! + paidShare(paid, organic)!).toBeCloseTo(1, 12);
      }),
    );
  });
});

describe('cumulate', () => {
  it('keeps null until a value is reported, then carries the total over periods that report nothing', () => {
    expect(cumulate([null, null, 2, null, 3.5, 0])).toEqual([null, null, 2, 2, 5.5, 5.5]);
    expect(cumulate([])).toEqual([]);
    expect(cumulate([null])).toEqual([null]);
  });

  it('sums money exactly, not as floats', () => {
    expect(cumulate([0.1, 0.2, 0.3])).toEqual([0.1, 0.3, 0.6]);
    expect(sumReported([1020.5, 0.01, null])).toBe(1020.51);
    expect(sumReported([null, null])).toBeNull();
  });

  it('ends on the exact sum of the reported values, rises with each one, and is null only before the first', () => {
    fc.assert(
      fc.property(fc.array(nullable(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }))), (cents) => {
        const values = cents.map((value) => (value === null ? null : value / 100));
        const totals = cumulate(values);
        const firstReported = values.findIndex((value) => value !== null);
        totals.forEach((total, index) => {
          expect(total === null).toBe(firstReported === -1 || index < firstReported);
          if (index > 0 && total !== null && totals[index - 1] !== null) {
            const step = toScaled(String(total)) - toScaled(String(totals[index - 1]));
            expect(step).toBe(values[index] === null ? 0n : BigInt(cents[index]!) * 10_000n);
          }
        });
        const exact = cents.reduce<bigint | null>(
          (sum, value) => (value === null ? sum : (sum ?? 0n) + BigInt(value)),
          null,
        );
        expect(sumReported(values)).toBe(exact === null ? null : Number(exact) / 100);
      }),
    );
  });
});

describe('months of a range', () => {
  it('reads YYYY-MM months only', () => {
    expect(parseMonth('2026-03')).toEqual({ year: 2026, month: 3 });
    for (const bad of ['2026-13', '2026-00', '2026-3', '26-03', '2026-03-01', '0000-01', ' 2026-03'])
      expect(parseMonth(bad)).toBeNull();
  });

  it('lists each month touching the range with its days inside, leap years included', () => {
    expect(monthsOf({ from: '2028-01-30', to: '2028-03-02' })).toEqual([
      { month: '2028-01', from: '2028-01-30', to: '2028-01-31', daysInMonth: 31 },
      { month: '2028-02', from: '2028-02-01', to: '2028-02-29', daysInMonth: 29 },
      { month: '2028-03', from: '2028-03-01', to: '2028-03-02', daysInMonth: 31 },
    ]);
  });

  it('covers every day of the range exactly once', () => {
    fc.assert(
      fc.property(range, (r) => {
        const months = monthsOf(r);
        expect(months[0]!.from).toBe(r.from);
        expect(months.at(-1)!.to).toBe(r.to);
        const days = months.reduce((sum, month) => sum + daysBetween(month.from, month.to), 0);
        expect(days).toBe(daysBetween(r.from, r.to));
        for (const month of months) expect(daysBetween(month.from, month.to)).toBeLessThanOrEqual(month.daysInMonth);
      }),
    );
  });
});

describe('prorateMonthlyCosts', () => {
  it('prorates each month by its days inside the range, and lists the months without a cost', () => {
    const prorated = prorateMonthlyCosts({ from: '2026-03-22', to: '2026-05-10' }, [
      { month: '2026-03', amount: '3100' },
      { month: '2026-04', amount: '900.50' },
    ]);
    expect(prorated.months).toEqual([
      { month: '2026-03', daysInRange: 10, daysInMonth: 31, amount: '3100', cost: '1000' },
      { month: '2026-04', daysInRange: 30, daysInMonth: 30, amount: '900.5', cost: '900.5' },
      { month: '2026-05', daysInRange: 10, daysInMonth: 31, amount: null, cost: null },
    ]);
    expect(prorated).toMatchObject({ cost: '1900.5', missingMonths: ['2026-05'], costedDays: 40, days: 50 });
  });

  it('gives months without an entry of their own the default monthly cost, and an entry wins over it', () => {
    const prorated = prorateMonthlyCosts(
      { from: '2026-03-22', to: '2026-05-10' },
      [{ month: '2026-04', amount: '900.50' }],
      '3100',
    );
    expect(prorated.months.map(({ month, amount, cost }) => ({ month, amount, cost }))).toEqual([
      { month: '2026-03', amount: '3100', cost: '1000' },
      { month: '2026-04', amount: '900.5', cost: '900.5' },
      { month: '2026-05', amount: '3100', cost: '1000' },
    ]);
    expect(prorated).toMatchObject({ cost: '2900.5', missingMonths: [], costedDays: 50 });
  });

  it('rounds a prorated cost half away from zero at six places', () => {
    // 10 × 10 ÷ 30 = 3.3333333…, 10 × 20 ÷ 30 = 6.6666666…
    expect(
      prorateMonthlyCosts({ from: '2026-04-01', to: '2026-04-10' }, [{ month: '2026-04', amount: '10' }]).cost,
    ).toBe('3.333333');
    expect(
      prorateMonthlyCosts({ from: '2026-04-01', to: '2026-04-20' }, [{ month: '2026-04', amount: '10' }]).cost,
    ).toBe('6.666667');
  });

  it('reports no cost, not 0, when no month of the range has one; an entered 0 is a cost of 0', () => {
    const none = prorateMonthlyCosts({ from: '2026-01-01', to: '2026-02-28' }, [{ month: '2025-12', amount: '5' }]);
    expect(none).toMatchObject({ cost: null, missingMonths: ['2026-01', '2026-02'], costedDays: 0, days: 59 });
    const zero = prorateMonthlyCosts({ from: '2026-01-01', to: '2026-01-31' }, [{ month: '2026-01', amount: '0' }]);
    expect(zero).toMatchObject({ cost: '0', missingMonths: [], costedDays: 31 });
  });

  it('charges whole months exactly their amounts, and two adjacent ranges add up to their union within rounding', () => {
    const enteredMonths = monthsOf({ from: '2000-01-01', to: '2040-12-31' }).filter((_, index) => index % 3 !== 1);
    fc.assert(
      fc.property(range, fc.array(amount, { minLength: 1, maxLength: 20 }), day, (r, amounts, cut) => {
        const costs = enteredMonths.map(({ month }, index) => ({ month, amount: amounts[index % amounts.length]! }));
        const months = monthsOf(r);
        const full = prorateMonthlyCosts(
          { from: `${months[0]!.month}-01`, to: lastDayOf(months.at(-1)!.month) },
          costs,
        );
        const entered = costs.filter(({ month }) => months.some((touched) => touched.month === month));
        expect(full.cost === null ? null : toScaled(full.cost)).toBe(
          entered.length === 0 ? null : entered.reduce((sum, cost) => sum + toScaled(cost.amount), 0n),
        );
        const whole = prorateMonthlyCosts(r, costs);
        expect(whole.missingMonths).toEqual(full.missingMonths);
        expect(whole.missingMonths).toEqual(
          months.filter(({ month }) => !entered.some((cost) => cost.month === month)).map(({ month }) => month),
        );
        // Cut at a day inside the range: the halves add up to the whole, up to one rounding unit (the month cut).
        if (cut > r.from && cut <= r.to) {
          const before = new Date(Date.parse(`${cut}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
          const left = prorateMonthlyCosts({ from: r.from, to: before }, costs);
          const right = prorateMonthlyCosts({ from: cut, to: r.to }, costs);
          const scaled = (cost: string | null) => (cost === null ? 0n : toScaled(cost));
          const gap = scaled(whole.cost) - scaled(left.cost) - scaled(right.cost);
          expect(gap >= -1n && gap <= 1n).toBe(true);
          expect(left.costedDays + right.costedDays).toBe(whole.costedDays);
          expect(left.days + right.days).toBe(whole.days);
        }
      }),
    );
  });
});

describe('organicCostRatios', () => {
  const prorated = prorateMonthlyCosts({ from: '2026-03-01', to: '2026-04-30' }, [{ month: '2026-03', amount: '620' }]);

  it('prices only the results of months that have a cost, and says what share of the days that is', () => {
    const ratios = organicCostRatios(
      prorated,
      new Map([
        ['2026-03', { engagements: 310, followerGrowth: 31 }],
        ['2026-04', { engagements: 1000, followerGrowth: 100 }],
      ]),
    );
    expect(ratios).toEqual({ costCoverage: 31 / 61, costPerEngagement: 2, costPerFollowerGained: 20 });
  });

  it('is null where the results are not reported, or no follower was gained', () => {
    expect(organicCostRatios(prorated, new Map())).toMatchObject({
      costPerEngagement: null,
      costPerFollowerGained: null,
    });
    expect(organicCostRatios(prorated, new Map([['2026-03', { engagements: 0, followerGrowth: -4 }]]))).toMatchObject({
      costPerEngagement: null,
      costPerFollowerGained: null,
    });
  });
});
