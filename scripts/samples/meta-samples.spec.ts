import { describe, expect, it } from 'vitest';
import type { CanonicalRow } from '../../libs/formats/src/canonical.js';
import * as facebookPageInsights from './facebook-page-insights.mjs';
import * as facebookPosts from './facebook-posts.mjs';
import * as instagramPosts from './instagram-posts.mjs';
import * as metaSeries from './meta-business-suite-series.mjs';
import { readSample as read, type SampleFile } from './read-sample.js';

const sum = (rows: CanonicalRow[], field: string) =>
  rows.reduce((total, row) => total + Number((row as unknown as Record<string, unknown>)[field] ?? 0), 0);

describe('Meta demo samples', () => {
  it('read as their formats, without errors, over the 60 days ending 2026-11-27', async () => {
    const [views, follows] = metaSeries.sampleFiles() as SampleFile[];
    const [page] = facebookPageInsights.sampleFiles() as SampleFile[];
    const [instagram] = instagramPosts.sampleFiles() as SampleFile[];
    const [facebook] = facebookPosts.sampleFiles() as SampleFile[];

    const viewsRead = await read(views!);
    expect(viewsRead).toMatchObject({ format: 'meta-business-suite-series', errors: [], warnings: [] });
    expect(viewsRead.rows).toHaveLength(60);
    expect(viewsRead.rows.every((row) => row.platform === 'INSTAGRAM')).toBe(true);

    const followsRead = await read(follows!);
    expect(followsRead).toMatchObject({ format: 'meta-business-suite-series', errors: [] });
    // Days without follows are left out of the file and filled with 0.
    expect(followsRead.rows).toHaveLength(60);

    const pageRead = await read(page!);
    expect(pageRead).toMatchObject({ format: 'facebook-page-insights', errors: [], warnings: [] });
    expect(pageRead.rows).toHaveLength(60);
    expect(pageRead.rows[0]).toMatchObject({ date: '2026-09-29' });
    expect(pageRead.rows.at(-1)).toMatchObject({ date: '2026-11-27' });
    // The series and the page file agree on gross follows.
    expect(sum(pageRead.rows, 'followersGained')).toBe(sum(followsRead.rows, 'followersGained'));

    const instagramRead = await read(instagram!);
    expect(instagramRead).toMatchObject({ format: 'instagram-posts', errors: [], warnings: [] });
    expect(instagramRead.rows.length).toBeGreaterThanOrEqual(35);
    expect(instagramRead.rows.length).toBeLessThanOrEqual(50);
    expect(instagramRead.rows.every((row) => row.kind === 'post' && row.hashtags.length > 0)).toBe(true);

    const facebookRead = await read(facebook!);
    expect(facebookRead).toMatchObject({ format: 'facebook-posts', errors: [], warnings: [] });
    expect(facebookRead.rows.length).toBeGreaterThanOrEqual(15);
  });
});
