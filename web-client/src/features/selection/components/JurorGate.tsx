import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RequireRole } from '@/components/RequireRole';
import { useAuth } from '@/lib/auth-context';

/** Roles that may read selection rounds and score candidates (the API enforces the same). */
export const JUROR_ROLES = ['coordinator', 'admin', 'coach'] as const;
/** Roles that may decide on candidates. */
export const DECIDER_ROLES = ['coordinator', 'admin'] as const;

export function useIsJuror(): boolean {
  const auth = useAuth();
  return auth.authenticated && JUROR_ROLES.some((role) => auth.hasRole(role));
}

export function useIsDecider(): boolean {
  const auth = useAuth();
  return auth.authenticated && DECIDER_ROLES.some((role) => auth.hasRole(role));
}

/** Renders its children for jurors only; asks anonymous visitors to log in and tells others why not. */
export function JurorGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation('selection');
  return (
    <RequireRole roles={JUROR_ROLES} messages={{ loginRequired: t('access.loginRequired'), forbidden: t('access.forbidden') }}>
      {children}
    </RequireRole>
  );
}
