import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartLine {
  label: string;
  /** One value per period; null leaves a gap (not reported), never a fall to zero. */
  values: ReadonlyArray<number | null>;
  color: string;
  /** Lines with different units get their own axis: left, or right. */
  axis: 'left' | 'right';
  format: (value: number) => string;
  bars?: boolean;
}

interface TimeChartProps {
  /** The first day of each period, `YYYY-MM-DD`. */
  periods: readonly string[];
  lines: readonly ChartLine[];
  /** Index of the first period that is not over yet (data still to come): shaded, so that it does not read as a drop. */
  unfinishedFrom?: number | null;
  height?: number;
  testId: string;
}

const toSeconds = (day: string) => Date.parse(`${day}T00:00:00Z`) / 1000;
const UNFINISHED_SHADE = 'rgba(100, 116, 139, 0.14)';

function shadeUnfinished(from: number | null | undefined) {
  return (chart: uPlot) => {
    if (from === null || from === undefined || from >= chart.data[0].length) return;
    const { ctx, bbox } = chart;
    const x = chart.valToPos(chart.data[0][from]!, 'x', true);
    ctx.save();
    ctx.fillStyle = UNFINISHED_SHADE;
    ctx.fillRect(x, bbox.top, bbox.left + bbox.width - x, bbox.height);
    ctx.restore();
  };
}

function optionsOf({ lines, unfinishedFrom, height = 300 }: TimeChartProps, width: number): uPlot.Options {
  const axisOf = (side: 'left' | 'right') => lines.find((line) => line.axis === side);
  const axis = (side: 'left' | 'right'): uPlot.Axis => {
    const line = axisOf(side)!;
    return {
      scale: side,
      side: side === 'left' ? 3 : 1,
      stroke: '#334155',
      grid: { show: side === 'left', stroke: '#e5e7eb' },
      values: (_chart, ticks) => ticks.map((tick) => line.format(tick)),
      size: 64,
    };
  };
  return {
    width,
    height,
    scales: { x: { time: true }, left: { auto: true }, right: { auto: true } },
    series: [
      {},
      ...lines.map((line) => ({
        label: line.label,
        stroke: line.color,
        fill: line.bars ? `${line.color}55` : undefined,
        width: 2,
        scale: line.axis,
        spanGaps: false,
        paths: line.bars ? uPlot.paths.bars!({ size: [0.6, 48] }) : undefined,
        // idx is null while no period is hovered: the legend then shows names only
        value: (_chart: uPlot, value: number | null, _series: number, idx: number | null) =>
          idx === null ? '' : value === null ? 'not reported' : line.format(value),
      })),
    ],
    axes: [
      { stroke: '#334155', grid: { show: false } },
      ...(axisOf('left') ? [axis('left')] : []),
      ...(axisOf('right') ? [axis('right')] : []),
    ],
    hooks: { drawClear: [shadeUnfinished(unfinishedFrom)] },
  };
}

/**
 * A chart over periods (uPlot: canvas, about 20 KB, fast with thousands of points). It only draws: the data is shaped
 * by the caller, and the panel around it offers the same figures as a table, the chart's text alternative.
 */
export function TimeChart(props: TimeChartProps) {
  const frame = useRef<HTMLDivElement>(null);
  const { periods, lines, testId } = props;

  useEffect(() => {
    const target = frame.current!;
    const data: uPlot.AlignedData = [
      periods.map(toSeconds),
      ...lines.map((line) => line.values.map((value) => value ?? null)),
    ];
    const chart = new uPlot(optionsOf(props, target.clientWidth), data, target);
    const resize = new ResizeObserver(() => chart.setSize({ width: target.clientWidth, height: chart.height }));
    resize.observe(target);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- redrawn when the figures change, not on every render
  }, [JSON.stringify([periods, lines.map((line) => [line.label, line.values]), props.unfinishedFrom])]);

  return <div ref={frame} className="time-chart" data-testid={testId} aria-hidden="true" />;
}
