import { describe, expect, it } from 'vitest';
import { isFooterRow, isTotalRow } from './footer-rows.js';

describe('isTotalRow', () => {
  it.each([['Total: Account'], ['Total : compte'], ['Totals'], ['Total'], ['Gesamt'], ['合計']])(
    'drops %s',
    (label) => {
      expect(isTotalRow([label, '--', '12.00'])).toBe(true);
    },
  );

  it('looks at the first non-empty cell', () => expect(isTotalRow(['', '--', 'Total: Campaigns', '1'])).toBe(true));

  it('keeps a campaign whose name starts with the word', () => {
    expect(isTotalRow(['Total Recall', '12.00'])).toBe(false);
    expect(isTotalRow(['Totally', '12.00'])).toBe(false);
  });
});

describe('isFooterRow', () => {
  it('drops a summary row whose entity cells are all empty or --', () => {
    expect(isFooterRow(['2025-03-01', '', '--', '41.20'], [1, 2])).toBe(true);
  });

  it('keeps a row naming an entity', () =>
    expect(isFooterRow(['2025-03-01', 'Spring', '', '41.20'], [1, 2])).toBe(false));

  it('has no summary rule without entity columns', () => expect(isFooterRow(['', '1'], [])).toBe(false));
});
