import { useState, type FormEvent } from 'react';
import { useApiKey } from '../../auth/hooks/useApiKey';
import { type CreatedWorkspace, useCreateWorkspace } from '../hooks/useCreateWorkspace';
import { SecretOnce } from './SecretOnce';
import { TimeZoneInput } from './TimeZoneInput';

/** A workspace for another brand or client; its owner key is kept in this browser and offered by the switcher. */
export function CreateWorkspaceForm() {
  const { create, creating, error } = useCreateWorkspace();
  const { switchTo } = useApiKey();
  const [name, setName] = useState('');
  const [currency, setCurrency] = useState('');
  const [timeZone, setTimeZone] = useState('');
  const [created, setCreated] = useState<CreatedWorkspace>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setCreated(await create(name.trim(), currency, timeZone));
    setName('');
  };

  return (
    <section className="panel" aria-labelledby="settings-new-workspace">
      <h2 id="settings-new-workspace">New workspace</h2>
      <p className="muted">
        A workspace for another brand or client, with its own data and keys. This browser keeps its owner key: switch to
        it from the header.
      </p>
      <form
        className="settings-form settings-form--inline"
        onSubmit={(event) => void submit(event).catch(() => undefined)}
        data-testid="create-workspace"
      >
        <label className="field">
          Name
          <input
            value={name}
            required
            maxLength={100}
            onChange={(event) => setName(event.target.value)}
            data-testid="create-workspace-name"
          />
        </label>
        <label className="field">
          Currency
          <input
            value={currency}
            maxLength={3}
            placeholder="USD"
            onChange={(event) => setCurrency(event.target.value.toUpperCase())}
          />
        </label>
        <label className="field">
          Time zone
          <TimeZoneInput value={timeZone} onChange={setTimeZone} placeholder="UTC" />
        </label>
        <button
          type="submit"
          className="button button--primary"
          disabled={creating || !name.trim()}
          data-testid="create-workspace-submit"
        >
          Create workspace
        </button>
      </form>
      {error && <p className="error-text">Could not create it: {error.message}</p>}
      {created && (
        <>
          <SecretOnce
            what={`The owner key of “${created.name}”`}
            secret={created.ownerKey}
            onDone={() => setCreated(undefined)}
            testId="new-workspace-key"
          />
          <button
            type="button"
            className="button"
            onClick={() => switchTo(created.ownerKey)}
            data-testid="open-new-workspace"
          >
            Open “{created.name}”
          </button>
        </>
      )}
    </section>
  );
}
