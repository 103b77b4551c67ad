import { useEffect, useState } from 'react';
import { describeProgress, rowsPerSecond, trackProgress, type ProgressTrack } from '../import-progress.util';

interface ImportProgressProps {
  rowsImported: number | null;
  /** Null until the import has finished: the bar is indeterminate until a total is known. */
  rowsTotal: number | null;
}

/** Rows written so far and the rate, measured between the counts the page's polls have seen. */
export function ImportProgress({ rowsImported, rowsTotal }: ImportProgressProps) {
  const [track, setTrack] = useState<ProgressTrack | null>(null);
  useEffect(() => {
    // When a poll's count was seen is known only once it is seen: one extra render per poll, by design.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setTrack((current) => trackProgress(current, rowsImported, Date.now()));
  }, [rowsImported]);
  const known = rowsTotal !== null && rowsTotal > 0;
  const text = describeProgress(rowsImported, rowsPerSecond(track));

  return (
    <div className="imports-progress" data-testid="import-progress">
      <progress
        className="imports-progress__bar"
        aria-label={`Rows imported so far: ${text}`}
        {...(known ? { max: rowsTotal, value: rowsImported ?? 0 } : {})}
      />
      <span className="imports-progress__text">{text}</span>
    </div>
  );
}
