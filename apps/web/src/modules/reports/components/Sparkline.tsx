import { useEffect, useRef } from 'react';
import uPlot from 'uplot';

interface SparklineProps {
  values: ReadonlyArray<number | null>;
  /** What the line shows, read by screen readers instead of the drawing. */
  label: string;
}

const WIDTH = 120;
const HEIGHT = 28;

/** The shape of a figure over the range, without axes: its trend at a glance. */
export function Sparkline({ values, label }: SparklineProps) {
  const frame = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = new uPlot(
      {
        width: WIDTH,
        height: HEIGHT,
        legend: { show: false },
        cursor: { show: false },
        scales: { x: { time: false } },
        axes: [{ show: false }, { show: false }],
        series: [{}, { stroke: '#2563eb', width: 1.5, spanGaps: false }],
        padding: [2, 0, 2, 0],
      },
      [values.map((_value, index) => index), values.map((value) => value ?? null)],
      frame.current!,
    );
    return () => chart.destroy();
  }, [values]);
  return <div ref={frame} className="sparkline" role="img" aria-label={label} />;
}
