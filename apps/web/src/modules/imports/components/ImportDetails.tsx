import { Notice } from '../../ui/components/Notice';
import { WarningsNotice } from '../../ui/components/WarningsNotice';
import { ERRORS_SHOWN, useImportDetails } from '../hooks/useImportDetails';
import { formatRowCount } from '../import-status.util';

interface ImportDetailsProps {
  importId: string;
  rowsRejected: number | null;
}

export function ImportDetails({ importId, rowsRejected }: ImportDetailsProps) {
  const { details, loading, error } = useImportDetails(importId);
  if (error) return <Notice tone="error">Could not load the import's details: {error.message}</Notice>;
  if (!details) return <p className="muted">{loading ? 'Loading…' : 'This import no longer exists.'}</p>;

  return (
    <div className="import-details" data-testid="import-details">
      <WarningsNotice warnings={details.warnings} testId="import-warnings" />
      {details.errors.length === 0 ? (
        <p className="muted">No rejected rows.</p>
      ) : (
        <>
          <p className="muted">
            {details.errors.length === ERRORS_SHOWN
              ? `The first ${ERRORS_SHOWN} of ${formatRowCount(rowsRejected)} rejected rows:`
              : 'Rejected rows:'}
          </p>
          <table className="table table--compact" data-testid="import-errors">
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Column</th>
                <th scope="col">Message</th>
              </tr>
            </thead>
            <tbody>
              {details.errors.map((rowError, index) => (
                <tr key={index}>
                  <td className="numeric">{rowError.row ?? '—'}</td>
                  <td>{rowError.column ?? '—'}</td>
                  <td>{rowError.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
