import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { AuditLogDocument } from '../../../generated/graphql';

export const AUDIT_PAGE_SIZE = 20;

/** The audit log a page at a time, newest first: older pages by cursor, newer ones by the cursors already seen. */
export function useAuditLog() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const { data, error, loading, refetch } = useQuery(AuditLogDocument, {
    variables: { first: AUDIT_PAGE_SIZE, after },
    fetchPolicy: 'network-only',
  });
  const pageInfo = data?.auditLog.pageInfo;
  return {
    events: data?.auditLog.edges.map((edge) => edge.node),
    error,
    loading,
    page: cursors.length,
    refresh: () => void refetch(),
    older: pageInfo?.hasNextPage ? () => setCursors([...cursors, pageInfo.endCursor]) : undefined,
    newer: cursors.length > 1 ? () => setCursors(cursors.slice(0, -1)) : undefined,
  };
}
