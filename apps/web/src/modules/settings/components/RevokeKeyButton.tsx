import { useState } from 'react';

interface RevokeKeyButtonProps {
  name: string;
  disabled: boolean;
  onRevoke: () => Promise<unknown>;
}

/** Revoking cannot be undone, so it asks once more in place. */
export function RevokeKeyButton({ name, disabled, onRevoke }: RevokeKeyButtonProps) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming)
    return (
      <button
        type="button"
        className="link-button"
        disabled={disabled}
        onClick={() => setConfirming(true)}
        data-testid="revoke-key"
      >
        Revoke
      </button>
    );
  return (
    <span role="group" aria-label={`Revoke ${name}?`}>
      Revoke “{name}”? It stops working at once.{' '}
      <button
        type="button"
        className="link-button error-text"
        disabled={disabled}
        onClick={() => void onRevoke().finally(() => setConfirming(false))}
        data-testid="revoke-key-confirm"
      >
        Revoke
      </button>{' '}
      <button
        type="button"
        className="link-button"
        onClick={() => setConfirming(false)}
        data-testid="revoke-key-cancel"
      >
        Keep
      </button>
    </span>
  );
}
