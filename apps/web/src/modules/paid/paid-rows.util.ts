import type { Dimension, PaidBreakdownQuery, PaidRowFiguresFragment } from '../../generated/graphql';
import { kpiDefinition, ratioCoverage } from '../dashboard/kpi-definitions.util';

type Edge = PaidBreakdownQuery['breakdown']['edges'][number];
type DimensionValue = Edge['node']['key'][number];

/** One row of a Paid table: the value of its own dimension, its parents' values, and its figures. */
export interface PaidRow {
  /** Unique among the rows: every key's id. */
  rowKey: string;
  id: string;
  label: string;
  keys: Partial<Record<Dimension, DimensionValue>>;
  paid: PaidRowFiguresFragment | null;
  /** Null when comparing and the comparison period has no such row. */
  previous: PaidRowFiguresFragment | null;
}

export function paidRowsOf(edges: readonly Edge[], level: Dimension): PaidRow[] {
  return edges.map(({ node }) => {
    const keys = Object.fromEntries(node.key.map((value) => [value.dimension, value]));
    const own = keys[level];
    return {
      rowKey: node.key.map((value) => value.id).join('\u0000'),
      id: own?.id ?? '',
      label: own?.label ?? '',
      keys,
      paid: node.paid,
      previous: node.previous?.paid ?? null,
    };
  });
}

/** The name of a drilled-into campaign or ad set, from the rows that carry it; its id until they have come. */
export function drillLabel(rows: readonly PaidRow[], dimension: Dimension, id: string): string {
  return rows.find((row) => row.keys[dimension]?.id === id)?.keys[dimension]?.label ?? id;
}

export interface CoverageNote {
  /** "over 39% of spend" */
  text: string;
  /** "…(exports that report revenue)" */
  title: string;
}

/**
 * A ratio computed over part of its base (ROAS over the spend of the exports that report revenue), in words; null
 * when it covers all of it, or has no value to qualify.
 */
export function coverageNote(field: string, figures: PaidRowFiguresFragment | null): CoverageNote | null {
  const definition = kpiDefinition('paid', field);
  const values = figures as Readonly<Record<string, unknown>> | null;
  const share = definition.coverage ? values?.[definition.coverage.field] : null;
  if (typeof share !== 'number' || typeof values?.[field] !== 'number') return null;
  const coverage = ratioCoverage(definition, share);
  return coverage && { text: coverage.short, title: coverage.full };
}
