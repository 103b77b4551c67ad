import type { Platform } from '@tandem/formats/canonical.js';
import type { DimensionDefinition, Side } from '@tandem/metrics/catalogue.js';

export type DimensionId = DimensionDefinition['id'];

export interface DayRange {
  from: string;
  to: string;
}

/** Facts kept by id, after the finest level is chosen (so a filtered row equals its unfiltered breakdown row). */
export interface FactFilter {
  accounts?: readonly string[];
  campaigns?: readonly string[];
  adSets?: readonly string[];
  ads?: readonly string[];
  objectives?: readonly string[];
}

/** One question to the planner: which facts (workspace, range, platforms, filter), split how, summed in what money. */
export interface QuerySpec {
  workspaceId: string;
  range: DayRange;
  platforms: readonly Platform[] | null;
  /** The reporting currency: money in other currencies is left out of sums (and warned about). */
  currency: string;
  dimensions: readonly DimensionId[];
  filter?: FactFilter | null;
  /** The sums each side's answer needs (`sumsOf`, libs/metrics): a side not named needs all, an empty set none. */
  sums?: SumsAsked | null;
}

export type SumsAsked = Partial<Record<Side, ReadonlySet<string>>>;

/** A SQL statement and its parameters, as the planner compiled it. */
export interface CompiledQuery {
  sql: string;
  params: unknown[];
}

/** One group of the answer: its dimension keys (by dimension id), labels, and the side's sums. */
export interface GroupRow {
  keys: Record<string, string>;
  labels: Record<string, string>;
  sums: Record<string, number | null>;
}

/** One string per group of an answer, by its keys (the same dimensions in the same order give the same string). */
export const groupKey = (keys: Record<string, string>): string => JSON.stringify(keys);
