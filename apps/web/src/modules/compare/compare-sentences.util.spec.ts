import { describe, expect, it } from 'vitest';
import { costMock, reachMock, returnMock } from '../../testing/compare.fixture';
import {
  costSentence,
  goalsSentence,
  listOf,
  reachSentence,
  returnSentence,
  timeFrameSentence,
} from './compare-sentences.util';

const format = { currency: 'EUR', locale: 'en-US' };

describe('goalsSentence', () => {
  it('puts conversions bought and followers gained in one sentence', () => {
    expect(goalsSentence({ followersGained: 1868, conversions: 412 }, format)).toBe(
      'Paid brought 412 conversions; organic gained 1,868 followers.',
    );
  });

  it('says a side is not reported rather than 0, and a net loss as a loss', () => {
    expect(goalsSentence({ followersGained: -12, conversions: null }, format)).toBe(
      'Paid conversions are not reported; organic lost 12 followers (net).',
    );
    expect(goalsSentence({ followersGained: null, conversions: 1 }, format)).toBe(
      'Paid brought 1 conversion; organic follower growth is not reported.',
    );
  });
});

describe('costSentence', () => {
  const { costComparison } = costMock().result.data;

  it('says which months have no organic cost and what paid still tells', () => {
    expect(costSentence(costComparison as never, format)).toBe(
      'No organic cost is entered for Nov 2026, so organic cost per engagement and per follower gained are not reported; paid: €4,120.00 of ad spend, €10.00 per conversion (CPA).',
    );
  });

  it('sets cost per follower gained against CPA once a cost is entered', () => {
    expect(costSentence(costMock(934).result.data.costComparison as never, format)).toBe(
      'Organic cost €934.00 against €4,120.00 of ad spend: €0.50 per follower gained against €10.00 per conversion (CPA).',
    );
  });
});

describe('timeFrameSentence', () => {
  it('says when organic reached half its growth and which period brought most conversions', () => {
    const series = {
      periods: ['2026-11-02', '2026-11-09', '2026-11-16'],
      organicCumulativeShare: [0.2, 0.6, 1],
      paidPeriodShare: [0.1, 0.2, 0.7],
      followersGained: 500,
      conversions: 40,
    };
    expect(timeFrameSentence(series, 'WEEK', format)).toBe(
      'Organic gained half of its 500 new followers by the end of the week of Nov 9; paid brought 70% of its 40 conversions in the week of Nov 16 alone.',
    );
  });

  it('falls back to what is reported', () => {
    const series = {
      periods: ['2026-11-01'],
      organicCumulativeShare: [null],
      paidPeriodShare: [null],
      followersGained: null,
      conversions: null,
    };
    expect(timeFrameSentence(series, 'MONTH', format)).toBe(
      'Organic follower growth is not reported; paid conversions are not reported.',
    );
  });
});

describe('reachSentence', () => {
  it('gives the paid share of impressions and engagements with the counts behind it', () => {
    expect(reachSentence(reachMock.result.data.organicVsPaid.total as never, format)).toBe(
      'Paid brought 75% of impressions (120,000 of 160,000) and 60% of engagements (3,000 of 5,000).',
    );
  });

  it('gives no share where one side does not report the measure', () => {
    const total = {
      organic: { impressions: 100, reach: null, engagements: null },
      paid: { impressions: 300, reach: null, engagements: 10 },
      paidShare: { impressions: 0.75, engagements: null },
    };
    expect(reachSentence(total, format)).toBe(
      'Paid brought 75% of impressions (300 of 400) and engagements: not reported on both sides.',
    );
  });
});

describe('returnSentence', () => {
  it('sets ROAS and ROI against the engagement rate, named by its formula', () => {
    expect(returnSentence(returnMock.result.data.overview as never, format)).toBe(
      'Ads returned 2.40× their spend in revenue (ROI 140%); organic posts drew an engagement rate of 3.2% (engagements ÷ impressions).',
    );
  });

  it('says what an export must report when a figure is missing', () => {
    const figures = {
      organic: { engagementRate: null, engagementRateCoverage: null },
      paid: { roas: null, roasCoverage: null, roi: null, roiCoverage: null },
      warnings: [],
    };
    expect(returnSentence(figures, format)).toBe(
      'The ads’ return is not reported (no export reports both revenue and spend); the organic engagement rate is not reported (no export reports both engagements and impressions).',
    );
  });
});

describe('listOf', () => {
  it('joins months as a sentence does', () => {
    expect(listOf(['Sep 2026', 'Oct 2026', 'Nov 2026'])).toBe('Sep 2026, Oct 2026 and Nov 2026');
    expect(listOf(['Nov 2026'])).toBe('Nov 2026');
  });
});
