import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ImportHints } from '@tandem/formats/canonical.js';
import type { ExportSummary } from '@tandem/formats/export-summary.js';

export interface PreviewResult extends ExportSummary {
  format: string | null;
  formatLabel: string | null;
}

/** A dry run of an upload: the file is kept so that committing it needs no second upload. */
@Entity('import_preview')
export class ImportPreview {
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

  @Column({ type: 'jsonb', default: {} })
  hints!: ImportHints;

  @Column({ type: 'jsonb' })
  result!: PreviewResult;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'committed_import_id', type: 'uuid', nullable: true })
  committedImportId!: string | null;
}
