import { BadRequestException, Injectable } from '@nestjs/common';
import type { Platform } from '@tandem/formats/canonical.js';
import {
  DIMENSIONS,
  measuresOf,
  metricEntries,
  PLATFORM_NAMES,
  SIDES,
  splitsSide,
  type CataloguePlatform,
  type Side,
} from '@tandem/metrics/catalogue.js';
import { summarise, sumsOf, type SideSummary } from '@tandem/metrics/summary.js';
import type { AuthContext } from '../../core/auth/auth.decorators.js';
import { assertDateRange } from '../../core/graphql/date-range.validation.js';
import { WorkspacesService } from '../workspaces/workspaces.service.js';
import {
  type DateRangeInput,
  Granularity,
  type Overview,
  type OverviewTotals,
  type SeriesPoint,
} from './dto/metrics.objects.js';
import { measureEnumValue } from './dto/summary.objects.js';
import type { BreakdownConnection } from './dto/breakdown.objects.js';
import { MetricsRepository, type PaidAnswer } from './metrics.repository.js';
import type { BucketEnd } from './planner/organic.query.js';
import {
  type DimensionId,
  type FactFilter,
  type GroupRow,
  groupKey,
  type QuerySpec,
  type SumsAsked,
} from './planner/query-spec.js';
import { audienceDimensionsOf, DATE_UNITS } from './planner/sql-parts.js';

export interface Slice {
  workspaceId: string;
  range: DateRangeInput;
  platforms: Platform[] | null;
  /** The workspace's reporting currency when the caller has it already (the request's key brought it); else read. */
  currency?: string;
  /** The sums the answer's summaries are read for (`sumsOf`); every sum when not given. */
  sums?: SumsAsked;
}

/** What a request asks about: its key's workspace, in its currency; an empty or missing list means every platform. */
export function sliceOf(
  auth: AuthContext,
  range: DateRangeInput,
  platforms: Platform[] | null | undefined,
  sums?: SumsAsked,
): Slice {
  const chosen = platforms && platforms.length > 0 ? platforms : null;
  return { workspaceId: auth.workspaceId, range, platforms: chosen, currency: auth.currency, sums };
}

/** One group of an answer: its keys and labels by dimension, and each side's summary (null: the side does not split so). */
export interface SummaryGroup {
  keys: Record<string, string>;
  labels: Record<string, string>;
  organic: SideSummary | null;
  paid: SideSummary | null;
}

const SERIES_DIMENSIONS: Record<Granularity, DimensionId> = {
  [Granularity.DAY]: 'DAY',
  [Granularity.WEEK]: 'WEEK',
  [Granularity.MONTH]: 'MONTH',
};

/**
 * What the dashboard and analysts ask, answered by the planner (metrics.repository.ts and planner/): it builds
 * the question, the repository runs it, libs/metrics turns sums into summaries. No SQL here.
 */
@Injectable()
export class MetricsService {
  constructor(
    private readonly repository: MetricsRepository,
    private readonly workspaces: WorkspacesService,
  ) {}

  async overview(slice: Slice, compareTo: DateRangeInput | null): Promise<Overview> {
    // Each question on a connection of its own where the pool has several (Postgres); PGlite queues them.
    const [current, previous] = await Promise.all([
      this.totals(slice),
      compareTo ? this.totals({ ...slice, range: compareTo }) : null,
    ]);
    return {
      organic: current.totals.organic,
      paid: current.totals.paid,
      previous: previous?.totals ?? null,
      warnings: [...new Set([...current.warnings, ...(previous?.warnings ?? [])])],
    };
  }

  async timeSeries(slice: Slice, granularity: Granularity): Promise<SeriesPoint[]> {
    assertDateRange(slice.range);
    const dimension = SERIES_DIMENSIONS[granularity];
    // The periods are read beside the paid sums, which need none of them. A series serves no warnings, and its points
    // are its periods whatever the facts: a side none of whose sums is asked is not read.
    const periods = this.repository.periods(slice.range, dimension);
    const answer = this.specOf(slice, [dimension], null).then((spec) =>
      this.answerOf(spec, { ends: periods, onlyAsked: true }),
    );
    const [{ groups }, buckets] = await Promise.all([answer, periods]);
    const byPeriod = new Map(groups.map((group) => [group.keys[dimension], group]));
    return buckets.map(({ bucket }) => {
      const organic = byPeriod.get(bucket)?.organic ?? summarise('organic', {});
      const paid = byPeriod.get(bucket)?.paid ?? summarise('paid', {});
      // The reported lists are made when read: a chart that does not select them does not pay for them.
      return {
        period: bucket,
        organic,
        paid,
        get organicReported() {
          return reportedMeasures('organic', organic);
        },
        get paidReported() {
          return reportedMeasures('paid', paid);
        },
      };
    });
  }

