import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { authorizedFetch } from '../auth/authorized-fetch.util';

/** One client (and cache) per connected key, so a changed key never shows another workspace's data. */
export function createApiClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', fetch: authorizedFetch }),
    cache: new InMemoryCache(),
  });
}
