import { useMutation, useQuery } from '@apollo/client/react';
import {
  ApiKeysDocument,
  CreateApiKeyDocument,
  RevokeApiKeyDocument,
  type ApiKeyRole,
} from '../../../generated/graphql';

/** The workspace's keys, and issuing and revoking them; a new key's secret is answered once, by `create`. */
export function useApiKeys() {
  const { data, error } = useQuery(ApiKeysDocument);
  const [createKey, creating] = useMutation(CreateApiKeyDocument, { refetchQueries: [ApiKeysDocument] });
  const [revokeKey, revoking] = useMutation(RevokeApiKeyDocument);
  const create = async (name: string, role: ApiKeyRole) =>
    (await createKey({ variables: { name, role } })).data?.createApiKey.secret;
  const revoke = (id: string) => revokeKey({ variables: { id } });
  return {
    keys: data?.apiKeys,
    error,
    create,
    revoke,
    busy: creating.loading || revoking.loading,
    actionError: creating.error ?? revoking.error,
  };
}
