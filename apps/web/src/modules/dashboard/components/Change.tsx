import { formatChange } from '../metric-format.util';
import { changeArrow, changeTone, percentChange } from '../percent-change.util';

interface ChangeProps {
  current: number | null;
  previous: number | null;
  /** Costs: a fall is good news, drawn green. */
  lowerIsBetter: boolean;
  /** "previous period", for the tooltip. */
  against: string;
}

/** ▲ 12% in green or red as the direction is good or bad news; nothing when either side is not reported. */
export function Change({ current, previous, lowerIsBetter, against }: ChangeProps) {
  const change = percentChange(current, previous);
  if (change === null)
    return (
      <span className="change change--none" title={`No figure to compare in the ${against}`}>
        –
      </span>
    );
  return (
    <span className={`change change--${changeTone(change, lowerIsBetter)}`} title={`vs the ${against}`}>
      {changeArrow(change)} {formatChange(change)}
    </span>
  );
}
