import { formatDecimalMoney, formatPreviewCount, UNKNOWN_CURRENCY } from '../import-preview.util';
import type { ImportPreviewAnswer } from '../upload.util';

const AMOUNT_COLUMNS = ['Spend', 'Revenue', 'Conversions', 'Impressions', 'Clicks'];

/** What a previewed file would add to paid results, one row per currency (totals in different currencies never mix). */
export function PreviewPaidTotals({ paid }: { paid: ImportPreviewAnswer['paid'] }) {
  return (
    <div className="table-scroll">
      <table className="table table--compact" data-testid="preview-paid">
        <thead>
          <tr>
            <th scope="col">Currency</th>
            {AMOUNT_COLUMNS.map((label) => (
              <th key={label} scope="col" className="numeric">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {paid.map((totals) => (
            <tr key={totals.currency ?? ''} data-testid="preview-paid-currency" data-currency={totals.currency ?? ''}>
              <td>{totals.currency ?? <span className="muted">{UNKNOWN_CURRENCY}</span>}</td>
              <td className="numeric" data-testid="preview-paid-spend">
                {formatDecimalMoney(totals.spend, totals.currency)}
              </td>
              <td className="numeric" data-testid="preview-paid-revenue">
                {formatDecimalMoney(totals.revenue, totals.currency)}
              </td>
              <td className="numeric">{formatPreviewCount(totals.conversions)}</td>
              <td className="numeric">{formatPreviewCount(totals.impressions)}</td>
              <td className="numeric">{formatPreviewCount(totals.clicks)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
