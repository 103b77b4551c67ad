import type { DateRange } from '../../../generated/graphql';
import { DATE_PRESETS, withFrom, withTo, type PresetDays } from '../date-range.util';
import { DayInput } from './DayInput';

interface DateRangePickerProps {
  range: DateRange;
  activePreset: PresetDays | null;
  onPreset: (days: PresetDays) => void;
  onRange: (range: DateRange) => void;
}

export function DateRangePicker({ range, activePreset, onPreset, onRange }: DateRangePickerProps) {
  return (
    <fieldset className="filter date-range">
      <legend>Period</legend>
      <div className="segmented" role="group" aria-label="Presets">
        {DATE_PRESETS.map((days) => (
          <button
            key={days}
            type="button"
            aria-pressed={activePreset === days}
            onClick={() => onPreset(days)}
            data-testid={`range-preset-${days}`}
          >
            Last {days} days
          </button>
        ))}
      </div>
      <DayInput label="From" value={range.from} onChange={(day) => onRange(withFrom(range, day))} testId="range-from" />
      <DayInput label="To" value={range.to} onChange={(day) => onRange(withTo(range, day))} testId="range-to" />
    </fieldset>
  );
}
