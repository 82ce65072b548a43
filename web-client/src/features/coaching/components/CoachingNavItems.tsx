import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useAuth } from '@/lib/auth-context';

/** "Coaches" for signed-in users and "Meine Partner" for coaches, in the main navigation. */
export function CoachingNavItems() {
  const { t } = useTranslation('coaching');
  const auth = useAuth();
  if (!auth.authenticated) return null;
  return (
    <>
      <li>
        <NavLink to="/coaches">{t('nav.coaches')}</NavLink>
      </li>
      {auth.hasRole('coach') && (
        <li>
          <NavLink to="/coaching">{t('nav.myPartners')}</NavLink>
        </li>
      )}
    </>
  );
}
