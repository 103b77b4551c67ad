import type { Detection } from './format.js';
import type { FileHead } from './reader/file-head.js';
import { normalizeHeader } from './reader/header-names.js';

/** A column of the file: where it is and its header as written, for error messages. */
export interface Column {
  index: number;
  header: string;
}

export type ColumnMap<Required extends string, Optional extends string> = Record<Required, Column> &
  Partial<Record<Optional, Column>>;

export type ColumnMapping<Required extends string, Optional extends string> =
  { ok: true; columns: ColumnMap<Required, Optional> } | { ok: false; missing: Required[] };

/** Interchangeable header names of one column (`Impressions` or `Impression`): any one of them counts. */
export type ColumnGroup = string | readonly string[];

/**
 * A format's signature: column groups scored against a header, so that an export whose columns a user customised
 * still matches by what it has. Names are compared normalised (`Account ID` = `account_id`).
 */
export interface HeaderRule {
  /** Groups that must all be present: the columns no export of the format goes without. */
  required: readonly ColumnGroup[];
  /** At least one of these. */
  anyOf?: readonly string[];
  /** Groups that make a fit surer, each present one raising its score: the columns a customised export may drop. */
  supporting?: readonly ColumnGroup[];
  /** None of these: they mark a sibling format. */
  forbidden?: readonly string[];
}

const MISMATCH_CEILING = 0.45;
const FIT_FLOOR = 0.5;

/** Finds each named column in the header (first occurrence wins); fails when a required one is absent. */
export function mapColumns<Required extends string, Optional extends string>(
  header: readonly string[],
  required: readonly Required[],
  optional: readonly Optional[],
): ColumnMapping<Required, Optional> {
  const found = findColumns(header, [...required, ...optional]);
  const missing = required.filter((name) => !found.has(name));
  if (missing.length > 0) return { ok: false, missing };
  return { ok: true, columns: Object.fromEntries(found) as ColumnMap<Required, Optional> };
}

/**
 * The named columns the header has more than once, each with its occurrences. For a format that reads one column
 * per name, two `spend` columns leave anybody guessing which holds the spend.
 */
export function repeatedColumns(header: readonly string[], names: readonly string[]): Column[][] {
  return names.map((name) => columnsNamed(header, name)).filter((columns) => columns.length > 1);
}

function columnsNamed(header: readonly string[], name: string): Column[] {
  const wanted = normalizeHeader(name);
  return header.flatMap((cell, index) => (normalizeHeader(cell) === wanted ? [{ index, header: cell.trim() }] : []));
}

/**
 * A fit (every required group, one of `anyOf`, nothing forbidden) scores from 0.5 to 1 by the share of all its
 * groups present, so that of two fits the one with more of its columns wins. A partial one scores below 0.5, by
 * the share of required groups present, so that it is never picked but can be named as the closest candidate.
 */
export function matchHeader(head: FileHead, rule: HeaderRule): Detection {
  if (!head.table) return { confidence: 0, mismatch: `not a CSV or TSV file with a header (${head.container})` };
  const present = new Set(head.table.header.cells.map(normalizeHeader));
  const has = (group: ColumnGroup) => namesOf(group).some((name) => present.has(normalizeHeader(name)));
  const missing = rule.required.filter((group) => !has(group));
  const problems = [
    missing.length > 0 ? `missing columns: ${missing.map((group) => namesOf(group).join(' or ')).join(', ')}` : null,
    rule.anyOf && !rule.anyOf.some(has) ? `needs one of the columns ${rule.anyOf.join(', ')}` : null,
    ...(rule.forbidden ?? []).filter(has).map((name) => `has a ${name} column`),
  ].filter((problem) => problem !== null);
  if (problems.length > 0) {
    const share = rule.required.length === 0 ? 0 : (rule.required.length - missing.length) / rule.required.length;
    return { confidence: MISMATCH_CEILING * share, mismatch: problems.join('; ') };
  }
  const groups = [...rule.required, ...(rule.supporting ?? [])];
  const share = groups.length === 0 ? 1 : groups.filter(has).length / groups.length;
  return { confidence: FIT_FLOOR + (1 - FIT_FLOOR) * share, mismatch: null };
}

function namesOf(group: ColumnGroup): readonly string[] {
  return typeof group === 'string' ? [group] : group;
}

function findColumns(header: readonly string[], names: readonly string[]): Map<string, Column> {
  const found = new Map<string, Column>();
  for (const name of names) {
    const index = header.findIndex((cell) => normalizeHeader(cell) === normalizeHeader(name));
    const cell = header[index];
    if (cell !== undefined) found.set(name, { index, header: cell.trim() });
  }
  return found;
}
