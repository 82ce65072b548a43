import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

/** The part of keycloak-js the API client needs. */
export type TokenSource = {
  authenticated?: boolean;
  token?: string;
  updateToken: (minValidity: number) => Promise<boolean>;
};

export function bearerTokenMiddleware(tokens: TokenSource): Middleware {
  return {
    async onRequest({ request }) {
      if (!tokens.authenticated) return request;
      try {
        await tokens.updateToken(30);
      } catch (error) {
        console.warn('Could not refresh the access token.', error);
      }
      if (tokens.token) request.headers.set('Authorization', `Bearer ${tokens.token}`);
      return request;
    },
  };
}

export function createApiClient({ baseUrl, tokens }: { baseUrl: string; tokens: TokenSource }) {
  // JSON types only: list operations also stream NDJSON and CSV, which the downloads ask for explicitly.
  const client = createClient<paths, 'application/json' | 'application/geo+json' | 'application/problem+json'>({ baseUrl });
  client.use(bearerTokenMiddleware(tokens));
  return client;
}

export type ApiClient = ReturnType<typeof createApiClient>;
