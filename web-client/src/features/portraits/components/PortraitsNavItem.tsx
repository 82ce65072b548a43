import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useAuth } from '@/lib/auth-context';
import { PORTRAIT_PUBLISHER_ROLES } from './roles';

/** "Porträts" in the public navigation group. */
export function PortraitsNavItem() {
  const { t } = useTranslation('portraits');
  return (
    <li>
      <NavLink to="/portraits" end>
        {t('nav')}
      </NavLink>
    </li>
  );
}

/** "Porträts pflegen" in the programme-management group, for coordinators and admins. */
export function PortraitsManageNavItem() {
  const { t } = useTranslation('portraits');
  const auth = useAuth();
  if (!auth.authenticated || !PORTRAIT_PUBLISHER_ROLES.some((role) => auth.hasRole(role))) return null;
  return (
    <li>
      <NavLink to="/portraits/manage">{t('manage.nav')}</NavLink>
    </li>
  );
}
