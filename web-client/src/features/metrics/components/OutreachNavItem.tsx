import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useAuth } from '@/lib/auth-context';

/** "Reichweite" in the main navigation, for everybody (anonymous users see the published figures). */
export function OutreachNavItem() {
  const { t } = useTranslation('metrics');
  return (
    <li>
      <NavLink to="/outreach" end>
        {t('nav')}
      </NavLink>
    </li>
  );
}

/** "Reichweite erfassen" for the staff who enter outreach figures. */
export function OutreachManageNavItem() {
  const { t } = useTranslation('metrics');
  const auth = useAuth();
  if (!auth.authenticated || !['coordinator', 'admin'].some((role) => auth.hasRole(role))) return null;
  return (
    <li>
      <NavLink to="/outreach/manage">{t('manage.nav')}</NavLink>
    </li>
  );
}
