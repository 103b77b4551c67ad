import { describe, expect, it } from 'vitest';
import type { CanonicalRow } from '../../libs/formats/src/canonical.js';
import * as linkedinPage from './linkedin-page.mjs';
import { readSample, type SampleFile } from './read-sample.js';
import * as tiktokStudio from './tiktok-studio.mjs';
import * as xPostActivity from './x-post-activity.mjs';
import * as youtubeStudio from './youtube-studio.mjs';

/** The sample read, with the kinds of rows it yields and the days of its organic rows. */
async function readWithDays(file: SampleFile) {
  const { format, rows, errors } = await readSample(file);
  return {
    format,
    rows,
    errors,
    kinds: [...new Set(rows.map((row) => row.kind))].sort(),
    days: [...new Set(rows.flatMap((row) => (row.kind === 'organic' ? [row.date] : [])))].sort(),
  };
}

const generators = { xPostActivity, tiktokStudio, linkedinPage, youtubeStudio };
const all = () => Object.values(generators).flatMap((generator) => generator.sampleFiles() as SampleFile[]);
const period = { first: '2026-09-29', last: '2026-11-27' };

describe('organic demo samples', () => {
  it('read as their formats, without errors, over the 60 days ending 2026-11-27', async () => {
    const read_ = await Promise.all(all().map(async (file) => ({ name: file.name, ...(await readWithDays(file)) })));
    expect(read_.map(({ name, format, kinds, errors }) => ({ name, format, kinds, errors }))).toEqual([
      { name: expect.stringContaining('tweet_activity'), format: 'x-post-activity', kinds: ['post'], errors: [] },
      { name: expect.stringContaining('daily_tweet'), format: 'x-daily-activity', kinds: ['organic'], errors: [] },
      { name: 'Overview.csv', format: 'tiktok-studio-overview', kinds: ['organic'], errors: [] },
      { name: 'FollowerHistory.csv', format: 'tiktok-studio-followers', kinds: ['organic'], errors: [] },
      { name: 'Content.csv', format: 'tiktok-studio-content', kinds: ['post'], errors: [] },
      { name: expect.stringContaining('_content_'), format: 'linkedin-page-content', kinds: ['organic', 'post'], errors: [] },
      { name: expect.stringContaining('_followers_'), format: 'linkedin-page-followers', kinds: ['organic'], errors: [] },
      { name: expect.stringContaining('_visitors_'), format: 'linkedin-page-visitors', kinds: ['organic'], errors: [] },
      { name: expect.stringMatching(/\.zip$/), format: 'youtube-studio', kinds: ['organic', 'post'], errors: [] },
    ]);
    for (const { days } of read_.filter(({ kinds }) => kinds.includes('organic'))) {
      expect(days).toHaveLength(60);
      expect([days[0], days.at(-1)]).toEqual([period.first, period.last]);
    }
    for (const { rows } of read_) {
      for (const row of rows as CanonicalRow[]) {
        if (row.kind !== 'post') continue;
        expect(row.asOf).toBe('2026-11-28');
        expect(String(row.publishedAt).slice(0, 10) >= period.first && String(row.publishedAt) <= '2026-11-28').toBe(true);
      }
    }
  });
});
