import { Notice } from '../../ui/components/Notice';
import { WarningsNotice } from '../../ui/components/WarningsNotice';
import { ERRORS_SHOWN, useImportDetails } from '../hooks/useImportDetails';
import { formatRowCount } from '../import-status.util';
import { ImportErrorsTable } from './ImportErrorsTable';
import { ImportProblem } from './ImportProblem';

interface ImportDetailsProps {
  importId: string;
  rowsRejected: number | null;
}

export function ImportDetails({ importId, rowsRejected }: ImportDetailsProps) {
  const { details, loading, error } = useImportDetails(importId);
  if (error) return <Notice tone="error">Could not load the import's details: {error.message}</Notice>;
  if (!details) return <p className="muted">{loading ? 'Loading…' : 'This import no longer exists.'}</p>;
  // An error with no line is about the whole file (its format, a cut-short read): told as a problem and its fix.
  const fileErrors = details.errors.filter((rowError) => rowError.row === null);
  const rowErrors = details.errors.filter((rowError) => rowError.row !== null);

  return (
    <div className="import-details" data-testid="import-details">
      <WarningsNotice warnings={details.warnings} testId="import-warnings" />
      {fileErrors.length > 0 && (
        <Notice tone="error" testId="import-file-errors">
          {fileErrors.map((fileError, index) => (
            <ImportProblem key={index} message={fileError.message} />
          ))}
        </Notice>
      )}
      {rowErrors.length === 0 ? (
        fileErrors.length === 0 && <p className="muted">No errors.</p>
      ) : (
        <>
          <p className="muted">
            {details.errors.length === ERRORS_SHOWN
              ? `The first ${ERRORS_SHOWN} errors (${formatRowCount(rowsRejected)} rejected rows in all):`
              : 'Errors:'}
          </p>
          <ImportErrorsTable errors={rowErrors} testId="import-errors" />
        </>
      )}
    </div>
  );
}
