import type { GraphQLSchema } from 'graphql';
import { useEffect, useState } from 'react';
import { useAddressParam } from '../../navigation/hooks/useAddressParam';
import {
  createExplorerFetcher,
  loadSchema,
  parseVariables,
  type ExplorerAnswer,
  type ExplorerFetcher,
} from '../explorer-fetch.util';

export const DEFAULT_QUERY = `# Run with Ctrl+Enter (⌘+Enter on a Mac); Ctrl+Space completes, hovering a field shows its description.
query Workspace {
  workspace {
    name
    currency
    timeZone
    keyRole
  }
}
`;

export type RunState =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'answered'; answer: ExplorerAnswer; ms: number }
  | { kind: 'failed'; message: string };

const defaultFetcher = createExplorerFetcher();
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The explorer's query and variables live in the address, so a link opens the same operation. */
export function useExplorer(fetcher: ExplorerFetcher = defaultFetcher) {
  const [query, setQuery] = useAddressParam('query', DEFAULT_QUERY);
  const [variables, setVariables] = useAddressParam('variables', '');
  const [schema, setSchema] = useState<GraphQLSchema | null>(null);
  const [schemaError, setSchemaError] = useState<string | null>(null);
  const [run, setRun] = useState<RunState>({ kind: 'idle' });

  useEffect(() => {
    let current = true;
    loadSchema(fetcher).then(
      (loaded) => current && setSchema(loaded),
      (error: unknown) => current && setSchemaError(messageOf(error)),
    );
    return () => {
      current = false;
    };
  }, [fetcher]);

  const execute = async () => {
    const parsed = parseVariables(variables);
    if (!parsed.ok) return setRun({ kind: 'failed', message: parsed.message });
    setRun({ kind: 'running' });
    const started = performance.now();
    try {
      const answer = await fetcher({ query, variables: parsed.value });
      setRun({ kind: 'answered', answer, ms: Math.round(performance.now() - started) });
    } catch (error) {
      setRun({ kind: 'failed', message: `The request did not reach the API: ${messageOf(error)}` });
    }
  };

  return { query, setQuery, variables, setVariables, schema, schemaError, run, execute };
}
