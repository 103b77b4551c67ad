import { unlink } from 'node:fs/promises';
import {
  BadRequestException,
  Body,
  Controller,
  HttpCode,
  HttpStatus,
  Post,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Auth, type AuthContext, RequireRole } from '../../core/auth/auth.decorators.js';
import { parseUploadHints } from './dto/upload-hints.dto.js';
import { ImportsService } from './imports.service.js';

@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  /** Streams the export to disk (multer, capped at MAX_UPLOAD_MB → 413), records it, queues it: 202. */
  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  @RequireRole('uploader')
  @UseInterceptors(FileInterceptor('file'))
  async upload(
    @Auth() auth: AuthContext,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() body: Record<string, unknown>,
  ): Promise<{ id: string; status: string }> {
    if (!file) throw new BadRequestException('Send the export as multipart/form-data in the field "file"');
    const parsed = parseUploadHints(body);
    if ('error' in parsed) {
      await unlink(file.path);
      throw new BadRequestException(parsed.error);
    }
    const run = await this.imports.create(
      auth.workspaceId,
      { fileName: file.originalname, storedPath: file.path, sizeBytes: file.size },
      parsed.hints,
    );
    return { id: run.id, status: run.status };
  }
}
