import { Column, Entity } from 'typeorm';
import type { ExportSummary } from '@tandem/formats/export-summary.js';
import { StoredUploadRecord } from './stored-upload.record.js';

export interface PreviewResult extends ExportSummary {
  format: string | null;
  formatLabel: string | null;
}

/** A dry run of an upload: the file is kept so that committing it needs no second upload. */
@Entity('import_preview')
export class ImportPreview extends StoredUploadRecord {
  @Column({ type: 'jsonb' })
  result!: PreviewResult;

  @Column({ name: 'committed_import_id', type: 'uuid', nullable: true })
  committedImportId!: string | null;
}
