import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { ImportsDocument } from '../../../generated/graphql';
import { isPending } from '../import-status.util';

const IMPORTS_SHOWN = 50;
const POLL_MS = 1000;

/** The latest imports, polled every second while any of them is queued or processing. */
export function useImports() {
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(ImportsDocument, {
    variables: { first: IMPORTS_SHOWN },
    fetchPolicy: 'cache-and-network',
  });
  const imports = data?.imports;
  const anyPending = imports?.some((item) => isPending(item.status)) ?? false;

  useEffect(() => {
    if (!anyPending) return;
    startPolling(POLL_MS);
    return stopPolling;
  }, [anyPending, startPolling, stopPolling]);

  return { imports, loading, error, refetch: () => void refetch() };
}
