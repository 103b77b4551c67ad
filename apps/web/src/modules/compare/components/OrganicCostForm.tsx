import { useState, type FormEvent } from 'react';
import { formatMetric } from '../../dashboard/metric-format.util';
import { monthLabel } from '../compare-sentences.util';
import { useSetOrganicCost } from '../hooks/useSetOrganicCost';

interface OrganicCostFormProps {
  /** Months touching the range (YYYY-MM), oldest first. */
  months: readonly string[];
  /** The month offered first: the first without a cost. */
  initialMonth: string;
  currency: string;
}

/** Enters what the organic work cost in one month (people, tools, agency), in the reporting currency. */
export function OrganicCostForm({ months, initialMonth, currency }: OrganicCostFormProps) {
  const { save, saving, error } = useSetOrganicCost();
  const [month, setMonth] = useState(initialMonth);
  const [amount, setAmount] = useState('');
  const [saved, setSaved] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = Number(amount);
    setSaved(undefined);
    await save(month, value);
    setSaved(`Saved ${formatMetric(value, 'money', { currency })} for ${monthLabel(month)}.`);
  };

  return (
    <form
      className="compare-cost-form"
      onSubmit={(event) => void submit(event).catch(() => undefined)}
      data-testid="compare-cost-form"
    >
      <label className="field">
        Month
        <select value={month} onChange={(event) => setMonth(event.target.value)} data-testid="compare-cost-month">
          {months.map((option) => (
            <option key={option} value={option}>
              {monthLabel(option)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        Organic cost of the whole month ({currency})
        <input
          type="number"
          min="0"
          step="0.01"
          required
          inputMode="decimal"
          value={amount}
          onChange={(event) => setAmount(event.target.value)}
          data-testid="compare-cost-amount"
        />
      </label>
      <button
        type="submit"
        className="button button--primary"
        disabled={saving || amount === ''}
        data-testid="compare-cost-save"
      >
        {saving ? 'Saving…' : 'Save cost'}
      </button>
      <p className="muted" role="status">
        {error ? <span className="error-text">Could not save: {error.message}</span> : saved}
      </p>
    </form>
  );
}
