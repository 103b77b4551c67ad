import { useMutation } from '@apollo/client/react';
import { CreateWorkspaceDocument } from '../../../generated/graphql';
import { apiKeyStore } from '../../auth/api-key.store';

export interface CreatedWorkspace {
  name: string;
  ownerKey: string;
}

/** Creates a workspace and keeps its owner key in this browser, so that the switcher offers it. */
export function useCreateWorkspace() {
  const [mutate, { loading, error }] = useMutation(CreateWorkspaceDocument);
  const create = async (name: string, currency: string, timeZone: string): Promise<CreatedWorkspace | undefined> => {
    const { data } = await mutate({ variables: { name, currency: currency || null, timeZone: timeZone || null } });
    if (!data) return undefined;
    const { workspace, ownerKey } = data.createWorkspace;
    apiKeyStore.save(ownerKey, { id: workspace.id, name: workspace.name });
    return { name: workspace.name, ownerKey };
  };
  return { create, creating: loading, error };
}
