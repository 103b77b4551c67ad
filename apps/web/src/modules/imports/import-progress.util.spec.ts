import { describe, expect, it } from 'vitest';
import { describeProgress, rowsPerSecond, trackProgress } from './import-progress.util';

describe('import progress', () => {
  it('measures the rate between the first count and the latest one', () => {
    let track = trackProgress(null, null, 0);
    expect(track).toBeNull();
    track = trackProgress(track, 1000, 10_000);
    expect(rowsPerSecond(track)).toBeNull();
    track = trackProgress(track, 4000, 12_000);
    track = trackProgress(track, 7000, 14_000);
    expect(rowsPerSecond(track)).toBe(1500);
  });

  it('keeps the latest sample while the count stands still, and starts over when an attempt restarts', () => {
    const track = trackProgress(trackProgress(null, 500, 0), 1500, 1000);
    expect(trackProgress(track, 1500, 5000)).toBe(track);
    expect(trackProgress(track, 100, 6000)).toEqual({
      first: { rows: 100, at: 6000 },
      latest: { rows: 100, at: 6000 },
    });
  });

  it('says the rows done, and the rate once it is known', () => {
    expect(describeProgress(null, null)).toBe('Starting…');
    expect(describeProgress(12_400, null, 'en-US')).toBe('12,400 rows');
    expect(describeProgress(12_400, 3100.4, 'en-US')).toBe('12,400 rows · 3,100 rows/s');
  });
});
