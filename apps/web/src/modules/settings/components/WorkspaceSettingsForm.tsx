import { useState, type FormEvent } from 'react';
import type { SettingsWorkspaceQuery } from '../../../generated/graphql';
import type { WorkspaceSettingsInput } from '../hooks/useWorkspaceSettings';
import { TimeZoneInput } from './TimeZoneInput';

interface WorkspaceSettingsFormProps {
  workspace: SettingsWorkspaceQuery['workspace'];
  saving: boolean;
  error: Error | undefined;
  onSave: (settings: WorkspaceSettingsInput) => Promise<unknown>;
}

/** Reporting currency, time zone, and the organic cost of every month that has none of its own. */
export function WorkspaceSettingsForm({ workspace, saving, error, onSave }: WorkspaceSettingsFormProps) {
  const [currency, setCurrency] = useState(workspace.currency);
  const [timeZone, setTimeZone] = useState(workspace.timeZone);
  const [cost, setCost] = useState(workspace.organicMonthlyCost === null ? '' : String(workspace.organicMonthlyCost));
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    await onSave({ currency, timeZone, organicMonthlyCost: cost === '' ? null : Number(cost) });
    setSaved(true);
  };

  return (
    <form
      className="settings-form"
      onSubmit={(event) => void submit(event).catch(() => undefined)}
      data-testid="workspace-settings"
    >
      <label className="field">
        Reporting currency (ISO 4217)
        <input
          value={currency}
          maxLength={3}
          required
          onChange={(event) => setCurrency(event.target.value.toUpperCase())}
          data-testid="settings-currency"
        />
      </label>
      <label className="field">
        Time zone
        <TimeZoneInput value={timeZone} onChange={setTimeZone} required testId="settings-time-zone" />
      </label>
      <label className="field">
        Organic cost of a month ({workspace.currency})
        <input
          type="number"
          min="0"
          step="0.01"
          inputMode="decimal"
          value={cost}
          onChange={(event) => setCost(event.target.value)}
          data-testid="settings-organic-cost"
        />
      </label>
      <p className="muted">
        The organic cost counts for every month without a cost of its own (entered on Organic vs paid); empty: such
        months have no cost.
      </p>
      <button type="submit" className="button button--primary" disabled={saving} data-testid="settings-save">
        {saving ? 'Saving…' : 'Save settings'}
      </button>
      <p className="muted" role="status" data-testid="settings-status">
        {error ? <span className="error-text">Could not save: {error.message}</span> : saved ? 'Saved.' : null}
      </p>
    </form>
  );
}
