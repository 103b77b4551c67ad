import { NotFoundException } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Auth, type AuthContext, RequireRole } from '../../core/auth/auth.decorators.js';
import { isUuid } from '../../core/database/uuid.util.js';
import { ImportPreviewObject } from './dto/import-preview.object.js';
import { ImportObject } from './dto/import.object.js';
import type { ImportPreview } from './import-preview.entity.js';
import { ImportPreviewService } from './import-preview.service.js';
import type { ImportRun } from './import.entity.js';

@Resolver(() => ImportPreviewObject)
export class ImportPreviewResolver {
  constructor(private readonly previews: ImportPreviewService) {}

  @Query(() => ImportPreviewObject, {
    nullable: true,
    description: 'A dry run made by POST /api/imports?dryRun=true',
  })
  @RequireRole('analyst')
  async importPreview(
    @Auth() auth: AuthContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ImportPreviewObject | null> {
    const preview = isUuid(id) ? await this.previews.find(auth.workspaceId, id) : null;
    return preview ? toObject(preview) : null;
  }

  @Mutation(() => ImportObject, { description: 'Imports a previewed file (idempotent)' })
  @RequireRole('uploader')
  commitImportPreview(@Auth() auth: AuthContext, @Args('id', { type: () => ID }) id: string): Promise<ImportRun> {
    if (!isUuid(id)) throw new NotFoundException(`No import preview ${id}`);
    return this.previews.commit(auth.workspaceId, id);
  }
}

export function toObject(preview: ImportPreview): ImportPreviewObject {
  return {
    id: preview.id,
    fileName: preview.fileName,
    committedImportId: preview.committedImportId,
    ...preview.result,
  };
}
