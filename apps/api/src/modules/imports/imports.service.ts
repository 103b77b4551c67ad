import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ImportHints } from '@tandem/formats/canonical.js';
import { In, LessThanOrEqual, type Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/config.js';
import { JobDeferredError, JobName } from '../../core/queue/job-names.js';
import { JobQueue, RETRY_POLICY } from '../../core/queue/job-queue.js';
import { FactWriter } from '../metrics/fact-writer.service.js';
import type { ImportCursor } from './import-cursor.util.js';
import { ImportErrorRecord } from './import-error.entity.js';
import { ImportRun, ImportStatus, PENDING_IMPORT_STATUSES } from './import.entity.js';

/**
 * Claims an import may have in all: the queue's own retries of failed attempts, plus a couple of re-queues
 * after crashes or stalls. A file still unfinished after that is failed rather than tried forever.
 */
export const MAX_IMPORT_ATTEMPTS = RETRY_POLICY.attempts + 2;

/** How long an import waits before it asks again for a place among its workspace's running imports. */
export const WORKSPACE_BUSY_RETRY_MS = 2_000;
/** First key of the advisory lock that serialises claims within a workspace (the second is the workspace's hash). */
const CLAIM_LOCK = 7_263_002;

export interface ImportClaim {
  run: ImportRun;
  /** This attempt's token: its writes count only while the import still carries it. */
  token: string;
}

export interface StoredUpload {
  fileName: string;
  storedPath: string;
  sizeBytes: number;
}

@Injectable()
export class ImportsService {
  private readonly logger = new Logger(ImportsService.name);

  constructor(
    @InjectRepository(ImportRun) private readonly imports: Repository<ImportRun>,
    @InjectRepository(ImportErrorRecord) private readonly errors: Repository<ImportErrorRecord>,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly facts: FactWriter,
  ) {}

  /**
   * The import row is written (the file already stored) before its job is queued. If the queue cannot take the
   * job now (Redis down), the upload is still accepted: the row says QUEUED and the pending sweep queues it.
   */
  /**
   * `hints`: the upload fields as given; the import decides the rest when it reads the file (a re-upload of a file
   * reuses its earlier import's fields, others default as the contract says).
   */
  async create(workspaceId: string, upload: StoredUpload, hints: ImportHints): Promise<ImportRun> {
    const run = await this.imports.save(
      this.imports.create({ workspaceId, ...upload, hints, format: hints.format ?? null, status: ImportStatus.QUEUED }),
    );
    await this.enqueue(run).catch((error: Error) =>
      this.logger.warn(
        `Import ${run.id} is stored but not queued yet (${error.message}); the pending sweep will queue it`,
      ),
    );
    return run;
  }

  /**
   * Imports a crash, a lost queue or a failed enqueue left pending are queued again (same job id, so a job
   * still waiting or running is not doubled). On start with no age limit; from the periodic sweep, only the
   * ones pending for a while.
   */
  async requeuePending(pendingSince: Date = new Date()): Promise<number> {
    const pending = await this.imports.findBy({
      status: In(PENDING_IMPORT_STATUSES),
      createdAt: LessThanOrEqual(pendingSince),
    });
    for (const run of pending) await this.enqueue(run);
    if (pending.length > 0) this.logger.log(`Re-queued ${pending.length} pending import(s)`);
    return pending.length;
  }

  /**
   * Claims a pending import for one attempt, atomically, with a fresh token; undefined when it is already
   * finished (a duplicate delivery). A later claim makes the earlier attempt's token stale. While the workspace
   * already runs WORKSPACE_IMPORT_CONCURRENCY imports, the claim is deferred (JobDeferredError). An import that
   * has used up its attempts is failed here: whatever keeps killing them (a crash, a stall) would otherwise
   * bring it back at every restart and sweep.
   */
  async claim(workspaceId: string, importId: string): Promise<ImportClaim | undefined> {
    const token = await this.imports.manager.transaction(async (manager) => {
      // Claims of one workspace take turns, so two workers cannot both see a free place under the cap.
      await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [CLAIM_LOCK, workspaceId]);
      const [{ running }] = (await manager.query(
        `SELECT count(*)::int AS running FROM import WHERE workspace_id = $1 AND status = 'PROCESSING' AND id <> $2`,
        [workspaceId, importId],
      )) as [{ running: number }];
      if (running >= this.config.workspaceImportConcurrency)
        throw new JobDeferredError(`Workspace ${workspaceId} already runs ${running} imports`, WORKSPACE_BUSY_RETRY_MS);
      // TypeORM answers an UPDATE … RETURNING with [rows, count].
      const [claimed] = (await manager.query(
        `UPDATE import SET status = 'PROCESSING', started_at = clock_timestamp(), attempt_token = gen_random_uuid(),
           rows_imported = 0, attempts = attempts + 1
         WHERE workspace_id = $1 AND id = $2 AND status IN ('QUEUED', 'PROCESSING') AND attempts < $3
         RETURNING attempt_token AS token`,
        [workspaceId, importId, MAX_IMPORT_ATTEMPTS],
      )) as [{ token: string }[], number];
      return claimed[0]?.token;
    });
    if (!token) {
      await this.fail(
        workspaceId,
        importId,
        `Import stopped after ${MAX_IMPORT_ATTEMPTS} attempts that each ended before finishing (the worker stopped or stalled while reading this file)`,
      );
      return undefined;
    }
    await this.errors.delete({ importId });
    return { run: await this.imports.findOneByOrFail({ workspaceId, id: importId }), token };
  }

  /**
   * Marks a still-pending import FAILED with the reason. Its facts were only staged (they join the others when a
   * file has been read to its end), so none of it is in any figure: the stage is emptied and the message says so.
   */
  async fail(workspaceId: string, importId: string, reason: string): Promise<void> {
    const run = await this.imports.findOneBy({ workspaceId, id: importId });
    if (!run || !PENDING_IMPORT_STATUSES.includes(run.status)) return;
    const read = run.rowsImported ?? 0;
    const nothing =
      read > 0 ? ` None of the ${read} rows read before it stopped was imported: upload the file again.` : '';
    await this.imports.manager.transaction(async (manager) => {
      await this.facts.clearStage(manager, importId);
      await manager
        .getRepository(ImportErrorRecord)
        .insert({ importId, workspaceId: run.workspaceId, row: null, column: null, message: `${reason}.${nothing}` });
      await manager
        .getRepository(ImportRun)
        .update({ workspaceId, id: importId }, { status: ImportStatus.FAILED, finishedAt: new Date() });
    });
  }

  find(workspaceId: string, id: string): Promise<ImportRun | null> {
    return this.imports.findOneBy({ workspaceId, id });
  }

  /**
   * A page of the workspace's imports, newest first (ties broken by id), after `after` when given. The position is
   * compared with the exact `created_at` of the cursor's import, which a JavaScript Date (milliseconds) cannot hold; the
   * cursor's own instant stands in only if that import is gone.
   */
  list(workspaceId: string, first: number, after?: ImportCursor): Promise<ImportRun[]> {
    const page = this.imports
      .createQueryBuilder('run')
      .where('run.workspace_id = :workspaceId', { workspaceId })
      .orderBy('run.created_at', 'DESC')
      .addOrderBy('run.id', 'DESC')
      .limit(first);
    if (after) {
      page.andWhere(
        `(run.created_at, run.id) < (
           COALESCE((SELECT created_at FROM import WHERE workspace_id = :workspaceId AND id = :afterId),
                    CAST(:afterCreatedAt AS timestamptz)),
           CAST(:afterId AS uuid))`,
        { afterId: after.id, afterCreatedAt: after.createdAt },
      );
    }
    return page.getMany();
  }

  errorsOf(workspaceId: string, importId: string, first: number): Promise<ImportErrorRecord[]> {
    return this.errors.find({ where: { workspaceId, importId }, order: { id: 'ASC' }, take: first });
  }

  private enqueue(run: ImportRun): Promise<void> {
    return this.jobs.enqueue(
      JobName.ImportFile,
      { importId: run.id, workspaceId: run.workspaceId, hints: run.hints },
      { jobId: run.id },
    );
  }
}

/** docs/CONTRACT.md: `exportedOn` defaults to the upload day, so yearless dates and post snapshots have a reference day. */
export function withExportDay(hints: ImportHints, uploadedAt: Date = new Date()): ImportHints {
  return { ...hints, exportedOn: hints.exportedOn ?? uploadedAt.toISOString().slice(0, 10) };
}
