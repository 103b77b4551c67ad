import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrganicDailyRow, PaidDailyRow } from '@tandem/formats/canonical.js';
import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { AccountsService } from '../accounts/accounts.service.js';
import { BatchContext } from '../imports/import-batch-context.js';
import { ORGANIC_DAILY, PAID_DAILY, type Resolved } from '../metrics/fact-tables.js';
import { FactWriter, type RestateWindow } from '../metrics/fact-writer.service.js';
import { WorkspacesService } from '../workspaces/workspaces.service.js';
import type { WebhookBody } from './webhook-body.schema.js';
import {
  type DeliveryOutcome,
  type QueuedDelivery,
  WebhookDeliveriesService,
  WebhookDeliveryStatus,
} from './webhook-deliveries.service.js';
import { canonicalRowsOf, platformOf } from './webhook-rows.js';

/** Deliveries written in one transaction: a burst of small deliveries costs a few statements, not a few per delivery. */
const DRAIN_BATCH = 500;

interface DrainedSource {
  workspaceId: string;
  sourceId: string;
  /** The workspace's reporting currency (BatchContext needs it; webhook rows always name theirs). */
  currency: string;
}

interface ParsedDelivery {
  id: string;
  body: WebhookBody;
}

/**
 * Writes the queued deliveries of one source through the uploads' writer (FactWriter, with accounts and currencies
 * decided as for an upload: BatchContext), oldest first, so a later delivery restates an earlier one. One source's
 * deliveries are written by one job at a time (an advisory lock), whatever the number of workers.
 */
@Injectable()
export class WebhookIngestService {
  private readonly logger = new Logger(WebhookIngestService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deliveries: WebhookDeliveriesService,
    private readonly accounts: AccountsService,
    private readonly facts: FactWriter,
    private readonly workspaces: WorkspacesService,
  ) {}

  async drain(workspaceId: string, sourceId: string): Promise<void> {
    // Read before any transaction: embedded PGlite has one connection, which the transaction holds.
    const source = { workspaceId, sourceId, currency: await this.workspaces.reportingCurrency(workspaceId) };
    for (;;) {
      const written = await this.dataSource
        .transaction((manager) => this.writeBatch(manager, source))
        .catch((error: unknown) => this.isolateFailure(error, source));
      if (written < DRAIN_BATCH) return;
    }
  }

