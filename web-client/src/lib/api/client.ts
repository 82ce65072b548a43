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

/** Asks the API to answer (problem messages, exports) in the language the person reads the web client in. */
export function languageMiddleware(language: () => string): Middleware {
  return {
    onRequest({ request }) {
      if (!request.headers.has('Accept-Language')) request.headers.set('Accept-Language', language());
      return request;
    },
  };
}

export function createApiClient({
  baseUrl,
  tokens,
  language = () => 'de',
}: {
  baseUrl: string;
  tokens: TokenSource;
  language?: () => string;
}) {
  // JSON types only: list operations also stream NDJSON and CSV, which the downloads ask for explicitly.
  const client = createClient<paths, 'application/json' | 'application/geo+json' | 'application/problem+json'>({ baseUrl });
  client.use(bearerTokenMiddleware(tokens));
  client.use(languageMiddleware(language));
  return client;
}

export type ApiClient = ReturnType<typeof createApiClient>;
