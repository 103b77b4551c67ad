import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { ApiKeysService, type IssuedApiKey } from './api-keys.service.js';
import { Workspace } from './workspace.entity.js';
import { amountText, currencyCode, displayName, timeZoneName } from './workspace-settings.util.js';

export const DEFAULT_WORKSPACE_SLUG = 'default';

/** What an owner may change of a workspace; an absent field is left as it is, a null organic cost clears it. */
export interface WorkspaceSettings {
  currency?: string | null;
  timeZone?: string | null;
  organicMonthlyCost?: number | null;
}

@Injectable()
export class WorkspacesService {
  constructor(
    @InjectRepository(Workspace) private readonly workspaces: Repository<Workspace>,
    private readonly apiKeys: ApiKeysService,
  ) {}

  /** A new workspace reports in USD and the UTC time zone until an owner changes them (docs/CONTRACT.md). */
  async ensure(slug: string, name: string): Promise<Workspace> {
    await this.workspaces.createQueryBuilder().insert().values({ slug, name }).orIgnore().execute();
    return this.workspaces.findOneByOrFail({ slug });
  }

  /** A new workspace and its first owner key, together or not at all. */
  async create(
    name: string,
    settings: Pick<WorkspaceSettings, 'currency' | 'timeZone'>,
  ): Promise<{ workspace: Workspace; owner: IssuedApiKey }> {
    const values = {
      name: displayName(name, 'name'),
      slug: slugOf(name),
      ...(settings.currency ? { currency: currencyCode(settings.currency) } : {}),
      ...(settings.timeZone ? { timeZone: timeZoneName(settings.timeZone) } : {}),
    };
    return this.workspaces.manager.transaction(async (manager) => {
      const workspace = await manager.save(manager.create(Workspace, values));
      const owner = await this.apiKeys.create(workspace.id, 'owner', 'owner', manager);
      return { workspace, owner };
    });
  }

  async update(id: string, settings: WorkspaceSettings): Promise<Workspace> {
    const changes: Partial<Workspace> = {};
    if (settings.currency != null) changes.currency = currencyCode(settings.currency);
    if (settings.timeZone != null) changes.timeZone = timeZoneName(settings.timeZone);
    if (settings.organicMonthlyCost !== undefined)
      changes.organicMonthlyCost =
        settings.organicMonthlyCost === null ? null : amountText(settings.organicMonthlyCost, 'organicMonthlyCost');
    if (Object.keys(changes).length > 0) await this.workspaces.update({ id }, changes);
    return this.get(id);
  }

  get(id: string): Promise<Workspace> {
    return this.workspaces.findOneByOrFail({ id });
  }

  /** ISO 4217 code every money total of the workspace is shown in. */
  async reportingCurrency(id: string): Promise<string> {
    return (await this.get(id)).currency.trim();
  }
}

/** A readable, unique slug: `Acme Studio` → `acme-studio-3f9a1c`. */
function slugOf(name: string): string {
  const words = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `${words || 'workspace'}-${randomBytes(3).toString('hex')}`;
}
