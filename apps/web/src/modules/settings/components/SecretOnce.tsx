import { useCopy } from '../../reports/hooks/useCopy';

interface SecretOnceProps {
  /** What the secret opens, e.g. `The key "CI uploads"`. */
  what: string;
  secret: string;
  onDone: () => void;
  testId: string;
}

/** A secret the API answers once: shown until dismissed, with a copy button, and never again. */
export function SecretOnce({ what, secret, onDone, testId }: SecretOnceProps) {
  const { copied, copy } = useCopy();
  return (
    <div className="notice notice--warning secret-once" role="status" data-testid={testId}>
      <p>{what}: copy it now, it will not be shown again.</p>
      <code className="secret-once__value" data-testid={`${testId}-value`}>
        {secret}
      </code>
      <div className="secret-once__actions">
        <button type="button" className="button button--primary" onClick={() => void copy('secret', secret)}>
          {copied ? 'Copied' : 'Copy'}
        </button>
        <button type="button" className="button button--quiet" onClick={onDone} data-testid={`${testId}-done`}>
          Done
        </button>
      </div>
    </div>
  );
}
