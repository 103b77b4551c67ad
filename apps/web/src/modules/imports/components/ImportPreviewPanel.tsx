import { Notice } from '../../ui/components/Notice';
import { WarningsNotice } from '../../ui/components/WarningsNotice';
import type { PendingPreview } from '../hooks/useImportUpload';
import { formatRowCount } from '../import-status.util';
import { describeAccount, describePreviewDates, describeRowCount, hasOrganicFacts } from '../import-preview.util';
import { ImportErrorsTable } from './ImportErrorsTable';
import { ImportProblem } from './ImportProblem';
import { PreviewOrganicTotals } from './PreviewOrganicTotals';
import { PreviewPaidTotals } from './PreviewPaidTotals';

interface ImportPreviewPanelProps {
  item: PendingPreview;
  onCommit: () => void;
  onDiscard: () => void;
}

/** What importing a file would write, read by a dry run; nothing is imported until Import is clicked. */
export function ImportPreviewPanel({ item, onCommit, onDiscard }: ImportPreviewPanelProps) {
  const { preview, committing, commitError } = item;
  const readable = preview.format !== null;

  return (
    <section className="panel import-preview" data-testid="import-preview" data-preview-id={preview.id}>
      <div className="panel__heading">
        <div>
          <h2>Preview of {preview.fileName}</h2>
          <p className="muted">{readable ? 'Nothing is imported until you click Import.' : 'Nothing was imported.'}</p>
        </div>
      </div>
      {readable ? (
        <>
          <dl className="preview-facts">
            <div>
              <dt>Format</dt>
              <dd data-testid="preview-format">
                {preview.formatLabel ?? preview.format} <span className="muted">({preview.format})</span>
              </dd>
            </div>
            <div>
              <dt>Dates</dt>
              <dd data-testid="preview-dates">{describePreviewDates(preview)}</dd>
            </div>
            <div>
              <dt>Accounts</dt>
              <dd data-testid="preview-accounts">
                {preview.accounts.length === 0 ? (
                  'None named in the file'
                ) : (
                  <ul>
                    {preview.accounts.map((account) => (
                      <li key={`${account.platform}:${account.accountId}`}>{describeAccount(account)}</li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
            <div>
              <dt>Rows</dt>
              <dd data-testid="preview-rows">
                {preview.rows.length === 0 ? (
                  'No rows to import'
                ) : (
                  <ul>
                    {preview.rows.map((row) => (
                      <li key={row.kind}>{describeRowCount(row.kind, row.count)}</li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
            <div>
              <dt>Rejected rows</dt>
              <dd data-testid="preview-rows-rejected">{formatRowCount(preview.rowsRejected)}</dd>
            </div>
          </dl>
          {preview.paid.length > 0 && (
            <>
              <h3>Paid totals</h3>
              <PreviewPaidTotals paid={preview.paid} />
            </>
          )}
          {hasOrganicFacts(preview) && (
            <>
              <h3>Organic totals</h3>
              <PreviewOrganicTotals organic={preview.organic} posts={preview.posts} />
            </>
          )}
          <WarningsNotice warnings={preview.warnings} testId="preview-warnings" />
          {preview.errors.length > 0 && (
            <>
              <h3>Errors</h3>
              <p className="muted">
                {`${formatRowCount(preview.rowsRejected)} rows would not be imported; the others would. Each error below says what it leaves out.`}
              </p>
              <ImportErrorsTable errors={preview.errors} testId="preview-errors" />
            </>
          )}
        </>
      ) : (
        <>
          <p data-testid="preview-format">Format not recognised: this file cannot be imported.</p>
          <Notice tone="error" testId="preview-errors">
            {preview.errors.length === 0 ? (
              <ImportProblem message="No supported format reads this file." />
            ) : (
              preview.errors.map((error, index) => <ImportProblem key={index} message={error.message} />)
            )}
          </Notice>
          <WarningsNotice warnings={preview.warnings} testId="preview-warnings" />
        </>
      )}
      {commitError && (
        <Notice tone="error" testId="preview-commit-error">
          {preview.fileName} was not imported: {commitError}
        </Notice>
      )}
      <div className="preview-actions">
        {readable && (
          <button
            type="button"
            className="button button--primary"
            disabled={committing}
            onClick={onCommit}
            data-testid="preview-commit"
          >
            {committing ? 'Importing…' : 'Import'}
          </button>
        )}
        <button
          type="button"
          className="button"
          disabled={committing}
          onClick={onDiscard}
          data-testid="preview-discard"
        >
          Discard
        </button>
      </div>
    </section>
  );
}
