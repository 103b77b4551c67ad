import type { Side } from '@tandem/metrics/catalogue.js';
import { kpiDefinition } from '../../dashboard/kpi-definitions.util';
import type { CompareReachQuery } from '../../../generated/graphql';
import { formatMetric, NOT_REPORTED, type FormatContext } from '../../dashboard/metric-format.util';
import { PLATFORM_LABELS } from '../../dashboard/platforms.util';
import { SIDE_COLORS, SIDE_NAMES } from '../compare-sides.util';

type PlatformSplit = CompareReachQuery['organicVsPaid']['byPlatform'][number];

export const REACH_MEASURES = ['impressions', 'engagements'] as const;
type Measure = (typeof REACH_MEASURES)[number];
const SIDES: readonly Side[] = ['organic', 'paid'];

interface ReachBarsProps {
  platforms: readonly PlatformSplit[];
  format: FormatContext;
}

const largest = (platforms: readonly PlatformSplit[], measure: Measure) =>
  Math.max(1, ...platforms.flatMap((split) => SIDES.map((side) => split[side][measure] ?? 0)));

/** Per platform and measure, an organic and a paid bar, each measure on its own scale (the longest bar is full width). */
export function ReachBars({ platforms, format }: ReachBarsProps) {
  return (
    <div className="compare-bars" data-testid="compare-reach-bars">
      <p className="compare-bars__legend">
        {SIDES.map((side) => (
          <span key={side}>
            <span className="compare-bars__swatch" style={{ background: SIDE_COLORS[side] }} /> {SIDE_NAMES[side]}
          </span>
        ))}
      </p>
      {REACH_MEASURES.map((measure) => {
        const max = largest(platforms, measure);
        return (
          <section key={measure} className="compare-bars__measure">
            <h3>{kpiDefinition('organic', measure).label}</h3>
            {platforms.map((split) => (
              <div key={split.platform} className="compare-bars__group">
                <span className="compare-bars__platform">{PLATFORM_LABELS[split.platform]}</span>
                {SIDES.map((side) => {
                  const value = split[side][measure];
                  return (
                    <div key={side} className="compare-bars__row">
                      <span className="compare-bars__track">
                        <span
                          className="compare-bars__bar"
                          style={{ width: `${((value ?? 0) / max) * 100}%`, background: SIDE_COLORS[side] }}
                        />
                      </span>
                      <span className="compare-bars__value">
                        {SIDE_NAMES[side]}: {value === null ? NOT_REPORTED : formatMetric(value, 'count', format)}
                      </span>
                    </div>
                  );
                })}
              </div>
            ))}
          </section>
        );
      })}
    </div>
  );
}