  /** One batch of queued deliveries, in the caller's transaction; returns how many it took. */
  private async writeBatch(manager: EntityManager, source: DrainedSource, limit = DRAIN_BATCH): Promise<number> {
    const { workspaceId, sourceId } = source;
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`webhook-source:${sourceId}`]);
    const queued = await this.deliveries.claimQueued(manager, sourceId, limit);
    if (queued.length === 0) return 0;
    const context = new BatchContext(workspaceId, this.accounts, {}, source.currency, new Set());
    const outcomes: DeliveryOutcome[] = [];
    let pending: ParsedDelivery[] = [];
    // Consecutive deliveries are written together; one that restates a window closes the group it ends.
    for (const delivery of queued.map(parsed)) {
      if (!delivery.body) {
        outcomes.push(failed(delivery.id, 'The stored body is not JSON'));
        continue;
      }
      pending.push({ id: delivery.id, body: delivery.body });
      if (delivery.body.restate_window) {
        outcomes.push(...(await this.writeGroup(manager, workspaceId, context, pending)));
        pending = [];
      }
    }
    outcomes.push(...(await this.writeGroup(manager, workspaceId, context, pending)));
    await this.deliveries.recordOutcomes(manager, outcomes);
    return queued.length;
  }

  private async writeGroup(
    manager: EntityManager,
    workspaceId: string,
    context: BatchContext,
    group: ParsedDelivery[],
  ): Promise<DeliveryOutcome[]> {
    if (group.length === 0) return [];
    const last = group[group.length - 1]!;
    const rows = group.flatMap((delivery) => canonicalRowsOf(delivery.body));
    const byKind = await context.resolve(manager, rows);
    // A fact's import_id names what last changed it: for webhook facts, the delivery that closes the group.
    await this.facts.writeBatch(manager, workspaceId, last.id, byKind);
    // The group's last delivery's rows are the tail of `rows`, resolved in place.
    const deleted = await this.restate(
      manager,
      workspaceId,
      last.body,
      rows.slice(rows.length - last.body.rows.length),
    );
    return group.map((delivery) => ({
      id: delivery.id,
      status: WebhookDeliveryStatus.COMPLETED,
      rowsWritten: delivery.body.rows.length,
      rowsDeleted: delivery === last ? deleted : 0,
      error: null,
    }));
  }

  /** The restate window of the group's last delivery: its facts absent from that delivery's rows are deleted. */
  private async restate(
    manager: EntityManager,
    workspaceId: string,
    body: WebhookBody,
    rows: (PaidDailyRow | OrganicDailyRow)[],
  ): Promise<number> {
    const window = body.restate_window;
    if (!window) return 0;
    const platform = platformOf(window.platform);
    const accountKey = await this.accounts.findId(manager, workspaceId, platform, window.account_id);
    if (!accountKey) return 0;
    const restated: RestateWindow = { platform, accountKey, from: window.from, to: window.to };
    if ('level' in window) restated.level = window.level;
    if (body.grain === 'paid_daily')
      return this.facts.deleteAbsent(manager, workspaceId, PAID_DAILY, restated, rows as Resolved<PaidDailyRow>[]);
    return this.facts.deleteAbsent(manager, workspaceId, ORGANIC_DAILY, restated, rows as Resolved<OrganicDailyRow>[]);
  }

  /**
   * A batch whose data the database refused is written again from its oldest delivery alone, so that one delivery's
   * refused data (a figure past a column's range) fails that delivery, never the source's later ones. Other errors
   * are the job's to retry. Returns DRAIN_BATCH while deliveries remain, so the drain goes on.
   */
  private async isolateFailure(error: unknown, source: DrainedSource): Promise<number> {
    if (!isDataRefusal(error)) throw error;
    const written = await this.dataSource
      .transaction((manager) => this.writeBatch(manager, source, 1))
      .catch(async (single: unknown) => {
        if (!isDataRefusal(single)) throw single;
        return this.failOldest(source.sourceId, single.message);
      });
    return written === 0 ? 0 : DRAIN_BATCH;
  }

  private async failOldest(sourceId: string, message: string): Promise<number> {
    this.logger.warn(`Webhook source ${sourceId}: a delivery was refused by the database: ${message}`);
    return this.dataSource.transaction(async (manager) => {
      const [oldest] = await this.deliveries.claimQueued(manager, sourceId, 1);
      if (!oldest) return 0;
      await this.deliveries.recordOutcomes(manager, [failed(oldest.id, `The database refused its rows: ${message}`)]);
      return 1;
    });
  }
}

/** Only bodies the schema accepted are stored, so reading them needs no second validation. */
function parsed(delivery: QueuedDelivery): { id: string; body: WebhookBody | undefined } {
  try {
    return { id: delivery.id, body: JSON.parse(delivery.body.toString('utf8')) as WebhookBody };
  } catch {
    return { id: delivery.id, body: undefined };
  }
}

/** SQLSTATE classes 22 (data exception) and 23 (integrity constraint): retrying the same rows cannot help. */
function isDataRefusal(error: unknown): error is QueryFailedError {
  const code = error instanceof QueryFailedError ? (error.driverError as { code?: unknown }).code : undefined;
  return typeof code === 'string' && (code.startsWith('22') || code.startsWith('23'));
}

function failed(id: string, error: string): DeliveryOutcome {
  return { id, status: WebhookDeliveryStatus.FAILED, rowsWritten: 0, rowsDeleted: 0, error };
}
