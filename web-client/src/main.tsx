import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProvider } from '@/app/provider';
import { AppRouter } from '@/app/router';
import { createApiClient } from '@/lib/api/client';
import { createKeycloak, initKeycloak, keycloakAuth } from '@/lib/auth';
import { loadConfig } from '@/lib/config';
import { currentLanguage } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';
import './styles.css';

async function start(rootElement: HTMLElement) {
  const config = loadConfig();
  const keycloak = createKeycloak(config);
  await initKeycloak(keycloak);
  const api = createApiClient({ baseUrl: config.apiUrl, tokens: keycloak, language: currentLanguage });

  createRoot(rootElement).render(
    <StrictMode>
      <AppProvider auth={keycloakAuth(keycloak, currentLanguage)} api={api} queryClient={createQueryClient()}>
        <AppRouter />
      </AppProvider>
    </StrictMode>,
  );
}

const rootElement = document.getElementById('root')!;
start(rootElement).catch((error: unknown) => {
  console.error(error);
  const message = document.createElement('p');
  message.className = 'boot-message boot-message--error';
  message.setAttribute('role', 'alert');
  message.textContent = error instanceof Error ? error.message : String(error);
  rootElement.replaceChildren(message);
});
