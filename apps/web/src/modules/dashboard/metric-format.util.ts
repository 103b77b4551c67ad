/** How a number is read: a count, money in the workspace currency, a fraction shown as %, or a multiple (ROAS). */
export type MetricUnit = 'count' | 'signedCount' | 'money' | 'percent' | 'multiple';

export interface FormatContext {
  currency: string;
  locale?: string;
}

export const MISSING_VALUE = '—';
/** What a card shows for a null figure: no imported export reports it for the range. Never 0, never a dash. */
export const NOT_REPORTED = 'Not reported';

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

/** A known figure; a null one is NOT_REPORTED, which the caller decides how to show. */
export function formatMetric(value: number, unit: MetricUnit, context: FormatContext): string {
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

/**
 * A share of a whole (0..1), rounded down so that a part never reads as all of it: 0.396 → "39%", 0.999 → "99%",
 * 0.004 → "<1%".
 */
export function formatShare(share: number, locale?: string): string {
  const format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const percent = Math.floor(Math.round(share * 1e6) / 1e4); // 0.29 × 100 is 28.999… in floating point
  return percent < 1 && share > 0 ? `<${format.format(0.01)}` : format.format(percent / 100);
}

/** Short axis ticks: "12K", "1.5M". */
export function formatAxisNumber(value: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}
