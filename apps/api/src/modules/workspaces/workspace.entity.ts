import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('workspace')
export class Workspace {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  slug!: string;

  @Column({ type: 'text' })
  name!: string;

  /** ISO 4217 reporting currency: every money total is shown in it. */
  @Column({ type: 'char', length: 3, default: 'USD' })
  currency!: string;

  /** IANA time zone in which the workspace's dates are read. */
  @Column({ name: 'time_zone', type: 'text', default: 'UTC' })
  timeZone!: string;

  /**
   * The organic cost of every month without its own `organic_cost` entry (setOrganicCost), exact decimal text;
   * null: such months have no cost.
   */
  @Column({ name: 'organic_monthly_cost', type: 'numeric', precision: 20, scale: 6, nullable: true })
  organicMonthlyCost!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
