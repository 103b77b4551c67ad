import type { Platform } from '../../generated/graphql';
import type { DashboardPeriod } from '../dashboard/hooks/useDashboardPeriod';
import type { FormatContext } from '../dashboard/metric-format.util';

/** What a panel of the Organic or Compare page receives from its page. */
export interface DashboardPanelProps {
  period: DashboardPeriod;
  /** Empty means all platforms. */
  platforms: Platform[];
  format: FormatContext;
}
