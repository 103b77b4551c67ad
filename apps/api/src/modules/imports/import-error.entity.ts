import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One rejected value or row of an import, located by file line and column. */
@Entity('import_error')
export class ImportErrorRecord {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: number;

  @Column({ name: 'import_id', type: 'uuid' })
  importId!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ type: 'integer', nullable: true })
  row!: number | null;

  @Column({ type: 'text', nullable: true })
  column!: string | null;

  @Column({ type: 'text' })
  message!: string;

  /** Only this cell's value was left out; the row's other figures were imported. */
  @Column({ name: 'row_imported', type: 'boolean', default: false })
  rowImported!: boolean;
}
