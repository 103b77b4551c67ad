import { createReadStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ImportHints } from '@tandem/formats/canonical.js';
import { summariseExport, unreadableExportSummary } from '@tandem/formats/export-summary.js';
import { readExport, UnsupportedExportError } from '@tandem/formats/read-export.js';
import { IsNull, LessThan, type Repository } from 'typeorm';
import type { ImportRun } from './import.entity.js';
import { ImportPreview, type PreviewResult } from './import-preview.entity.js';
import { ImportsService, type StoredUpload, withExportDay } from './imports.service.js';

/** Dry runs: the whole file through its parser, nothing written but the preview itself. */
@Injectable()
export class ImportPreviewService {
  constructor(
    @InjectRepository(ImportPreview) private readonly previews: Repository<ImportPreview>,
    private readonly imports: ImportsService,
  ) {}

  async preview(workspaceId: string, upload: StoredUpload, requested: ImportHints): Promise<ImportPreview> {
    const hints = withExportDay(requested);
    const result = await this.summarise(upload, hints).catch(async (error: unknown) => {
      await unlink(upload.storedPath).catch(() => undefined);
      throw error;
    });
    return this.previews.save(this.previews.create({ workspaceId, ...upload, hints, result }));
  }

  find(workspaceId: string, id: string): Promise<ImportPreview | null> {
    return this.previews.findOneBy({ workspaceId, id });
  }

  /** Queues the previewed file as an import; committing twice gives the same import. */
  async commit(workspaceId: string, id: string): Promise<ImportRun> {
    const preview = await this.find(workspaceId, id);
    if (!preview) throw new NotFoundException(`No import preview ${id}`);
    if (preview.committedImportId) {
      const committed = await this.imports.find(workspaceId, preview.committedImportId);
      if (committed) return committed;
    }
    const run = await this.imports.create(
      workspaceId,
      { fileName: preview.fileName, storedPath: preview.storedPath, sizeBytes: preview.sizeBytes },
      preview.hints,
    );
    await this.previews.update({ id }, { committedImportId: run.id });
    return run;
  }

  /** Uncommitted previews older than `before` go, with their stored files: a dry run is not an archive. */
  async deleteExpired(before: Date): Promise<number> {
    const expired = await this.previews.findBy({ committedImportId: IsNull(), createdAt: LessThan(before) });
    for (const preview of expired) {
      await unlink(preview.storedPath).catch(() => undefined);
      await this.previews.delete({ id: preview.id });
    }
    return expired.length;
  }

  private async summarise(upload: StoredUpload, hints: ImportHints): Promise<PreviewResult> {
    try {
      const reading = await readExport(() => createReadStream(upload.storedPath), upload.fileName, hints);
      const summary = await summariseExport(reading.events);
      return { format: reading.format.id, formatLabel: reading.format.label, ...summary };
    } catch (error) {
      if (!(error instanceof UnsupportedExportError)) throw error;
      return { format: null, formatLabel: null, ...unreadableExportSummary(error.message) };
    }
  }
}
