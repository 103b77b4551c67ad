import { useQuery } from '@apollo/client/react';
import { WorkspaceDocument } from '../../../generated/graphql';

export function useWorkspace() {
  const { data, error } = useQuery(WorkspaceDocument);
  return { workspace: data?.workspace, error };
}
