import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useAuth } from '@/lib/auth-context';

/** "Coaches" for signed-in users, among the public pages. */
export function CoachesNavItem() {
  const { t } = useTranslation('coaching');
  const auth = useAuth();
  if (!auth.authenticated) return null;
  return (
    <li>
      <NavLink to="/coaches">{t('nav.coaches')}</NavLink>
    </li>
  );
}

/** "Meine Partner" for coaches, under "my work". */
export function MyPartnersNavItem() {
  const { t } = useTranslation('coaching');
  const auth = useAuth();
  if (!auth.authenticated || !auth.hasRole('coach')) return null;
  return (
    <li>
      <NavLink to="/coaching">{t('nav.myPartners')}</NavLink>
    </li>
  );
}
