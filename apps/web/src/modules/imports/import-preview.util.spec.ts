import { describe, expect, it } from 'vitest';
import {
  describeAccount,
  describePreviewDates,
  describeRowCount,
  formatDecimalMoney,
  hasOrganicFacts,
} from './import-preview.util';

describe('import preview wording', () => {
  it('names row kinds in human words', () => {
    expect(describeRowCount('paid', 1234, 'en-US')).toBe('1,234 daily paid rows');
    expect(describeRowCount('paid-period', 1, 'en-US')).toBe('1 whole-period paid row');
    expect(describeRowCount('paid-audience', 3, 'en-US')).toBe('3 audience rows');
    expect(describeRowCount('organic', 28, 'en-US')).toBe('28 daily organic rows');
    expect(describeRowCount('post', 12, 'en-US')).toBe('12 posts');
    expect(describeRowCount('story', 2, 'en-US')).toBe('2 story rows');
  });

  it('formats exact decimal strings in their currency, without going through a float', () => {
    expect(formatDecimalMoney('1234.5', 'EUR', 'en-US')).toBe('€1,234.50');
    expect(formatDecimalMoney('90071992547409.93', 'USD', 'en-US')).toBe('$90,071,992,547,409.93');
    expect(formatDecimalMoney('10', null, 'en-US')).toBe('10.00');
  });

  it('gives the date range, or says there is none', () => {
    expect(describePreviewDates({ from: '2026-07-01', to: '2026-07-31' }, 'en-US')).toMatch(/^Jul 1\s–\s31, 2026$/);
    expect(describePreviewDates({ from: null, to: null })).toBe('No dated rows');
  });

  it('names an account by platform, name and id', () => {
    expect(describeAccount({ platform: 'FACEBOOK', accountId: '3819', accountName: 'Northwind' })).toBe(
      'Facebook · Northwind (3819)',
    );
    expect(describeAccount({ platform: 'X', accountId: 'northwind', accountName: null })).toBe('X · northwind');
  });

  it('shows organic totals only for files with organic facts', () => {
    const organic = { impressions: 0, engagements: 0, newFollowers: 0 };
    expect(hasOrganicFacts({ rows: [{ kind: 'paid', count: 4 }], organic, posts: 0 })).toBe(false);
    expect(hasOrganicFacts({ rows: [{ kind: 'post', count: 4 }], organic, posts: 0 })).toBe(true);
  });
});
