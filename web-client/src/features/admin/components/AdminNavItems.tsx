import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useAuth } from '@/lib/auth-context';

/** The administration area's entries in the main navigation, for admins. */
export function AdminNavItems() {
  const { t } = useTranslation('admin');
  const auth = useAuth();
  if (!auth.authenticated || !auth.hasRole('admin')) return null;
  return (
    <>
      <li>
        <NavLink to="/admin" end>
          {t('nav.overview')}
        </NavLink>
      </li>
      <li>
        <NavLink to="/admin/memberships">{t('nav.memberships')}</NavLink>
      </li>
      <li>
        <NavLink to="/admin/audit">{t('nav.audit')}</NavLink>
      </li>
    </>
  );
}

/** "Verwaltung" under programme management for coordinators, who manage rounds and coaching there. */
export function ManageNavItem() {
  const { t } = useTranslation('admin');
  const auth = useAuth();
  if (!auth.authenticated || auth.hasRole('admin') || !auth.hasRole('coordinator')) return null;
  return (
    <li>
      <NavLink to="/admin" end>
        {t('nav.overview')}
      </NavLink>
    </li>
  );
}
