import { Column, Entity } from 'typeorm';
import type { ImportChanges } from '../metrics/fact-writer.service.js';
import { StoredUploadRecord } from './stored-upload.record.js';

export enum ImportStatus {
  QUEUED = 'QUEUED',
  PROCESSING = 'PROCESSING',
  COMPLETED = 'COMPLETED',
  COMPLETED_WITH_ERRORS = 'COMPLETED_WITH_ERRORS',
  FAILED = 'FAILED',
}

export const PENDING_IMPORT_STATUSES = [ImportStatus.QUEUED, ImportStatus.PROCESSING];
export const SUCCESSFUL_IMPORT_STATUSES = [ImportStatus.COMPLETED, ImportStatus.COMPLETED_WITH_ERRORS];

/** The record of one uploaded export: written, with the file stored, before its job is queued. */
@Entity('import')
export class ImportRun extends StoredUploadRecord {
  /** SHA-256 of the stored file, computed when the import reads it. */
  @Column({ type: 'char', length: 64, nullable: true })
  sha256!: string | null;

  /** Detected (or requested) format id, e.g. `tandem-paid`. */
  @Column({ type: 'text', nullable: true })
  format!: string | null;

  @Column({ type: 'text' })
  status!: ImportStatus;

  @Column({ name: 'rows_total', type: 'integer', nullable: true })
  rowsTotal!: number | null;

  @Column({ name: 'rows_imported', type: 'integer', nullable: true })
  rowsImported!: number | null;

  @Column({ name: 'rows_rejected', type: 'integer', nullable: true })
  rowsRejected!: number | null;

  @Column({ type: 'jsonb', default: [] })
  warnings!: string[];

  /** What the import changed in the facts, written with them; null until it has finished, and for a failed one. */
  @Column({ type: 'jsonb', nullable: true })
  changes!: ImportChanges | null;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  /** Set by each attempt that claims the import; writes of an attempt whose token is no longer current are refused. */
  @Column({ name: 'attempt_token', type: 'uuid', nullable: true })
  attemptToken!: string | null;

  /** Attempts that have claimed the import; past MAX_IMPORT_ATTEMPTS it is failed instead of claimed again. */
  @Column({ type: 'integer', default: 0 })
  attempts!: number;
}
