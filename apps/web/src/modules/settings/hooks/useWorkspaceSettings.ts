import { useMutation, useQuery } from '@apollo/client/react';
import { SettingsWorkspaceDocument, UpdateWorkspaceDocument } from '../../../generated/graphql';

export interface WorkspaceSettingsInput {
  currency: string;
  timeZone: string;
  /** null clears the default monthly organic cost. */
  organicMonthlyCost: number | null;
}

/** The workspace's settings and their update; the cache updates every query of the workspace by its id. */
export function useWorkspaceSettings() {
  const { data, error } = useQuery(SettingsWorkspaceDocument);
  const [mutate, saving] = useMutation(UpdateWorkspaceDocument);
  const save = (settings: WorkspaceSettingsInput) => mutate({ variables: settings });
  return { workspace: data?.workspace, error, save, saving: saving.loading, saveError: saving.error };
}