  /**
   * Every group of facts the dimensions split the slice into, each side summarised; a side a dimension does not
   * apply to (organic by campaign) is null. Warnings say what the sums leave out or may count twice.
   */
  async groups(
    slice: Slice,
    dimensions: readonly DimensionId[],
    filter: FactFilter | null = null,
  ): Promise<{ groups: SummaryGroup[]; warnings: string[] }> {
    const spec = await this.specOf(slice, dimensions, filter);
    // The scope's warnings need the question only: asked beside the answer, not after it.
    const [answer, scope] = await Promise.all([
      this.answerOf(spec),
      splitsSide('paid', dimensions) ? this.scopeWarnings(spec) : [],
    ]);
    const other = answer.paid ? unconvertedWarnings(answer.paid.otherCurrencies, spec.currency) : [];
    return { groups: answer.groups, warnings: [...other, ...scope] };
  }

  /** The question as the planner takes it, in the workspace's reporting currency. */
  private async specOf(
    slice: Slice,
    dimensions: readonly DimensionId[],
    filter: FactFilter | null,
  ): Promise<QuerySpec> {
    assertDateRange(slice.range);
    const currency = slice.currency ?? (await this.workspaces.reportingCurrency(slice.workspaceId));
    return { ...slice, currency, dimensions, filter };
  }

  /**
   * The groups alone, and the paid answer their currency warnings come from. `ends`: the buckets at whose last day
   * gauges are read, when the caller reads them already. `onlyAsked`: only what the spec's sums need is read, a side
   * none of whose sums is asked not at all (else every group is listed, whatever is asked of it).
   */
  private async answerOf(
    spec: QuerySpec,
    { ends, onlyAsked = false }: { ends?: Promise<readonly BucketEnd[]>; onlyAsked?: boolean } = {},
  ): Promise<Answer> {
    const { dimensions, filter } = spec;
    const [audience] = audienceDimensionsOf(dimensions);
    const readPaid = () => (audience ? this.repository.audience(spec) : this.repository.paid(spec));
    const readOrganic = async () => this.repository.organic(spec, await (ends ?? this.ends(spec)), { onlyAsked });
    const reads = (side: Side) => splitsSide(side, dimensions) && !(onlyAsked && spec.sums?.[side]?.size === 0);
    const [paid, organic] = await Promise.all([
      reads('paid') ? readPaid() : null,
      reads('organic') && !filtersPaidEntities(filter) ? readOrganic() : null,
    ]);
    const groups = new Map<string, SummaryGroup>();
    const add = (side: Side, rows: readonly GroupRow[] | null) => {
      for (const row of rows ?? []) {
        const key = groupKey(row.keys);
        const group = groups.get(key) ?? { keys: row.keys, labels: row.labels, organic: null, paid: null };
        group[side] = summarise(side, row.sums);
        groups.set(key, group);
      }
    };
    add('paid', paid?.groups ?? null);
    add('organic', organic);
    return { groups: [...groups.values()], paid };
  }

  /**
   * What the paid sums may leave out or count twice, beside their currencies: for audience segments, what they add
   * up to (audience exports need not cover the overview's scope); else whole-period totals beside daily rows.
   */
  private async scopeWarnings(spec: QuerySpec): Promise<string[]> {
    const [audience] = audienceDimensionsOf(spec.dimensions);
    return audience
      ? [audienceScopeWarning(audience, await this.repository.audienceTotals({ ...spec, sums: null }), spec.currency)]
      : this.repository.doubleCountWarnings(spec);
  }

  /**
   * The breakdown an analyst or a dashboard table asks for: groups sorted by a catalogue metric (rows without it
   * last), then by label, paged by an opaque cursor; each row with the same row over `compareTo` when asked.
   */
  async breakdown(asked: Slice, question: BreakdownQuestion): Promise<BreakdownConnection> {
    assertDimensions(question.by);
    const sort = question.sort ?? defaultSort(question.by);
    assertMetric(sort.metric);
    const slice = withSortSums(asked, sort.metric);
    const [{ groups, warnings }, compared] = await Promise.all([
      this.groups(slice, question.by, question.filter),
      question.compareTo
        ? this.specOf({ ...slice, range: question.compareTo }, question.by, question.filter).then((spec) =>
            this.answerOf(spec),
          )
        : null,
    ]);
    const previous = compared ? new Map(compared.groups.map((group) => [groupKey(group.keys), group])) : null;
    const sorted = sortGroups(groups, sort);
    const offset = question.after === null || question.after === undefined ? 0 : offsetOf(question.after);
    const page = sorted.slice(offset, offset + question.first);
    const edges = page.map((group, index) => ({
      cursor: cursorOf(offset + index + 1),
      node: {
        key: question.by.map((dimension) => dimensionValue(dimension, group)),
        organic: group.organic,
        paid: group.paid,
        previous: previous ? totalsOf(previous.get(groupKey(group.keys))) : null,
      },
    }));
    return {
      totalCount: sorted.length,
      edges,
      pageInfo: { hasNextPage: offset + page.length < sorted.length, endCursor: edges.at(-1)?.cursor ?? null },
      warnings,
    };
  }

