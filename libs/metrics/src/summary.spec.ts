import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverageField, measuresOf, RATIOS, ratiosOf, SIDES } from './catalogue.js';
import { ratioDenominatorKey, ratioNumeratorKey, summarise, sumsOf } from './summary.js';

describe('summarise', () => {
  it('reads a measure no fact reports as null, not 0, and every ratio over it as null', () => {
    const paid = summarise('paid', { spend: 120 });
    expect(paid).toMatchObject({ spend: 120, revenue: null, clicks: null, roas: null, roi: null, roasCoverage: null });
  });

  it('computes ROAS and ROI over the spend of facts that report revenue, and says what share of spend that is', () => {
    // 100 spent where revenue is reported (250 of it), 300 more on a platform that reports no revenue.
    const roas = RATIOS.find((ratio) => ratio.field === 'roas')!;
    const roi = RATIOS.find((ratio) => ratio.field === 'roi')!;
    const paid = summarise('paid', {
      spend: 400,
      revenue: 250,
      [ratioNumeratorKey(roas)]: 250,
      [ratioDenominatorKey(roas)]: 100,
      [ratioNumeratorKey(roi)]: 250,
      [ratioDenominatorKey(roi)]: 100,
    });
    expect(paid.roas).toBe(2.5);
    expect(paid.roi).toBeCloseTo(1.5, 12);
    expect(paid[coverageField(roas)]).toBe(0.25);
  });

  it('applies each ratio’s scale and offset to the quotient of its bases, null on a zero denominator', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RATIOS),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        (ratio, numerator, denominator) => {
          const summary = summarise(ratio.side, {
            [ratio.denominator]: denominator,
            [ratioNumeratorKey(ratio)]: numerator,
            [ratioDenominatorKey(ratio)]: denominator,
          });
          const expected =
            denominator === 0 ? null : (ratio.scale ?? 1) * (numerator / denominator) + (ratio.offset ?? 0);
          expect(summary[ratio.field]).toBe(expected);
          expect(summary[coverageField(ratio)]).toBe(denominator === 0 ? null : 1);
        },
      ),
    );
  });
});

describe('sumsOf', () => {
  it('names every sum the asked fields are computed from: summarised from those alone, they are the same', () => {
    const sideWithSums = fc.constantFrom(...SIDES).chain((side) => {
      const keys = [
        ...measuresOf(side).map(({ field }) => field),
        ...ratiosOf(side).flatMap((ratio) => [ratioNumeratorKey(ratio), ratioDenominatorKey(ratio)]),
      ];
      const fields = Object.keys(summarise(side, {}));
      const value = fc.option(fc.integer({ min: 0, max: 1_000_000 }), { freq: 3 });
      return fc.record({
        side: fc.constant(side),
        sums: fc.record(Object.fromEntries(keys.map((key) => [key, value]))),
        asked: fc.subarray(fields),
      });
    });
    fc.assert(
      fc.property(sideWithSums, ({ side, sums, asked }) => {
        const needed = sumsOf(side, asked);
        const narrow = summarise(side, Object.fromEntries(Object.entries(sums).filter(([key]) => needed.has(key))));
        const full = summarise(side, sums);
        for (const field of asked) expect(narrow[field]).toBe(full[field]);
      }),
    );
  });

  it('needs nothing for fields that are not asked or not in the catalogue', () => {
    expect(sumsOf('paid', [])).toEqual(new Set());
    expect(sumsOf('paid', ['__typename', 'nonsense'])).toEqual(new Set());
    expect(sumsOf('paid', ['roasCoverage'])).toEqual(new Set(['roas__denominator', 'spend']));
  });
});
