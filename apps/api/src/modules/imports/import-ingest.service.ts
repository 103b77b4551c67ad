import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CanonicalRow, ImportHints, RowError } from '@tandem/formats/canonical.js';
import { readExport, UnsupportedExportError } from '@tandem/formats/read-export.js';
import { type DataSource, type EntityManager, In, Not } from 'typeorm';
import { PermanentJobError } from '../../core/queue/job-names.js';
import { AccountsService } from '../accounts/accounts.service.js';
import { FactWriter } from '../metrics/fact-writer.service.js';
import { WorkspacesService } from '../workspaces/workspaces.service.js';
import { BatchContext } from './import-batch-context.js';
import { ImportErrorRecord } from './import-error.entity.js';
import { ImportRun, ImportStatus, SUCCESSFUL_IMPORT_STATUSES } from './import.entity.js';
import { type ImportClaim, withExportDay } from './imports.service.js';
import { sha256OfFile } from './file-hash.util.js';
import { CoverageWindows, recordCoverage } from './import-coverage.js';

/**
 * Rows staged per transaction. Each batch costs a transaction, a COPY and a progress update: at 2,000 rows a 1 M-row
 * file spent 7 s of its 16 s of staging on them and the parser waited for the database; at 20,000, 1.7 s of 11 s, and
 * the database waits for the parser. Two batches are held at once (one parsed, one written): ~20 MB each.
 */
const BATCH_SIZE = 20_000;
/** Errors beyond this many are counted but not stored: a wholly wrong file must not flood the database. */
const MAX_STORED_ERRORS = 1_000;

interface Tally {
  rowsImported: number;
  /** First..last day per account and kind of fact, widened batch by batch, recorded with the facts. */
  coverage: CoverageWindows;
  /** Whole reporting periods the file's `paid-period` rows cover. */
  periods: Set<string>;
  rejectedRows: Set<number>;
  errorsStored: number;
  warnings: Set<string>;
}

/** Streams one stored export through its format parser into the fact tables, batch by batch. */
@Injectable()
export class ImportIngestService {
  private readonly logger = new Logger(ImportIngestService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountsService,
    private readonly facts: FactWriter,
    private readonly workspaces: WorkspacesService,
  ) {}

  async ingest(claim: ImportClaim, given: ImportHints): Promise<void> {
    const { run } = claim;
    await access(run.storedPath).catch(() => {
      throw new PermanentJobError('The uploaded file is no longer in the uploads folder');
    });
    const tally: Tally = {
      rowsImported: 0,
      coverage: new CoverageWindows(),
      periods: new Set(),
      rejectedRows: new Set(),
      errorsStored: 0,
      warnings: new Set(),
    };
    const { sha256, earlier } = await this.sameFileBefore(run, tally);
    const hints = uploadFieldsOf(run, given, earlier, tally);
    await this.dataSource.getRepository(ImportRun).update({ id: run.id }, { sha256, hints });
    await this.dataSource.transaction((manager) => this.facts.clearStage(manager, run.id)); // what an earlier attempt staged
    const detected = await readExport(() => createReadStream(run.storedPath), run.fileName, hints).catch((error) => {
      if (error instanceof UnsupportedExportError) return error;
      throw error;
    });
    if (detected instanceof UnsupportedExportError) {
      await this.dataSource.transaction((manager) =>
        this.recordErrors(manager, claim, tally, [{ row: null, column: null, message: detected.message }]),
      );
      return this.finish(claim, null, tally);
    }
    const context = await this.batchContext(run, hints, tally);
    let batch: CanonicalRow[] = [];
    let errors: RowError[] = [];
    // One batch is written while the next is parsed: the parser and the database work side by side.
    let writing: Promise<void> = Promise.resolve();
    const writeBatch = async () => {
      await writing;
      writing = this.flush(claim, context, tally, batch, errors);
      writing.catch(() => undefined); // awaited (and thrown) before the next batch or at the end
      [batch, errors] = [[], []];
    };
    for await (const event of detected.events) {
      if (event.type === 'row') batch.push(event.row);
      else if (event.type === 'error') errors.push(event.error);
      else tally.warnings.add(event.message);
      if (batch.length >= BATCH_SIZE || errors.length >= BATCH_SIZE) await writeBatch();
    }
    await writeBatch();
    await writing;
    await this.finish(claim, detected.format.id, tally);
  }

  /** Re-uploading a file restates the same facts (nothing doubles); the import says it has seen the file. */
  private async sameFileBefore(run: ImportRun, tally: Tally): Promise<{ sha256: string; earlier: ImportRun | null }> {
    const sha256 = await sha256OfFile(run.storedPath);
    const earlier = await this.dataSource.getRepository(ImportRun).findOne({
      where: { workspaceId: run.workspaceId, sha256, id: Not(run.id), status: In(SUCCESSFUL_IMPORT_STATUSES) },
      order: { createdAt: 'DESC' },
    });
    if (earlier) {
      tally.warnings.add(
        `The same file was imported before (${earlier.fileName}, ${earlier.createdAt.toISOString().slice(0, 10)}): the facts it gives again were restated where their values changed, nothing was counted twice`,
      );
    }
    return { sha256, earlier };
  }

