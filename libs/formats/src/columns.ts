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

/** What a format's header must hold; names are compared normalised (`Account ID` = `account_id`). */
export interface HeaderRule {
  required: readonly string[];
  /** At least one of these. */
  anyOf?: readonly string[];
  /** None of these: they mark a sibling format. */
  forbidden?: readonly string[];
}

const MISMATCH_CEILING = 0.45;

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
 * A full fit scores 1. A partial one scores below 0.5, by the share of required columns present,
 * so that it is never picked but can be named as the closest candidate.
 */
export function matchHeader(head: FileHead, rule: HeaderRule): Detection {
  if (!head.table) return { confidence: 0, mismatch: `not a CSV or TSV file with a header (${head.container})` };
  const present = new Set(head.table.header.cells.map(normalizeHeader));
  const has = (name: string) => present.has(normalizeHeader(name));
  const missing = rule.required.filter((name) => !has(name));
  const problems = [
    missing.length > 0 ? `missing columns: ${missing.join(', ')}` : null,
    rule.anyOf && !rule.anyOf.some(has) ? `needs one of the columns ${rule.anyOf.join(', ')}` : null,
    ...(rule.forbidden ?? []).filter(has).map((name) => `has a ${name} column`),
  ].filter((problem) => problem !== null);
  if (problems.length === 0) return { confidence: 1, mismatch: null };
  const share = (rule.required.length - missing.length) / rule.required.length;
  return { confidence: MISMATCH_CEILING * share, mismatch: problems.join('; ') };
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
