import { Column, CreateDateColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { ImportHints } from '@tandem/formats/canonical.js';

/** What imports and dry-run previews share: an uploaded file kept on disk, and what the uploader said of it. */
export abstract class StoredUploadRecord {
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
