import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@/lib/auth-context';

/** Renders its children for signed-in users (with the role, if one is named); explains otherwise. */
export function CoachingGate({ role, children }: { role?: 'coach'; children: ReactNode }) {
  const { t } = useTranslation(['coaching', 'common']);
  const auth = useAuth();
  if (!auth.authenticated) {
    return (
      <div className="panel">
        <p>{t('coaching:access.loginRequired')}</p>
        <button type="button" className="button" onClick={auth.login}>
          {t('common:auth.login')}
        </button>
      </div>
    );
  }
  if (role && !auth.hasRole(role)) {
    return (
      <div className="panel">
        <p>{t('coaching:access.coachOnly')}</p>
      </div>
    );
  }
  return children;
}
