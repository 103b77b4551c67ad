import { unlink } from 'node:fs/promises';
import {
  BadRequestException,
  Body,
  Controller,
  HttpStatus,
  Post,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { Auth, type AuthContext, RequireRole } from '../../core/auth/auth.decorators.js';
import { parseUploadHints } from './dto/upload-hints.dto.js';
import type { ImportPreviewObject } from './dto/import-preview.object.js';
import { toObject } from './import-preview.resolver.js';
import { ImportPreviewService } from './import-preview.service.js';
import { ImportsService } from './imports.service.js';

@Controller('imports')
export class ImportsController {
  constructor(
    private readonly imports: ImportsService,
    private readonly previews: ImportPreviewService,
  ) {}

  /**
   * Streams the export to disk (multer, capped at MAX_UPLOAD_MB → 413), records it, queues it: 202.
   * With `?dryRun=true`: reads it through its parser and answers 200 with what importing would write
   * (format, dates, accounts, row counts, totals, first errors); nothing but the preview is stored.
   */
  @Post()
  @RequireRole('uploader')
  @UseInterceptors(FileInterceptor('file'))
  async upload(
    @Auth() auth: AuthContext,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() body: Record<string, unknown>,
    @Query('dryRun') dryRun: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<{ id: string; status: string } | ImportPreviewObject> {
    if (!file) throw new BadRequestException('Send the export as multipart/form-data in the field "file"');
    const parsed = parseUploadHints(body);
    if ('error' in parsed) {
      await unlink(file.path);
      throw new BadRequestException(parsed.error);
    }
    const upload = { fileName: file.originalname, storedPath: file.path, sizeBytes: file.size };
    if (dryRun === 'true') {
      response.status(HttpStatus.OK);
      return toObject(await this.previews.preview(auth.workspaceId, upload, parsed.hints));
    }
    response.status(HttpStatus.ACCEPTED);
    const run = await this.imports.create(auth.workspaceId, upload, parsed.hints);
    return { id: run.id, status: run.status };
  }
}