  private async totals(slice: Slice): Promise<{ totals: OverviewTotals; warnings: string[] }> {
    const { groups, warnings } = await this.groups(slice, []);
    const [whole] = groups;
    return {
      totals: {
        organic: whole?.organic ?? summarise('organic', {}),
        paid: whole?.paid ?? summarise('paid', {}),
      },
      warnings,
    };
  }

  /** The buckets the answer's gauges are read at: each period's last day, or the range's. */
  private ends(spec: QuerySpec): Promise<BucketEnd[]> {
    const date = spec.dimensions.find((dimension) => DATE_UNITS[dimension] !== undefined);
    return this.repository.periods(spec.range, date ?? null);
  }
}

/** The groups of one question, and the paid answer its currency warnings come from. */
interface Answer {
  groups: SummaryGroup[];
  paid: PaidAnswer | null;
}

export interface BreakdownQuestion {
  by: readonly DimensionId[];
  filter: FactFilter | null;
  compareTo: DateRangeInput | null;
  sort: { metric: string; descending: boolean } | null;
  first: number;
  after: string | null;
}

const PLANNED_SOURCES = new Set(['entity', 'date', 'audience']);

function assertDimensions(by: readonly DimensionId[]): void {
  if (by.length === 0) throw new BadRequestException('Name at least one dimension in `by`');
  if (new Set(by).size !== by.length) throw new BadRequestException('Each dimension may appear once in `by`');
  const dates = by.filter((dimension) => DATE_UNITS[dimension] !== undefined);
  if (dates.length > 1) throw new BadRequestException(`Split by one date bucket at most, not ${dates.join(' and ')}`);
  const audience = audienceDimensionsOf(by);
  if (audience.length > 1)
    throw new BadRequestException(
      `Split by one audience dimension at most, not ${audience.join(' and ')}: audience exports are stored per dimension (an age × gender export as its ages and its genders), not per combination`,
    );
  const unplanned = by.filter(
    (id) => !PLANNED_SOURCES.has(DIMENSIONS.find((dimension) => dimension.id === id)?.source ?? ''),
  );
  if (unplanned.length > 0) {
    throw new BadRequestException(
      `breakdown cannot split by ${unplanned.join(', ')} yet (posts and hashtags come with their own queries); split by ${DIMENSIONS.filter(
        (dimension) => PLANNED_SOURCES.has(dimension.source),
      )
        .map(({ id }) => id)
        .join(', ')}`,
    );
  }
}

/** By the paid spend when the rows have a paid side, else by organic impressions. */
function defaultSort(by: readonly DimensionId[]): { metric: string; descending: boolean } {
  return { metric: splitsSide('paid', by) ? 'paid.spend' : 'organic.impressions', descending: true };
}

/** The slice with the sums its sort metric is computed from asked too. */
function withSortSums(slice: Slice, metric: string): Slice {
  const [side, field] = metric.split('.') as [Side, string];
  const asked = slice.sums?.[side];
  if (!asked) return slice;
  return { ...slice, sums: { ...slice.sums, [side]: new Set([...asked, ...sumsOf(side, [field])]) } };
}

/** A sort names a catalogue metric (`paid.spend`): anything else is refused before it is read as one. */
function assertMetric(metric: string): void {
  if (!metricEntries().some((entry) => entry.id === metric))
    throw new BadRequestException(`Unknown metric "${metric}": the \`metrics\` query lists them`);
}

