import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useAuth } from '@/lib/auth-context';
import { AUTHOR_ROLES, STAFF_ROLES } from './roles';

/** "Lernraum" in the main navigation, for everybody. */
export function LearningNavItem() {
  const { t } = useTranslation('learning');
  return (
    <li>
      <NavLink to="/learning" end>
        {t('nav')}
      </NavLink>
    </li>
  );
}

/** "Mein Lernstand" for signed-in users. */
export function LearningProgressNavItem() {
  const { t } = useTranslation('learning');
  const auth = useAuth();
  if (!auth.authenticated) return null;
  return (
    <li>
      <NavLink to="/learning/progress">{t('myProgress.nav')}</NavLink>
    </li>
  );
}

/**
 * The authoring page: "Meine Lernmodule" for coaches and partners (my work), "Lernmodule prüfen" for staff
 * (programme management); `staff` says which of the two the caller's menu group shows.
 */
export function LearningAuthoringNavItem({ staff }: { staff: boolean }) {
  const { t } = useTranslation('learning');
  const auth = useAuth();
  const author = auth.authenticated && AUTHOR_ROLES.some((role) => auth.hasRole(role));
  const isStaff = auth.authenticated && STAFF_ROLES.some((role) => auth.hasRole(role));
  if (!author || isStaff !== staff) return null;
  return (
    <li>
      <NavLink to="/learning/authoring">{staff ? t('authoring.staffNav') : t('authoring.nav')}</NavLink>
    </li>
  );
}
