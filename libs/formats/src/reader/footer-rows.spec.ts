import { describe, expect, it } from 'vitest';
import { isFooterRow, isTotalRow } from './footer-rows.js';

describe('isTotalRow', () => {
  it.each([['Total: Account'], ['Total : compte'], ['Totals'], ['Total'], ['Gesamt'], ['合計']])(
    'drops %s',
    (label) => {
      expect(isTotalRow([label, '--', '12.00'])).toBe(true);
    },
  );

  it.each([['총 285개 결과'], ['총 1,024개 결과'], ['Total: 285 resultados'], ['Total: 1 resultado']])(
    'drops the counted total %s of a TikTok export',
    (label) => {
      expect(isTotalRow([label, '-', '-', '28363230', 'KRW'])).toBe(true);
    },
  );

  it('keeps a Korean campaign whose name holds the words', () => {
    expect(isTotalRow(['총 결과 캠페인', '100'])).toBe(false);
    expect(isTotalRow(['총 285개 결과 리뷰', '100'])).toBe(false);
  });

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

  it('drops the Korean TikTok total row, whose date cell holds the phrase and entity cells `-`', () => {
    const footer = ['총 285개 결과', '-', '-', '-', '-', '-', '-', '28363230', '78', '13262333', 'KRW'];
    expect(isFooterRow(footer, [0, 1, 2, 3, 4, 5, 6])).toBe(true);
  });

  it('keeps a row naming an entity', () =>
    expect(isFooterRow(['2025-03-01', 'Spring', '', '41.20'], [1, 2])).toBe(false));

  it('has no summary rule without entity columns', () => expect(isFooterRow(['', '1'], [])).toBe(false));
});
