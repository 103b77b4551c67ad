/** (current − previous) ÷ |previous| as a fraction, or null when there is nothing to compare with. */
export function percentChange(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous === 0) return null;
  return (current - previous) / Math.abs(previous);
}

export type ChangeTone = 'good' | 'bad' | 'neutral';

export function changeTone(change: number | null, lowerIsBetter: boolean): ChangeTone {
  if (change === null || change === 0) return 'neutral';
  return change > 0 !== lowerIsBetter ? 'good' : 'bad';
}

export function changeArrow(change: number | null): '▲' | '▼' | '' {
  if (change === null || change === 0) return '';
  return change > 0 ? '▲' : '▼';
}
