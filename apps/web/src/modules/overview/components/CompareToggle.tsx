interface CompareToggleProps {
  checked: boolean;
  /** The previous period, spelled out. */
  compareLabel: string;
  onChange: (checked: boolean) => void;
}

export function CompareToggle({ checked, compareLabel, onChange }: CompareToggleProps) {
  return (
    <label className="filter compare-toggle">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        data-testid="compare-toggle"
      />
      <span>
        Compare to previous period <span className="muted">({compareLabel})</span>
      </span>
    </label>
  );
}
