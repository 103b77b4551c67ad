import { Notice } from '../../ui/components/Notice';
import { WarningsNotice } from '../../ui/components/WarningsNotice';
import { ERRORS_SHOWN, useImportDetails } from '../hooks/useImportDetails';
import { formatRowCount } from '../import-status.util';
import { ImportErrorsTable } from './ImportErrorsTable';

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
        <p className="muted">No errors.</p>
      ) : (
        <>
          <p className="muted">
            {details.errors.length === ERRORS_SHOWN
              ? `The first ${ERRORS_SHOWN} errors (${formatRowCount(rowsRejected)} rejected rows in all):`
              : 'Errors:'}
          </p>
          <ImportErrorsTable errors={details.errors} testId="import-errors" />
        </>
      )}
    </div>
  );
}
