import type { ImportSummaryFragment } from '../../../generated/graphql';
import { useExportFormats } from '../hooks/useExportFormats';
import { ImportRow } from './ImportRow';

export function ImportsTable({ imports }: { imports: ImportSummaryFragment[] }) {
  const { formats } = useExportFormats();
  const labels = new Map(formats.map((format) => [format.id, format.label]));
  if (imports.length === 0) return <p className="muted">No imports yet. Upload an export above.</p>;
  return (
    <div className="table-scroll">
      <table className="table" data-testid="imports-table">
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Format</th>
            <th scope="col">Status</th>
            <th scope="col" className="numeric">
              Rows imported
            </th>
            <th scope="col" className="numeric">
              Rows rejected
            </th>
            <th scope="col">Created</th>
            <th scope="col">Finished</th>
            <th scope="col">
              <span className="visually-hidden">Details</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {imports.map((item) => (
            <ImportRow key={item.id} item={item} formatLabel={item.format ? labels.get(item.format) : undefined} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
