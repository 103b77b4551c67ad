import type { ImportPreviewDetailsFragment } from '../../../generated/graphql';

/** The `ImportError` fields, as both an import's details and a preview select them. */
type RowError = ImportPreviewDetailsFragment['errors'][number];

/**
 * Errors located in the file: line (1-based, as the file counts them), column, message, and what it cost: one
 * value left out of a row that was imported, or the whole row.
 */
export function ImportErrorsTable({ errors, testId }: { errors: RowError[]; testId: string }) {
  return (
    <table className="table table--compact" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">Line</th>
          <th scope="col">Column</th>
          <th scope="col">Message</th>
          <th scope="col">Outcome</th>
        </tr>
      </thead>
      <tbody>
        {errors.map((rowError, index) => (
          <tr key={index}>
            <td className="numeric">{rowError.row ?? '—'}</td>
            <td>{rowError.column ?? '—'}</td>
            <td>{rowError.message}</td>
            <td>{rowError.rowImported ? 'Value left out, rest of the row imported' : 'Row not imported'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
