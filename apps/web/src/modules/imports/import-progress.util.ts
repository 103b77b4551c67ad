/** Rows written by a given moment, as one poll of `imports` saw them. */
export interface ProgressSample {
  rows: number;
  at: number;
}

/** The first and the latest sample of one processing import: the rate is measured between them. */
export interface ProgressTrack {
  first: ProgressSample;
  latest: ProgressSample;
}

/** Adds a poll's count to the track; a track starts at the first count a worker reports. */
export function trackProgress(track: ProgressTrack | null, rows: number | null, at: number): ProgressTrack | null {
  if (rows === null) return track;
  const sample = { rows, at };
  if (!track || rows < track.latest.rows) return { first: sample, latest: sample };
  return rows === track.latest.rows ? track : { ...track, latest: sample };
}

/** Rows per second between the first and the latest sample; null until two samples are far enough apart. */
export function rowsPerSecond(track: ProgressTrack | null): number | null {
  if (!track) return null;
  const seconds = (track.latest.at - track.first.at) / 1000;
  return seconds >= 0.5 ? (track.latest.rows - track.first.rows) / seconds : null;
}

/** "12,400 rows · 3,100 rows/s", or only the rows done while the rate is not known yet. */
export function describeProgress(rows: number | null, rate: number | null, locale?: string): string {
  if (rows === null) return 'Starting…';
  const count = new Intl.NumberFormat(locale);
  const done = `${count.format(rows)} ${rows === 1 ? 'row' : 'rows'}`;
  return rate === null ? done : `${done} · ${count.format(Math.round(rate))} rows/s`;
}
