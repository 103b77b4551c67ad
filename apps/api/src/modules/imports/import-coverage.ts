import type { CanonicalRow } from '@tandem/formats/canonical.js';
import type { EntityManager } from 'typeorm';

interface Window {
  platform: string;
  accountKey: string;
  kind: CanonicalRow['kind'];
  firstDay: string;
  lastDay: string;
}

/** The days one row speaks for: its day, its period, or its post's publish day (none when unknown). */
function daysOf(row: CanonicalRow): [string, string] | null {
  if (row.kind === 'paid' || row.kind === 'organic') return [row.date, row.date];
  if (row.kind === 'post') return row.publishedAt ? [row.publishedAt.slice(0, 10), row.publishedAt.slice(0, 10)] : null;
  return [row.periodStart, row.periodEnd];
}

/** First..last day per account and kind of fact, widened by each batch of rows whose accounts are resolved. */
export class CoverageWindows {
  private readonly byAccountAndKind = new Map<string, Window>();

  widen(rows: (CanonicalRow & { accountKey: string })[]): void {
    for (const row of rows) {
      const days = daysOf(row);
      if (!days) continue;
      const key = `${row.accountKey}\u0000${row.kind}`;
      const window = this.byAccountAndKind.get(key);
      if (!window)
        this.byAccountAndKind.set(key, {
          platform: row.platform,
          accountKey: row.accountKey,
          kind: row.kind,
          firstDay: days[0],
          lastDay: days[1],
        });
      else {
        if (days[0] < window.firstDay) window.firstDay = days[0];
        if (days[1] > window.lastDay) window.lastDay = days[1];
      }
    }
  }

  windows(): Window[] {
    return [...this.byAccountAndKind.values()];
  }
}

/** Widens the import's recorded coverage by the windows (in the caller's transaction). */
export async function recordCoverage(
  manager: EntityManager,
  workspaceId: string,
  importId: string,
  windows: Window[],
): Promise<void> {
  if (windows.length === 0) return;
  await manager.query(
    `INSERT INTO import_coverage (import_id, workspace_id, platform, account_id, kind, first_day, last_day)
     SELECT $1, $2, * FROM unnest($3::text[], $4::uuid[], $5::text[], $6::date[], $7::date[])
     ON CONFLICT (import_id, account_id, kind) DO UPDATE SET
       first_day = least(import_coverage.first_day, EXCLUDED.first_day),
       last_day = greatest(import_coverage.last_day, EXCLUDED.last_day)`,
    [
      importId,
      workspaceId,
      windows.map((window) => window.platform),
      windows.map((window) => window.accountKey),
      windows.map((window) => window.kind),
      windows.map((window) => window.firstDay),
      windows.map((window) => window.lastDay),
    ],
  );
}
