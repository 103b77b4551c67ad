import { GraphQLEditor } from '../modules/explorer/components/GraphQLEditor';
import { ExplorerResult } from '../modules/explorer/components/ExplorerResult';
import { useExplorer } from '../modules/explorer/hooks/useExplorer';
import { Notice } from '../modules/ui/components/Notice';

/** GraphQL against this API with the connected key: what the dashboard reads, to try before scripting it. */
export function ExplorerPage() {
  const explorer = useExplorer();
  const { run } = explorer;

  return (
    <div className="page explorer" data-testid="explorer">
      <div className="page__heading">
        <h1>API explorer</h1>
        <p className="muted">
          Queries run against <code>/graphql</code> with the key you connected with, and see what that key may see. The
          schema's descriptions show on hover and in completions.
        </p>
      </div>
      {explorer.schemaError && (
        <Notice tone="warning" testId="explorer-schema-error">
          {explorer.schemaError}: completion and checks are off, queries still run.
        </Notice>
      )}
      <div className="explorer-grid">
        <section className="panel explorer-input">
          <div className="explorer-toolbar">
            <h2>Query</h2>
            <button
              type="button"
              className="button button--primary"
              disabled={run.kind === 'running'}
              onClick={() => void explorer.execute()}
              data-testid="explorer-run"
            >
              {run.kind === 'running' ? 'Running…' : 'Run'}
            </button>
          </div>
          <GraphQLEditor
            value={explorer.query}
            schema={explorer.schema}
            label="GraphQL query"
            onChange={explorer.setQuery}
            onRun={() => void explorer.execute()}
          />
          <label className="field explorer-variables">
            <span>Variables (JSON)</span>
            <textarea
              rows={4}
              spellCheck={false}
              value={explorer.variables}
              placeholder='{"first": 10}'
              onChange={(event) => explorer.setVariables(event.target.value)}
              data-testid="explorer-variables"
            />
          </label>
        </section>
        <ExplorerResult run={run} />
      </div>
    </div>
  );
}