function sortGroups(groups: SummaryGroup[], sort: { metric: string; descending: boolean }): SummaryGroup[] {
  const [side, field] = sort.metric.split('.') as [Side, string];
  const valueOf = (group: SummaryGroup) => group[side]?.[field] ?? null;
  const labelOf = (group: SummaryGroup) => JSON.stringify(Object.values(group.labels));
  return [...groups].sort((a, b) => {
    const [x, y] = [valueOf(a), valueOf(b)];
    if (x !== y) {
      if (x === null) return 1;
      if (y === null) return -1;
      return sort.descending ? y - x : x - y;
    }
    return labelOf(a).localeCompare(labelOf(b)) || groupKey(a.keys).localeCompare(groupKey(b.keys));
  });
}

const CURSOR_PREFIX = 'offset:';

function cursorOf(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');
}

function offsetOf(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString();
  const offset = Number(text.slice(CURSOR_PREFIX.length));
  if (!text.startsWith(CURSOR_PREFIX) || !Number.isSafeInteger(offset) || offset < 0)
    throw new BadRequestException(`"${cursor}" is not a cursor this query gave`);
  return offset;
}

const EMPTY_LABELS: Partial<Record<DimensionId, string>> = {
  CAMPAIGN: 'No campaign (account-level facts)',
  AD_SET: 'No ad set (campaign-level facts)',
  AD: 'No ad (ad set-level facts)',
  OBJECTIVE: 'No objective given',
};

function dimensionValue(dimension: DimensionId, group: SummaryGroup) {
  const id = group.keys[dimension] ?? '';
  const label = group.labels[dimension] ?? '';
  return { dimension, id, label: labelOf(dimension, id, label) };
}

/** A person's reading of a key: a platform's name, an objective with the raw words it came from, a name or the id. */
function labelOf(dimension: DimensionId, id: string, label: string): string {
  if (id === '') return EMPTY_LABELS[dimension] ?? '';
  if (dimension === 'PLATFORM') return PLATFORM_NAMES[id as CataloguePlatform] ?? id;
  if (dimension === 'OBJECTIVE') {
    const name = id.charAt(0) + id.slice(1).toLowerCase().replaceAll('_', ' ');
    return label && label.toLowerCase() !== name.toLowerCase() ? `${name} (${label})` : name;
  }
  return label || id;
}

function totalsOf(group: SummaryGroup | undefined): OverviewTotals {
  return { organic: group?.organic ?? summarise('organic', {}), paid: group?.paid ?? summarise('paid', {}) };
}

/** Organic facts have no campaign, ad set, ad or objective: a filter on those leaves the organic side out. */
function filtersPaidEntities(filter: FactFilter | null | undefined): boolean {
  return [filter?.campaigns, filter?.adSets, filter?.ads, filter?.objectives].some((list) => list && list.length > 0);
}

/** Each side's measures with their enum values, made once rather than per series point. */
const MEASURE_ENUM_VALUES = new Map(
  SIDES.map((side) => [side, measuresOf(side).map(({ field }) => ({ field, value: measureEnumValue(field) }))]),
);

/** The side's measures some fact reports (a reported measure is not null), as their enum values. */
function reportedMeasures(side: Side, summary: SideSummary): string[] {
  return MEASURE_ENUM_VALUES.get(side)!
    .filter(({ field }) => summary[field] !== null && summary[field] !== undefined)
    .map(({ value }) => value);
}

/**
 * Audience exports cover only what they list (an export broken down by age may list some ads, some days): an
 * audience breakdown's segments add up to those exports' totals, given here, not necessarily to the overview.
 */
function audienceScopeWarning(dimension: DimensionId, sums: Record<string, number | null>, currency: string): string {
  const name = DIMENSIONS.find(({ id }) => id === dimension)?.label ?? dimension;
  const totals = measuresOf('paid')
    .filter((measure) => measure.aggregation === 'sum')
    .flatMap((measure) => {
      const value = sums[measure.field] ?? null;
      if (value === null) return [];
      const amount = measure.unit === 'money' ? `${value.toFixed(2)} ${currency}` : String(Number(value.toFixed(6)));
      return [`${measure.label.toLowerCase()} ${amount}`];
    });
  if (totals.length === 0)
    return `No ${name.toLowerCase()} segments to show: no audience export gives them for a period that fits in this range (or in one of its days, weeks or months), on these platforms, within this filter`;
  return (
    `${name} segments add up to the audience exports' totals (${totals.join(', ')}), not necessarily to the overview: ` +
    'an audience export covers only the accounts, ads and days it lists. A two-way export (age × gender) was summed ' +
    'per dimension at import, so each of its dimensions adds up to the same total'
  );
}

function unconvertedWarnings(currencies: string[], reportingCurrency: string): string[] {
  return currencies.map(
    (code) =>
      `Spend and revenue in ${code} are left out of money totals: no ${code}→${reportingCurrency} exchange rate is known yet`,
  );
}
