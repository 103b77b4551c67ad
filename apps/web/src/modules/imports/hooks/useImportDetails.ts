import { useQuery } from '@apollo/client/react';
import { ImportDetailsDocument } from '../../../generated/graphql';

export const ERRORS_SHOWN = 50;

export function useImportDetails(importId: string) {
  const { data, loading, error } = useQuery(ImportDetailsDocument, {
    variables: { id: importId, firstErrors: ERRORS_SHOWN },
    fetchPolicy: 'cache-and-network',
  });
  return { details: data?.import, loading, error };
}
