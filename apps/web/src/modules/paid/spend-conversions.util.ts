import type { PaidSpendConversionsQuery } from '../../generated/graphql';

export interface SpendConversionsPoint {
  /** First day of the period. */
  period: string;
  /** Null where no fact of the period reports it: a gap in the chart, "Not reported" in the table, never 0. */
  spend: number | null;
  conversions: number | null;
}

/** Sums read 0 for "nothing imported": a measure counts only where the period lists it as reported. */
export function spendConversionsPoints(series: PaidSpendConversionsQuery['timeSeries']): SpendConversionsPoint[] {
  return series.map(({ period, paid, paidReported }) => ({
    period,
    spend: paidReported.includes('SPEND') ? paid.spend : null,
    conversions: paidReported.includes('CONVERSIONS') ? paid.conversions : null,
  }));
}
