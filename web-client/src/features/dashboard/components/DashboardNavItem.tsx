import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useAuth } from '@/lib/auth-context';

/** "Was wartet" under "my work", for staff and coaches. */
export function DashboardNavItem() {
  const { t } = useTranslation('dashboard');
  const auth = useAuth();
  if (!auth.authenticated || !['admin', 'coordinator', 'coach'].some((role) => auth.hasRole(role))) return null;
  return (
    <li>
      <NavLink to="/dashboard">{t('nav')}</NavLink>
    </li>
  );
}
