import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { PaidDailyRow } from '../../libs/formats/src/canonical.js';
import { addDecimals } from '../../libs/formats/src/formats/paid-report.js';
import { readExport } from '../../libs/formats/src/read-export.js';
import { sampleFiles as metaAdsManager } from './meta-ads-manager.mjs';
import { sampleFiles as tiktokAds } from './tiktok-ads.mjs';

const GENERATORS = [
  ['meta-ads-manager', metaAdsManager, 'FACEBOOK'],
  ['tiktok-ads', tiktokAds, 'TIKTOK'],
] as const;

describe.each(GENERATORS)('the %s sample', (formatId, sampleFiles, platform) => {
  it('is the same on every run', () => {
    expect(sampleFiles()).toEqual(sampleFiles());
  });

  it('imports as daily rows for the 60 days ending 2026-11-27, without errors', async () => {
    for (const file of sampleFiles()) {
      const content = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : Buffer.from(file.content);
      const reading = await readExport(() => Readable.from([content]), file.name, file.hints);
      expect(reading.format.id).toBe(formatId);
      const rows: PaidDailyRow[] = [];
      const problems: unknown[] = [];
      for await (const event of reading.events) {
        if (event.type === 'row' && event.row.kind === 'paid') rows.push(event.row);
        else if (!(event.type === 'warning' && event.message.startsWith('Skipped'))) problems.push(event);
      }
      expect(problems).toEqual([]);
      const days = [...new Set(rows.map((row) => row.date))].sort();
      expect(days).toHaveLength(60);
      expect([days[0], days.at(-1)]).toEqual(['2026-09-29', '2026-11-27']);
      expect(new Set(rows.map((row) => row.platform))).toEqual(new Set([platform]));
      expect(new Set(rows.map((row) => row.currency))).toEqual(new Set(['USD']));
      const spend = Number(rows.reduce<string | null>((sum, row) => addDecimals(sum, row.spend), null));
      // A mid-size brand: a few hundred dollars a day per platform.
      expect(spend / 60).toBeGreaterThan(100);
      expect(spend / 60).toBeLessThan(500);
      // Purchases only: some rows have conversions, and the results of other types are not counted as conversions.
      expect(rows.some((row) => Number(row.conversions) > 0)).toBe(true);
      expect(rows.some((row) => Number(row.results) > 0 && Number(row.conversions ?? 0) === 0)).toBe(true);
    }
  });
});
