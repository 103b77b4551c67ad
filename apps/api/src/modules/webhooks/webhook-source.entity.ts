import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A system that pushes metric rows, with the secret it signs them with (sealed: webhook-secret-box.ts). */
@Entity('webhook_source')
export class WebhookSource {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'secret_sealed', type: 'text' })
  secretSealed!: string;

  /** The secret before the last rotation, which still verifies until `previousSecretExpiresAt`. */
  @Column({ name: 'previous_secret_sealed', type: 'text', nullable: true })
  previousSecretSealed!: string | null;

  @Column({ name: 'previous_secret_expires_at', type: 'timestamptz', nullable: true })
  previousSecretExpiresAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;
}
