import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@/lib/auth-context';

type RequireRoleProps = {
  /** Any of these realm roles lets one in; none given: signing in is enough. */
  roles?: readonly string[];
  /** A feature's own wording of the login prompt and of the refusal. */
  messages?: { loginRequired?: string; forbidden?: string };
  children: ReactNode;
};

/**
 * Shows its children to signed-in users with one of the roles; otherwise a login prompt or a short
 * note. Only a convenience: the API decides what anybody may read or change.
 */
export function RequireRole({ roles, messages = {}, children }: RequireRoleProps) {
  const { t } = useTranslation();
  const auth = useAuth();
  if (!auth.authenticated) {
    return (
      <div className="panel">
        <p>{messages.loginRequired ?? t('auth.loginRequired')}</p>
        <button type="button" className="button" onClick={auth.login}>
          {t('auth.login')}
        </button>
      </div>
    );
  }
  if (roles && !roles.some((role) => auth.hasRole(role))) {
    return (
      <div className="panel">
        <p>{messages.forbidden ?? t('auth.forbidden')}</p>
      </div>
    );
  }
  return <>{children}</>;
}
