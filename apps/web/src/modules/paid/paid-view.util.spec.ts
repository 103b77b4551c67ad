import { describe, expect, it } from 'vitest';
import { paidScope, paidSort } from './paid-view.util';

const top = { group: 'campaign', campaign: '', adSet: '' };

describe('paidScope', () => {
  it('lists campaigns with their objective, objectives alone when grouped by them', () => {
    expect(paidScope(top)).toEqual({ level: 'CAMPAIGN', by: ['CAMPAIGN', 'OBJECTIVE'], filter: null });
    expect(paidScope({ ...top, group: 'objective' })).toEqual({ level: 'OBJECTIVE', by: ['OBJECTIVE'], filter: null });
  });

  it('keeps the parents in `by` and in the filter when drilled into a campaign or an ad set', () => {
    expect(paidScope({ ...top, campaign: 'c1' })).toEqual({
      level: 'AD_SET',
      by: ['CAMPAIGN', 'AD_SET'],
      filter: { campaigns: ['c1'] },
    });
    expect(paidScope({ ...top, campaign: 'c1', adSet: 's1' })).toEqual({
      level: 'AD',
      by: ['CAMPAIGN', 'AD_SET', 'AD'],
      filter: { campaigns: ['c1'], adSets: ['s1'] },
    });
  });

  it('falls back to all campaigns for an ad set without its campaign', () => {
    expect(paidScope({ ...top, adSet: 's1' }).level).toBe('CAMPAIGN');
  });
});

describe('paidSort', () => {
  it('sorts by a table column either way, and by the most spend first otherwise', () => {
    expect(paidSort({ sort: 'paid.roas', order: 'asc' })).toEqual({ metric: 'paid.roas', descending: false });
    expect(paidSort({ sort: 'paid.reach', order: 'sideways' })).toEqual({ metric: 'paid.spend', descending: true });
  });
});
