import type { ImportStatus } from '../../generated/graphql';

export const STATUS_LABELS: Readonly<Record<ImportStatus, string>> = {
  QUEUED: 'Queued',
  PROCESSING: 'Processing',
  COMPLETED: 'Completed',
  COMPLETED_WITH_ERRORS: 'Completed with errors',
  FAILED: 'Failed',
};

/** Still waiting for the worker: its numbers will change. */
export function isPending(status: ImportStatus): boolean {
  return status === 'QUEUED' || status === 'PROCESSING';
}

export function formatDateTime(instant: string | null, locale?: string): string {
  if (instant === null) return '—';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant));
}

export function formatRowCount(count: number | null, locale?: string): string {
  return count === null ? '—' : new Intl.NumberFormat(locale).format(count);
}
