/** How a number is read: a count, money in the workspace currency, a fraction shown as %, or a multiple (ROAS). */
export type MetricUnit = 'count' | 'signedCount' | 'money' | 'percent' | 'multiple';

export interface FormatContext {
  currency: string;
  locale?: string;
}

export const MISSING_VALUE = '—';

function numberFormat(unit: MetricUnit, { currency, locale }: FormatContext): Intl.NumberFormat {
  switch (unit) {
    case 'money':
      return new Intl.NumberFormat(locale, { style: 'currency', currency });
    case 'percent':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
    case 'multiple':
      return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    case 'signedCount':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
    case 'count':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  }
}

export function formatMetric(value: number | null, unit: MetricUnit, context: FormatContext): string {
  if (value === null) return MISSING_VALUE;
  const text = numberFormat(unit, context).format(value);
  return unit === 'multiple' ? `${text}×` : text;
}

const SMALLEST_SHOWN_CHANGE = 0.001;

/** The size of a change, without its sign (the arrow carries the direction): "12.3%"; "<0.1%" rather than a moving "0%". */
export function formatChange(change: number | null, locale?: string): string {
  if (change === null) return MISSING_VALUE;
  const format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const size = Math.abs(change);
  return size > 0 && size < SMALLEST_SHOWN_CHANGE / 2
    ? `<${format.format(SMALLEST_SHOWN_CHANGE)}`
    : format.format(size);
}

/** Short axis ticks: "12K", "1.5M". */
export function formatAxisNumber(value: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}
