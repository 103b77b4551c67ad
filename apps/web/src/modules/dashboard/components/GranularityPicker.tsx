import type { Granularity } from '../../../generated/graphql';
import { GRANULARITY_LABELS } from '../granularity.util';

interface GranularityPickerProps {
  value: Granularity;
  onChange: (granularity: Granularity) => void;
}

const GRANULARITIES = Object.keys(GRANULARITY_LABELS) as Granularity[];

export function GranularityPicker({ value, onChange }: GranularityPickerProps) {
  return (
    <div className="segmented" role="group" aria-label="Granularity">
      {GRANULARITIES.map((granularity) => (
        <button
          key={granularity}
          type="button"
          aria-pressed={value === granularity}
          onClick={() => onChange(granularity)}
          data-testid={`granularity-${granularity}`}
        >
          {GRANULARITY_LABELS[granularity]}
        </button>
      ))}
    </div>
  );
}
