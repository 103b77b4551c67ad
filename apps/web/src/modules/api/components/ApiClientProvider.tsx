import { ApolloProvider } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { createApiClient } from '../create-api-client.util';

export function ApiClientProvider({ children }: { children: ReactNode }) {
  const [client] = useState(createApiClient);
  return <ApolloProvider client={client}>{children}</ApolloProvider>;
}
