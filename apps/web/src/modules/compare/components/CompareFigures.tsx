import { formatMetric, NOT_REPORTED, type FormatContext, type MetricUnit } from '../../dashboard/metric-format.util';

export interface CompareFigure {
  id: string;
  label: string;
  value: number | null | undefined;
  unit: MetricUnit;
  /** What the figure is over or why it is missing: "over 39% of spend (exports that report revenue)". */
  note?: string | null;
}

interface CompareFiguresProps {
  figures: readonly CompareFigure[];
  format: FormatContext;
  testId: string;
}

/** A few labelled figures side by side; a null one says "Not reported", never 0. */
export function CompareFigures({ figures, format, testId }: CompareFiguresProps) {
  return (
    <dl className="compare-figures">
      {figures.map((figure) => (
        <div key={figure.id} data-testid={`${testId}-${figure.id}`}>
          <dt>{figure.label}</dt>
          <dd>
            {figure.value === null || figure.value === undefined ? (
              <span className="not-reported">{NOT_REPORTED}</span>
            ) : (
              formatMetric(figure.value, figure.unit, format)
            )}
            {figure.note && <small className="muted">{figure.note}</small>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
