import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ImportHints } from '@tandem/formats/canonical.js';

export enum ImportStatus {
  QUEUED = 'QUEUED',
  PROCESSING = 'PROCESSING',
  COMPLETED = 'COMPLETED',
  COMPLETED_WITH_ERRORS = 'COMPLETED_WITH_ERRORS',
  FAILED = 'FAILED',
}

export const PENDING_IMPORT_STATUSES = [ImportStatus.QUEUED, ImportStatus.PROCESSING];

/** The record of one uploaded export: written, with the file stored, before its job is queued. */
@Entity('import')
export class ImportRun {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  @Column({ name: 'stored_path', type: 'text' })
  storedPath!: string;

  @Column({ name: 'size_bytes', type: 'bigint' })
  sizeBytes!: number;

  /** SHA-256 of the stored file, computed while it is read. */
  @Column({ type: 'char', length: 64, nullable: true })
  sha256!: string | null;

  /** Detected (or requested) format id, e.g. `tandem-paid`. */
  @Column({ type: 'text', nullable: true })
  format!: string | null;

  @Column({ type: 'jsonb', default: {} })
  hints!: ImportHints;

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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
