import type { Side } from '@tandem/metrics/catalogue.js';
import { kpiDefinition } from '../dashboard/kpi-definitions.util';

/** One colour per side across the page's charts, each at least 4.5:1 against white. */
export const SIDE_COLORS: Readonly<Record<Side, string>> = { organic: '#1d4ed8', paid: '#b45309' };

export const SIDE_NAMES: Readonly<Record<Side, string>> = { organic: 'Organic', paid: 'Paid' };

/** "Organic impressions", "Paid engagements": a measure's catalogue label with its side. */
export const sideMeasureLabel = (side: Side, field: string) =>
  `${SIDE_NAMES[side]} ${kpiDefinition(side, field).label.toLowerCase()}`;
