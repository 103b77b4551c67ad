import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ImportHints } from '@tandem/formats/canonical.js';
import { In, type Repository } from 'typeorm';
import { JobName } from '../../core/queue/job-names.js';
import { JobQueue } from '../../core/queue/job-queue.js';
import { ImportErrorRecord } from './import-error.entity.js';
import { ImportRun, ImportStatus, PENDING_IMPORT_STATUSES } from './import.entity.js';

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
  ) {}

  /** The import row is written (the file already stored) before its job is queued: Redis may lose nothing. */
  async create(workspaceId: string, upload: StoredUpload, requested: ImportHints): Promise<ImportRun> {
    const hints = withExportDay(requested);
    const run = await this.imports.save(
      this.imports.create({ workspaceId, ...upload, hints, format: hints.format ?? null, status: ImportStatus.QUEUED }),
    );
    await this.enqueue(run);
    return run;
  }

  /** On start: imports a crash or a lost queue left pending are queued again (same job id, so never twice). */
  async requeuePending(): Promise<number> {
    const pending = await this.imports.findBy({ status: In(PENDING_IMPORT_STATUSES) });
    for (const run of pending) await this.enqueue(run);
    if (pending.length > 0) this.logger.log(`Re-queued ${pending.length} pending import(s)`);
    return pending.length;
  }

  /** Claims a queued import for processing; undefined when it is already finished (a duplicate delivery). */
  async start(importId: string): Promise<ImportRun | undefined> {
    const run = await this.imports.findOneBy({ id: importId });
    if (!run || !PENDING_IMPORT_STATUSES.includes(run.status)) return undefined;
    await this.errors.delete({ importId });
    await this.imports.update({ id: importId }, { status: ImportStatus.PROCESSING, startedAt: new Date() });
    return run;
  }

  async fail(importId: string, message: string): Promise<void> {
    await this.errors.insert({
      importId,
      workspaceId: (await this.imports.findOneByOrFail({ id: importId })).workspaceId,
      row: null,
      column: null,
      message,
    });
    await this.imports.update({ id: importId }, { status: ImportStatus.FAILED, finishedAt: new Date() });
  }

  find(workspaceId: string, id: string): Promise<ImportRun | null> {
    return this.imports.findOneBy({ workspaceId, id });
  }

  list(workspaceId: string, first: number): Promise<ImportRun[]> {
    return this.imports.find({ where: { workspaceId }, order: { createdAt: 'DESC' }, take: first });
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

/** CONTRACT.md: `exportedOn` defaults to the upload day, so yearless dates and post snapshots have a reference day. */
export function withExportDay(hints: ImportHints, today: Date = new Date()): ImportHints {
  return { ...hints, exportedOn: hints.exportedOn ?? today.toISOString().slice(0, 10) };
}
