import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Workspace } from './workspace.entity.js';

export const DEFAULT_WORKSPACE_SLUG = 'default';

@Injectable()
export class WorkspacesService {
  constructor(@InjectRepository(Workspace) private readonly workspaces: Repository<Workspace>) {}

  /** A new workspace reports in USD and the UTC time zone until an owner changes them (docs/CONTRACT.md). */
  async ensure(slug: string, name: string): Promise<Workspace> {
    await this.workspaces.createQueryBuilder().insert().values({ slug, name }).orIgnore().execute();
    return this.workspaces.findOneByOrFail({ slug });
  }

  get(id: string): Promise<Workspace> {
    return this.workspaces.findOneByOrFail({ id });
  }

  /** ISO 4217 code every money total of the workspace is shown in. */
  async reportingCurrency(id: string): Promise<string> {
    return (await this.get(id)).currency.trim();
  }
}
