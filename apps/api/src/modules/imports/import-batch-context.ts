import type { CanonicalRow, ImportHints, PaidEntity } from '@tandem/formats/canonical.js';
import type { EntityManager } from 'typeorm';
import type { AccountsService, KnownAccount } from '../accounts/accounts.service.js';
import type { ResolvedRows } from '../metrics/fact-tables.js';

/** What one import learns once and reuses for every batch: accounts seen, currencies decided. */
export class BatchContext {
  private readonly known = new Map<string, KnownAccount>();

  constructor(
    private readonly workspaceId: string,
    private readonly accounts: AccountsService,
    private readonly hints: ImportHints,
    private readonly workspaceCurrency: string,
    private readonly warnings: Set<string>,
  ) {}

  /**
   * Each row with its account's id (recorded on first sight) and, for paid rows, its decided currency. The rows are
   * completed in place rather than copied: the batch is theirs alone, and copying a row of twenty fields into a
   * larger object costs microseconds per row, more than the rest of its way to the database.
   */
  async resolve(manager: EntityManager, rows: CanonicalRow[]): Promise<ResolvedRows> {
    const resolved: ResolvedRows = { paid: [], 'paid-period': [], 'paid-audience': [], organic: [], post: [] };
    for (const row of rows) {
      // Awaited only on an account's first sight: an await per row would cost more than the lookup.
      const account = this.known.get(accountKeyOf(row)) ?? (await this.recordAccount(manager, row));
      if (row.kind === 'organic') resolved.organic.push(withAccount(row, account));
      else if (row.kind === 'post') resolved.post.push(withAccount(row, account));
      else if (row.kind === 'paid') resolved.paid.push(this.withCurrency(withAccount(row, account), account));
      else if (row.kind === 'paid-period')
        resolved['paid-period'].push(this.withCurrency(withAccount(row, account), account));
      else resolved['paid-audience'].push(this.withCurrency(withAccount(row, account), account));
    }
    return resolved;
  }

  private async recordAccount(manager: EntityManager, row: CanonicalRow): Promise<KnownAccount> {
    const account = await this.accounts.record(manager, this.workspaceId, {
      platform: row.platform,
      externalId: row.accountId,
      name: row.accountName,
      // The upload's currency is remembered for an account the file gives none for, so later files agree.
      currency: 'currency' in row ? (row.currency ?? this.hints.currency ?? null) : null,
      timeZone: 'accountTimeZone' in row ? (row.accountTimeZone ?? null) : null,
      fromUploadField: row.accountId === this.hints.account?.trim(),
    });
    if (account.warning) this.warnings.add(account.warning);
    this.known.set(accountKeyOf(row), account);
    return account;
  }

  private withCurrency<Row extends PaidEntity & { accountKey: string }>(
    row: Row,
    account: KnownAccount,
  ): Row & { currency: string } {
    const resolved = row as Row & { currency: string };
    resolved.currency = this.currencyOf(row, account);
    return resolved;
  }

  /** docs/FORMATS.md §3: the file's currency, the account's, the upload's, else the workspace's (with a warning). */
  private currencyOf(row: PaidEntity, account: KnownAccount): string {
    const decided = row.currency ?? account.currency ?? this.hints.currency;
    if (decided) return decided;
    this.warnings.add(
      `No currency for ${row.platform} account ${row.accountId}: assumed the workspace currency ${this.workspaceCurrency}`,
    );
    return this.workspaceCurrency;
  }
}

function accountKeyOf(row: CanonicalRow): string {
  return `${row.platform}\u0000${row.accountId}`;
}

function withAccount<Row extends CanonicalRow>(row: Row, account: KnownAccount): Row & { accountKey: string } {
  const resolved = row as Row & { accountKey: string };
  resolved.accountKey = account.id;
  return resolved;
}
