import { createHash } from 'node:crypto';
import type { CanonicalRow, PaidAudienceRow, PaidDailyRow, PaidPeriodRow } from './canonical.js';

type PaidFact = PaidDailyRow | PaidPeriodRow | PaidAudienceRow;
type IdField = 'adId' | 'adSetId' | 'campaignId';

const SYNTHETIC_PREFIX = 'name:';
const NAMES_SHOWN = 3;

/**
 * Keeps apart the entities of one file that only names share. An export without ID columns is keyed by names,
 * and platforms reuse names (Meta: same-named ads in one ad set, boosted posts' campaigns under one truncated
 * caption): two rows of the same names on the same day (or period, or audience segment) are two entities, never one
 * row replacing the other. The n-th of them in file order (n ≥ 2) gets `#n` after its finest name key, so a
 * re-download, listing them in the same order, restates the same entities, and the first keeps the plain key an
 * export with one such entity gives. Formats sum first what the platform splits further (one row per conversion
 * action), so repeats that reach this point are distinct entities.
 *
 * Holds one short hash per name-keyed fact of the file (exports without IDs are UI downloads, thousands of rows).
 */
export class RepeatedNames {
  private readonly seen = new Map<string, number>();
  private readonly repeated = new Map<string, string>();
  private nameKeyedRows = 0;

  /** Gives the row a key of its own when an earlier row of the file has the same names, day and segment. */
  distinguish(row: CanonicalRow): void {
    if (!isPaidFact(row) || !row.idIsSynthetic) return;
    this.nameKeyedRows += 1;
    const field = finestId(row);
    const id = field && row[field];
    if (!field || !id?.startsWith(SYNTHETIC_PREFIX)) return;
    const key = factHash(row);
    const order = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, order);
    if (order === 1) return;
    if (!this.repeated.has(id)) this.repeated.set(id, nameOf(row, field));
    row[field] = `${id}#${order}`;
  }

  /** The one warning of a file keyed by names: how many rows, how many names repeat, and how to avoid it. */
  get warning(): string | null {
    if (this.nameKeyedRows === 0) return null;
    const rows = `${this.nameKeyedRows} row${this.nameKeyedRows === 1 ? '' : 's'}`;
    const keyed = `${rows} name a campaign, ad set or ad without its ID, so they are keyed by name: a renamed entity starts a new history.`;
    const advice = 'Export with the ID columns (campaign ID, ad set or ad group ID, ad ID) to key them exactly.';
    if (this.repeated.size === 0) return `${keyed} ${advice}`;
    const names = [...this.repeated.values()];
    const shown = names
      .slice(0, NAMES_SHOWN)
      .map((name) => `"${name}"`)
      .join(', ');
    const more = names.length > NAMES_SHOWN ? ', …' : '';
    const count = `${names.length} name${names.length === 1 ? '' : 's'}`;
    return `${keyed} ${count} (${shown}${more}) repeat within one day or period: each repeat was kept as an entity of its own, numbered in file order, so nothing was merged or lost. ${advice}`;
  }
}

function isPaidFact(row: CanonicalRow): row is PaidFact {
  return row.kind === 'paid' || row.kind === 'paid-period' || row.kind === 'paid-audience';
}

function finestId(row: PaidFact): IdField | null {
  if (row.adId !== null) return 'adId';
  if (row.adSetId !== null) return 'adSetId';
  return row.campaignId !== null ? 'campaignId' : null;
}

function nameOf(row: PaidFact, field: IdField): string {
  const name = { adId: row.adName, adSetId: row.adSetName, campaignId: row.campaignName }[field];
  return name ?? '';
}

/** The fact's natural key within the file (the writer's key before accounts are resolved), hashed short. */
function factHash(row: PaidFact): string {
  const period = row.kind === 'paid' ? [row.date] : [row.periodStart, row.periodEnd];
  const segment = row.kind === 'paid-audience' ? [row.dimension, row.segment] : [];
  const key = [row.kind, row.platform, row.accountId, row.campaignId, row.adSetId, row.adId, ...period, ...segment];
  return createHash('sha1').update(JSON.stringify(key)).digest('base64');
}
