import { useState, type ReactNode } from 'react';
import { Notice } from '../../ui/components/Notice';
import type { ReportRequest } from '../report-request.util';
import { ReportActions } from './ReportActions';

interface ReportPanelProps {
  title: string;
  /** Period, unit and comparison in words: every figure says what it is. */
  caption: string;
  testId: string;
  /** What the panel ran, for its CSV and copy buttons; null until it has asked. */
  request: ReportRequest | null;
  loading: boolean;
  error?: Error;
  /** The rows as a table: the panel's content, or the chart's text alternative. */
  table: ReactNode;
  /** When given, drawn first, with a button that shows the table instead. */
  chart?: ReactNode;
  /** Shown instead when there is nothing to show: name the export to upload. */
  empty?: ReactNode;
  /** Choices of the panel itself (granularity, grouping), beside its title. */
  controls?: ReactNode;
}

/** A titled report: its figures, what they cover, and how to take them elsewhere. */
export function ReportPanel(props: ReportPanelProps) {
  const { title, caption, testId, request, loading, error, table, chart, empty, controls } = props;
  const [asTable, setAsTable] = useState(false);
  const ready = !loading || table !== null;
  return (
    <section
      className="panel report"
      data-testid={testId}
      aria-busy={loading}
      data-state={loading ? 'loading' : 'ready'}
    >
      <div className="panel__heading">
        <div>
          <h2>{title}</h2>
          <p className="muted">{caption}</p>
        </div>
        {controls}
      </div>
      {error && (
        <Notice tone="error">
          Could not load {title.toLowerCase()}: {error.message}
        </Notice>
      )}
      {!ready && <div className="skeleton" aria-hidden="true" />}
      {ready && empty}
      {ready && !empty && (chart && !asTable ? chart : table)}
      <div className="report__footer">
        {chart && ready && !empty && (
          <button
            type="button"
            className="button button--quiet"
            aria-pressed={asTable}
            onClick={() => setAsTable(!asTable)}
            data-testid={`${testId}-as-table`}
          >
            {asTable ? 'Show chart' : 'Show as table'}
          </button>
        )}
        {request && <ReportActions request={request} name={testId} testId={testId} />}
      </div>
    </section>
  );
}
