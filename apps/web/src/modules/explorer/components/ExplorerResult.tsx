import type { RunState } from '../hooks/useExplorer';

/** The API's answer as it came: status, time, and the body pretty-printed. */
export function ExplorerResult({ run }: { run: RunState }) {
  return (
    <section className="panel explorer-output" aria-live="polite">
      <h2>Result</h2>
      {run.kind === 'idle' && <p className="muted">Run the query to see the API's answer here.</p>}
      {run.kind === 'running' && <p className="muted">Running…</p>}
      {run.kind === 'failed' && (
        <p className="explorer-error" role="alert" data-testid="explorer-error">
          {run.message}
        </p>
      )}
      {run.kind === 'answered' && (
        <>
          <p className="muted" data-testid="explorer-status">
            HTTP {run.answer.status} · {run.ms} ms
          </p>
          <pre className="explorer-json" data-testid="explorer-result">
            {typeof run.answer.body === 'string' ? run.answer.body : JSON.stringify(run.answer.body, null, 2)}
          </pre>
        </>
      )}
    </section>
  );
}
