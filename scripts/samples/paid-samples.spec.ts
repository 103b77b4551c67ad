import { describe, expect, it } from 'vitest';
import type { PaidDailyRow } from '../../libs/formats/src/canonical.js';
import { addDecimals } from '../../libs/formats/src/formats/paid-report.js';
import { readSample, type SampleFile } from './read-sample.js';
import { sampleFiles as googleAds } from './google-ads.mjs';
import { sampleFiles as linkedinAds } from './linkedin-ads.mjs';
import { sampleFiles as metaAdsManager } from './meta-ads-manager.mjs';
import { sampleFiles as pinterestAds } from './pinterest-ads.mjs';
import { sampleFiles as snapchatAds } from './snapchat-ads.mjs';
import { sampleFiles as tiktokAds } from './tiktok-ads.mjs';
import { sampleFiles as xAds } from './x-ads.mjs';

/** The exports that report results of several types (purchases among them), each sample in USD. */
const RESULTS_REPORTS = [
  ['meta-ads-manager', metaAdsManager, 'FACEBOOK'],
  ['tiktok-ads', tiktokAds, 'TIKTOK'],
] as const;

const GENERATORS = [
  ...RESULTS_REPORTS,
  ['google-ads', googleAds, 'GOOGLE_ADS'],
  ['linkedin-ads', linkedinAds, 'LINKEDIN'],
  ['x-ads', xAds, 'X'],
  ['pinterest-ads', pinterestAds, 'PINTEREST'],
  ['snapchat-ads', snapchatAds, 'SNAPCHAT'],
] as const;

/** The sample's paid daily rows, and whatever else it yields other than the notes on skipped summary rows. */
async function readPaidSample(file: SampleFile) {
  const { format, rows, errors, warnings } = await readSample(file);
  const paidRows = rows.filter((row): row is PaidDailyRow => row.kind === 'paid');
  const problems = [
    ...rows.filter((row) => row.kind !== 'paid'),
    ...errors,
    ...warnings.filter((message) => !message.startsWith('Skipped')),
  ];
  return { format, rows: paidRows, problems };
}

describe.each(GENERATORS)('the %s sample', (formatId, sampleFiles, platform) => {
  it('imports as daily rows for the 60 days ending 2026-11-27, without errors or warnings but its account note', async () => {
    for (const file of sampleFiles()) {
      const { format, rows, problems } = await readPaidSample(file);
      expect(format).toBe(formatId);
      // LinkedIn Ads names its account id only in its file name: the import says the rows went there.
      const accountNotes = problems.filter(
        (problem) => typeof problem === 'string' && problem.startsWith('Rows went to the LINKEDIN account'),
      );
      expect(accountNotes).toHaveLength(formatId === 'linkedin-ads' ? 1 : 0);
      expect(problems.filter((problem) => !accountNotes.includes(problem))).toEqual([]);
      const days = [...new Set(rows.map((row) => row.date))].sort();
      expect(days).toHaveLength(60);
      expect([days[0], days.at(-1)]).toEqual(['2026-09-29', '2026-11-27']);
      expect(new Set(rows.map((row) => row.platform))).toEqual(new Set([platform]));
      const spend = Number(rows.reduce<string | null>((sum, row) => addDecimals(sum, row.spend), null));
      // A mid-size brand: a few hundred dollars a day per platform.
      expect(spend / 60).toBeGreaterThan(100);
      expect(spend / 60).toBeLessThan(500);
    }
  });
});

describe.each(RESULTS_REPORTS)('the %s sample', (_formatId, sampleFiles) => {
  it('is in USD and counts only purchases as conversions', async () => {
    for (const file of sampleFiles()) {
      const { rows } = await readPaidSample(file);
      expect(new Set(rows.map((row) => row.currency))).toEqual(new Set(['USD']));
      // Purchases only: some rows have conversions, and the results of other types are not counted as conversions.
      expect(rows.some((row) => Number(row.conversions) > 0)).toBe(true);
      expect(rows.some((row) => Number(row.results) > 0 && Number(row.conversions ?? 0) === 0)).toBe(true);
    }
  });
});
