import type { ImportSummaryFragment } from '../../generated/graphql';

export type ImportChanges = NonNullable<ImportSummaryFragment['changes']>;

const MEASURES = [
  ['spend', 'spend', 2],
  ['revenue', 'revenue', 2],
  ['conversions', 'conversions', 0],
  ['impressions', 'impressions', 0],
  ['engagements', 'engagements', 0],
] as const;

const days = (count: number) => `${count.toLocaleString('en-US')} ${count === 1 ? 'day' : 'days'}`;

/**
 * One line for an import's row saying what it changed in the figures: "Restated 28 days: conversions +41, spend
 * +0.00"; a re-upload that changed nothing says so. Money is in the facts' own currency, so it carries no symbol.
 */
export function describeImportChanges(changes: ImportChanges): string {
  const { rowsInserted, rowsRestated, rowsUnchanged } = changes;
  if (rowsInserted + rowsRestated === 0)
    return rowsUnchanged === 0 ? 'Changed nothing' : `Changed nothing: every row was already stored as it is`;
  const verb = rowsRestated === 0 ? 'Added' : rowsInserted === 0 ? 'Restated' : 'Added and restated';
  const moved = MEASURES.filter(([field]) => changes[field] !== 0).map(
    ([field, label, decimals]) =>
      `${label} ${changes[field].toLocaleString('en-US', {
        minimumFractionDigits: decimals,
        maximumFractionDigits: Math.max(decimals, 2),
        signDisplay: 'exceptZero',
      })}`,
  );
  return `${verb} ${days(changes.daysTouched)}: ${moved.length > 0 ? moved.join(', ') : 'no total moved'}`;
}

/** The counts behind the line, for its title. */
export function describeImportRows({ rowsInserted, rowsRestated, rowsUnchanged }: ImportChanges): string {
  return `${rowsInserted.toLocaleString('en-US')} new, ${rowsRestated.toLocaleString('en-US')} restated, ${rowsUnchanged.toLocaleString('en-US')} unchanged`;
}
