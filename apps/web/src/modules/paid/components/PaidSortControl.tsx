import type { BreakdownSort } from '../../../generated/graphql';
import { PAID_TABLE_FIELDS, paidLabel, SORT_ORDERS } from '../paid-view.util';

interface PaidSortControlProps {
  sort: BreakdownSort;
  onMetric: (metric: string) => void;
  onOrder: (order: keyof typeof SORT_ORDERS) => void;
}

const SORT_OPTIONS = PAID_TABLE_FIELDS.map((field) => ({
  metric: `paid.${field}`,
  label: paidLabel(field),
}));

/** Which metric orders the rows, and which way: the server sorts, so "Show more" continues the same order. */
export function PaidSortControl({ sort, onMetric, onOrder }: PaidSortControlProps) {
  return (
    <div className="paid-sort">
      <label className="field field--inline">
        <span>Sort by</span>
        <select value={sort.metric} onChange={(event) => onMetric(event.target.value)} data-testid="paid-sort">
          {SORT_OPTIONS.map((option) => (
            <option key={option.metric} value={option.metric}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field field--inline">
        <span className="visually-hidden">Order</span>
        <select
          value={sort.descending ? 'desc' : 'asc'}
          onChange={(event) => onOrder(event.target.value as keyof typeof SORT_ORDERS)}
          data-testid="paid-sort-order"
        >
          {Object.entries(SORT_ORDERS).map(([order, label]) => (
            <option key={order} value={order}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
