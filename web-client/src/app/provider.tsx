import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ApiClientProvider } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import type { Auth } from '@/lib/auth';
import { AuthProvider } from '@/lib/auth-context';
import i18n from '@/lib/i18n';

type AppProviderProps = {
  auth: Auth;
  api: ApiClient;
  queryClient: QueryClient;
  children: ReactNode;
};

export function AppProvider({ auth, api, queryClient, children }: AppProviderProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <AuthProvider auth={auth}>
        <ApiClientProvider client={api}>
          <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
        </ApiClientProvider>
      </AuthProvider>
    </I18nextProvider>
  );
}
