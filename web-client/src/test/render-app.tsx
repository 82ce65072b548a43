import { render } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/routes';
import { createApiClient, type TokenSource } from '@/lib/api/client';
import type { Auth } from '@/lib/auth';
import { TEST_API_URL } from './fake-api';

export function anonymousAuth(): Auth {
  return { authenticated: false, login: vi.fn(), logout: vi.fn(), hasRole: () => false };
}

export function signedInAuth(userName: string, roles: string[] = [], subject = 'test-subject'): Auth {
  return {
    authenticated: true,
    userName,
    subject,
    login: vi.fn(),
    logout: vi.fn(),
    hasRole: (role) => roles.includes(role),
  };
}

/** Renders the real routes in memory with the given auth state and an API client against the fetch stub. */
export function renderApp({
  route = '/',
  auth = anonymousAuth(),
  tokens,
}: { route?: string; auth?: Auth; tokens?: TokenSource } = {}) {
  const tokenSource: TokenSource = tokens ?? {
    authenticated: auth.authenticated,
    token: auth.authenticated ? 'test-token' : undefined,
    updateToken: async () => true,
  };
  const api = createApiClient({ baseUrl: TEST_API_URL, tokens: tokenSource });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [route] });
  const result = render(
    <AppProvider auth={auth} api={api} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...result, router, auth };
}
