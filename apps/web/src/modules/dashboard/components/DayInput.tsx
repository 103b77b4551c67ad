interface DayInputProps {
  label: string;
  value: string;
  onChange: (day: string) => void;
  testId: string;
}

/** A report day (`YYYY-MM-DD`); a cleared field changes nothing. */
export function DayInput({ label, value, onChange, testId }: DayInputProps) {
  return (
    <label className="date-range__day">
      <span>{label}</span>
      <input
        type="date"
        value={value}
        required
        onChange={(event) => event.target.value && onChange(event.target.value)}
        data-testid={testId}
      />
    </label>
  );
}
