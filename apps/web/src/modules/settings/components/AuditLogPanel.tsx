import type { AuditLogQuery } from '../../../generated/graphql';
import { formatDateTime } from '../../imports/import-status.util';
import { DataTable, type TableColumn } from '../../reports/components/DataTable';
import { Notice } from '../../ui/components/Notice';
import { useAuditLog } from '../hooks/useAuditLog';

type AuditEvent = AuditLogQuery['auditLog']['edges'][number]['node'];

const OUTCOMES: Readonly<Record<AuditEvent['outcome'], string>> = {
  SUCCESS: 'Done',
  REFUSED: 'Refused (role)',
  FAILED: 'Failed',
};

const COLUMNS: TableColumn<AuditEvent>[] = [
  { id: 'when', label: 'When', cell: (event) => formatDateTime(event.occurredAt) },
  { id: 'key', label: 'Key', cell: (event) => `${event.keyName} (${event.keyPrefix}…)` },
  { id: 'action', label: 'Action', cell: (event) => <code>{event.action}</code> },
  { id: 'target', label: 'Target', cell: (event) => event.target ?? '—' },
  {
    id: 'outcome',
    label: 'Outcome',
    cell: (event) => OUTCOMES[event.outcome] + (event.errorCode ? ` · ${event.errorCode}` : ''),
  },
];

/** Who changed what: every mutation and upload made with the workspace's keys, newest first, a page at a time. */
export function AuditLogPanel() {
  const { events, error, loading, page, older, newer, refresh } = useAuditLog();
  return (
    <section className="panel" aria-labelledby="settings-audit">
      <div className="panel__heading">
        <h2 id="settings-audit">Audit log</h2>
        <button type="button" className="button button--quiet" onClick={refresh} data-testid="audit-refresh">
          Refresh
        </button>
      </div>
      {error && <Notice tone="error">Could not load the audit log: {error.message}</Notice>}
      {!events && loading && <p className="muted">Loading…</p>}
      {events && events.length === 0 && (
        <p className="muted">Nothing has been changed with this workspace's keys yet.</p>
      )}
      {events && events.length > 0 && (
        <DataTable
          caption="Audit log, newest first"
          columns={COLUMNS}
          rows={events}
          rowKey={(event) => event.id}
          testId="audit-log"
          rowTestId="audit-row"
        />
      )}
      <div className="report__footer">
        <button
          type="button"
          className="button button--quiet"
          disabled={!newer}
          onClick={newer}
          data-testid="audit-newer"
        >
          Newer
        </button>
        <span className="muted">Page {page}</span>
        <button
          type="button"
          className="button button--quiet"
          disabled={!older}
          onClick={older}
          data-testid="audit-older"
        >
          Older
        </button>
      </div>
    </section>
  );
}
