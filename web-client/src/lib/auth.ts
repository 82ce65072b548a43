import Keycloak from 'keycloak-js';
import type { AppConfig } from './config';

export type { default as Keycloak } from 'keycloak-js';

export function createKeycloak(config: AppConfig): Keycloak {
  return new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
}

/**
 * Checks for an existing SSO session without forcing a login. Call once, before React renders.
 * Resolves to false (anonymous) when Keycloak cannot be reached, so public pages still work.
 */
export async function initKeycloak(keycloak: Keycloak): Promise<boolean> {
  try {
    return await keycloak.init({
      onLoad: 'check-sso',
      pkceMethod: 'S256',
      checkLoginIframe: false,
      silentCheckSsoRedirectUri: window.location.origin + '/silent-check-sso.html',
      messageReceiveTimeout: 5000,
    });
  } catch (error) {
    console.warn('Keycloak is unreachable; continuing anonymously.', error);
    return false;
  }
}

export type Auth = {
  authenticated: boolean;
  /** Display name of the signed-in user. */
  userName?: string;
  /** Keycloak subject (user id) of the signed-in user, as the API records it (e.g. a juror's subject). */
  subject?: string;
  login: () => void;
  logout: () => void;
  hasRole: (role: string) => boolean;
};

export function keycloakAuth(keycloak: Keycloak, currentLanguage: () => string): Auth {
  const token = keycloak.idTokenParsed ?? keycloak.tokenParsed;
  const userName = (token?.['name'] as string | undefined) ?? (token?.['preferred_username'] as string | undefined);
  return {
    authenticated: keycloak.authenticated === true,
    userName,
    subject: keycloak.subject,
    // Signing in from the start page leads to the overview of what waits (it sends people without work there back).
    login: () =>
      void keycloak.login({
        locale: currentLanguage(),
        ...(window.location.pathname === '/' ? { redirectUri: `${window.location.origin}/dashboard` } : {}),
      }),
    logout: () => void keycloak.logout({ redirectUri: window.location.origin + '/' }),
    hasRole: (role) => keycloak.hasRealmRole(role),
  };
}
