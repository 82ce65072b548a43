import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RequireRole } from '@/components/RequireRole';

/** Renders its children for signed-in users (with the role, if one is named); explains otherwise. */
export function CoachingGate({ role, children }: { role?: 'coach'; children: ReactNode }) {
  const { t } = useTranslation('coaching');
  return (
    <RequireRole
      roles={role ? [role] : undefined}
      messages={{ loginRequired: t('access.loginRequired'), forbidden: t('access.coachOnly') }}
    >
      {children}
    </RequireRole>
  );
}
