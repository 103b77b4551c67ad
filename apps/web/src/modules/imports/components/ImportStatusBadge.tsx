import type { ImportStatus } from '../../../generated/graphql';
import { STATUS_LABELS } from '../import-status.util';

export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  return (
    <span className={`badge badge--${status.toLowerCase()}`} data-testid="import-status" data-status={status}>
      {STATUS_LABELS[status]}
    </span>
  );
}
