import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useAuth } from '@/lib/auth-context';
import { EVENT_STAFF_ROLES } from './staff';

/** "Veranstaltungen" in the public navigation group. */
export function EventsNavItem() {
  const { t } = useTranslation('events');
  return (
    <li>
      <NavLink to="/events" end>
        {t('nav')}
      </NavLink>
    </li>
  );
}

/** "Veranstaltungen veröffentlichen" in the programme-management group, for coordinators and admins. */
export function EventsManageNavItem() {
  const { t } = useTranslation('events');
  const auth = useAuth();
  if (!auth.authenticated || !EVENT_STAFF_ROLES.some((role) => auth.hasRole(role))) return null;
  return (
    <li>
      <NavLink to="/events/manage">{t('staff.nav')}</NavLink>
    </li>
  );
}
