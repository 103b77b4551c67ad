import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MonthlyCost } from '@tandem/metrics/comparisons.js';
import type { DataSource } from 'typeorm';
import type { DayRange } from './planner/query-spec.js';

/** A month's entered organic cost as stored: `YYYY-MM`, the exact amount as a decimal string, when it was last set. */
export interface StoredOrganicCost extends MonthlyCost {
  updatedAt: Date;
}

/**
 * The only reader and writer of `organic_cost`: what a workspace's organic effort costs each month, entered by hand
 * (migrations/1764408000000-OrganicCost.ts). Amounts stay exact decimal strings in and out; every query filters on
 * the workspace.
 */
@Injectable()
export class OrganicCostRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Sets (or restates) one month's cost. `month` is `YYYY-MM`, `amount` a non-negative decimal string. */
  async set(workspaceId: string, month: string, amount: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO organic_cost (workspace_id, month, amount, updated_at) VALUES ($1, $2::date, $3::numeric, now())
       ON CONFLICT (workspace_id, month) DO UPDATE SET amount = excluded.amount, updated_at = excluded.updated_at`,
      [workspaceId, `${month}-01`, amount],
    );
  }

  /** Every month with an entered cost, oldest first. */
  all(workspaceId: string): Promise<StoredOrganicCost[]> {
    return this.read(`WHERE workspace_id = $1`, [workspaceId]);
  }

  /** The entered costs of the months touching a range. */
  touching(workspaceId: string, range: DayRange): Promise<StoredOrganicCost[]> {
    const firstMonth = `${range.from.slice(0, 7)}-01`;
    return this.read(`WHERE workspace_id = $1 AND month BETWEEN $2::date AND $3::date`, [
      workspaceId,
      firstMonth,
      range.to,
    ]);
  }

  private async read(where: string, params: unknown[]): Promise<StoredOrganicCost[]> {
    const rows: { month: string; amount: string; updated_at: Date | string }[] = await this.dataSource.query(
      `SELECT to_char(month, 'YYYY-MM') AS month, amount::text AS amount, updated_at FROM organic_cost ${where}
       ORDER BY month`,
      params,
    );
    return rows.map((row) => ({ month: row.month, amount: row.amount, updatedAt: new Date(row.updated_at) }));
  }
}