  /** One batch's staged facts, errors and progress, in one transaction, only while this attempt is current. */
  private async flush(
    claim: ImportClaim,
    context: BatchContext,
    tally: Tally,
    rows: CanonicalRow[],
    errors: RowError[],
  ) {
    const { workspaceId, id } = claim.run;
    await this.dataSource.transaction(async (manager) => {
      const byKind = await context.resolve(manager, rows);
      await this.facts.stage(manager, workspaceId, id, byKind);
      tally.coverage.widen(Object.values(byKind).flat());
      await this.recordErrors(manager, claim, tally, errors);
      await assertCurrentAttempt(manager, claim, { rows_imported: tally.rowsImported + rows.length });
    });
    tally.rowsImported += rows.length;
    for (const row of rows) if (row.kind === 'paid-period') tally.periods.add(`${row.periodStart}..${row.periodEnd}`);
  }

  private async recordErrors(manager: EntityManager, claim: ImportClaim, tally: Tally, errors: RowError[]) {
    for (const error of errors) if (error.row !== null && !error.rowImported) tally.rejectedRows.add(error.row);
    const storable = errors.slice(0, Math.max(0, MAX_STORED_ERRORS - tally.errorsStored));
    if (storable.length === 0) return;
    const { id: importId, workspaceId } = claim.run;
    await manager
      .getRepository(ImportErrorRecord)
      .insert(storable.map((error) => ({ importId, workspaceId, ...error })));
    tally.errorsStored += storable.length;
  }

  private async finish(claim: ImportClaim, format: string | null, tally: Tally): Promise<void> {
    const rowsRejected = tally.rejectedRows.size;
    const warnings = [...tally.warnings, ...[...tally.periods].map(describeWholePeriod)];
    if (tally.errorsStored === MAX_STORED_ERRORS)
      warnings.push(`Only the first ${MAX_STORED_ERRORS} errors are listed`);
    if (format && tally.rowsImported === 0 && rowsRejected === 0) warnings.push('The file has no data rows');
    const status = finalStatus(format, tally.rowsImported, rowsRejected, tally.errorsStored);
    const { workspaceId, id } = claim.run;
    // The file's facts, coverage and rollups appear together with its final status: never part of it.
    await this.dataSource.transaction(async (manager) => {
      const changes = status === ImportStatus.FAILED ? null : await this.facts.mergeStaged(manager, workspaceId, id);
      if (changes) await recordCoverage(manager, workspaceId, id, tally.coverage.windows());
      else await this.facts.clearStage(manager, id);
      await assertCurrentAttempt(manager, claim, {
        format,
        status,
        rows_total: tally.rowsImported + rowsRejected,
        rows_imported: tally.rowsImported,
        rows_rejected: rowsRejected,
        warnings: JSON.stringify(warnings),
        changes: changes && JSON.stringify(changes),
        finished_at: new Date().toISOString(),
      });
    });
    this.logger.log(
      `Import ${claim.run.id} (${format ?? 'unrecognised'}): ${tally.rowsImported} rows, ${rowsRejected} rejected`,
    );
  }

  private async batchContext(run: ImportRun, hints: ImportHints, tally: Tally): Promise<BatchContext> {
    const workspaceCurrency = await this.workspaces.reportingCurrency(run.workspaceId);
    return new BatchContext(run.workspaceId, this.accounts, hints, workspaceCurrency, tally.warnings);
  }
}

/**
 * The upload fields the file is read with: a file imported before is read as it was then (its import's fields, the
 * export day included), except for the fields this upload gives; any other file with the fields given and the upload
 * day as its export day (docs/CONTRACT.md, Imports). The import keeps them, so the next re-upload inherits them too.
 */
function uploadFieldsOf(run: ImportRun, given: ImportHints, earlier: ImportRun | null, tally: Tally): ImportHints {
  const own = withExportDay(given, run.createdAt);
  if (!earlier) return own;
  const fields = { ...withExportDay(earlier.hints, earlier.createdAt), ...given };
  const reused = (Object.keys(fields) as (keyof ImportHints)[]).filter(
    (field) => given[field] === undefined && fields[field] !== own[field],
  );
  if (reused.length > 0)
    tally.warnings.add(
      `Read with the upload fields of its earlier import: ${reused.map((field) => `${field} ${fields[field]}`).join(', ')}`,
    );
  return fields;
}

function describeWholePeriod(period: string): string {
  return `whole-period file: stored for ${period} (no daily rows); it counts only in ranges that contain the whole period`;
}

/** Any error listed — a rejected row, or a problem of the whole file such as a cut-short read — shows in the status. */
function finalStatus(format: string | null, imported: number, rejected: number, errors: number): ImportStatus {
  if (!format || (imported === 0 && rejected > 0)) return ImportStatus.FAILED;
  return rejected > 0 || errors > 0 ? ImportStatus.COMPLETED_WITH_ERRORS : ImportStatus.COMPLETED;
}

/** A newer attempt claimed the import (this one stalled and was started again elsewhere): stop, write nothing. */
export class SupersededAttemptError extends Error {}

/**
 * Updates the import only while it still carries this attempt's token, inside the caller's transaction, so a
 * stale attempt's batch rolls back whole.
 */
async function assertCurrentAttempt(
  manager: EntityManager,
  claim: ImportClaim,
  columns: Record<string, string | number | null>,
): Promise<void> {
  const names = Object.keys(columns);
  const assignments = names.map((name, index) => `${name} = $${index + 3}`).join(', ');
  const [, updated] = (await manager.query(`UPDATE import SET ${assignments} WHERE id = $1 AND attempt_token = $2`, [
    claim.run.id,
    claim.token,
    ...Object.values(columns),
  ])) as [unknown, number];
  if (updated === 0) throw new SupersededAttemptError(`Import ${claim.run.id}: a newer attempt took over`);
}
