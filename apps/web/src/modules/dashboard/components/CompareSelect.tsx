import type { CompareMode } from '../dashboard-filters.util';
import { COMPARE_MODE_LABELS } from '../hooks/useDashboardPeriod';

interface CompareSelectProps {
  value: CompareMode;
  onChange: (mode: CompareMode) => void;
}

const MODES: readonly CompareMode[] = ['previous', 'year', 'off'];

export function CompareSelect({ value, onChange }: CompareSelectProps) {
  return (
    <fieldset className="filter">
      <legend>Compare with</legend>
      <div className="segmented" role="group" aria-label="Compare with">
        {MODES.map((mode) => (
          <button
            key={mode}
            type="button"
            aria-pressed={value === mode}
            onClick={() => onChange(mode)}
            data-testid={`compare-${mode}`}
          >
            {COMPARE_MODE_LABELS[mode]}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
