import { describe, expect, it } from 'vitest';
import type { Dimension, PaidBreakdownQuery } from '../../generated/graphql';
import { paidFigures } from '../../testing/paid.fixture';
import { coverageNote, drillLabel, paidRowsOf } from './paid-rows.util';

type Edge = PaidBreakdownQuery['breakdown']['edges'][number];

const edge = (key: Array<[Dimension, string, string]>): Edge => ({
  cursor: 'x',
  node: {
    key: key.map(([dimension, id, label]) => ({ dimension, id, label })),
    paid: paidFigures(100),
    previous: null,
  },
});

describe('paidRowsOf', () => {
  it('reads a row’s own value and its parents’ from its key', () => {
    const [row] = paidRowsOf(
      [
        edge([
          ['CAMPAIGN', 'c1', 'Summer sale'],
          ['AD_SET', 's1', 'Lookalike'],
        ]),
      ],
      'AD_SET',
    );
    expect(row).toMatchObject({ id: 's1', label: 'Lookalike', previous: null });
    expect(row?.keys.CAMPAIGN?.label).toBe('Summer sale');
  });
});

describe('drillLabel', () => {
  it('names a campaign from its rows, and by its id until they have come', () => {
    const rows = paidRowsOf(
      [
        edge([
          ['CAMPAIGN', 'c1', 'Summer sale'],
          ['AD_SET', 's1', 'Lookalike'],
        ]),
      ],
      'AD_SET',
    );
    expect(drillLabel(rows, 'CAMPAIGN', 'c1')).toBe('Summer sale');
    expect(drillLabel([], 'CAMPAIGN', 'c1')).toBe('c1');
  });
});

describe('coverageNote', () => {
  it('says what share of its base a ratio is computed over, when not all of it', () => {
    expect(coverageNote('roas', paidFigures(100))).toEqual({
      text: 'over 39% of spend',
      title: 'over 39% of spend (exports that report revenue)',
    });
  });

  it('says nothing for a full base, a measure, or a ratio not reported', () => {
    expect(coverageNote('cpc', paidFigures(100))).toBeNull();
    expect(coverageNote('spend', paidFigures(100))).toBeNull();
    expect(coverageNote('roas', paidFigures(100, { roas: null }))).toBeNull();
  });
});
