import { describe, expect, it } from 'vitest';
import { OverviewSeriesDocument } from '../../generated/graphql';
import { asCurl, asGraphql, csvUrl } from './report-request.util';

describe('csvUrl', () => {
  it('sends the query’s own arguments as the export’s URL parameters', () => {
    const url = csvUrl('breakdown', {
      range: { from: '2026-11-01', to: '2026-11-30' },
      compareTo: { from: '2026-10-02', to: '2026-10-31' },
      by: ['CAMPAIGN', 'DAY'],
      platforms: ['FACEBOOK', 'TIKTOK'],
      filter: { campaigns: ['c-1'], objectives: null },
      sort: { metric: 'paid.spend', descending: false },
      first: 50,
      after: 'abc',
    });
    expect(url).toBe(
      '/api/exports/breakdown.csv?from=2026-11-01&to=2026-11-30&compareFrom=2026-10-02&compareTo=2026-10-31' +
        '&by=CAMPAIGN&by=DAY&platforms=FACEBOOK&platforms=TIKTOK&campaigns=c-1&sort=paid.spend&descending=false',
    );
  });

  it('leaves out what is not asked: no platforms means all of them', () => {
    expect(csvUrl('coverage', { range: { from: '2026-11-01', to: '2026-11-30' }, platforms: null })).toBe(
      '/api/exports/coverage.csv?from=2026-11-01&to=2026-11-30',
    );
  });
});

describe('copying a request', () => {
  const request = {
    document: OverviewSeriesDocument,
    variables: { range: { from: '2026-11-01', to: '2026-11-30' }, granularity: 'DAY', note: "it's" },
    csv: 'time-series' as const,
  };

  it('gives the exact query and its variables', () => {
    const text = asGraphql(request);
    expect(text).toMatch(/^query OverviewSeries\(\$range: DateRange!/);
    expect(text).toContain('fragment PaidTotals on PaidSummary');
    expect(text).toContain('"granularity": "DAY"');
  });

  it('gives a cURL command that reads the key from the environment and survives quotes', () => {
    const curl = asCurl(request, 'http://127.0.0.1:3000');
    expect(curl).toContain("curl -sS 'http://127.0.0.1:3000/graphql'");
    expect(curl).toContain('-H "Authorization: Bearer $TANDEM_API_KEY"');
    expect(curl).toContain(`it'\\''s`);
    expect(curl).not.toMatch(/Bearer [a-z0-9]{8}/i);
  });
});
