interface SegmentedChoiceProps<Value extends string> {
  /** What is being chosen, for screen readers: "Group rows by". */
  label: string;
  options: ReadonlyArray<{ value: Value; label: string }>;
  value: string;
  onChange: (value: Value) => void;
  /** `paid-group` → `paid-group-objective` on the objective's button. */
  testId: string;
}

/** A few exclusive choices as pressed buttons. */
export function SegmentedChoice<Value extends string>({
  label,
  options,
  value,
  onChange,
  testId,
}: SegmentedChoiceProps<Value>) {
  return (
    <div className="segmented paid-segmented" role="group" aria-label={label}>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-pressed={value === option.value}
          onClick={() => onChange(option.value)}
          data-testid={`${testId}-${option.value}`}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
