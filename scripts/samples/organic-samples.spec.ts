import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CanonicalRow, ImportHints, ParseEvent } from '../../libs/formats/src/canonical.js';
import { readExport } from '../../libs/formats/src/read-export.js';
import * as linkedinPage from './linkedin-page.mjs';
import * as tiktokStudio from './tiktok-studio.mjs';
import * as xPostActivity from './x-post-activity.mjs';
import * as youtubeStudio from './youtube-studio.mjs';

interface SampleFile {
  name: string;
  content: string | Uint8Array;
  hints: ImportHints;
}

async function read(file: SampleFile) {
  const open = () => Readable.from([Buffer.from(file.content)]);
  const reading = await readExport(open, file.name, file.hints);
  const events: ParseEvent[] = [];
  for await (const event of reading.events) events.push(event);
  const rows = events.flatMap((event) => (event.type === 'row' ? [event.row] : []));
  return {
    format: reading.format.id,
    rows,
    errors: events.flatMap((event) => (event.type === 'error' ? [event.error] : [])),
    kinds: [...new Set(rows.map((row) => row.kind))].sort(),
    days: [...new Set(rows.flatMap((row) => (row.kind === 'organic' ? [row.date] : [])))].sort(),
  };
}

const generators = { xPostActivity, tiktokStudio, linkedinPage, youtubeStudio };
const all = () => Object.values(generators).flatMap((generator) => generator.sampleFiles() as SampleFile[]);
const period = { first: '2026-09-29', last: '2026-11-27' };

describe('organic demo samples', () => {
  it('are byte-identical on every run', () => {
    for (const generator of Object.values(generators)) {
      expect(generator.sampleFiles()).toEqual(generator.sampleFiles());
    }
  });

  it('read as their formats, without errors, over the 60 days ending 2026-11-27', async () => {
    const read_ = await Promise.all(all().map(async (file) => ({ name: file.name, ...(await read(file)) })));
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
