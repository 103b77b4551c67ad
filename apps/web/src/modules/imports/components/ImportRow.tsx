import { useState } from 'react';
import type { ImportSummaryFragment } from '../../../generated/graphql';
import { describeImportChanges, describeImportRows } from '../import-changes.util';
import { formatDateTime, formatRowCount, isPending } from '../import-status.util';
import { ImportDetails } from './ImportDetails';
import { ImportNotes } from './ImportNotes';
import { ImportProgress } from './ImportProgress';
import { ImportStatusBadge } from './ImportStatusBadge';

const COLUMN_COUNT = 8;

/** `formatLabel`: the format's name from the API's list; its id is shown until that list arrives. */
export function ImportRow({ item, formatLabel }: { item: ImportSummaryFragment; formatLabel?: string }) {
  const [expanded, setExpanded] = useState(false);
  const pending = isPending(item.status);

  return (
    <>
      <tr data-testid="import-row" data-import-id={item.id} data-status={item.status}>
        <td className="import-file">
          <span className="imports-file-name" title={item.fileName}>
            {item.fileName}
          </span>
          {item.changes && (
            <p className="imports-changes" title={describeImportRows(item.changes)} data-testid="import-changes">
              {describeImportChanges(item.changes)}
            </p>
          )}
          <ImportNotes warnings={item.warnings} />
        </td>
        <td title={item.format ?? undefined} data-testid="import-format">
          {formatLabel ?? item.format ?? (pending ? 'detecting…' : '—')}
        </td>
        <td>
          <ImportStatusBadge status={item.status} />
          {item.status === 'PROCESSING' && (
            <ImportProgress rowsImported={item.rowsImported} rowsTotal={item.rowsTotal} />
          )}
        </td>
        <td className="numeric" data-testid="import-rows-imported">
          {formatRowCount(item.rowsImported)}
        </td>
        <td className="numeric" data-testid="import-rows-rejected">
          {formatRowCount(item.rowsRejected)}
        </td>
        <td>{formatDateTime(item.createdAt)}</td>
        <td>{formatDateTime(item.finishedAt)}</td>
        <td>
          <button
            type="button"
            className="button button--quiet"
            aria-expanded={expanded}
            onClick={() => setExpanded(!expanded)}
            data-testid="import-toggle-details"
          >
            {expanded ? 'Hide' : 'Details'}
          </button>
        </td>
      </tr>
      {expanded && (
        <tr className="import-details-row">
          <td colSpan={COLUMN_COUNT}>
            {/* keyed by status: the details are asked for again each time the import moves on */}
            <ImportDetails key={item.status} importId={item.id} rowsRejected={item.rowsRejected} />
          </td>
        </tr>
      )}
    </>
  );
}
