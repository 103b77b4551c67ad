import { useState } from 'react';
import { downloadCsv } from '../csv-download.util';
import { useCopy } from '../hooks/useCopy';
import { asCurl, asGraphql, csvUrl, type ReportRequest } from '../report-request.util';

interface ReportActionsProps {
  request: ReportRequest;
  /** `campaigns` → `campaigns.csv` when the server names none. */
  name: string;
  testId: string;
}

/** Download the panel's rows as CSV, or copy the exact request it ran, or a link to the view. */
export function ReportActions({ request, name, testId }: ReportActionsProps) {
  const { copied, copy } = useCopy();
  const [failure, setFailure] = useState<string | null>(null);
  const download = async () => {
    setFailure(null);
    try {
      await downloadCsv(csvUrl(request.csv!, request.variables), `${name}.csv`);
    } catch (error) {
      setFailure((error as Error).message);
    }
  };
  return (
    <div className="report-actions" data-testid={`${testId}-actions`}>
      {request.csv && (
        <button type="button" className="button button--quiet" onClick={download} data-testid={`${testId}-csv`}>
          Download CSV
        </button>
      )}
      <button type="button" className="button button--quiet" onClick={() => copy('GraphQL', asGraphql(request))}>
        Copy as GraphQL
      </button>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => copy('cURL', asCurl(request, window.location.origin))}
      >
        Copy as cURL
      </button>
      <button type="button" className="button button--quiet" onClick={() => copy('link', window.location.href)}>
        Copy link
      </button>
      <span className="report-actions__status" role="status">
        {copied && `Copied ${copied}`}
        {failure && <span className="error-text">{failure}</span>}
      </span>
    </div>
  );
}
